import type { PlainDate } from '../dates';

/**
 * The FSSP as a document (issue 12): what a version, its mailing, its signature and its monthly
 * reviews must say to be recorded. Pure: rows and the injected clock's Alaska date come in, the
 * values at fault go out (field + constraint, as every BAD_USER_INPUT names them).
 * FSSP-3: SMART goals, intermediate goals, steps with dates, each step its own review date.
 * FSSP-5: a field FSSP's plan date, goal date and goal. FSSP-6: mailed on and due back.
 * FSSP-2 / ENG-4: a review records progress per step of the version reviewed.
 */
export const FSSP_SIGNATURE_METHODS = ['IN_PERSON', 'MAILED', 'FIELD'] as const;
export type FsspSignatureMethod = (typeof FSSP_SIGNATURE_METHODS)[number];
export const FSSP_STEP_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BEHIND'] as const;
export type FsspStepStatus = (typeof FSSP_STEP_STATUSES)[number];
/** FSSP-5: what the API shows for a field FSSP; the signed original stays in the paper file. */
export const FIELD_FSSP_NOTE = 'Field FSSP, original in file';

export interface FsspViolation { field: string; constraint: string; message: string }

export interface StepDraft { text: string; startsOn: PlainDate; endsOn?: PlainDate | null; reviewOn: PlainDate }
export interface IntermediateGoalDraft { text: string; measure: string; targetOn: PlainDate; steps?: StepDraft[] | null }
export interface GoalDraft extends IntermediateGoalDraft { intermediateGoals?: IntermediateGoalDraft[] | null }
export interface ServicePlanDraft { agency: string; summary: string }
export interface VersionDraft { draftedOn: PlainDate; goals: GoalDraft[]; servicePlans?: ServicePlanDraft[] | null; changeSummary?: string | null }
/** The case's own dates a draft is checked against. */
export interface CaseDays {
  referralDate: PlainDate;
  today: PlainDate;
  /** The version this draft replaces, when it is an update: the update answers it, so it cannot precede it. */
  previous?: { number: number; draftedOn: PlainDate; signedOn: PlainDate | null } | null;
}

const v = (field: string, constraint: string, message: string): FsspViolation => ({ field, constraint, message });

/** Every step of a draft, under its goal or intermediate goal, with the path of its input field. */
export function stepsOf(goals: readonly GoalDraft[]): Array<{ step: StepDraft; field: string }> {
  return goals.flatMap((g, i) => [
    ...(g.steps ?? []).map((step, s) => ({ step, field: `goals[${i}].steps[${s}]` })),
    ...(g.intermediateGoals ?? []).flatMap((ig, j) => (ig.steps ?? []).map((step, s) => ({ step, field: `goals[${i}].intermediateGoals[${j}].steps[${s}]` }))),
  ]);
}

/**
 * FSSP-3: the plan expires after its last review date, the latest of its steps' review dates.
 *
 * @example lastStepReviewOn([{ ..., steps: [{ reviewOn: '2026-12-15', ... }, { reviewOn: '2027-01-15', ... }] }]) // '2027-01-15'
 */
export function lastStepReviewOn(goals: readonly GoalDraft[]): PlainDate | null {
  return stepsOf(goals).map(({ step }) => step.reviewOn).sort().at(-1) ?? null;
}

function stepViolations(step: StepDraft, field: string, draftedOn: PlainDate): FsspViolation[] {
  const out: FsspViolation[] = [];
  if (!step.text.trim()) out.push(v(`${field}.text`, 'isNotEmpty', 'A step says what the client will do'));
  if (step.reviewOn < step.startsOn) out.push(v(`${field}.reviewOn`, 'notBeforeStart', `A step's review date cannot be before its start (${step.startsOn}) (FSSP-3)`));
  if (step.endsOn != null && step.endsOn < step.startsOn) out.push(v(`${field}.endsOn`, 'notBeforeStart', `A step's end cannot be before its start (${step.startsOn})`));
  if (step.startsOn < draftedOn) out.push(v(`${field}.startsOn`, 'notBeforeDraft', `A step cannot start before the plan is drafted (${draftedOn})`));
  return out;
}

function goalViolations(goal: IntermediateGoalDraft, field: string, draftedOn: PlainDate): FsspViolation[] {
  const out: FsspViolation[] = [];
  if (!goal.text.trim()) out.push(v(`${field}.text`, 'isNotEmpty', 'A SMART goal is specific: say what it is (FSSP-3)'));
  if (!goal.measure.trim()) out.push(v(`${field}.measure`, 'isNotEmpty', 'A SMART goal is measurable: say how it is measured (FSSP-3)'));
  if (goal.targetOn < draftedOn) out.push(v(`${field}.targetOn`, 'notBeforeDraft', `A goal's target date cannot be before the draft (${draftedOn})`));
  return out;
}

