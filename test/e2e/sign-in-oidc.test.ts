import type { AuthConfig } from '../../src/auth/auth-config';
import { startTestIssuer, TEST_AUDIENCE, type TestIssuer } from '../support/oidc-issuer';
import { startTestApp, type TestApp } from '../support/test-app';

const ME = '{ me { id role } }';
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

/** AUTH_MODE=oidc against an identity provider on loopback, over real HTTP, on a real database. */
describe('sign-in with OIDC bearer tokens (AUTH_MODE=oidc)', () => {
  let issuer: TestIssuer;

  beforeAll(async () => { issuer = await startTestIssuer(); });
  afterAll(() => issuer.close());

  const oidcAuth = (oidc: Partial<NonNullable<AuthConfig['oidc']>> = {}): AuthConfig => ({
    mode: 'oidc',
    tokenMaxLifetimeSeconds: 3600,
    oidc: { issuer: issuer.issuer, audience: [TEST_AUDIENCE], staffClaim: 'sub', staffField: 'external_subject', algorithms: ['RS256', 'ES256'], ...oidc },
  });

  describe('subject mapped to staff.external_subject, keys found by discovery', () => {
    let app: TestApp;
    const SUBJECT = 'idp|00u-north-supervisor';

    beforeAll(async () => {
      app = await startTestApp({ config: { auth: oidcAuth() } });
      await app.dataSource.query('UPDATE staff SET external_subject = $1 WHERE id = $2', [SUBJECT, app.fixtures.north.supervisor]);
      await app.dataSource.query('UPDATE staff SET external_subject = $1 WHERE id = $2', ['idp|gone', app.fixtures.inactiveCaseManager]);
    });
    afterAll(() => app.close());

    const expectRefused = async (token: string) => {
      const res = await app.gql(ME, {}, token);
      expect({ status: res.status, code: code(res), data: res.data ?? null }).toEqual({ status: 401, code: 'UNAUTHENTICATED', data: null });
    };

    it('signs the staff member in whose external_subject the token names; role and office come from the database', async () => {
      const res = await app.gql(ME, {}, await issuer.sign({ claims: { sub: SUBJECT } }));
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ me: { id: app.fixtures.north.supervisor, role: 'SUPERVISOR' } });
    });

    it('located the keys through the discovery document, and fetched them once for many tokens', async () => {
      for (let i = 0; i < 3; i++) expect((await app.gql(ME, {}, await issuer.sign({ claims: { sub: SUBJECT } }))).status).toBe(200);
      expect(issuer.requests.filter((p) => p.endsWith('/openid-configuration'))).toHaveLength(1);
      expect(issuer.requests.filter((p) => p === '/realm/keys')).toHaveLength(1);
    });

    it('refuses a token from another issuer', async () => {
      await expectRefused(await issuer.sign({ claims: { sub: SUBJECT }, issuer: 'http://127.0.0.1:1/other' }));
    });

    it('refuses a token for another audience', async () => {
      await expectRefused(await issuer.sign({ claims: { sub: SUBJECT }, audience: 'some-other-api' }));
    });

    it('refuses an expired token', async () => {
      await expectRefused(await issuer.sign({ claims: { sub: SUBJECT }, issuedIn: -1200, lifetime: 600 }));
    });

    it('refuses a token signed with a key the issuer does not publish, even under its key id', async () => {
      await expectRefused(await issuer.sign({ claims: { sub: SUBJECT }, foreignKey: true }));
    });

    it('refuses a token without exp, and one that lives longer than TOKEN_MAX_LIFETIME_SECONDS', async () => {
      await expectRefused(await issuer.sign({ claims: { sub: SUBJECT }, lifetime: null }));
      await expectRefused(await issuer.sign({ claims: { sub: SUBJECT }, lifetime: 3601 }));
      // ...and one whose iat is put in the future to stretch it: exp - now counts too.
      await expectRefused(await issuer.sign({ claims: { sub: SUBJECT }, issuedIn: 86400, lifetime: 600 }));
      expect((await app.gql(ME, {}, await issuer.sign({ claims: { sub: SUBJECT }, lifetime: 3600 }))).status).toBe(200);
    });

    it('refuses a valid token that names no staff member, or an inactive one', async () => {
      await expectRefused(await issuer.sign({ claims: { sub: 'idp|nobody' } }));
      await expectRefused(await issuer.sign({ claims: { sub: 'idp|gone' } }));
      await expectRefused(await issuer.sign({ claims: {} }));
    });

    it('refuses the local HS256 tokens of development', async () => {
      await expectRefused(app.token(app.fixtures.north.supervisor));
    });

    it('still answers anonymous requests (no Authorization header)', async () => {
      const res = await app.gql('{ __typename }');
      expect({ status: res.status, data: res.data }).toEqual({ status: 200, data: { __typename: 'Query' } });
    });
  });

  describe('email claim mapped to staff.email, keys at a configured OIDC_JWKS_URL', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp({ config: { auth: oidcAuth({ staffClaim: 'email', staffField: 'email', jwksUrl: issuer.jwksUrl }) } });
    });
    afterAll(() => app.close());

    it('matches the address whatever its case, only when the provider says it is verified', async () => {
      const signedIn = await app.gql(ME, {}, await issuer.sign({ claims: { sub: 'x', email: 'CM.North@test', email_verified: true } }));
      expect(signedIn.data).toEqual({ me: { id: app.fixtures.north.caseManager, role: 'CASE_MANAGER' } });
      const unverified = await app.gql(ME, {}, await issuer.sign({ claims: { sub: 'x', email: 'cm.NORTH@test', email_verified: false } }));
      expect({ status: unverified.status, code: code(unverified) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      // Not saying is not vouching: an address some providers let the user edit could be anyone's.
      const unsaid = await app.gql(ME, {}, await issuer.sign({ claims: { sub: 'x', email: 'cm.north@test' } }));
      expect({ status: unsaid.status, code: code(unsaid) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    });

    it('refuses an address that belongs to no active staff member', async () => {
      for (const email of ['nobody@test', 'gone@test']) {
        const res = await app.gql(ME, {}, await issuer.sign({ claims: { email, email_verified: true } }));
        expect({ status: res.status, code: code(res) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      }
    });
  });
});
