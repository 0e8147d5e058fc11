import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A history row names who sent its event, and some events are sent by time, not by a person: an
 * FSSP lapses the day after its last step review date (FSSP-3) whether or not anyone is signed in.
 * Naming the case manager would record an act nobody did, so every office gets one SYSTEM staff
 * row (the actor of such events). It is inactive, so no token ever signs in as it; a trigger makes
 * one for each new office, so an office can never lack it.
 */
export class SystemActor1764950000000 implements MigrationInterface {
  name = 'SystemActor1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE staff DROP CONSTRAINT staff_role_check;
      ALTER TABLE staff ADD CONSTRAINT staff_role_check CHECK (role IN ('CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA', 'PARTNER', 'SYSTEM'));
      -- The system actor never signs in: inactive and without a provider subject, always.
      ALTER TABLE staff ADD CONSTRAINT staff_system_inactive_check CHECK (role <> 'SYSTEM' OR (NOT active AND external_subject IS NULL));
      CREATE UNIQUE INDEX staff_one_system_actor_per_office ON staff (office_id) WHERE role = 'SYSTEM';

      CREATE FUNCTION office_system_actor() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO staff (email, name, role, office_id, active)
        VALUES ('system.' || NEW.id || '@work-services.invalid', 'Work Services (automatic)', 'SYSTEM', NEW.id, false);
        RETURN NEW;
      END $$;
      CREATE TRIGGER office_system_actor AFTER INSERT ON office FOR EACH ROW EXECUTE FUNCTION office_system_actor();

      INSERT INTO staff (email, name, role, office_id, active)
      SELECT 'system.' || o.id || '@work-services.invalid', 'Work Services (automatic)', 'SYSTEM', o.id, false FROM office o;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER office_system_actor ON office;
      DROP FUNCTION office_system_actor();
      DROP INDEX staff_one_system_actor_per_office;
      ALTER TABLE staff DROP CONSTRAINT staff_system_inactive_check;
      DELETE FROM staff WHERE role = 'SYSTEM';
      ALTER TABLE staff DROP CONSTRAINT staff_role_check;
      ALTER TABLE staff ADD CONSTRAINT staff_role_check CHECK (role IN ('CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA', 'PARTNER'));
    `);
  }
}