/**
 * FSSP-3, EA-4: what is wrong with a version as drafted. Drafted on or after the referral and not
 * after today; at least one goal and one step; each goal SMART (text, measure, target not before the
 * draft); each step's review date not before its start; an update (number > 1) says what changed.
 */
export function draftViolations(draft: VersionDraft, number: number, days: CaseDays): FsspViolation[] {
  const out: FsspViolation[] = [];
  if (draft.draftedOn < days.referralDate) out.push(v('draftedOn', 'notBeforeReferral', `draftedOn must be on or after the referral (${days.referralDate})`));
  if (draft.draftedOn > days.today) out.push(v('draftedOn', 'notInFuture', `draftedOn cannot be after today (${days.today})`));
  const previous = days.previous;
  // FSSP-2: an update is of the plan in force; it is drafted on or after that version's draft and signature.
  const answers = previous && (previous.signedOn && previous.signedOn > previous.draftedOn ? previous.signedOn : previous.draftedOn);
  if (previous && answers && draft.draftedOn < answers) {
    out.push(v('draftedOn', 'notBeforePreviousVersion', `draftedOn must be on or after ${answers}, when version ${previous.number} was ${answers === previous.signedOn ? 'signed' : 'drafted'} (FSSP-2)`));
  }
  if (draft.goals.length === 0) out.push(v('goals', 'arrayNotEmpty', 'An FSSP has at least one goal (FSSP-3)'));
  draft.goals.forEach((g, i) => {
    out.push(...goalViolations(g, `goals[${i}]`, draft.draftedOn));
    (g.intermediateGoals ?? []).forEach((ig, j) => {
      const field = `goals[${i}].intermediateGoals[${j}]`;
      out.push(...goalViolations(ig, field, draft.draftedOn));
      if (ig.targetOn > g.targetOn) out.push(v(`${field}.targetOn`, 'notAfterGoal', `An intermediate goal is reached by its goal's target date (${g.targetOn})`));
    });
  });
  const steps = stepsOf(draft.goals);
  if (draft.goals.length > 0 && steps.length === 0) out.push(v('goals', 'hasSteps', 'An FSSP has at least one step with its dates (FSSP-3)'));
  for (const { step, field } of steps) out.push(...stepViolations(step, field, draft.draftedOn));
  (draft.servicePlans ?? []).forEach((p, i) => {
    if (!p.agency.trim() || !p.summary.trim()) out.push(v(`servicePlans[${i}]`, 'isNotEmpty', 'An agency\'s service plan names the agency and what it provides (EA-4)'));
  });
  const summary = draft.changeSummary?.trim() ?? '';
  if (number > 1 && !summary) out.push(v('changeSummary', 'requiredForUpdate', 'An update says what changed since the version it replaces (FSSP-2)'));
  return out;
}

/** A version as the later checks see it. */
export interface VersionFacts { draftedOn: PlainDate; signedOn: PlainDate | null; mailedOn: PlainDate | null }

/** FSSP-6: a version mailed for signature, not before its draft, not in the future, due back after it was mailed; not once signed. */
export function mailingViolations(version: VersionFacts, mailing: { mailedOn: PlainDate; dueBackOn: PlainDate }, today: PlainDate): FsspViolation[] {
  const out: FsspViolation[] = [];
  if (version.signedOn !== null) out.push(v('versionId', 'notSigned', `This version was already signed on ${version.signedOn}`));
  if (mailing.mailedOn < version.draftedOn) out.push(v('mailedOn', 'notBeforeDraft', `mailedOn must be on or after the draft (${version.draftedOn})`));
  if (mailing.mailedOn > today) out.push(v('mailedOn', 'notInFuture', `mailedOn cannot be after today (${today})`));
  if (mailing.dueBackOn <= mailing.mailedOn) out.push(v('dueBackOn', 'afterMailed', `dueBackOn must be after mailedOn (${mailing.mailedOn}) (FSSP-6)`));
  return out;
}

/** FSSP-5: a field FSSP's own record. */
export interface FieldFsspFacts { planOn?: PlainDate | null; goalOn?: PlainDate | null; goal?: string | null }
export interface SignatureFacts { method: FsspSignatureMethod; signedOn: PlainDate; field?: FieldFsspFacts | null }

/**
 * FSSP-1, FSSP-5, FSSP-6: a signature once per version, not before the draft (nor the mailing),
 * not in the future; a mailed signature needs the mailing recorded; a field FSSP has its plan
 * date, goal date and goal.
 */
