import { getNamedType, getNullableType, isListType, type GraphQLField } from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';

/**
 * What an operation costs before it runs (graphql-query-complexity walks the document with these
 * estimators). One unit is about one resolved field (~10 µs of server time); a list multiplies
 * what is selected under it by the entries it may return, so a nested page of pages costs the
 * product of their `first`, as the work and the response size grow.
 */

/** The largest page any list takes (CaseListArgs, eligibilityNotices, nodes(ids): 500). */
export const MAX_PAGE = 500;

/** A list with no `first` (household, holidays, actions...): entries assumed, so it is not free. */
export const DEFAULT_LIST_SIZE = 10;

/** The most business days addBusinessDays accepts (a larger value is refused as BAD_USER_INPUT). */
const MAX_BUSINESS_DAYS = 366;

const clamp = (value: unknown, max: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 0), max) : 0;

/**
 * Fields whose own work is far above one unit, measured on the calendar (bench/query-limits):
 * addBusinessDays walks the calendar a day at a time (366 days: ~2.5 ms, 250x a plain field),
 * holidays(year) computes the year's observed days (~1 ms). Counted from the clamped argument:
 * an out-of-range value is BAD_USER_INPUT at execution, never a long walk.
 */
const OWN_COST: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  'AlaskaCalendar.addBusinessDays': (args) => 1 + clamp(args.days, MAX_BUSINESS_DAYS),
  'AlaskaCalendar.holidays': () => 100,
  // The office's cases with their facts and hours: several statements and a computation per case.
  'Query.participationRate': () => 500,
  'Query.participationEstimate': () => 10,
  // Issue 13: each case moved is a transition (~8 statements); a whole caseload is up to 500 cases.
  'Mutation.reassignCaseload': (args) => {
    const caseIds = (args.input as { caseIds?: unknown } | undefined)?.caseIds;
    return 10 * (Array.isArray(caseIds) ? Math.min(caseIds.length, MAX_PAGE) : MAX_PAGE);
  },
  // The office's population ordered by its keys, and every sampled case assigned (MGT-1).
  'Mutation.drawFileReviewSample': () => 500,
  // Aggregates over the office's cases, obligations, approvals and reviews (a fixed few statements).
  'Query.supervision': () => 100,
  'Query.qualityAssurance': () => 50,
  // Issue 14: every delivery of an endpoint after a feed position requeued in one statement.
  'Mutation.replayWebhookDeliveries': () => 50,
};

/** How many entries a field may return: its `first`, the ids it is given, or the assumed size. */
function entries(field: GraphQLField<unknown, unknown>, parent: string, args: Record<string, unknown>): number {
  // A connection's `first` already counted its entries; its edges list is that page, not another.
  if (field.name === 'edges' && parent.endsWith('Connection')) return 1;
  if ('first' in args) return clamp(args.first, MAX_PAGE);
  if (Array.isArray(args.ids)) return Math.min(args.ids.length, MAX_PAGE);
  return isListType(getNullableType(field.type)) ? DEFAULT_LIST_SIZE : 1;
}

/** What the estimator is told about the caller: which root fields stop at a sign-in gate. */
export interface CostContext {
  gated?: (type: string, field: string) => boolean;
}

/** The one estimator: own cost plus entries x what each entry selects. */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity, context }: ComplexityEstimatorArgs) => {
  if ((context as CostContext | undefined)?.gated?.(type.name, field.name)) return 1;
  // Introspection has its own switch (GRAPHQL_INTROSPECTION, off in production); GraphiQL's
  // schema query must not spend a caller's budget.
  if (type.name.startsWith('__') || field.name.startsWith('__') || getNamedType(field.type).name.startsWith('__')) return 0;
  const own = OWN_COST[`${type.name}.${field.name}`]?.(args) ?? 1;
  return own + entries(field, type.name, args) * childComplexity;
};
