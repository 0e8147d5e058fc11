/**
 * A supervisor's view of an office (issue 13 item 6), pure: per case manager and for the office,
 * the open caseload, the overdue obligations by rule, the pending approvals and the QA rate
 * against MGT-3's 80% target. The figures come in as counts (one statement each); this module
 * only puts them together, so the office's line is always the sum of what it shows.
 */

import { firstDayOf, monthOf, type PlainDate } from '../dates';
import type { InvalidInput } from '../errors';

/** MGT-3: quality assurance reviews score at least 80%. */
export const QA_TARGET = 0.8;

/**
 * MGT-1, MGT-3: the file reviews the QA rate rests on, by their review date: from..to as asked, by
 * default the month to date (the files are drawn monthly). A period ending before it starts is refused.
 */
export function qaPeriod(today: PlainDate, from?: PlainDate | null, to?: PlainDate | null): { from: PlainDate; to: PlainDate } | InvalidInput {
  const period = { from: from ?? firstDayOf(monthOf(to ?? today)), to: to ?? today };
  if (period.to < period.from) return { field: 'qaTo', constraint: 'notBeforeQaFrom', message: `The QA period ends (${period.to}) before it starts (${period.from})` };
  return period;
}

export interface RuleCount { ruleId: string; count: number }

/** One case manager's counts as the office's statement returns them. */
export interface CaseManagerCounts<S> { staff: S; openCases: number; overdueByRule: readonly RuleCount[] }

/** Pending approval requests on a case manager's caseload (the approvals queue). */
export interface PendingApprovalCount { caseManagerId: string; count: number }

/** A case manager's file reviews (MGT-1..3) in the period: how many, and their average score (0..1; null with none). */
export interface QaRateFacts { caseManagerId: string | null; reviews: number; rate: number | null }

export interface SupervisionFigures {
  openCases: number;
  overdueObligations: number;
  overdueByRule: RuleCount[];
  pendingApprovals: number;
  /** Null when no file was reviewed in the period. */
  qaRate: number | null;
  qaReviews: number;
  meetsQaTarget: boolean | null;
}

export interface SupervisionView<S> {
  caseManagers: Array<{ staff: S; figures: SupervisionFigures }>;
  office: SupervisionFigures;
}

/** Counts by rule id, merged and sorted by rule id; rules with no overdue obligation are left out. */
export function mergeRuleCounts(lists: ReadonlyArray<readonly RuleCount[]>): RuleCount[] {
  const totals = new Map<string, number>();
  for (const list of lists) for (const { ruleId, count } of list) totals.set(ruleId, (totals.get(ruleId) ?? 0) + count);
  return [...totals].filter(([, count]) => count > 0).map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** MGT-3: the reviews-weighted QA rate of several reviewed staff (null when none was reviewed). */
export function combinedQaRate(facts: readonly QaRateFacts[]): { reviews: number; rate: number | null } {
  const reviewed = facts.filter((f) => f.reviews > 0 && f.rate !== null);
  const reviews = reviewed.reduce((n, f) => n + f.reviews, 0);
  return { reviews, rate: reviews === 0 ? null : reviewed.reduce((sum, f) => sum + f.rate! * f.reviews, 0) / reviews };
}

function qaFigures(qa: readonly QaRateFacts[]): Pick<SupervisionFigures, 'qaRate' | 'qaReviews' | 'meetsQaTarget'> {
  const { reviews, rate } = combinedQaRate(qa);
  return { qaRate: rate, qaReviews: reviews, meetsQaTarget: rate === null ? null : rate >= QA_TARGET };
}

function figures(openCases: number, overdue: RuleCount[], approvals: number, qa: readonly QaRateFacts[]): SupervisionFigures {
  return {
    openCases, overdueByRule: overdue, overdueObligations: overdue.reduce((n, r) => n + r.count, 0), pendingApprovals: approvals, ...qaFigures(qa),
  };
}

/**
 * The view: each case manager's figures, and the office's as their sum (approvals and reviews of
 * the office count there even when they name nobody listed). No review is no QA rate (null),
 * never a misleading 0%.
 */
export function supervisionView<S extends { id: string }>(
  counts: ReadonlyArray<CaseManagerCounts<S>>, approvals: readonly PendingApprovalCount[], qa: readonly QaRateFacts[],
): SupervisionView<S> {
  const approvalsOf = (id: string) => approvals.filter((a) => a.caseManagerId === id).reduce((n, a) => n + a.count, 0);
  const caseManagers = counts.map((c) => ({
    staff: c.staff,
    figures: figures(c.openCases, mergeRuleCounts([c.overdueByRule]), approvalsOf(c.staff.id), qa.filter((q) => q.caseManagerId === c.staff.id)),
  }));
  const office = figures(
    counts.reduce((n, c) => n + c.openCases, 0), mergeRuleCounts(counts.map((c) => c.overdueByRule)),
    approvals.reduce((n, a) => n + a.count, 0), qa.filter((q) => q.caseManagerId !== null),
  );
  return { caseManagers, office };
}
