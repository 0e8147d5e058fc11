import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { verifyStaffToken } from '../../src/auth/token';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/** `npm run token` as package.json runs it: from the sources, no build. */
function token(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--require', './src/cli/transpile-hook.cjs', 'src/cli/token.ts', ...args], {
      env: { PATH: process.env.PATH, ...env },
    }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }));
  });
}

const unusedPort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

describe('npm run token', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(() => app.close());

  it('signs a token for a staff member found in the database DATABASE_URL names, and --url prints the GraphiQL address', async () => {
    const url = (app.dataSource.options as { url: string }).url;
    const res = await token(['--staff', 'sup.NORTH@test', '--url'], { DATABASE_URL: url, JWT_SECRET: TEST_JWT_SECRET, PORT: '4123' });
    expect(res.stderr).toBe('');
    const [, signed] = /^http:\/\/localhost:4123\/graphql\?token=(\S+)\n$/.exec(res.stdout)!;
    expect(verifyStaffToken(signed, TEST_JWT_SECRET)).toBe(app.fixtures.north.supervisor);
  });

  it('says in one line that the database is not reachable, without starting a server of its own', async () => {
    const port = await unusedPort();
    const res = await token(['--role', 'CASE_MANAGER'], { EMBEDDED_PG_PORT: String(port), DATA_DIR: '/nonexistent' });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(`cannot reach the database at postgres://postgres:***@127.0.0.1:${port}/work_services — start the app with npm start first, or set DATABASE_URL\n`);
  });
});
