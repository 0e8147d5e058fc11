import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { signStaffToken } from '../src/auth/token';
import type { RateLimits } from '../src/http/rate-limit';
import { createLogger } from '../src/logger';
import { systemClock } from '../src/services/clock';
import { timeIt } from './timing';

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

/** The issue's two attacks, verbatim in shape: 10,000 anonymous years of business days, 500 signed-in caseload pages. */
export const CALENDAR_FLOOD = `{ ${aliases(10_000, 'calendar { addBusinessDays(from: "2026-01-05", days: 366) }')} }`;
export const CASELOAD_FLOOD = `{ ${aliases(500, 'cases(first: 100) { edges { node { id caseNotes { edges { node { text } } } history { edges { node { event payload } } } } } }')} }`;
/** Passes every shape limit, fails the cost budget (~315,000 of 250,000): 100 cases with their whole record. */
const OVER_BUDGET = `{ cases(first: 100) { edges { node {
  id client { firstName household { firstName } } caseManager { name }
  obligations { totalCount edges { node { id ruleId dueDate status } } }
  clientNotes { totalCount edges { node { id title } } } caseNotes { edges { node { id category } } }
  alerts { edges { node { id kind case { id } } } } actions { event allowed blockedBy }
  history { totalCount edges { cursor node { id version event } } pageInfo { hasNextPage } } } } } }`;

/**
 * Refusal time of the query limits over HTTP, in the same process and on the same server as two
 * baselines: a small anonymous calendar request, and a signed-in `{ me { id } }` (token check,
 * staff lookup, both rate-limit counts; once more with the rate limits off, for their cost).
 * Each figure is a median of `runs` after one warm-up.
 */
export async function benchQueryLimits(dataSource: DataSource, ids: { caseManager: string }, runs = 30) {
  const secret = 'bench-secret';
  const token = signStaffToken(ids.caseManager, secret);
  const serve = async (rateLimits: RateLimits) => {
    const running = await createApp({ config: { jwtSecret: secret, introspection: false, nodeEnv: 'production', rateLimits }, dataSource, clock: systemClock, log: createLogger('silent') });
    await new Promise<void>((resolve) => running.httpServer.listen(0, '127.0.0.1', resolve));
    return { running, endpoint: `http://127.0.0.1:${(running.httpServer.address() as AddressInfo).port}/graphql` };
  };
  const send = async (endpoint: string, query: string, signedIn: boolean, expected: string | null) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signedIn ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string; measure?: string } }> };
    const got = body.errors?.[0]?.extensions;
    const asExpected = expected ? got?.code === 'QUERY_TOO_COMPLEX' && got.measure === expected : !body.errors;
    if (!asExpected) throw new Error(`expected ${expected ? `a refusal by ${expected}` : 'an answer'}, got ${JSON.stringify(body.errors)}`);
  };
  // Rate limits on (their upserts are in every figure) but out of reach of the bench; then off, for their cost.
  const limited = await serve({ perAddress: 1_000_000, perUser: 1_000_000, windowSeconds: 60 });
  const unlimited = await serve({ perAddress: 0, perUser: 0, windowSeconds: 60 });
  const at = limited.endpoint;
  try {
    const calendarMs = await timeIt(runs, () => send(at, '{ calendar { today isBusinessDay(date: "2026-11-11") } }', false, null));
    const meMs = await timeIt(runs, () => send(at, '{ me { id } }', true, null));
    const meUnlimitedMs = await timeIt(runs, () => send(unlimited.endpoint, '{ me { id } }', true, null));
    const calendarFloodMs = await timeIt(runs, () => send(at, CALENDAR_FLOOD, false, 'tokens'));
    const caseloadFloodMs = await timeIt(runs, () => send(at, CASELOAD_FLOOD, true, 'tokens'));
    const overBudgetMs = await timeIt(runs, () => send(at, OVER_BUDGET, true, 'cost'));
    return {
      runs, calendarMs, meMs, meUnlimitedMs, calendarFloodMs, caseloadFloodMs, overBudgetMs,
      calendarFloodKb: Buffer.byteLength(CALENDAR_FLOOD) / 1024, caseloadFloodKb: Buffer.byteLength(CASELOAD_FLOOD) / 1024,
    };
  } finally {
    await limited.running.stop();
    await unlimited.running.stop();
  }
}
