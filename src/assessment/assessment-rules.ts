import type { PlainDate } from '../dates';
import type { CaseContext } from '../machines/case-lifecycle.types';

/** A refusal of one value as entered; the service turns them into one BAD_USER_INPUT. */
export interface RecordViolation { field: string; constraint: string; message: string }

/** Barrier categories of the Employability Assessment (EA-1). */
export const BARRIER_CATEGORIES = [
  'CHILD_CARE', 'TRANSPORTATION', 'HOUSING', 'HEALTH', 'MENTAL_HEALTH', 'SUBSTANCE_USE', 'DOMESTIC_VIOLENCE',
  'LEGAL', 'EDUCATION', 'WORK_HISTORY', 'LANGUAGE', 'DISABILITY', 'OTHER',
] as const;
export type BarrierCategory = (typeof BARRIER_CATEGORIES)[number];

/** One item of the Employability Plan Inventory (EPI): the question and the client's answer or rating. */
export interface EpiItem { item: string; answer: string }
export interface Barrier { category: BarrierCategory; description: string }
/** EA-2: where the client's self-report and the CM's assessment differ, and why. */
export interface Discrepancy { selfReport: string; assessment: string; explanation: string }

export interface AssessmentContent {
  completedOn: PlainDate;
  epiItems: readonly EpiItem[];
  strengths: readonly string[];
  barriers: readonly Barrier[];
  clientGoals: readonly string[];
  discrepancies: readonly Discrepancy[];
}

const blank = (s: string) => s.trim() === '';

/**
 * EA-1, EA-2: what is wrong with an EA as entered: completed on or after the referral (and after
 * the change of case manager or track that asks for it, ENG-3; not before the previous EA), not in the future; an EPI with at
 * least one answered item; at least one goal of the client's; every discrepancy explained.
 */
export function assessmentViolations(
  ea: AssessmentContent, timeline: { referralDate: PlainDate; today: PlainDate; previousCompletedOn?: PlainDate | null },
): RecordViolation[] {
  const out: RecordViolation[] = [];
  if (ea.completedOn < timeline.referralDate) {
    out.push({ field: 'completedOn', constraint: 'notBeforeReferral', message: `completedOn must be on or after the referral (${timeline.referralDate})` });
  }
  if (timeline.previousCompletedOn && ea.completedOn < timeline.previousCompletedOn) {
    out.push({ field: 'completedOn', constraint: 'notBeforePreviousAssessment', message: `completedOn must be on or after the previous EA (${timeline.previousCompletedOn})` });
  }
  if (ea.completedOn > timeline.today) out.push({ field: 'completedOn', constraint: 'notInFuture', message: `completedOn cannot be after today (${timeline.today})` });
  if (ea.epiItems.length === 0) out.push({ field: 'epiItems', constraint: 'arrayNotEmpty', message: 'The EA records the EPI: at least one item (ENG-3)' });
  ea.epiItems.forEach((i, n) => {
    if (blank(i.item) || blank(i.answer)) out.push({ field: `epiItems.${n}`, constraint: 'isNotEmpty', message: 'An EPI item has its question and its answer' });
  });
  if (ea.clientGoals.filter((g) => !blank(g)).length === 0) {
    out.push({ field: 'clientGoals', constraint: 'arrayNotEmpty', message: 'The EA records at least one of the client\'s goals (EA-1)' });
  }
  ea.barriers.forEach((b, n) => {
    if (blank(b.description)) out.push({ field: `barriers.${n}.description`, constraint: 'isNotEmpty', message: 'A barrier is described' });
  });
  ea.discrepancies.forEach((d, n) => {
    if (blank(d.explanation)) {
      out.push({ field: `discrepancies.${n}.explanation`, constraint: 'isNotEmpty', message: 'A discrepancy between self-report and assessment is explained (EA-2)' });
    }
  });
  return out;
}

export type AssessmentChartEvent = 'COMPLETE_EA' | 'COMPLETE_REASSESSMENT';

/**
 * Which chart event an EA sends (ENG-3, EA-1): the first EA completes the assessment phase
 * (COMPLETE_EA; the chart refuses it before the client is reached); a later one after a change of
 * case manager or track restarted the 30-day clock is COMPLETE_REASSESSMENT; any other later EA
 * (the family assessed continually, EA-3) is a record only, with no chart event.
 *
 * @example
 * chartEventFor({ ea: { completedOn: null }, engagementClockStart: '2026-11-02' }) // 'COMPLETE_EA'
 * chartEventFor({ ea: { completedOn: '2026-11-05' }, engagementClockStart: '2026-12-01' }) // 'COMPLETE_REASSESSMENT'
 */
export function chartEventFor(context: { ea: Pick<CaseContext['ea'], 'completedOn'>; engagementClockStart: PlainDate }): AssessmentChartEvent | null {
  if (context.ea.completedOn === null) return 'COMPLETE_EA';
  return context.engagementClockStart > context.ea.completedOn ? 'COMPLETE_REASSESSMENT' : null;
}
