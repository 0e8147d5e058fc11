import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { DataSource } from 'typeorm';
import { createApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { servingRoleProblems } from '../../src/db/privileges';
import { createLogger } from '../../src/logger';
import { FixedClock } from '../../src/services/clock';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/** Polls `check` until it holds, up to `timeoutMs`: waits for a condition, never for a fixed time. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The jobs of a queue as the owner sees them in pg-boss's table. */
const jobsOf = (owner: DataSource, queue: string) =>
  owner.query<{ id: string; state: string; singletonKey: string | null; retryCount: number }[]>(
    'SELECT id, state, singleton_key AS "singletonKey", retry_count AS "retryCount" FROM pgboss.job WHERE name = $1 ORDER BY created_on', [queue]);

describe('issue 14: two app instances on one PostgreSQL run each scheduled slot once', () => {
  let a: TestApp;
  let bData: DataSource;
  let b: RunningApp;
  const clockB = new FixedClock(new Date('2026-12-01T18:00:00Z'));
  beforeAll(async () => {
    a = await startTestApp({ now: '2026-12-01T18:00:00Z' });
    // Instance B: its own pool as the app's role and its own clock, on A's database.
    bData = createDataSource({ url: a.urls.app, poolSize: 5 });
    await bData.initialize();
    b = await createApp({ config: { jwtSecret: TEST_JWT_SECRET, introspection: false, nodeEnv: 'test' }, dataSource: bData, clock: clockB, log: createLogger('silent') });
  });
  afterAll(async () => {
    await b.stop();
    await bData.destroy();
    await a.close();
  });

  it('the monthly obligation refresh (ENG-4, WV-1, EXIT-3) and the hourly FSSP-3 lapse sweep run once although both schedulers tick for the same slot', async () => {
    const refreshes = [jest.spyOn(a.running.services.obligations, 'refreshStale'), jest.spyOn(b.services.obligations, 'refreshStale')];
    const sweeps = [jest.spyOn(a.running.services.fsspLapses, 'run'), jest.spyOn(b.services.fsspLapses, 'run')];
    const calls = (spies: jest.SpyInstance[]) => spies.reduce((n, s) => n + s.mock.calls.length, 0);
    // Both start together (each ticks once on start), then tick again inside the same slots.
    await Promise.all([a.running.jobs.start({ work: true }), b.jobs.start({ work: true })]);
    const again = (await Promise.all([a.running.jobs.tick(), b.jobs.tick()])).flat();
    expect(again).toEqual([]);
    const done = async (queue: string) => (await jobsOf(a.dataSource, queue)).filter((j) => j.state === 'completed').length;
    await until('the refresh and the sweep to complete', async () => await done('obligation-refresh') >= 1 && await done('fssp-lapse') >= 1);
    expect((await jobsOf(a.dataSource, 'obligation-refresh')).map((j) => [j.singletonKey, j.state])).toEqual([['obligation-refresh:2026-12', 'completed']]);
    expect((await jobsOf(a.dataSource, 'fssp-lapse')).map((j) => [j.singletonKey, j.state])).toEqual([['fssp-lapse:2026-12-01T18Z', 'completed']]);
    expect(calls(refreshes)).toBe(1);
    expect(calls(sweeps)).toBe(1);
    expect(await a.running.jobs.schedules()).toEqual(expect.arrayContaining([
      expect.objectContaining({ queue: 'obligation-refresh', slot: '2026-12' }),
      expect.objectContaining({ queue: 'access-log-purge', slot: '2026-12-01' }),
    ]));

    // The next month on both clocks: one more refresh, claimed by exactly one of them.
    a.clock.set('2027-01-01T18:30:00Z');
    clockB.set('2027-01-01T18:30:00Z');
    const claimed = (await Promise.all([a.running.jobs.tick(), b.jobs.tick()])).flat();
    expect(claimed.filter((k) => k.startsWith('obligation-refresh:'))).toEqual(['obligation-refresh:2027-01']);
    await until('January\'s refresh to complete', async () => await done('obligation-refresh') === 2);
    expect(calls(refreshes)).toBe(2);
    // A replica whose clock lags behind never re-enqueues an earlier slot.
    clockB.set('2026-12-15T00:00:00Z');
    expect(await b.jobs.tick()).toEqual([]);
  });

  it('serves as the app role, which cannot create, truncate or drop anything of the job schema (least privilege)', async () => {
    expect(await servingRoleProblems(a.appDataSource)).toEqual([]);
    const refusal = async (sql: string) => {
      const runner = a.appDataSource.createQueryRunner();
      try { await runner.query(sql); return null; } catch (err) { return (err as { driverError?: { code?: string } }).driverError?.code ?? 'unknown'; } finally { await runner.release(); }
    };
    expect(await refusal('CREATE TABLE pgboss.scratch (x int)')).toBe('42501');
    expect(await refusal('TRUNCATE pgboss.job')).toBe('42501');
    expect(await refusal('DROP TABLE pgboss.archive')).toBe('42501');
    expect(await refusal("SELECT pgboss.delete_queue('fssp-lapse')")).toBe('42501');
    expect(await refusal('ALTER TABLE pgboss.app_schedule ADD COLUMN x int')).toBe('42501');
    // Each queue's partition was made by create_queue(), as the owner, not by the app.
    const owners = await a.dataSource.query<{ owner: string }[]>(
      `SELECT DISTINCT pg_get_userbyid(c.relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'pgboss' AND c.relkind IN ('r', 'p')`);
    expect(owners.map((o) => o.owner)).not.toContain('wsc_test_app');
  });
});

describe('issue 14: a failing job, and a process that only enqueues (JOBS=off)', () => {
  let app: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    app = await startTestApp({ log: createLogger('debug', { write: (line: string) => { lines.push(line); } }) });
  });
  afterAll(() => app.close());

  it('JOBS=off (the config) starts the runner without a worker or a scheduler: jobs are enqueued, not run', async () => {
    expect(loadConfig({}).jobs).toBe('on');
    expect(loadConfig({ JOBS: 'off' }).jobs).toBe('off');
    expect(() => loadConfig({ JOBS: 'no' })).toThrow('JOBS must be on or off, not "no"');
    const jobs = app.running.jobs;
    jobs.define('probe-enqueued', () => Promise.reject(new Error('a worker ran in a JOBS=off process')));
    await jobs.start({ work: false });
    expect(jobs.status()).toEqual({ state: 'started', working: false, workers: 0, queues: expect.arrayContaining(['obligation-refresh', 'probe-enqueued']) });
    const id = await jobs.send('probe-enqueued', { caseId: 'c-1' });
    expect(await jobsOf(app.dataSource, 'probe-enqueued')).toEqual([expect.objectContaining({ id, state: 'created' })]);
    // Nothing was scheduled either: the slots are claimed by working processes only.
    expect(await jobs.schedules()).toEqual([]);
  });

  it('enqueues in the caller\'s transaction: the job exists if and only if the change commits', async () => {
    const jobs = app.running.jobs;
    const count = async () => (await jobsOf(app.dataSource, 'probe-enqueued')).length;
    const before = await count();
    await expect(app.appDataSource.transaction(async (manager) => {
      await jobs.send('probe-enqueued', { caseId: 'rolled-back' }, { manager });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await count()).toBe(before);
    await app.appDataSource.transaction((manager) => jobs.send('probe-enqueued', { caseId: 'committed' }, { manager }));
    expect(await count()).toBe(before + 1);
    await expect(jobs.send('probe-enqueued', {}, { manager: app.appDataSource.manager })).rejects.toThrow('needs the EntityManager of an open transaction');
    await expect(jobs.send('never-defined', {})).rejects.toThrow('No job queue "never-defined": define it first');
  });

  it('is retried with exponential backoff, then recorded in its dead-letter queue, logged and counted without personal data', async () => {
    const jobs = app.running.jobs;
    jobs.define('probe-fails', () => Promise.reject(new Error('no answer for client "Jane Doe", born 1990-04-01')), { retryLimit: 2, retryDelaySeconds: 60 });
    const id = await jobs.send('probe-fails', { caseId: 'c-2' });
    const secondsToWait = async () => {
      const [row] = await app.dataSource.query<{ s: number }[]>('SELECT extract(epoch FROM start_after - now())::float AS s FROM pgboss.job WHERE id = $1', [id]);
      return row.s;
    };
    // Attempt 1 fails: the retry waits 60..120 s (pg-boss: delay * 2^(n-1), doubled at most by jitter).
    expect(await jobs.workOnce('probe-fails')).toEqual({ id, outcome: 'retry' });
    const first = await secondsToWait();
    expect(first).toBeGreaterThan(58);
    expect(first).toBeLessThanOrEqual(120);
    // A worker does not take it before then; the test takes it (pg-boss's ignoreStartAfter) instead of waiting.
    expect(await jobs.workOnce('probe-fails')).toBeNull();
    expect(await jobs.workOnce('probe-fails', { ignoreStartAfter: true })).toEqual({ id, outcome: 'retry' });
    const second = await secondsToWait();
    expect(second).toBeGreaterThan(118);
    expect(second).toBeLessThanOrEqual(240);
    // Attempt 3 is past retryLimit: failed, and copied to probe-fails.dead.
    expect(await jobs.workOnce('probe-fails', { ignoreStartAfter: true })).toEqual({ id, outcome: 'dead' });
    expect(await jobsOf(app.dataSource, 'probe-fails')).toEqual([expect.objectContaining({ id, state: 'failed', retryCount: 2 })]);
    expect(await jobs.deadJobs({ queue: 'probe-fails' })).toEqual([{
      id: expect.any(String), queue: 'probe-fails', data: { caseId: 'c-2' }, error: 'Error: no answer for client "…", born #', deadAt: expect.any(Date), archived: false,
    }]);
    expect((await jobs.deadJobs()).map((d) => d.queue)).toEqual(['probe-fails']);
    expect(jobs.stats()['probe-fails']).toEqual({ completed: 0, retried: 2, dead: 1 });
    const log = lines.map((l) => JSON.parse(l) as { msg: string; queue?: string; jobId?: string; attempt?: number });
    expect(log.filter((l) => l.queue === 'probe-fails' && l.msg.startsWith('job failed')).map((l) => [l.msg, l.attempt])).toEqual([
      ['job failed: it will be retried after its backoff', 1],
      ['job failed: it will be retried after its backoff', 2],
      ['job failed past its retries: copied to the dead-letter queue (npm run jobs:dead)', 3],
    ]);
    // Neither the log nor the stored error quotes the client.
    const stored = await app.dataSource.query<{ output: unknown }[]>('SELECT output FROM pgboss.job WHERE name IN ($1, $2)', ['probe-fails', 'probe-fails.dead']);
    expect(JSON.stringify([lines, stored])).not.toMatch(/Jane|1990/);
  });
});

/** Runs src/main.ts as `npm start` would (from the sources), collecting its JSON log lines. */
function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--require', './src/cli/transpile-hook.cjs', 'src/main.ts'], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: { msg: string; queue?: string; working?: boolean }[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  createInterface({ input: child.stdout }).on('line', (line) => { try { lines.push(JSON.parse(line)); } catch { /* not a log line */ } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    lines,
    async waitFor(what: string, check: () => boolean, timeoutMs = 60_000) {
      await until(`${what} (stderr: ${stderr.slice(-500)})`, () => Promise.resolve(check()), timeoutMs);
    },
    /** SIGTERM, resolved when it has exited (its code is not asserted here: see the notes on async-exit-hook). */
    async stop(): Promise<number | null> {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('issue 14: npm start listens before the first job runs', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(() => app.close());
  const env = () => ({
    NODE_ENV: 'test', LOG_LEVEL: 'debug', PORT: '0', HOST: '127.0.0.1', SEED_DEMO_DATA: 'false', AUTH_MODE: 'local', JWT_SECRET: 'j'.repeat(48),
    MIGRATION_DATABASE_URL: app.urls.owner, DATABASE_URL: app.urls.app,
  });

  const PERIODIC = ['access-log-purge', 'fssp-lapse', 'idempotency-purge', 'obligation-refresh'];
  it('JOBS=on (the default): the runner starts after "listening", then each periodic job runs', async () => {
    const main = startMain(env());
    const completed = () => new Set(main.lines.filter((l) => l.msg === 'job completed').map((l) => l.queue));
    try {
      await main.waitFor('the four periodic jobs', () => PERIODIC.every((q) => completed().has(q)));
    } finally {
      await main.stop();
    }
    const at = (msg: string) => main.lines.findIndex((l) => l.msg === msg);
    expect(at('listening')).toBeGreaterThanOrEqual(0);
    expect(at('listening')).toBeLessThan(at('job runner started'));
    expect(at('listening')).toBeLessThan(at('job started'));
    // The webhook pump runs too (issue 14): the periodic four are among what completed.
    expect([...completed()]).toEqual(expect.arrayContaining(PERIODIC));
  }, 120_000);

  it('JOBS=off: it listens and starts no worker and no scheduler', async () => {
    const [{ n: before }] = await app.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM pgboss.job');
    const main = startMain({ ...env(), JOBS: 'off' });
    try {
      await main.waitFor('the runner', () => main.lines.some((l) => l.msg === 'job runner started'));
    } finally {
      await main.stop();
    }
    expect(main.lines.find((l) => l.msg === 'job runner started')).toMatchObject({ working: false });
    expect(main.lines.filter((l) => l.msg === 'job started' || l.msg === 'scheduled job enqueued')).toEqual([]);
    const [{ n: after }] = await app.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM pgboss.job');
    expect(after).toBe(before);
  }, 120_000);
});
