import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { signStaffToken } from '../src/auth/token';
import { createLogger } from '../src/logger';
import { systemClock } from '../src/services/clock';

const MUTATION = `mutation($input: RecordContactAttemptInput!) { recordContactAttempt(input: $input) { toState { path } case { version } } }`;

/** Runs `total` jobs with `concurrency` workers; returns operations per second. */
async function throughput(total: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) await job(next++);
  }));
  return total / (Number(process.hrtime.bigint() - started) / 1e9);
}

/**
 * Lifecycle transitions per second through the GraphQL API (HTTP, auth, validation, the pure
 * machine, conditional UPDATE + history INSERT) next to the same UPDATE + INSERT done with raw pg.
 */
export async function benchTransitions(dataSource: DataSource, url: string, ids: { caseManager: string; cases: string[] }) {
  const secret = 'bench-secret';
  // 2 x BENCH_TRANSITIONS requests of one user in seconds: rate limits on (their cost is in the figure) but out of reach.
  const running = await createApp({ config: { jwtSecret: secret, introspection: false, nodeEnv: 'production', rateLimits: { perAddress: 1_000_000, perUser: 1_000_000, windowSeconds: 60 } }, dataSource, clock: systemClock, log: createLogger('silent') });
  await new Promise<void>((resolve) => running.httpServer.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(running.httpServer.address() as AddressInfo).port}/graphql`;
  const token = signStaffToken(ids.caseManager, secret);
  const total = Number(process.env.BENCH_TRANSITIONS ?? 2000);
  const concurrency = 8;
  // Each worker owns its cases, so the figure measures work, not version conflicts.
  const caseFor = (i: number) => ids.cases[i % ids.cases.length];
  // expectedVersion is required: each case's version as the last response gave it (new cases are at 1).
  const versions = new Map<string, number>();

  const graphql = await throughput(total, concurrency, async (i) => {
    const res = await fetch(endpoint, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: MUTATION, variables: { input: { caseId: caseFor(i), expectedVersion: versions.get(caseFor(i)) ?? 1, on: '2026-11-02', method: 'LETTER', outcome: 'NOT_REACHED' } } }),
    });
    const body = (await res.json()) as { errors?: unknown[]; data?: { recordContactAttempt: { case: { version: number } | null; userErrors?: unknown[] } } };
    const result = body.data?.recordContactAttempt;
    if (body.errors || !result?.case) throw new Error(JSON.stringify(body.errors ?? result?.userErrors));
    versions.set(caseFor(i), result.case.version);
  });

  // The floor under any mutation here: HTTP, token check, the staff lookup and GraphQL, no write.
  const httpFloor = await throughput(total, concurrency, async () => {
    const res = await fetch(endpoint, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    await res.json();
  });

  const pool = new Pool({ connectionString: url, max: concurrency });
  const raw = await throughput(total, concurrency, async (i) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows: [row] } = await client.query<{ version: number; snapshot: unknown }>('SELECT version, snapshot FROM work_case WHERE id = $1', [caseFor(i)]);
      const updated = await client.query<{ version: number }>(
        `UPDATE work_case SET snapshot = $3, state = state, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING version`,
        [caseFor(i), row.version, row.snapshot]);
      await client.query(`INSERT INTO case_history (case_id, version, event, payload, state_before, state_after, actor_id, actor_role, occurred_at)
        VALUES ($1, $2, 'RECORD_CONTACT_ATTEMPT', '{}', 'open.referral.awaitingContact', 'open.referral.awaitingContact', $3, 'CASE_MANAGER', now())`,
        [caseFor(i), updated.rows[0].version, ids.caseManager]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
  await pool.end();
  await running.stop();
  return { total, concurrency, graphql, raw, httpFloor };
}
