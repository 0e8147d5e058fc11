/**
 * Participation rates from monthly results (45 CFR 261.21-261.24; DOMAIN.md "Monthly rate =
 * engaged families / families in the rate; the yearly rate averages the months"), against the
 * Work First targets of WV-3: 50% all families, 75% two-parent families.
 */
import type { ParticipationResult } from './participation.types';
import { ALL_FAMILIES_TARGET, EDUCATION_SHARE_LIMIT, TWO_PARENT_TARGET } from './rules';

export type RateMeasureName = 'ALL_FAMILIES' | 'TWO_PARENT';

/** An exact fraction of non-negative integers. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** One rate for one month. */
export interface RateMeasure {
  measure: RateMeasureName;
  /** Engaged families in the rate, after the 30% VET / teen-deeming limit (42 USC 607(c)(2)(D)). */
  numerator: number;
  /** Families in the rate. */
  denominator: number;
  /** numerator / denominator as a decimal, for display; null when no family is in the rate. */
  rate: number | null;
  /** The rate as a percentage with 2 decimals, rounded half up (e.g. "66.67%"); null when no family is in the rate. */
  rateDisplay: string | null;
  /** WV-3 target as a decimal (0.5 or 0.75) and as an exact fraction. */
  target: number;
  targetFraction: Fraction;
  /** numerator / denominator >= target, compared exactly; true when no family is in the rate (nothing to meet). */
  met: boolean;
  numeratorCaseIds: string[];
  denominatorCaseIds: string[];
  /** Engaged cases left out of the numerator by the 30% VET / teen-deeming limit (42 USC 607(c)(2)(D)), by case id. */
  educationLimitRemovedCaseIds: string[];
}

/** The two rates for one month. */
export interface ParticipationRate {
  /** The month of the results (`YYYY-MM`), null when there were no results and no month was given. */
  month: string | null;
  allFamilies: RateMeasure;
  twoParent: RateMeasure;
}

export interface ParticipationRateOptions {
  /** The month the rate is for; every result must be of this month. */
  month?: string;
}

const TARGETS: Record<RateMeasureName, Fraction> = { ALL_FAMILIES: ALL_FAMILIES_TARGET, TWO_PARENT: TWO_PARENT_TARGET };

/**
 * Monthly all-families and two-parent participation rates. In each rate at most 30% of the
 * families counted as engaged may be engaged only through VET or teen deeming (42 USC
 * 607(c)(2)(D)); see `educationShareLimitRemoved` for which ones count. A family with a disabled
 * parent is in the all-families rate only (42 USC 607(b)(2)(C); `inTwoParentRate`).
 *
 * @example
 * const rate = computeParticipationRate([
 *   { caseId: 'c1', result: engaged }, { caseId: 'c2', result: notEngaged },
 * ]);
 * rate.allFamilies.numerator;   // 1
 * rate.allFamilies.denominator; // 2
 * rate.allFamilies.met;         // true (1/2 >= 50%, WV-3)
 */
export function computeParticipationRate(
  results: ReadonlyArray<{ caseId: string; result: ParticipationResult }>,
  options: ParticipationRateOptions = {},
): ParticipationRate {
  const seen = new Set<string>();
  for (const { caseId } of results) {
    if (seen.has(caseId)) throw new RangeError(`case ${caseId} appears twice in the rate`);
    seen.add(caseId);
  }
  const months = new Set(results.map((r) => r.result.month));
  if (options.month !== undefined) months.add(options.month);
  if (months.size > 1) throw new RangeError(`a monthly rate needs results of one month, got ${[...months].sort().join(', ')}`);
  const month = months.size === 1 ? [...months][0] : null;

  return {
    month,
    allFamilies: measure('ALL_FAMILIES', results),
    twoParent: measure('TWO_PARENT', results),
  };
}

function measure(
  name: RateMeasureName,
  results: ReadonlyArray<{ caseId: string; result: ParticipationResult }>,
): RateMeasure {
  const inRate = results.filter((r) => (name === 'ALL_FAMILIES' ? r.result.inAllFamiliesRate : r.result.inTwoParentRate));
  const engaged = inRate.filter((r) => r.result.status === 'ENGAGED');
  const removed = new Set(educationShareLimitRemoved(engaged));
  const numeratorCases = removed.size === 0 ? engaged : engaged.filter((r) => !removed.has(r.caseId));

  const numerator = numeratorCases.length;
  const denominator = inRate.length;
  const target = TARGETS[name];
  return {
    measure: name,
    numerator,
    denominator,
    rate: denominator === 0 ? null : numerator / denominator,
    rateDisplay: denominator === 0 ? null : percentDisplay(BigInt(numerator), BigInt(denominator)),
    target: target.numerator / target.denominator,
    targetFraction: { ...target },
    met: denominator === 0 || numerator * target.denominator >= target.numerator * denominator,
    numeratorCaseIds: numeratorCases.map((r) => r.caseId),
    denominatorCaseIds: inRate.map((r) => r.caseId),
    educationLimitRemovedCaseIds: [...removed].sort(byCaseId),
  };
}

