/**
 * The monthly work-participation status of one family: the ONE computation used for the
 * DB-backed monthly status, for "what-if" estimates from request facts, and for office rates.
 * Source: DOMAIN.md "Federal work participation rate (45 CFR 261.21-261.36, 42 USC 607)" and
 * "Work requirement and exemptions"; WV-1 (verified actual hours), WV-2 (justified work search).
 */
import { computeAdultHours, type AdultHoursOutcome } from './adult-hours';
import { monthDays } from '../dates';
import { monthlyThresholdCentiHours } from './hours';
import type {
  AdultParticipationResult,
  EngagementBasis,
  ExclusionReason,
  NotCountedHours,
  ParticipationFacts,
  ParticipationResult,
  ParticipationStatus,
} from './participation.types';
import {
  CHILD_UNDER_12_MONTHS_DISREGARD_LIFETIME_MONTHS,
  JSJR_WEEK_HOURS_OTHERS,
  JSJR_WEEK_HOURS_SINGLE_PARENT_UNDER_6,
  JSJR_WEEKS_PER_12_MONTHS,
  JSJR_WEEKS_PER_12_MONTHS_NEEDY_STATE,
  NOT_COUNTED_RULES,
  PENALTY_EXCLUSION_MAX_MONTHS_IN_12,
  isChildUnder12Months,
  isChildUnder6,
  weeklyRequirement,
} from './rules';
import { assertValidParticipationFacts } from './validate-facts';

const EXCLUSION_TEXT: Record<ExclusionReason, string> = {
  CHILD_ONLY: 'Child-only case: outside the participation rates (DOMAIN.md; 45 CFR 261.22).',
  SINGLE_PARENT_CHILD_UNDER_12_MONTHS:
    'Single custodial parent of a child under 12 months: disregarded from the rates, at most 12 months in a lifetime (45 CFR 261.22(b); 42 USC 607(b)(5); AS 47.27.035).',
  WORK_PENALTY:
    'Under a work penalty this month and penalized in no more than 3 of the preceding 12 months: excluded from the rates (42 USC 607(b)(1)(B)(ii); 45 CFR 261.22(b)(2)).',
};

/**
 * Computes a family's participation for one month.
 *
 * Steps:
 * 1. Per adult, countable hours after the personal limits (JSJR, VET, excused hours, WV-2); see
 *    `adult-hours.ts`.
 * 2. The weekly requirement (45 CFR 261.31, 261.32, 261.35): 30/20 core; 20 core for a single
 *    custodial parent of a child under 6; two-parent 35/30 combined, 55/50 with federally funded
 *    child care unless a parent is disabled or cares for a severely disabled child (42 USC
 *    607(c)(1)(B)(ii)).
 * 3. Non-core hours count only once the core minimum is met (45 CFR 261.31(c), 261.32(c)).
 *    Monthly hours meet a weekly figure `w` when `centiHours >= w * 433` (hours / 4.33 >= w,
 *    exact, no rounding).
 * 4. Teen deeming (45 CFR 261.35; 42 USC 607(c)(2)(C)): a head of household or married recipient
 *    under 20 attending secondary school satisfactorily, or averaging 20 h/week of education
 *    directly related to employment, is engaged. In a two-parent family both parents must be
 *    deemed for deeming alone to make the family engaged; otherwise the hours are combined as usual.
 * 5. Exclusions (45 CFR 261.22(b)): child-only case; work penalty this month when penalized in no
 *    more than 3 of the 12 months preceding it, this month not counted (42 USC 607(b)(1)(B)(ii)) (checked before the disregard, so that no lifetime
 *    disregard month is spent needlessly); single custodial parent of a child under 12 months,
 *    while fewer than 12 lifetime disregard months were used and the disregard is claimed.
 * 6. A two-parent family that includes a disabled parent is not a two-parent family for the
 *    two-parent rate (42 USC 607(b)(2)(C)): it is in the all-families rate only.
 *
 * `additionalHoursNeeded` (family NOT_ENGAGED only, else 0/0): with countable core `C`, non-core
 * hours `N` that passed every personal limit (counted or held back only by the core minimum), and
 * monthly thresholds `Rc = weeklyCore * 433`, `Rt = weekly * 433`, it is
 * `coreCentiHours = max(0, Rc - C)` and `centiHours = max(coreCentiHours, Rt - C - N)`: the least
 * X such that X more countable core hours make the family engaged (adding the missing core hours
 * also releases the held-back non-core hours). Of the X, `coreCentiHours` must be core; the rest
 * may be core or non-core. Adding fewer than X countable hours of any kind cannot suffice,
 * because core hours are at least as useful as non-core ones. Hours "added" are assumed to be
 * countable (e.g. not JSJR beyond the 6-week limit).
 *
 * Pure: no clock, no I/O; `facts` is not modified. Throws `ParticipationFactsError` on invalid facts.
 *
 * @example
 * const result = computeMonthlyParticipation({
 *   month: '2025-03', familyType: 'SINGLE_PARENT', youngestChildAgeMonths: 96,
 *   receivesFederallyFundedChildCare: false,
 *   adults: [{ adultId: 'a1', ageYears: 31, headOfHousehold: true, married: false,
 *     activities: [{ weekStart: '2025-03-03', activity: 'UNSUBSIDIZED_EMPLOYMENT', actualCentiHours: 12990 }] }],
 * });
 * result.status;                // 'ENGAGED' (129.90 h / 4.33 = 30 h/week)
 * result.additionalHoursNeeded; // { centiHours: 0, coreCentiHours: 0 }
 */
