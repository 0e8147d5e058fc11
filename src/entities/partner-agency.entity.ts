import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { StaffEntity } from './staff.entity';

/** An agency a client may release information to (ROI-1), e.g. DPA Eligibility; its PARTNER accounts read for it. */
@Entity('partner_agency')
@Unique('partner_agency_code_key', ['code'])
export class PartnerAgencyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'partner_agency_pkey' }) id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** The agency a PARTNER account reads for: a release names agencies, not accounts. */
@Entity('partner_agency_member')
@Index('partner_agency_member_agency_idx', ['agencyId'])
export class PartnerAgencyMemberEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid', primaryKeyConstraintName: 'partner_agency_member_pkey' })
  @ForeignKey(() => StaffEntity, { name: 'partner_agency_member_staff_id_fkey' })
  staffId: string;
  @Column({ name: 'agency_id', type: 'uuid' })
  @ForeignKey(() => PartnerAgencyEntity, { name: 'partner_agency_member_agency_id_fkey' })
  agencyId: string;
}
