/**
 * The twelve federal work activities (42 USC 607(d); 45 CFR 261.30) with the names the Alaska
 * Work Services manual and case notes use for them.
 *
 * Nine are "core" (45 CFR 261.31(b), 261.32(b)): they count toward the first 20 hours a week
 * (30 for two-parent families). Three are "non-core" (45 CFR 261.31(c), 261.32(c)): they count
 * only above the core minimum. See DOMAIN.md "Federal work participation rate".
 *
 * `paid` says whether the activity is paid work: excused absences (holidays and other excused
 * hours) may be counted only for unpaid activities (45 CFR 261.60(b)); for paid work, paid
 * holidays and paid leave are already part of the actual hours worked.
 */

/** The federal activity codes, in the order of 45 CFR 261.30 grouped core first. */
export const FEDERAL_ACTIVITY_CODES = [
  'UNSUBSIDIZED_EMPLOYMENT',
  'SUBSIDIZED_PRIVATE_EMPLOYMENT',
  'SUBSIDIZED_PUBLIC_EMPLOYMENT',
  'WORK_EXPERIENCE',
  'ON_THE_JOB_TRAINING',
  'JOB_SEARCH_JOB_READINESS',
  'COMMUNITY_SERVICE',
  'VOCATIONAL_EDUCATIONAL_TRAINING',
  'CHILD_CARE_FOR_COMMUNITY_SERVICE',
  'JOB_SKILLS_TRAINING',
  'EDUCATION_RELATED_TO_EMPLOYMENT',
  'SECONDARY_SCHOOL_OR_GED',
] as const;

/** One of the twelve federal work activity categories. */
export type FederalActivity = (typeof FEDERAL_ACTIVITY_CODES)[number];

/**
 * Enum-like object of the activity codes, so callers can write `FederalActivity.WORK_EXPERIENCE`.
 *
 * @example
 * const entry = { activity: FederalActivity.ON_THE_JOB_TRAINING, ... };
 */
export const FederalActivity: { readonly [K in FederalActivity]: K } = Object.freeze(
  Object.fromEntries(FEDERAL_ACTIVITY_CODES.map((c) => [c, c])) as { [K in FederalActivity]: K },
);

/** Description of one federal activity category. */
export interface FederalActivityDefinition {
  readonly code: FederalActivity;
  /** Core activity (counts toward the core minimum), 45 CFR 261.31(b). */
  readonly core: boolean;
  /** Paid work: excused hours never apply (45 CFR 261.60(b)). */
  readonly paid: boolean;
  /** Name used in 42 USC 607(d) / 45 CFR 261.30. */
  readonly federalName: string;
  /** Names used locally by Alaska Work Services (manual, CMS, case notes). */
  readonly localNames: readonly string[];
  /** Regulation paragraph defining the activity. */
  readonly citation: string;
}

const def = (
  code: FederalActivity,
  core: boolean,
  paid: boolean,
  federalName: string,
  localNames: string[],
  citation: string,
): FederalActivityDefinition => Object.freeze({ code, core, paid, federalName, localNames: Object.freeze(localNames), citation });

