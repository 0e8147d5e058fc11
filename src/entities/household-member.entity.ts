import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ClientEntity } from './client.entity';

export const HOUSEHOLD_RELATIONSHIPS = ['SPOUSE', 'PARTNER', 'CHILD', 'OTHER_ADULT', 'OTHER_CHILD'] as const;
export type HouseholdRelationship = (typeof HOUSEHOLD_RELATIONSHIPS)[number];

/** Another person in the client's household; dates of birth let "two-parent" and "child under 6" be derived. */
@Entity('household_member')
@Index('household_member_client_idx', ['clientId'])
@Check('household_member_relationship_check', `relationship IN ('SPOUSE', 'PARTNER', 'CHILD', 'OTHER_ADULT', 'OTHER_CHILD')`)
export class HouseholdMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'household_member_pkey' }) id: string;
  @Column({ name: 'client_id', type: 'uuid' })
  @ForeignKey(() => ClientEntity, { name: 'household_member_client_id_fkey' })
  clientId: string;
  @Column({ name: 'first_name', type: 'text' }) firstName: string;
  @Column({ name: 'last_name', type: 'text' }) lastName: string;
  @Column({ type: 'text' }) relationship: HouseholdRelationship;
  @Column({ name: 'date_of_birth', type: 'date' }) dateOfBirth: string;
}
