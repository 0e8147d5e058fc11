import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import type { PlainDate } from '../dates';
import { CaseReviewStaffingEntity, ExtensionStaffingFormEntity } from '../entities';
import { refuse, writeOnCase, type Recompute } from '../families-first/record-write';
import type { ParentExtensionCriteria } from '../machines/case-lifecycle.types';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import type { CaseTransitionService } from '../services/case-transition.service';
import type { Clock } from '../services/clock';
import { reviewStaffingViolations, staffingFormViolations, type CaseReviewStaffing, type PartnerInput } from './staffing-rules';

export type RecordReviewStaffingRequest = { caseId: string } & Omit<CaseReviewStaffing, 'nextStaffingOn'> & { nextStaffingOn?: PlainDate | null };
export interface SubmitStaffingFormRequest {
  caseId: string;
  /** The case's version the user saw (as for the lifecycle mutations). */
  expectedVersion: number;
  staffingOn: PlainDate;
  submittedOn: PlainDate;
  completedWithClient: boolean;
  criteria: ParentExtensionCriteria[];
  ta10On?: PlainDate | null;
  partnerInput: Array<Omit<PartnerInput, 'inputReceivedOn' | 'input'> & { inputReceivedOn?: PlainDate | null; input?: string | null }>;
}

/**
 * Staffings (TL-2, TL-3): case review staffings, and the extension staffing form, whose
 * submission sends the chart's SUBMIT_STAFFING_FORM in the same transaction as the form's row.
 */
export class StaffingService {
  constructor(
    private readonly dataSource: DataSource, private readonly clock: Clock, private readonly recompute: Recompute,
    private readonly transitions: CaseTransitionService,
  ) {}

  /** TL-3: a case review staffing held; its next staffing date becomes an obligation. */
  recordCaseReviewStaffing(user: CurrentUser, request: RecordReviewStaffingRequest): Promise<CaseReviewStaffingEntity> {
    return writeOnCase(this.dataSource, this.clock, this.recompute, user, request.caseId, async ({ kase, timeline, records, now }) => {
      const staffing: CaseReviewStaffing = {
        heldOn: request.heldOn, progression: request.progression.trim(), regression: request.regression.trim(),
        discrepancies: request.discrepancies.trim(), nextStaffingOn: request.nextStaffingOn ?? null,
      };
      const previous = (await records.ofCases(CaseReviewStaffingEntity, [kase.id], { heldOn: 'DESC' }))[0] ?? null;
      refuse('case review staffing', reviewStaffingViolations(staffing, previous, timeline));
      return records.add(CaseReviewStaffingEntity, { caseId: kase.id, ...staffing, recordedBy: user.id, recordedAt: now });
    });
  }

  /**
   * TL-2: the extension staffing form, checked against the staffing the chart has scheduled, then
   * SUBMIT_STAFFING_FORM applied (CaseTransitionService.applyIn: the chart's own checks, version,
   * history, Eligibility outbox) and the form's row linked to that history entry.
   */
  submitExtensionStaffingForm(user: CurrentUser, request: SubmitStaffingFormRequest): Promise<ExtensionStaffingFormEntity> {
    return writeOnCase(this.dataSource, this.clock, this.recompute, user, request.caseId, async ({ manager, kase, timeline, records, now, chartRecomputed }) => {
      const extension = (kase.snapshot as StoredCaseSnapshot).context.extension;
      const form = {
        staffingOn: request.staffingOn, submittedOn: request.submittedOn, completedWithClient: request.completedWithClient,
        criteria: request.criteria.map((p) => ({ householdMemberId: p.householdMemberId ?? null, criteria: [...new Set(p.criteria)] })),
        ta10On: request.ta10On ?? null,
        partnerInput: request.partnerInput.map((p) => ({
          agency: p.agency.trim(), invitedOn: p.invitedOn, inputReceivedOn: p.inputReceivedOn ?? null, input: p.input?.trim() || null,
        })),
      };
      const scheduled = extension ? { staffingOn: extension.staffingOn, decided: extension.decision !== null } : null;
      const submit = () => this.transitions.applyIn(manager, user, kase.id, { type: 'SUBMIT_STAFFING_FORM', submittedOn: request.submittedOn }, request.expectedVersion);
      // Nothing scheduled: the chart answers (TRANSITION_NOT_ALLOWED, as submitExtensionStaffingForm and Case.actions do).
      if (!scheduled) await submit();
      refuse('extension staffing form', staffingFormViolations(form, scheduled, await records.secondParentsOf(kase.clientId), timeline));
      // The form first, linked to the history entry the event will write (the case is locked: version + 1),
      // so the event's own obligation recompute sees it, and the obligations are derived once.
      const row = await records.add(ExtensionStaffingFormEntity, { caseId: kase.id, ...form, historyVersion: kase.version + 1, recordedBy: user.id, recordedAt: now });
      const applied = await submit();
      if (applied.kase.version !== kase.version + 1) throw new Error('the locked case moved by one version');
      chartRecomputed();
      return row;
    });
  }
}
