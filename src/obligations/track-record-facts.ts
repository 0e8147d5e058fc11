import type { PlainDate } from '../dates';

/**
 * The track records and staffings the obligations read (issue 12: TRK-2, TRK-3, TRK-4, TL-3),
 * as CaseRecord.trackRecords carries them; absent when the caller does not track them.
 */
export interface TrackRecordFacts {
  /** TRK-2: the readiness reviews (track_readiness_review). */
  readinessReviews: ReadonlyArray<{ id: string; reviewedOn: PlainDate }>;
  /** TRK-3: every version of the Families First documents (families_first_document). */
  familiesFirstDocuments: ReadonlyArray<{ id: string; kind: 'FAMILY_NETWORK' | 'SUPPORT_TEAM' | 'WEEKLY_CALENDAR'; effectiveOn: PlainDate }>;
  /** TRK-4: the job readiness items completed (work_first_readiness_item). */
  readinessItems: ReadonlyArray<{ id: string; item: 'ALEXSYS_REGISTRATION' | 'RESUME' | 'GENERAL_APPLICATION' | 'BUDGET'; completedOn: PlainDate }>;
  /** TL-3: the case review staffings held (case_review_staffing). */
  reviewStaffings: ReadonlyArray<{ id: string; heldOn: PlainDate; nextStaffingOn: PlainDate | null }>;
}

export const NO_TRACK_RECORDS: TrackRecordFacts = Object.freeze({ readinessReviews: [], familiesFirstDocuments: [], readinessItems: [], reviewStaffings: [] });
