import type { PlainDate } from '../dates';
import type { RuleViolation } from '../activities/rule-violation';
import { violation } from '../activities/rule-violation';
import type { FederalActivity } from '../participation/activity-types';

/**
 * SITE-1 and TRK-5: CWE/BWE worksites, their positions, site agreements and placements. Pure:
 * rows arrive from the service, `today` is the Alaska date of the injected clock.
 */
export const WORKSITE_KINDS = ['CWE', 'BWE'] as const;
/** CWE: community work experience (public or non-profit site); BWE: business work experience. */
export type WorksiteKind = (typeof WORKSITE_KINDS)[number];

/**
 * The federal activity a worksite placement is the site of: CWE and BWE are both work experience
 * (45 CFR 261.30(d); src/participation/activity-types.ts gives both local names to WORK_EXPERIENCE).
 */
export const PLACEMENT_ACTIVITY: FederalActivity = 'WORK_EXPERIENCE';

export interface PositionFacts { title: string; centiHoursPerWeek: number; slots: number; skills: readonly string[] }

/** What is wrong with a position as entered: a title, 1 to 40 hours a week (AS 47.27.035), slots 0..1000, skills named. */
export function positionViolations(position: PositionFacts): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (position.title.trim() === '') out.push(violation('title', 'isNotEmpty', 'A position has a title'));
  if (position.centiHoursPerWeek < 1 || position.centiHoursPerWeek > 4000) {
    out.push(violation('hoursPerWeek', 'withinWeeklyLimit', 'hoursPerWeek must be more than 0 and at most 40 (AS 47.27.035)'));
  }
  if (!Number.isInteger(position.slots) || position.slots < 0 || position.slots > 1000) out.push(violation('slots', 'isSlotCount', 'slots must be 0 to 1000'));
  if (position.skills.some((s) => s.trim() === '')) out.push(violation('skills', 'isNotEmpty', 'A skill is not empty'));
  return out;
}

/** A site agreement's dates: signed not in the future, the effective period in order. */
export function siteAgreementViolations(agreement: { signedOn: PlainDate; effectiveFrom: PlainDate; effectiveTo: PlainDate | null }, today: PlainDate): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (agreement.signedOn > today) out.push(violation('signedOn', 'notInFuture', `signedOn cannot be after today (${today})`));
  if (agreement.effectiveTo !== null && agreement.effectiveTo < agreement.effectiveFrom) {
    out.push(violation('effectiveTo', 'notBeforeEffectiveFrom', 'effectiveTo must be on or after effectiveFrom'));
  }
  return out;
}

/**
 * SITE-1: an agreement binds from the day it is signed: its effective period does not start
 * before the signature (a day it held would be a day nobody had agreed to yet).
 */
export function agreementSignatureViolations(agreement: { signedOn: PlainDate; effectiveFrom: PlainDate }): RuleViolation[] {
  return agreement.effectiveFrom < agreement.signedOn
    ? [violation('effectiveFrom', 'notBeforeSigned', `effectiveFrom must be on or after the day it was signed (${agreement.signedOn})`)]
    : [];
}

/**
 * SITE-1: the text a record needs, each not blank once trimmed: the schema's length check lets
 * "   " through, and the trimmed value would be stored empty (a worksite without a name, an
 * agreement without its signer).
 *
 * @example
 * blankTextViolations({ name: 'Bethel Food Bank', phone: '  ' }) // [{ field: 'phone', constraint: 'isNotEmpty', ... }]
 */
export function blankTextViolations(texts: Readonly<Record<string, string>>): RuleViolation[] {
  return Object.entries(texts).filter(([, text]) => text.trim() === '').map(([field]) => violation(field, 'isNotEmpty', `${field} cannot be blank`));
}

/** A placement as it holds a slot: from its start until its end (the end day frees it). */
export interface SlotHolder { endedOn: PlainDate | null }

/**
 * How many of a position's slots are taken on `on` by placements not yet ended by then (a
 * placement ended on or before `on` has freed its slot).
 *
 * @example
 * slotsTaken([{ endedOn: null }, { endedOn: '2026-10-31' }], '2026-11-02') // 1
 */
export function slotsTaken(placements: readonly SlotHolder[], on: PlainDate): number {
  return placements.filter((p) => p.endedOn === null || p.endedOn > on).length;
}

