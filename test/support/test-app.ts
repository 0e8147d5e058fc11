import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp, type AppDependencies, type RunningApp } from '../../src/app';
import { signStaffToken } from '../../src/auth/token';
import { createDataSource, openDatabase } from '../../src/db/data-source';
import { ensureLoginRole, grantAppPrivileges } from '../../src/db/privileges';
import { createLogger } from '../../src/logger';
import { FixedClock } from '../../src/services/clock';
import { createFixtures, type Fixtures } from './fixtures';
import { QueryCounter } from './query-counter';

export const TEST_JWT_SECRET = 'test-secret';

/**
 * The app serves as this role in every test (src/db/privileges.ts), so each e2e test also proves
 * the grants suffice. Roles are cluster-wide: one role for every test database, created if missing.
 */
export const TEST_APP_ROLE = 'wsc_test_app';
const TEST_APP_PASSWORD = 'wsc_test_app';

/** The test database's URL for another login. */
export function urlAs(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

export interface TestApp {
  /** The owner's connection (migrations ran on it): fixtures and SQL a test needs past the app's privileges. */
  dataSource: DataSource;
  /** The app's own connection, as TEST_APP_ROLE: what the resolvers and /readyz use; `queries` counts on it. */
  appDataSource: DataSource;
  /** Connection URLs of this test database, as the owner and as the app's role. */
  urls: { owner: string; app: string };
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
export async function startTestApp(options: { now?: string; nodeEnv?: string; introspection?: boolean; config?: Partial<AppDependencies['config']>; log?: AppDependencies['log'] } = {}): Promise<TestApp> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_PG_ADMIN_URL!);
  url.pathname = `/${name}`;
  const queries = new QueryCounter();
  const dataSource = await openDatabase({ url: url.toString(), poolSize: 5 });
  await ensureLoginRole(process.env.TEST_PG_ADMIN_URL!, TEST_APP_ROLE, TEST_APP_PASSWORD);
  await grantAppPrivileges(dataSource, TEST_APP_ROLE);
  const appUrl = urlAs(url.toString(), TEST_APP_ROLE, TEST_APP_PASSWORD);
  // A test that reads the log (log-privacy) gives its own logger: the app and its failed statements write to it.
  const log = options.log ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const appDataSource = createDataSource({ url: appUrl, logger: queries, log, poolSize: 25 });
  await appDataSource.initialize();
  const clock = new FixedClock(new Date(options.now ?? '2026-11-02T18:00:00Z'));
  const nodeEnv = options.nodeEnv ?? 'test';
  const running = await createApp({
    config: { jwtSecret: TEST_JWT_SECRET, introspection: options.introspection ?? nodeEnv !== 'production', nodeEnv, ...options.config },
    dataSource: appDataSource, clock, log,
  });
  await new Promise<void>((resolve) => running.httpServer.listen(0, '127.0.0.1', resolve));
  const fixtures = await createFixtures(dataSource);
  const agent = request.agent(running.httpServer);
  return {
    dataSource, appDataSource, urls: { owner: url.toString(), app: appUrl }, clock, queries, fixtures, running,
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
      if (appDataSource.isInitialized) await appDataSource.destroy();
      if (dataSource.isInitialized) await dataSource.destroy();
      await adminQuery(`DROP DATABASE ${name} WITH (FORCE)`);
    },
  };
}

/** Another app process on the same test database: a second replica, or the app after a restart. */
export interface TestInstance {
  running: RunningApp;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: any[]; status: number }>;
  close(): Promise<void>;
}

/**
 * Starts one more instance of the app on `app`'s database (its own pool, its own HTTP server),
 * sharing the clock, as a replica or a restarted process would. Close it before `app`.
 */
export async function startInstance(app: TestApp, clock: FixedClock = app.clock): Promise<TestInstance> {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const dataSource = createDataSource({ url: app.urls.app, log, poolSize: 10 });
  await dataSource.initialize();
  const running = await createApp({ config: { jwtSecret: TEST_JWT_SECRET, introspection: true, nodeEnv: 'test' }, dataSource, clock, log });
  await new Promise<void>((resolve) => running.httpServer.listen(0, '127.0.0.1', resolve));
  const agent = request.agent(running.httpServer);
  return {
    running,
    async gql(query, variables, token) {
      const req = agent.post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return { ...res.body, status: res.status };
    },
    async close() {
      await running.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
