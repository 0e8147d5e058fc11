import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlainDate } from '../dates';
import { REFERRAL_OUTCOME_STATUSES, type ReferralOutcomeStatus } from '../referrals/referral-rules';
import { sqlList } from './sql-list';
import { ActivityAssignmentEntity } from './activity-assignment.entity';
import { CaseEntity } from './case.entity';
import { HouseholdMemberEntity } from './household-member.entity';
import { StaffEntity } from './staff.entity';

/** EA-3: a referral to an agency for the client (household_member_id NULL) or a household member, with its follow-up date. */
@Entity('agency_referral')
@Index('agency_referral_case_idx', ['caseId', 'referredOn'])
@Check('agency_referral_follow_up_check', 'follow_up_on > referred_on')
export class AgencyReferralEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'agency_referral_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'agency_referral_case_id_fkey' })
  caseId: string;
  @Column({ name: 'household_member_id', type: 'uuid', nullable: true })
  @ForeignKey(() => HouseholdMemberEntity, { name: 'agency_referral_household_member_id_fkey' })
  householdMemberId: string | null;
  @Column({ type: 'text' }) agency: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'referred_on', type: 'date' }) referredOn: PlainDate;
  @Column({ name: 'follow_up_on', type: 'date' }) followUpOn: PlainDate;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'agency_referral_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** What came of a referral, recorded at a follow-up; append-only, several per referral. */
@Entity('referral_outcome')
@Index('referral_outcome_referral_idx', ['referralId', 'outcomeOn'])
@Check('referral_outcome_status_check', `status IN (${sqlList(REFERRAL_OUTCOME_STATUSES)})`)
export class ReferralOutcomeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'referral_outcome_pkey' }) id: string;
  @Column({ name: 'referral_id', type: 'uuid' })
  @ForeignKey(() => AgencyReferralEntity, { name: 'referral_outcome_referral_id_fkey' })
  referralId: string;
  @Column({ name: 'outcome_on', type: 'date' }) outcomeOn: PlainDate;
  @Column({ type: 'text' }) status: ReferralOutcomeStatus;
  @Column({ type: 'text' }) outcome: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'referral_outcome_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** EA-5: a follow-up of an activity assignment, with the next one planned. */
@Entity('assignment_follow_up')
@Index('assignment_follow_up_case_idx', ['caseId', 'followedUpOn'])
@Check('assignment_follow_up_next_check', 'next_follow_up_on IS NULL OR next_follow_up_on > followed_up_on')
export class AssignmentFollowUpEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assignment_follow_up_pkey' }) id: string;
  @Column({ name: 'assignment_id', type: 'uuid' })
  @ForeignKey(() => ActivityAssignmentEntity, { name: 'assignment_follow_up_assignment_id_fkey' })
  assignmentId: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'assignment_follow_up_case_id_fkey' })
  caseId: string;
  @Column({ name: 'followed_up_on', type: 'date' }) followedUpOn: PlainDate;
  @Column({ type: 'text' }) summary: string;
  @Column({ name: 'next_follow_up_on', type: 'date', nullable: true }) nextFollowUpOn: PlainDate | null;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'assignment_follow_up_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