export interface PlacementRequestFacts { caseId: string; startsOn: PlainDate; centiHoursPerWeek: number; supervisorName: string }
export interface PlacementAssignmentFacts { caseId: string; activityType: FederalActivity; startDate: PlainDate; endDate: PlainDate | null; scheduledCentiHoursPerWeek: number }
export interface PlacementPositionFacts { active: boolean; slots: number; centiHoursPerWeek: number; placements: readonly SlotHolder[] }

/**
 * SITE-1 / TRK-5: what is wrong with placing a client: the assignment is the client's work
 * experience (CWE/BWE) assignment on this case and the placement starts within it, at no more
 * hours than it schedules; not before the referral (a start in the future is a planned
 * placement); the position is active and has a free slot on the start day (positionFull).
 */
export function placementViolations(
  placement: PlacementRequestFacts, assignment: PlacementAssignmentFacts, position: PlacementPositionFacts, timeline: { referralDate: PlainDate },
): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (assignment.caseId !== placement.caseId) out.push(violation('assignmentId', 'assignmentOfCase', 'assignmentId must name an activity assignment of this case'));
  if (assignment.activityType !== PLACEMENT_ACTIVITY) {
    out.push(violation('assignmentId', 'workExperienceAssignment', `A worksite placement is the site of a WORK_EXPERIENCE (CWE/BWE) assignment, not ${assignment.activityType}`));
  }
  if (placement.startsOn < timeline.referralDate) out.push(violation('startsOn', 'notBeforeReferral', `startsOn must be on or after the referral (${timeline.referralDate})`));
  if (placement.startsOn < assignment.startDate || (assignment.endDate !== null && placement.startsOn > assignment.endDate)) {
    out.push(violation('startsOn', 'withinAssignment', `startsOn must fall within the assignment (${assignment.startDate} to ${assignment.endDate ?? 'open'})`));
  }
  if (placement.centiHoursPerWeek < 1 || placement.centiHoursPerWeek > assignment.scheduledCentiHoursPerWeek) {
    out.push(violation('hoursPerWeek', 'withinAssignmentHours', `hoursPerWeek must be more than 0 and at most the assignment's ${assignment.scheduledCentiHoursPerWeek / 100}`));
  }
  if (placement.supervisorName.trim() === '') out.push(violation('supervisorName', 'isNotEmpty', 'Name the supervisor at the site'));
  if (!position.active) out.push(violation('positionId', 'positionActive', 'The position is not active'));
  else if (slotsTaken(position.placements, placement.startsOn) >= position.slots) {
    out.push(violation('positionId', 'positionFull', `The position's ${position.slots} slot(s) are all taken on ${placement.startsOn}`));
  }
  return out;
}

/** Ending a placement: once, not before it started, not in the future. */
export function placementEndViolations(placement: { startsOn: PlainDate; endedOn: PlainDate | null }, endedOn: PlainDate, today: PlainDate): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (placement.endedOn !== null) out.push(violation('placementId', 'notEnded', `The placement already ended on ${placement.endedOn}`));
  if (endedOn < placement.startsOn) out.push(violation('endedOn', 'notBeforeStart', `endedOn must be on or after the start (${placement.startsOn})`));
  if (endedOn > today) out.push(violation('endedOn', 'notInFuture', `endedOn cannot be after today (${today})`));
  return out;
}

/** SITE-1 progress monitoring: a note on a day of the placement (from its start, up to its end and today) with text. */
export function progressNoteViolations(placement: { startsOn: PlainDate; endedOn: PlainDate | null }, note: { notedOn: PlainDate; text: string }, today: PlainDate): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (note.notedOn < placement.startsOn) out.push(violation('notedOn', 'notBeforeStart', `notedOn must be on or after the placement's start (${placement.startsOn})`));
  if (note.notedOn > today) out.push(violation('notedOn', 'notInFuture', `notedOn cannot be after today (${today})`));
  if (placement.endedOn !== null && note.notedOn > placement.endedOn) out.push(violation('notedOn', 'notAfterEnd', `notedOn must be on or before the end (${placement.endedOn})`));
  if (note.text.trim() === '') out.push(violation('text', 'isNotEmpty', 'A progress note says how the client is doing'));
  return out;
}
