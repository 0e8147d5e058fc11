import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const HOUSEHOLD_RELATIONSHIPS = ['SPOUSE', 'PARTNER', 'CHILD', 'OTHER_ADULT', 'OTHER_CHILD'] as const;
export type HouseholdRelationship = (typeof HOUSEHOLD_RELATIONSHIPS)[number];

/** Another person in the client's household; dates of birth let "two-parent" and "child under 6" be derived. */
@Entity('household_member')
export class HouseholdMemberEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId: string;
  @Column({ name: 'first_name', type: 'text' }) firstName: string;
  @Column({ name: 'last_name', type: 'text' }) lastName: string;
  @Column({ type: 'text' }) relationship: HouseholdRelationship;
  @Column({ name: 'date_of_birth', type: 'date' }) dateOfBirth: string;
}
