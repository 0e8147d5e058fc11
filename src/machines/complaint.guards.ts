import type { ComplaintContext, ComplaintEvent } from './complaint.types';

type Check = (args: { context: ComplaintContext; event: ComplaintEvent }) => string | null;

/**
 * The complaint chart's guards, each answering with the reason it blocks (null when it passes),
 * as the case chart's do (case-lifecycle.guards.ts), so a refusal names its rule.
 */
export const complaintChecks = {
  /** MGT-4: the client's own complaint: its call is returned, and it is forwarded to WSTA when unresolved. */
  fromClient: ({ context }) =>
    context.source === 'CLIENT' ? null : 'a complaint WSTA brings is settled by its case review and recommendations (MGT-4)',

  /** MGT-4: a case review with WSTA's recommendations follows a complaint WSTA brings. */
  broughtByWsta: ({ context }) =>
    context.source === 'WSTA' ? null : "WSTA's case review follows a complaint WSTA brings; forward the client's complaint to WSTA instead (MGT-4)",

  /** A forwarded complaint's call may still be returned, once. */
  callNotYetReturned: ({ context }) =>
    context.callReturned === null ? null : `the call was already returned at ${context.callReturned.returnedAt}`,
} satisfies Record<string, Check>;

export type ComplaintGuardName = keyof typeof complaintChecks;

/** The same checks as XState guards (true = passes). */
export const complaintGuards = Object.fromEntries(
  Object.entries(complaintChecks).map(([name, check]) => [name, (args: Parameters<Check>[0]) => check(args) === null]),
) as { [K in ComplaintGuardName]: (args: Parameters<Check>[0]) => boolean };
