import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp, type AppDependencies, type RunningApp } from '../../src/app';
import { signStaffToken } from '../../src/auth/token';
import { openDatabase } from '../../src/db/data-source';
import { createLogger } from '../../src/logger';
import { FixedClock } from '../../src/services/clock';
import { createFixtures, type Fixtures } from './fixtures';
import { QueryCounter } from './query-counter';

export const TEST_JWT_SECRET = 'test-secret';

export interface TestApp {
  dataSource: DataSource;
  clock: FixedClock;
  queries: QueryCounter;
  fixtures: Fixtures;
  running: RunningApp;
  token(staffId: string): string;
  /** POSTs a GraphQL operation over real HTTP and returns the parsed body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: any[]; status: number }>;
  http(): request.Agent;
  close(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
  await admin.connect();
  try { await admin.query(sql); } finally { await admin.end(); }
}

/**
 * Starts the whole app on a database of its own (created, migrated, dropped at close), so test
 * files run in parallel without seeing each other's rows.
 */
export async function startTestApp(options: { now?: string; nodeEnv?: string; introspection?: boolean; config?: Partial<AppDependencies['config']> } = {}): Promise<TestApp> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_PG_ADMIN_URL!);
  url.pathname = `/${name}`;
  const queries = new QueryCounter();
  const dataSource = await openDatabase({ url: url.toString(), logger: queries, poolSize: 25 });
  const clock = new FixedClock(new Date(options.now ?? '2026-11-02T18:00:00Z'));
  const nodeEnv = options.nodeEnv ?? 'test';
  const running = await createApp({
    config: { jwtSecret: TEST_JWT_SECRET, introspection: options.introspection ?? nodeEnv !== 'production', nodeEnv, ...options.config },
    dataSource, clock, log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
  });
  await new Promise<void>((resolve) => running.httpServer.listen(0, '127.0.0.1', resolve));
  const fixtures = await createFixtures(dataSource);
  const agent = request.agent(running.httpServer);
  return {
    dataSource, clock, queries, fixtures, running,
    token: (staffId) => signStaffToken(staffId, TEST_JWT_SECRET),
    http: () => agent,
    async gql(query, variables, token) {
      const req = agent.post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return { ...res.body, status: res.status };
    },
    async close() {
      await running.stop();
      await dataSource.destroy();
      await adminQuery(`DROP DATABASE ${name} WITH (FORCE)`);
    },
  };
}