export function signatureViolations(version: VersionFacts, signature: SignatureFacts, today: PlainDate): FsspViolation[] {
  const out: FsspViolation[] = [];
  if (version.signedOn !== null) out.push(v('versionId', 'notSigned', `This version was already signed on ${version.signedOn}`));
  if (signature.signedOn < version.draftedOn) out.push(v('signedOn', 'notBeforeDraft', `signedOn must be on or after the draft (${version.draftedOn})`));
  if (version.mailedOn !== null && signature.signedOn < version.mailedOn) out.push(v('signedOn', 'notBeforeMailed', `signedOn must be on or after the mailing (${version.mailedOn})`));
  if (signature.signedOn > today) out.push(v('signedOn', 'notInFuture', `signedOn cannot be after today (${today})`));
  if (signature.method === 'MAILED' && version.mailedOn === null) out.push(v('method', 'mailedFirst', 'A plan signed by mail was mailed first: record the mailing (FSSP-6)'));
  if (signature.method === 'FIELD') {
    const f = signature.field ?? {};
    if (!f.planOn) out.push(v('field.planOn', 'requiredForField', 'A field FSSP records its plan date (FSSP-5)'));
    if (!f.goalOn) out.push(v('field.goalOn', 'requiredForField', 'A field FSSP records its goal date (FSSP-5)'));
    if (!f.goal?.trim()) out.push(v('field.goal', 'requiredForField', 'A field FSSP records its goal (FSSP-5)'));
    if (f.planOn && f.planOn > signature.signedOn) out.push(v('field.planOn', 'notAfterSigned', 'A field FSSP\'s plan date is not after the day it was signed'));
    if (f.planOn && f.planOn < version.draftedOn) out.push(v('field.planOn', 'notBeforeDraft', `A field FSSP's plan date is not before the draft (${version.draftedOn}) (FSSP-5)`));
    if (f.goalOn && f.planOn && f.goalOn < f.planOn) out.push(v('field.goalOn', 'notBeforePlanDate', `A field FSSP's goal date is not before its plan date (${f.planOn}) (FSSP-5)`));
  } else if (signature.field) {
    out.push(v('field', 'onlyForField', 'Plan date, goal date and goal are recorded for a field FSSP only (FSSP-5)'));
  }
  return out;
}

export interface ProgressFacts { stepId: string; status: FsspStepStatus; comment?: string | null }

/**
 * FSSP-2, ENG-4: a monthly review of a signed version, on or after its signature and not in the
 * future, with progress only for that version's steps, each step once.
 */
export function reviewViolations(version: VersionFacts, review: { reviewedOn: PlainDate; progress: readonly ProgressFacts[] }, stepIds: ReadonlySet<string>, today: PlainDate): FsspViolation[] {
  const out: FsspViolation[] = [];
  if (version.signedOn === null) out.push(v('versionId', 'signed', 'Only a signed version is reviewed with the client (FSSP-1)'));
  else if (review.reviewedOn < version.signedOn) out.push(v('reviewedOn', 'notBeforeSigned', `reviewedOn must be on or after the signature (${version.signedOn})`));
  if (review.reviewedOn > today) out.push(v('reviewedOn', 'notInFuture', `reviewedOn cannot be after today (${today})`));
  if (review.progress.length === 0) out.push(v('progress', 'arrayNotEmpty', 'A review records progress on the plan\'s steps (FSSP-2)'));
  const seen = new Set<string>();
  review.progress.forEach((p, i) => {
    if (!stepIds.has(p.stepId)) out.push(v(`progress[${i}].stepId`, 'stepOfVersion', 'Progress is recorded for the steps of the version reviewed'));
    if (seen.has(p.stepId)) out.push(v(`progress[${i}].stepId`, 'once', 'Each step\'s progress is recorded once per review'));
    seen.add(p.stepId);
  });
  return out;
}

/**
 * FSSP-4: the update appointment of the version in force, signed, scheduled not in the past.
 * One after the plan's expiry is recorded but does not meet FSSP-4 (plan-obligations.ts).
 */
export function updateAppointmentViolations(version: VersionFacts | null, scheduledFor: PlainDate, today: PlainDate): FsspViolation[] {
  const out: FsspViolation[] = [];
  if (version === null || version.signedOn === null) out.push(v('caseId', 'signedPlan', 'An update appointment is for a signed FSSP (FSSP-4)'));
  if (scheduledFor < today) out.push(v('scheduledFor', 'notInPast', `scheduledFor cannot be before today (${today})`));
  return out;
}