/** All twelve categories keyed by code. */
export const FEDERAL_ACTIVITIES: Readonly<Record<FederalActivity, FederalActivityDefinition>> = Object.freeze({
  UNSUBSIDIZED_EMPLOYMENT: def('UNSUBSIDIZED_EMPLOYMENT', true, true, 'Unsubsidized employment', ['Employment', 'Job start'], '45 CFR 261.30(a)'),
  SUBSIDIZED_PRIVATE_EMPLOYMENT: def(
    'SUBSIDIZED_PRIVATE_EMPLOYMENT',
    true,
    true,
    'Subsidized private-sector employment',
    ['Subsidized private employment'],
    '45 CFR 261.30(b)',
  ),
  SUBSIDIZED_PUBLIC_EMPLOYMENT: def(
    'SUBSIDIZED_PUBLIC_EMPLOYMENT',
    true,
    true,
    'Subsidized public-sector employment',
    ['Subsidized public employment'],
    '45 CFR 261.30(c)',
  ),
  WORK_EXPERIENCE: def(
    'WORK_EXPERIENCE',
    true,
    false,
    'Work experience',
    ['CWE (community work experience)', 'BWE (business work experience)'],
    '45 CFR 261.30(d)',
  ),
  ON_THE_JOB_TRAINING: def('ON_THE_JOB_TRAINING', true, true, 'On-the-job training', ['OJT'], '45 CFR 261.30(e)'),
  JOB_SEARCH_JOB_READINESS: def(
    'JOB_SEARCH_JOB_READINESS',
    true,
    false,
    'Job search and job readiness assistance',
    ['Job search / job readiness (JSJR)', 'Work search (J3 hours)', 'Job club'],
    '45 CFR 261.30(f)',
  ),
  COMMUNITY_SERVICE: def('COMMUNITY_SERVICE', true, false, 'Community service programs', ['Community service'], '45 CFR 261.30(g)'),
  VOCATIONAL_EDUCATIONAL_TRAINING: def(
    'VOCATIONAL_EDUCATIONAL_TRAINING',
    true,
    false,
    'Vocational educational training',
    ['Vocational education (VET)', 'Vocational Education or Training'],
    '45 CFR 261.30(h)',
  ),
  CHILD_CARE_FOR_COMMUNITY_SERVICE: def(
    'CHILD_CARE_FOR_COMMUNITY_SERVICE',
    true,
    false,
    'Providing child care services to an individual who is participating in a community service program',
    ['Child care for a community service participant'],
    '45 CFR 261.30(l)',
  ),
  JOB_SKILLS_TRAINING: def(
    'JOB_SKILLS_TRAINING',
    false,
    false,
    'Job skills training directly related to employment',
    ['Job skills training', 'Pre-employment training'],
    '45 CFR 261.30(i)',
  ),
  EDUCATION_RELATED_TO_EMPLOYMENT: def(
    'EDUCATION_RELATED_TO_EMPLOYMENT',
    false,
    false,
    'Education directly related to employment (no high school diploma or certificate of high school equivalency)',
    ['Education related to employment', 'Basic skills training', 'Remedial education / literacy'],
    '45 CFR 261.30(j)',
  ),
  SECONDARY_SCHOOL_OR_GED: def(
    'SECONDARY_SCHOOL_OR_GED',
    false,
    false,
    'Satisfactory attendance at secondary school or in a course of study leading to a certificate of general equivalence',
    ['High school', 'GED program'],
    '45 CFR 261.30(k)',
  ),
});

/** The twelve definitions as a list, core first. */
export const FEDERAL_ACTIVITY_LIST: readonly FederalActivityDefinition[] = Object.freeze(FEDERAL_ACTIVITY_CODES.map((c) => FEDERAL_ACTIVITIES[c]));

/** The nine core activities (45 CFR 261.31(b)). */
export const CORE_ACTIVITIES: readonly FederalActivity[] = Object.freeze(FEDERAL_ACTIVITY_CODES.filter((c) => FEDERAL_ACTIVITIES[c].core));

/** The three non-core activities, counted only above the core minimum (45 CFR 261.31(c)). */
export const NON_CORE_ACTIVITIES: readonly FederalActivity[] = Object.freeze(FEDERAL_ACTIVITY_CODES.filter((c) => !FEDERAL_ACTIVITIES[c].core));

/**
 * Type guard for activity codes coming from the database or a request.
 *
 * @example
 * isFederalActivity('WORK_EXPERIENCE'); // true
 * isFederalActivity('CWE');             // false (a local name, not a code)
 */
export function isFederalActivity(value: unknown): value is FederalActivity {
  return typeof value === 'string' && (FEDERAL_ACTIVITY_CODES as readonly string[]).includes(value);
}

/**
 * Whether the activity is core (45 CFR 261.31(b)).
 *
 * @example
 * isCoreActivity('JOB_SKILLS_TRAINING'); // false
 */
export function isCoreActivity(activity: FederalActivity): boolean {
  return FEDERAL_ACTIVITIES[activity].core;
}

/**
 * Whether the activity is paid work (no excused hours, 45 CFR 261.60(b)).
 *
 * @example
 * isPaidActivity('ON_THE_JOB_TRAINING'); // true
 */
export function isPaidActivity(activity: FederalActivity): boolean {
  return FEDERAL_ACTIVITIES[activity].paid;
}
