import { isUUID } from 'class-validator';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { isMonth, monthOf } from '../dates';
import { badInput } from '../errors';
import {
  computeParticipationRate, formatCentiHours, type ExclusionReason, type FamilyType, type ParticipationStatus, type RateMeasureName,
} from '../participation';
import type { CaseMonthParticipation, ParticipationFactsService } from './participation-facts.service';

/** One case behind a rate. Hours are centi-hours (integers); the GraphQL layer shows hours. */
export interface RateCase {
  caseId: string;
  clientName: string;
  caseManagerId: string;
  caseManagerName: string;
  phase: string;
  familyType: FamilyType;
  status: ParticipationStatus;
  exclusionReason: ExclusionReason | null;
  inAllFamiliesRate: boolean;
  inTwoParentRate: boolean;
  requiredWeeklyHours: number;
  countableCentiHours: number;
  countableCoreCentiHours: number;
  additionalCentiHoursNeeded: number;
  additionalCoreCentiHoursNeeded: number;
  verified: boolean;
  projected: boolean;
}

export interface RateMeasureView {
  measure: RateMeasureName;
  numerator: number;
  denominator: number;
  rate: number | null;
  rateDisplay: string | null;
  target: number;
  met: boolean;
  rule: string;
  numeratorCases: RateCase[];
  denominatorCases: RateCase[];
}

export interface ParticipationRateView {
  month: string;
  officeId: string | null;
  caseManagerId: string | null;
  /** The month is the current month: weeks not yet entered are projected from scheduled hours. */
  projected: boolean;
  allFamilies: RateMeasureView;
  twoParent: RateMeasureView;
  /** Every Work First case open in the month (excluded ones too), in client-name order. */
  cases: RateCase[];
}

const RULES: Record<RateMeasureName, string> = {
  ALL_FAMILIES: 'WV-3: 50% of all Work First families (45 CFR 261.21, 261.22)',
  TWO_PARENT: 'WV-3: 75% of two-parent Work First families (45 CFR 261.23, 261.24)',
};

export const CSV_HEADER = [
  'month', 'case_id', 'client_name', 'case_manager', 'family_type', 'status', 'exclusion_reason', 'in_all_families_rate',
  'in_two_parent_rate', 'required_weekly_hours', 'countable_hours', 'countable_core_hours', 'additional_hours_needed', 'verified', 'projected',
] as const;

/** RFC 4180 quoting; a text cell starting with = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A month's case list as CSV: a header row, then one row per case, CRLF line ends. */
export function rateCsv(view: ParticipationRateView): string {
  const lines = [CSV_HEADER.join(',')];
  for (const c of view.cases) {
    lines.push([
      view.month, c.caseId, c.clientName, c.caseManagerName, c.familyType, c.status, c.exclusionReason, c.inAllFamiliesRate, c.inTwoParentRate,
      c.requiredWeeklyHours, formatCentiHours(c.countableCentiHours), formatCentiHours(c.countableCoreCentiHours),
      formatCentiHours(c.additionalCentiHoursNeeded), c.verified, c.projected,
    ].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function toRateCase(p: CaseMonthParticipation): RateCase {
  const r = p.result;
  return {
    caseId: p.caseId,
    clientName: p.clientName,
    caseManagerId: p.caseManagerId,
    caseManagerName: p.caseManagerName,
    phase: p.phase,
    familyType: r.familyType,
    status: r.status,
    exclusionReason: r.exclusionReason,
    inAllFamiliesRate: r.inAllFamiliesRate,
    inTwoParentRate: r.inTwoParentRate,
    requiredWeeklyHours: r.requiredWeeklyHours,
    countableCentiHours: r.countableTotalCentiHours,
    countableCoreCentiHours: r.countableCoreCentiHours,
    additionalCentiHoursNeeded: r.additionalHoursNeeded.centiHours,
    additionalCoreCentiHoursNeeded: r.additionalHoursNeeded.coreCentiHours,
    verified: p.verification !== null,
    projected: p.projected,
  };
}

/**
 * The monthly work participation rates of an office (or a caseload) against the Work First
 * targets (WV-3): only Work First cases whose TA was open in the month are in them. Everything
 * for the month is loaded in a handful of statements by ParticipationFactsService; the rates come
 * from the pure computeParticipationRate.
 */
export class ParticipationRateService {
  constructor(private readonly facts: ParticipationFactsService) {}

  async rate(user: CurrentUser, request: { month: string; officeId?: string | null; caseManagerId?: string | null }): Promise<ParticipationRateView> {
    if (!isMonth(request.month)) throw badInput('month must be YYYY-MM, e.g. 2026-10', 'month', 'matches');
    if (request.month > monthOf(this.facts.today())) {
      throw badInput(`${request.month} has not begun: rates are for past months, or projected for the current month`, 'month', 'notFutureMonth');
    }
    if (request.officeId && !isUUID(request.officeId)) throw badInput('office must be an office id', 'office', 'isUuid');
    if (request.caseManagerId && !isUUID(request.caseManagerId)) throw badInput('caseManager must be a staff id', 'caseManager', 'isUuid');
    const officeId = AccessPolicy.officeScope(user, request.officeId);
    // Work First IN THE MONTH (the track periods of the case history), not today's track; a caseload
    // is today's caseload (work_case.case_manager_id), see ParticipationScope.
    const participations = await this.facts.monthlyParticipation(
      { officeId, caseManagerId: request.caseManagerId ?? null, workFirstOnly: true }, request.month);
    const inRate = participations.filter((p) => p.openInMonth);
    const rate = computeParticipationRate(inRate.map((p) => ({ caseId: p.caseId, result: p.result })), { month: request.month });
    const byId = new Map(inRate.map((p) => [p.caseId, toRateCase(p)]));
    const measure = (m: typeof rate.allFamilies): RateMeasureView => ({
      measure: m.measure,
      numerator: m.numerator,
      denominator: m.denominator,
      rate: m.rate,
      rateDisplay: m.rateDisplay,
      target: m.target,
      met: m.met,
      rule: RULES[m.measure],
      numeratorCases: m.numeratorCaseIds.map((id) => byId.get(id) as RateCase),
      denominatorCases: m.denominatorCaseIds.map((id) => byId.get(id) as RateCase),
    });
    return {
      month: request.month,
      officeId,
      caseManagerId: request.caseManagerId ?? null,
      projected: this.facts.isCurrentMonth(request.month),
      allFamilies: measure(rate.allFamilies),
      twoParent: measure(rate.twoParent),
      cases: [...byId.values()],
    };
  }
}
