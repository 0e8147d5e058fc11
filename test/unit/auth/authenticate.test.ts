import jwt from 'jsonwebtoken';
import pino from 'pino';
import type { AuthConfig } from '../../../src/auth/auth-config';
import { createAuthenticator } from '../../../src/auth/authenticate';
import type { CurrentUser } from '../../../src/auth/current-user';
import { startTestIssuer, TEST_AUDIENCE, type TestIssuer } from '../../support/oidc-issuer';

const SECRET = 'a-test-secret-of-at-least-32-bytes!!';
const STAFF_ID = '8d3f5e0a-54a4-4c8e-9d6c-1f0f3c2b7a10';
const NOW = Date.UTC(2026, 10, 2, 18) / 1000;
const USER: CurrentUser = { id: STAFF_ID, name: 'S', email: 's@test', role: 'SUPERVISOR', officeId: 'o' };

/**
 * The request's Authorization header to a user, and what the log says when it refuses one. The
 * staff lookup is a table of one: the database lookups themselves run in test/e2e/sign-in-oidc.
 */
function setup(auth?: AuthConfig) {
  const lines: string[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => { lines.push(line); } });
  const staff = {
    findActiveUser: (id: string) => Promise.resolve(id === STAFF_ID ? USER : null),
    findActiveUserBy: (_field: string, value: string) => Promise.resolve(value === 'idp|known' ? USER : null),
  };
  const authenticate = createAuthenticator({ config: { jwtSecret: SECRET, auth }, staff, log, nowSeconds: auth?.mode === 'oidc' ? undefined : () => NOW });
  const refusal = async (header: string) => {
    lines.length = 0;
    const err = await authenticate(header).then(() => null, (e: { extensions?: unknown }) => e);
    return { extensions: err?.extensions, log: lines.map((l) => JSON.parse(l) as { msg: string; reason?: string }) };
  };
  return { authenticate, refusal, lines };
}

const UNAUTHENTICATED = { code: 'UNAUTHENTICATED', http: { status: 401 } };

describe('authenticate (AUTH_MODE=local)', () => {
  const { authenticate, refusal } = setup();

  it('is anonymous without a header and the staff member with a valid token', async () => {
    expect(await authenticate(undefined)).toBeNull();
    expect(await authenticate(`Bearer ${jwt.sign({ sub: STAFF_ID, iat: NOW, exp: NOW + 60 }, SECRET)}`)).toEqual(USER);
  });

  it('refuses a token without exp with 401, logging why and never the token', async () => {
    const token = jwt.sign({ sub: STAFF_ID, iat: NOW }, SECRET);
    const { extensions, log } = await refusal(`Bearer ${token}`);
    expect(extensions).toEqual(UNAUTHENTICATED);
    expect(log).toEqual([expect.objectContaining({ msg: 'bearer token refused', reason: 'the token has no exp', authMode: 'local' })]);
    expect(JSON.stringify(log)).not.toContain(token.split('.')[2]);
  });

  it('refuses a forged or malformed token, and a header that is not Bearer, without logging them', async () => {
    const forged = jwt.sign({ sub: STAFF_ID, iat: NOW, exp: NOW + 60 }, 'not-the-secret');
    for (const header of [`Bearer ${forged}`, 'Bearer not.a.jwt', `Basic ${forged}`]) {
      const { extensions, log } = await refusal(header);
      expect(extensions).toEqual(UNAUTHENTICATED);
      const text = JSON.stringify(log);
      expect(text).not.toContain(forged.split('.')[2]);
      expect(text).not.toContain('not.a.jwt');
    }
  });

  it('refuses a valid token for no active staff member', async () => {
    const { extensions, log } = await refusal(`Bearer ${jwt.sign({ sub: '00000000-0000-4000-8000-000000000000', iat: NOW, exp: NOW + 60 }, SECRET)}`);
    expect(extensions).toEqual(UNAUTHENTICATED);
    expect(log.map((l) => l.msg)).toEqual(['bearer token names no active staff member']);
  });
});

it('warns at start when production runs on local tokens', () => {
  const lines: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => { lines.push(line); } });
  const staff = { findActiveUser: () => Promise.resolve(null), findActiveUserBy: () => Promise.resolve(null) };
  createAuthenticator({ config: { jwtSecret: SECRET, nodeEnv: 'development' }, staff, log });
  expect(lines).toEqual([]);
  createAuthenticator({ config: { jwtSecret: SECRET, nodeEnv: 'production' }, staff, log });
  expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['AUTH_MODE=local in production: whoever holds JWT_SECRET can sign in as anyone; prefer AUTH_MODE=oidc']);
});

describe('authenticate (AUTH_MODE=oidc)', () => {
  let issuer: TestIssuer;
  let oidc: ReturnType<typeof setup>;
  beforeAll(async () => {
    issuer = await startTestIssuer();
    oidc = setup({
      mode: 'oidc', tokenMaxLifetimeSeconds: 3600,
      oidc: { issuer: issuer.issuer, audience: [TEST_AUDIENCE], staffClaim: 'sub', staffField: 'external_subject', algorithms: ['RS256'] },
    });
  });
  afterAll(() => issuer.close());

  it('signs in the staff member the subject names', async () => {
    expect(await oidc.authenticate(`Bearer ${await issuer.sign({ claims: { sub: 'idp|known' } })}`)).toEqual(USER);
  });

  it('logs which check failed (audience, expiry, lifetime, signature), never the token', async () => {
    const cases: [Parameters<TestIssuer['sign']>[0], RegExp][] = [
      [{ audience: 'another-api' }, /ERR_JWT_CLAIM_VALIDATION_FAILED: unexpected "aud" claim value/],
      [{ issuedIn: -7200, lifetime: 60 }, /ERR_JWT_EXPIRED/],
      [{ lifetime: null }, /ERR_JWT_CLAIM_VALIDATION_FAILED: missing required "exp" claim/],
      [{ lifetime: 7200 }, /the token lives 7200 s \(exp - iat\), more than 3600/],
      [{ foreignKey: true }, /ERR_JWS_SIGNATURE_VERIFICATION_FAILED/],
    ];
    for (const [options, reason] of cases) {
      const token = await issuer.sign({ claims: { sub: 'idp|known' }, ...options });
      const { extensions, log } = await oidc.refusal(`Bearer ${token}`);
      expect(extensions).toEqual(UNAUTHENTICATED);
      expect(log).toEqual([expect.objectContaining({ msg: 'bearer token refused', reason: expect.stringMatching(reason) })]);
      expect(JSON.stringify(log)).not.toContain(token.split('.')[2]);
    }
  });

  it('names the claim, not its value, when no staff member matches', async () => {
    const { log } = await oidc.refusal(`Bearer ${await issuer.sign({ claims: { sub: 'idp|someone@example.org' } })}`);
    expect(log).toEqual([expect.objectContaining({ msg: 'bearer token names no active staff member', claim: 'sub' })]);
    expect(JSON.stringify(log)).not.toContain('someone@example.org');
  });
});
