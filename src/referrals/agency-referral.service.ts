import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf, type PlainDate } from '../dates';
import { badInputs, notFound } from '../errors';
import type { AssignmentFollowUpEntity, CaseEntity } from '../entities';
import type { RecordViolation } from '../assessment/assessment-rules';
import { AgencyReferralRepository, type AgencyReferralRow } from '../repositories/agency-referral.repository';
import { lockCaseForWrite } from '../services/case-for-write';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { writeTransaction } from '../services/transaction';
import {
  agencyReferralViolations, assignmentFollowUpViolations, referralOutcomeViolations, type ReferralOutcomeStatus,
} from './referral-rules';

export interface ReferToAgencyRequest {
  caseId: string;
  /** Null or absent: the client; otherwise a member of the client's household (a child, a parent). */
  householdMemberId?: string | null;
  agency: string;
  reason: string;
  referredOn: PlainDate;
  followUpOn: PlainDate;
}
export interface RecordReferralOutcomeRequest { referralId: string; outcomeOn: PlainDate; status: ReferralOutcomeStatus; outcome: string }
export interface RecordAssignmentFollowUpRequest { assignmentId: string; followedUpOn: PlainDate; summary: string; nextFollowUpOn?: PlainDate | null }

type Recompute = (manager: EntityManager, caseId: string, kase?: CaseEntity) => Promise<void>;

function refuse(what: string, violations: RecordViolation[]): void {
  if (violations.length > 0) throw badInputs(`Invalid ${what}: ${violations.map((v) => v.message).join('; ')}`, violations);
}

/**
 * EA-3: referrals to agencies for any member of the household, each with its follow-up date (an
 * obligation until an outcome is recorded); EA-5: follow-ups of activity assignments. Every write
 * locks the case first and recomputes its obligations in the same transaction.
 */
export class AgencyReferralService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly recompute: Recompute) {}

  private today(): PlainDate {
    return alaskaDateOf(this.clock.now());
  }

  async refer(user: CurrentUser, request: ReferToAgencyRequest): Promise<AgencyReferralRow> {
    AccessPolicy.assertMay(user, 'recordCasework');
    const memberId = request.householdMemberId ?? null;
    if (memberId) assertRecordId('Household member', memberId);
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await lockCaseForWrite(manager, user, request.caseId);
      const referrals = new AgencyReferralRepository(manager);
      if (memberId && !(await referrals.memberOfCase(memberId, kase.id))) throw notFound('Household member', memberId);
      refuse('agency referral', agencyReferralViolations(request, { referralDate: kase.referralDate, today: this.today() }));
      const row = await referrals.add({
        caseId: kase.id, householdMemberId: memberId, agency: request.agency.trim(), reason: request.reason.trim(),
        referredOn: request.referredOn, followUpOn: request.followUpOn, recordedBy: user.id, recordedAt: this.clock.now(),
      });
      await this.recompute(manager, kase.id, kase);
      return row;
    });
  }

  async recordOutcome(user: CurrentUser, request: RecordReferralOutcomeRequest): Promise<AgencyReferralRow> {
    AccessPolicy.assertMay(user, 'recordCasework');
    assertRecordId('Agency referral', request.referralId);
    return writeTransaction(this.dataSource, async (manager) => {
      const referrals = new AgencyReferralRepository(manager);
      const referral = (await referrals.byIds([request.referralId]))[0];
      if (!referral) throw notFound('Agency referral', request.referralId);
      const kase = await lockCaseForWrite(manager, user, referral.caseId);
      refuse('referral outcome', referralOutcomeViolations(referral, request.outcomeOn, request.outcome, this.today()));
      const row = await referrals.addOutcome({
        referralId: referral.id, outcomeOn: request.outcomeOn, status: request.status, outcome: request.outcome.trim(),
        recordedBy: user.id, recordedAt: this.clock.now(),
      });
      await this.recompute(manager, kase.id, kase);
      return row;
    });
  }

  async recordAssignmentFollowUp(user: CurrentUser, request: RecordAssignmentFollowUpRequest): Promise<AssignmentFollowUpEntity> {
    AccessPolicy.assertMay(user, 'recordCasework');
    assertRecordId('Activity assignment', request.assignmentId);
    return writeTransaction(this.dataSource, async (manager) => {
      const referrals = new AgencyReferralRepository(manager);
      const assignment = await referrals.assignment(request.assignmentId);
      if (!assignment) throw notFound('Activity assignment', request.assignmentId);
      const kase = await lockCaseForWrite(manager, user, assignment.caseId);
      const followUp = { followedUpOn: request.followedUpOn, summary: request.summary, nextFollowUpOn: request.nextFollowUpOn ?? null };
      refuse('assignment follow-up', assignmentFollowUpViolations(assignment, followUp, this.today()));
      const row = await referrals.addFollowUp({
        assignmentId: assignment.id, caseId: kase.id, ...followUp, summary: followUp.summary.trim(), recordedBy: user.id, recordedAt: this.clock.now(),
      });
      await this.recompute(manager, kase.id, kase);
      return row;
    });
  }

  /** node(id): a referral, an outcome (with its referral's case) or an assignment follow-up. */
  async referralById(id: string): Promise<AgencyReferralRow | null> {
    return (await new AgencyReferralRepository(this.dataSource.manager).byIds([id]))[0] ?? null;
  }

  outcomeById(id: string) {
    return new AgencyReferralRepository(this.dataSource.manager).outcomeById(id);
  }

  followUpById(id: string) {
    return new AgencyReferralRepository(this.dataSource.manager).followUpById(id);
  }

  ofCases(caseIds: readonly string[]) {
    return new AgencyReferralRepository(this.dataSource.manager).ofCases(caseIds);
  }

  followUpsOfCases(caseIds: readonly string[]) {
    return new AgencyReferralRepository(this.dataSource.manager).followUpsOfCases(caseIds);
  }
}