/** Code-unit order of case ids: the same on every machine and locale. */
function byCaseId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The engaged families of a rate that the 30% limit leaves out (42 USC 607(c)(2)(D); 45 CFR
 * 261.33(b); DOMAIN.md): "not more than 30 percent of the number of individuals ... treated as
 * engaged in work for a month may consist of individuals ... engaged ... by reason of participation
 * in vocational educational training or deemed to be engaged ... by reason of [teen deeming]".
 * The 30% is of the families finally counted as engaged: with `others` families engaged without
 * VET or teen deeming, `k` education-engaged families may count while k <= 30% of (others + k),
 * i.e. k <= floor(3 * others / 7). Which ones count is decided by case id, not by input order or
 * by hours, so that the same month always gives the same numerator: the education-engaged
 * families with the smallest case ids (code-unit order) are kept, the others are removed and are
 * not engaged for the rate (they stay in the denominator).
 *
 * @example
 * // 7 families engaged by hours, 4 only through VET (v1..v4): floor(21 / 7) = 3 may count.
 * educationShareLimitRemoved(results); // ['v4']
 */
export function educationShareLimitRemoved(engaged: ReadonlyArray<{ caseId: string; result: ParticipationResult }>): string[] {
  const education: string[] = [];
  for (const r of engaged) if (r.result.engagedThroughEducation) education.push(r.caseId);
  if (education.length === 0) return [];
  const others = engaged.length - education.length;
  // k <= 3/10 (others + k)  <=>  (10 - 3) k <= 3 others
  const allowed = Math.floor((EDUCATION_SHARE_LIMIT.numerator * others) / (EDUCATION_SHARE_LIMIT.denominator - EDUCATION_SHARE_LIMIT.numerator));
  if (education.length <= allowed) return [];
  return education.sort(byCaseId).slice(allowed);
}

/** A yearly (or any multi-month) rate: the average of the monthly rates. */
export interface AveragedRateMeasure {
  measure: RateMeasureName;
  /** Months with at least one family in the rate, which are the months averaged. */
  monthsAveraged: number;
  /** Months given with no family in the rate (left out of the average). */
  monthsWithoutFamilies: number;
  /** The average as a decimal for display; null when no month had families. */
  rate: number | null;
  /** The average as an exact reduced fraction (decimal strings, the numbers can be large); null when no month had families. */
  rateExact: { numerator: string; denominator: string } | null;
  rateDisplay: string | null;
  target: number;
  targetFraction: Fraction;
  /** average >= target, compared exactly; true when no month had families. */
  met: boolean;
}

export interface AveragedParticipationRate {
  /** The months averaged, sorted (months given as null are not listed). */
  months: string[];
  allFamilies: AveragedRateMeasure;
  twoParent: AveragedRateMeasure;
}

/**
 * The yearly rate: the average of the monthly rates (DOMAIN.md; 45 CFR 261.22(a)), computed
 * exactly with rational arithmetic. A month with no family in a rate has no rate and is left
 * out of that measure's average. The same month may not be given twice.
 *
 * @example
 * const year = averageYearlyRate([march, april]); // march 3/5, april 1/2
 * year.allFamilies.rateExact; // { numerator: '11', denominator: '20' }  ((0.6 + 0.5) / 2 = 0.55)
 * year.allFamilies.met;       // true
 */
export function averageYearlyRate(monthlyRates: readonly ParticipationRate[]): AveragedParticipationRate {
  const months: string[] = [];
  for (const r of monthlyRates) {
    if (r.month === null) continue;
    if (months.includes(r.month)) throw new RangeError(`month ${r.month} is given twice`);
    months.push(r.month);
  }
  months.sort();
  return {
    months,
    allFamilies: average('ALL_FAMILIES', monthlyRates.map((r) => r.allFamilies)),
    twoParent: average('TWO_PARENT', monthlyRates.map((r) => r.twoParent)),
  };
}

function average(name: RateMeasureName, measures: readonly RateMeasure[]): AveragedRateMeasure {
  const target = TARGETS[name];
  let num = 0n;
  let den = 1n;
  let count = 0;
  for (const m of measures) {
    if (m.denominator === 0) continue;
    // num/den + a/b = (num*b + a*den) / (den*b)
    const a = BigInt(m.numerator);
    const b = BigInt(m.denominator);
    num = num * b + a * den;
    den = den * b;
    const g = gcd(num, den);
    num /= g;
    den /= g;
    count += 1;
  }
  const empty = count === 0;
  if (!empty) {
    den *= BigInt(count);
    const g = gcd(num, den);
    num /= g;
    den /= g;
  }
  return {
    measure: name,
    monthsAveraged: count,
    monthsWithoutFamilies: measures.length - count,
    rate: empty ? null : Number(num) / Number(den),
    rateExact: empty ? null : { numerator: num.toString(), denominator: den.toString() },
    rateDisplay: empty ? null : percentDisplay(num, den),
    target: target.numerator / target.denominator,
    targetFraction: { ...target },
    met: empty || num * BigInt(target.denominator) >= BigInt(target.numerator) * den,
  };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

/** num/den as a percentage with 2 decimals, rounded half up, exactly. */
function percentDisplay(num: bigint, den: bigint): string {
  const hundredths = (num * 10000n * 2n + den) / (2n * den);
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}%`;
}
