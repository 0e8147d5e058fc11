import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import type { PlainDate } from '../dates';
import { DisabilityVerificationEntity, FamiliesFirstDocumentEntity, FamilySupportTeamMeetingEntity, TrackReadinessReviewEntity, type CaseEntity } from '../entities';
import type { InvalidInput } from '../errors';
import { CaseRepository } from '../repositories/case.repository';
import { TrackRecordRepository } from '../repositories/track-record.repository';
import type { Clock } from '../services/clock';
import {
  documentViolations, meetingViolations, readinessReviewViolations, verificationViolations,
  type FamiliesFirstContent, type ReadinessDecision, type Verifier,
} from './families-first-rules';
import { refuse, writeOnCase, type Recompute } from './record-write';
import { familiesFirstStintViolations, trackStintStart, uniqueViolations } from './track-stint';

export type RecordDocumentRequest = { caseId: string; effectiveOn: PlainDate; changeSummary?: string | null } & FamiliesFirstContent;
export interface RecordMeetingRequest {
  caseId: string; heldOn: PlainDate; attendees: string[]; clientAttended: boolean; emergency: boolean; membersContactedOn?: PlainDate | null; summary?: string | null;
}
export interface RecordVerificationRequest {
  caseId: string; verifiedOn: PlainDate; verifiedBy: Verifier;
  specialistReferralOn?: PlainDate | null; advocateReferralOn?: PlainDate | null; ssiApplicationOn?: PlainDate | null;
}
export interface RecordReadinessReviewRequest { caseId: string; reviewedOn: PlainDate; decision: ReadinessDecision; reason: string }

/** The version's content alone (the request also carries the case, dates and clientMutationId). */
function contentOf(request: RecordDocumentRequest): FamiliesFirstContent {
  switch (request.kind) {
    case 'FAMILY_NETWORK': return { kind: request.kind, members: request.members };
    case 'SUPPORT_TEAM': return { kind: request.kind, members: request.members };
    case 'WEEKLY_CALENDAR': return { kind: request.kind, routines: request.routines };
  }
}

/**
 * TRK-2/3/6/7: the record's own rules, and that the case is on Families First since on or before
 * the day the record documents (the case's history gives the day it moved to the track).
 */
async function withStint(manager: EntityManager, kase: CaseEntity, field: string, day: PlainDate, own: readonly InvalidInput[]): Promise<InvalidInput[]> {
  const since = trackStintStart(kase.referralDate, await new CaseRepository(manager).historyOf([kase.id]));
  return uniqueViolations([...own, ...familiesFirstStintViolations(field, day, { track: kase.track, since, referralDate: kase.referralDate })]);
}

/**
 * Families First records (TRK-2, TRK-3, TRK-6, TRK-7): each write locks the case, checks the
 * pure rules against its timeline and its Families First stint, appends the row and re-derives
 * the case's obligations.
 */
export class FamiliesFirstService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly recompute: Recompute) {}

  /** The track records' reads (Case fields, node(id)), outside any write transaction. */
  reads(): TrackRecordRepository {
    return new TrackRecordRepository(this.dataSource.manager);
  }

  /** TRK-3: the first version of a document, or its update (the next version, with what changed). */
  recordDocument(user: CurrentUser, request: RecordDocumentRequest): Promise<FamiliesFirstDocumentEntity> {
    return writeOnCase(this.dataSource, this.clock, this.recompute, user, request.caseId, async ({ manager, kase, timeline, records, now }) => {
      const previous = await records.latestDocument(kase.id, request.kind);
      const content = contentOf(request);
      const changeSummary = request.changeSummary?.trim() || null;
      refuse('Families First document', await withStint(manager, kase, 'effectiveOn', request.effectiveOn, documentViolations(content, request.effectiveOn, changeSummary, previous, timeline)));
      return records.add(FamiliesFirstDocumentEntity, {
        caseId: kase.id, kind: request.kind, version: (previous?.version ?? 0) + 1, effectiveOn: request.effectiveOn, content,
        changeSummary: previous ? changeSummary : null, recordedBy: user.id, recordedAt: now,
      });
    });
  }

  /** TRK-6: a Family Support Team meeting. */
  recordMeeting(user: CurrentUser, request: RecordMeetingRequest): Promise<FamilySupportTeamMeetingEntity> {
    return writeOnCase(this.dataSource, this.clock, this.recompute, user, request.caseId, async ({ manager, kase, timeline, records, now }) => {
      const meeting = {
        heldOn: request.heldOn, attendees: request.attendees.map((a) => a.trim()).filter(Boolean), clientAttended: request.clientAttended,
        emergency: request.emergency, membersContactedOn: request.membersContactedOn ?? null,
      };
      refuse('Family Support Team meeting', await withStint(manager, kase, 'heldOn', meeting.heldOn, meetingViolations(meeting, timeline)));
      return records.add(FamilySupportTeamMeetingEntity, { caseId: kase.id, ...meeting, summary: request.summary?.trim() || null, recordedBy: user.id, recordedAt: now });
    });
  }

  /** TRK-7: the medical verification of long-term incapacity and the referrals that followed. */
  recordDisabilityVerification(user: CurrentUser, request: RecordVerificationRequest): Promise<DisabilityVerificationEntity> {
    return writeOnCase(this.dataSource, this.clock, this.recompute, user, request.caseId, async ({ manager, kase, timeline, records, now }) => {
      const v = {
        verifiedOn: request.verifiedOn, verifiedBy: request.verifiedBy, specialistReferralOn: request.specialistReferralOn ?? null,
        advocateReferralOn: request.advocateReferralOn ?? null, ssiApplicationOn: request.ssiApplicationOn ?? null,
      };
      refuse('disability verification', await withStint(manager, kase, 'verifiedOn', v.verifiedOn, verificationViolations(v, timeline)));
      return records.add(DisabilityVerificationEntity, { caseId: kase.id, ...v, recordedBy: user.id, recordedAt: now });
    });
  }

  /** TRK-2: the monthly readiness review's decision; READY does not change the track (TRK-1 does). */
  recordReadinessReview(user: CurrentUser, request: RecordReadinessReviewRequest): Promise<TrackReadinessReviewEntity> {
    return writeOnCase(this.dataSource, this.clock, this.recompute, user, request.caseId, async ({ manager, kase, timeline, records, now }) => {
      const reason = request.reason.trim();
      const own = readinessReviewViolations({ reviewedOn: request.reviewedOn, reason }, kase.track, timeline);
      refuse('readiness review', await withStint(manager, kase, 'reviewedOn', request.reviewedOn, own));
      return records.add(TrackReadinessReviewEntity, {
        caseId: kase.id, reviewedOn: request.reviewedOn, decision: request.decision, reason, recordedBy: user.id, recordedAt: now,
      });
    });
  }
}
