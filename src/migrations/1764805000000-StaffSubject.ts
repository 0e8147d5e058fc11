import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AUTH_MODE=oidc (issue 11): the identity provider's stable subject (`sub`, or the claim
 * OIDC_STAFF_CLAIM names) of a staff member. An e-mail address can be reassigned or renamed; a
 * subject is not, so it is the default key. Null until someone links the account; unique, so one
 * subject never signs in as two people.
 */
export class StaffSubject1764805000000 implements MigrationInterface {
  name = 'StaffSubject1764805000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE staff ADD COLUMN external_subject text;
      ALTER TABLE staff ADD CONSTRAINT staff_external_subject_key UNIQUE (external_subject);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff DROP COLUMN external_subject;`);
  }
}
