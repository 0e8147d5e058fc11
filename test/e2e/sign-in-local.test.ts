import { execFile } from 'node:child_process';
import jwt from 'jsonwebtoken';
import { DEV_JWT_SECRET } from '../../src/auth/auth-config';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/** Runs a source entry point as npm scripts do (no build), with only the given environment. */
function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--require', './src/cli/transpile-hook.cjs', script, ...args], { env: { PATH: process.env.PATH, ...env } },
      (err, _stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stderr }));
  });
}

describe('production start-up refuses what would let forged or everlasting tokens in', () => {
  // The process exits before it opens a database: nothing is started, nothing to clean up.
  const start = (env: Record<string, string>) => run('src/main.ts', [], { NODE_ENV: 'production', DATA_DIR: '/nonexistent', ...env });

  it('a JWT_SECRET under 32 bytes', async () => {
    const res = await start({ AUTH_MODE: 'local', JWT_SECRET: 'x' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('JWT_SECRET is 1 bytes; NODE_ENV=production needs at least 32 (openssl rand -base64 48)');
  });

  it('the development secret', async () => {
    const res = await start({ AUTH_MODE: 'local', JWT_SECRET: DEV_JWT_SECRET });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('JWT_SECRET is the development secret published in the sources');
  });

  it('no identity provider when AUTH_MODE=local is not written out', async () => {
    const res = await start({ JWT_SECRET: 'a'.repeat(48) });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('OIDC_ISSUER must be set when AUTH_MODE=oidc');
  });

  it('and npm run token says it has nothing to sign in OIDC mode', async () => {
    const res = await run('src/cli/token.ts', ['--role', 'SUPERVISOR'], { AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://login.example.gov', OIDC_AUDIENCE: 'api' });
    expect(res).toEqual({ code: 2, stderr: 'AUTH_MODE=oidc: tokens come from the identity provider; npm run token signs AUTH_MODE=local tokens only\n' });
  });
});

describe('local tokens over HTTP (AUTH_MODE=local, the default of development and tests)', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(() => app.close());

  const me = async (token: string) => {
    const res = await app.gql('{ me { id } }', {}, token);
    return { status: res.status, code: res.errors?.[0]?.extensions?.code, id: res.data?.me?.id };
  };
  const now = () => Math.floor(Date.now() / 1000);

  it('signs in with the token of npm run token / startTestApp', async () => {
    expect(await me(app.token(app.fixtures.north.manager))).toEqual({ status: 200, code: undefined, id: app.fixtures.north.manager });
  });

  it('refuses a token without exp, and one that lives longer than 8 hours, with 401', async () => {
    const sub = app.fixtures.north.manager;
    const refused = { status: 401, code: 'UNAUTHENTICATED', id: undefined };
    expect(await me(jwt.sign({ sub }, TEST_JWT_SECRET))).toEqual(refused);
    expect(await me(jwt.sign({ sub, iat: now(), exp: now() + 8 * 3600 + 1 }, TEST_JWT_SECRET))).toEqual(refused);
    expect(await me(jwt.sign({ sub, exp: now() + 30 * 86400 }, TEST_JWT_SECRET))).toEqual(refused);
  });
});
