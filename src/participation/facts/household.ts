/**
 * The household in a month, from the household members on file: who is the second parent, and
 * how old the youngest child is. Pure.
 */
import { ageInCompletedMonths, monthDays, type Month, type PlainDate } from '../../dates';
import type { HouseholdMemberRow } from '../../repositories/participation.repository';
import type { AdultParticipationFacts, FamilyType } from '../participation.types';

/** A spouse or partner in the household makes a two-parent family (45 CFR 261.24). */
export const PARENT_RELATIONSHIPS: ReadonlySet<string> = new Set(['SPOUSE', 'PARTNER']);
/** The children whose age decides the single-parent 20-hour requirement and the under-12-months disregard. */
export const CHILD_RELATIONSHIPS: ReadonlySet<string> = new Set(['CHILD', 'OTHER_CHILD']);

/** A household member as the facts read it. */
export type HouseholdPerson = Pick<HouseholdMemberRow, 'id' | 'relationship' | 'dateOfBirth'>;

export interface HouseholdInMonth {
  familyType: FamilyType;
  youngestChildAgeMonths: number | null;
  /** The second parent, when there is one. */
  spouse: HouseholdPerson | null;
  /** The second parent is the client's SPOUSE (not a PARTNER): both adults are married (teen deeming, 45 CFR 261.35). */
  married: boolean;
}

/**
 * Age in whole years on a date (0 when born later).
 * @example ageYearsOn('2008-03-02', '2026-03-01') // 17
 * @example ageYearsOn('2026-05-01', '2026-03-01') // 0
 */
export function ageYearsOn(birthDate: PlainDate, onDate: PlainDate): number {
  return birthDate > onDate ? 0 : Math.floor(ageInCompletedMonths(birthDate, onDate) / 12);
}

/**
 * The household in a month: people born by its last day; two-parent when the client has a SPOUSE
 * or PARTNER in the household (with more than one on file, the one who has hours, from
 * `preferSpouseIds`, is the second parent); the youngest child's age in completed months on the
 * first day (0 for a child born during the month).
 *
 * @example
 * householdInMonth([
 *   { id: 'k1', relationship: 'CHILD', dateOfBirth: '2025-10-15' },
 *   { id: 's1', relationship: 'PARTNER', dateOfBirth: '1990-01-01' },
 * ], '2026-10', new Set())
 * // { familyType: 'TWO_PARENT', youngestChildAgeMonths: 11, spouse: { id: 's1', ... }, married: false }
 */
export function householdInMonth(household: readonly HouseholdPerson[], month: Month, preferSpouseIds: ReadonlySet<string>): HouseholdInMonth {
  const { firstDate, lastDate } = monthDays(month);
  const present = household.filter((m) => m.dateOfBirth <= lastDate);
  const parents = present.filter((m) => PARENT_RELATIONSHIPS.has(m.relationship));
  const spouse = parents.find((m) => preferSpouseIds.has(m.id)) ?? parents[0] ?? null;
  let youngest: number | null = null;
  for (const child of present) {
    if (!CHILD_RELATIONSHIPS.has(child.relationship)) continue;
    const months = child.dateOfBirth > firstDate ? 0 : ageInCompletedMonths(child.dateOfBirth, firstDate);
    youngest = youngest === null ? months : Math.min(youngest, months);
  }
  return {
    familyType: spouse ? 'TWO_PARENT' : 'SINGLE_PARENT',
    youngestChildAgeMonths: youngest,
    spouse,
    married: spouse?.relationship === 'SPOUSE',
  };
}

/**
 * The work-eligible adults of the month, without activities: the client (head of household) and
 * the second parent when there is one, with their ages on the month's first day.
 * @example adultsInMonth({ clientId: 'cl-1', clientDateOfBirth: '2008-11-02' }, household, '2026-10').map((a) => a.ageYears) // [17, ...]
 */
export function adultsInMonth(client: { clientId: string; clientDateOfBirth: PlainDate }, home: HouseholdInMonth, month: Month): AdultParticipationFacts[] {
  const { firstDate } = monthDays(month);
  const adults: AdultParticipationFacts[] = [
    { adultId: client.clientId, ageYears: ageYearsOn(client.clientDateOfBirth, firstDate), headOfHousehold: true, married: home.married, activities: [] },
  ];
  if (home.spouse) {
    adults.push({ adultId: home.spouse.id, ageYears: ageYearsOn(home.spouse.dateOfBirth, firstDate), headOfHousehold: false, married: home.married, activities: [] });
  }
  return adults;
}