export function computeMonthlyParticipation(facts: ParticipationFacts): ParticipationResult {
  assertValidParticipationFacts(facts);
  const bounds = monthDays(facts.month);
  const single = facts.familyType === 'SINGLE_PARENT';
  const singleParentChildUnder6 = single && isChildUnder6(facts.youngestChildAgeMonths);

  const requirement = weeklyRequirement({
    familyType: facts.familyType,
    youngestChildAgeMonths: facts.youngestChildAgeMonths,
    receivesFederallyFundedChildCare: facts.receivesFederallyFundedChildCare,
    anyAdultDisabled: facts.adults.some((a) => a.disabled === true || a.caresForSeverelyDisabledChild === true),
  });
  // 42 USC 607(b)(2)(C): "A family that includes a disabled parent shall not be considered a
  // 2-parent family" for the rates; it stays in the all-families rate (DOMAIN.md).
  const disabledParent = facts.adults.some((a) => a.disabled === true);
  const coreThreshold = monthlyThresholdCentiHours(requirement.weeklyCoreHours);
  const totalThreshold = monthlyThresholdCentiHours(requirement.weeklyHours);

  // 1. Per-adult hours.
  const ctx = {
    monthFirstDay: bounds.first,
    jsjrWeekCentiHours: (singleParentChildUnder6 ? JSJR_WEEK_HOURS_SINGLE_PARENT_UNDER_6 : JSJR_WEEK_HOURS_OTHERS) * 100,
    jsjrWeeksAllowed: facts.options?.needyStateJsjrExtension ? JSJR_WEEKS_PER_12_MONTHS_NEEDY_STATE : JSJR_WEEKS_PER_12_MONTHS,
  };
  const outcomes: AdultHoursOutcome[] = facts.adults.map((adult) => computeAdultHours(adult, ctx));

  // 2-3. Family hours against the requirement.
  const core = outcomes.reduce((s, o) => s + o.coreCentiHours, 0);
  const nonCore = outcomes.reduce((s, o) => s + o.nonCoreCentiHours, 0);
  const vet = outcomes.reduce((s, o) => s + o.vetCentiHours, 0);
  const engagedByHours = (coreHours: number): boolean =>
    coreHours >= coreThreshold && coreHours + nonCore >= totalThreshold;
  const coreMet = core >= coreThreshold;
  const countableTotal = core + (coreMet ? nonCore : 0);
  const hoursEngaged = engagedByHours(core);

  // 4. Teen deeming.
  const teenDeemed = outcomes.length > 0 && (single ? outcomes[0].teenDeemed : outcomes.length === 2 && outcomes.every((o) => o.teenDeemed));

  // 5. Exclusions.
  let exclusion: ExclusionReason | null = null;
  let disregardUsed = false;
  const penalty = facts.penalty;
  const disregard = facts.childUnder12MonthsDisregard;
  if (facts.childOnly) exclusion = 'CHILD_ONLY';
  else if (penalty?.underWorkPenaltyThisMonth && penalty.penaltyMonthsInPreceding12Months <= PENALTY_EXCLUSION_MAX_MONTHS_IN_12) {
    exclusion = 'WORK_PENALTY';
  } else if (
    single &&
    isChildUnder12Months(facts.youngestChildAgeMonths) &&
    (disregard?.claimed ?? true) &&
    (disregard?.monthsUsedBeforeMonth ?? 0) < CHILD_UNDER_12_MONTHS_DISREGARD_LIFETIME_MONTHS
  ) {
    exclusion = 'SINGLE_PARENT_CHILD_UNDER_12_MONTHS';
    disregardUsed = true;
  }

  let status: ParticipationStatus;
  let basis: EngagementBasis | null = null;
  if (exclusion) status = 'EXCLUDED';
  else if (hoursEngaged) {
    status = 'ENGAGED';
    basis = 'HOURS';
  } else if (teenDeemed) {
    status = 'ENGAGED';
    basis = 'TEEN_DEEMED';
  } else status = 'NOT_ENGAGED';

  // 42 USC 607(c)(2)(D), 45 CFR 261.33(b): engaged only by reason of VET or teen deeming.
  const engagedThroughEducation = status === 'ENGAGED' && !engagedByHours(core - vet);

  // Non-core hours held back by the core minimum (45 CFR 261.31(c), 261.32(c)).
  const notCounted: NotCountedHours[] = [];
  for (const o of outcomes) {
    notCounted.push(...o.notCounted);
    if (coreMet) continue;
    for (const e of o.entries) {
      if (e.core) continue;
      for (const [kind, centiHours] of [
        ['ACTUAL', e.actual],
        ['EXCUSED', e.excused],
        ['HOLIDAY', e.holiday],
      ] as const) {
        if (centiHours <= 0) continue;
        notCounted.push({
          adultId: o.adultId,
          weekStart: e.weekStart,
          activity: e.activity,
          kind,
          centiHours,
          reason: 'NON_CORE_BELOW_CORE_MINIMUM',
          rule: NOT_COUNTED_RULES.NON_CORE_BELOW_CORE_MINIMUM.rule,
          text: NOT_COUNTED_RULES.NON_CORE_BELOW_CORE_MINIMUM.text,
        });
      }
    }
  }

  let additional = { centiHours: 0, coreCentiHours: 0 };
  if (status === 'NOT_ENGAGED') {
    const coreNeeded = Math.max(0, coreThreshold - core);
    additional = { centiHours: Math.max(coreNeeded, totalThreshold - core - nonCore), coreCentiHours: coreNeeded };
  }

  const adults: AdultParticipationResult[] = outcomes.map((o) => {
    const countableNonCore = coreMet ? o.nonCoreCentiHours : 0;
    return {
      adultId: o.adultId,
      countableCoreCentiHours: o.coreCentiHours,
      eligibleNonCoreCentiHours: o.nonCoreCentiHours,
      countableNonCoreCentiHours: countableNonCore,
      countableTotalCentiHours: o.coreCentiHours + countableNonCore,
      educationRelatedToEmploymentCentiHours: o.educationRelatedCentiHours,
      teenHeadOfHouseholdOrMarried: o.teenHeadOfHouseholdOrMarried,
      teenDeemed: o.teenDeemed,
      carryForward: o.carryForward,
    };
  });

  return {
    month: facts.month,
    familyType: facts.familyType,
    status,
    exclusionReason: exclusion,
    exclusionText: exclusion ? EXCLUSION_TEXT[exclusion] : null,
    inAllFamiliesRate: exclusion === null,
    inTwoParentRate: exclusion === null && !single && !disabledParent,
    engagementBasis: basis,
    engagedThroughEducation,
    requirementCode: requirement.code,
    requiredWeeklyHours: requirement.weeklyHours,
    requiredWeeklyCoreHours: requirement.weeklyCoreHours,
    requirementReason: requirement.reason,
    requiredMonthlyCentiHours: totalThreshold,
    requiredMonthlyCoreCentiHours: coreThreshold,
    countableCoreCentiHours: core,
    countableTotalCentiHours: countableTotal,
    additionalHoursNeeded: additional,
    childUnder12MonthsDisregardUsed: disregardUsed,
    adults,
    notCounted,
    notes: outcomes.flatMap((o) => o.notes),
  };
}
