import { DEV_JWT_SECRET } from '../../../src/auth/auth-config';
import { loadConfig } from '../../../src/config';

const STRONG = 'a'.repeat(32);
const OIDC = { OIDC_ISSUER: 'https://login.example.gov/realms/dpa', OIDC_AUDIENCE: 'work-services-api' };

/** Start-up refuses a configuration that would let forged or everlasting tokens in (issue 11 item 3). */
describe('sign-in configuration', () => {
  describe('NODE_ENV=production', () => {
    const production = (env: Record<string, string>) => () => loadConfig({ NODE_ENV: 'production', ...env });

    it('refuses a JWT_SECRET under 32 bytes, saying how long it is and how to make one', () => {
      expect(production({ AUTH_MODE: 'local', JWT_SECRET: 'x' })).toThrow('JWT_SECRET is 1 bytes; NODE_ENV=production needs at least 32 (openssl rand -base64 48)');
      expect(production({ AUTH_MODE: 'local', JWT_SECRET: 'a'.repeat(31) })).toThrow(/is 31 bytes/);
    });

    it('refuses the development secret published in the sources', () => {
      expect(production({ AUTH_MODE: 'local', JWT_SECRET: DEV_JWT_SECRET })).toThrow(/development secret published in the sources/);
    });

    it('refuses local mode without a secret', () => {
      expect(production({ AUTH_MODE: 'local' })).toThrow(/JWT_SECRET must be set/);
    });

    it('counts bytes, not characters: 16 two-byte characters are 32 bytes', () => {
      expect(loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'local', JWT_SECRET: 'é'.repeat(16) }).auth.mode).toBe('local');
      expect(production({ AUTH_MODE: 'local', JWT_SECRET: 'é'.repeat(15) })).toThrow(/is 30 bytes/);
    });

    it('expects OIDC unless AUTH_MODE=local is written out: a strong secret alone does not start', () => {
      expect(production({ JWT_SECRET: STRONG })).toThrow(/OIDC_ISSUER must be set when AUTH_MODE=oidc/);
      const local = loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'local', JWT_SECRET: STRONG });
      expect({ mode: local.auth.mode, secret: local.jwtSecret }).toEqual({ mode: 'local', secret: STRONG });
    });

    it('starts in OIDC mode with an issuer and an audience; JWT_SECRET then signs nothing', () => {
      const config = loadConfig({ NODE_ENV: 'production', ...OIDC, OIDC_AUDIENCE: 'api-1, api-2', JWT_SECRET: 'x' });
      expect(config.jwtSecret).toBe('');
      expect(config.auth).toEqual({
        mode: 'oidc',
        tokenMaxLifetimeSeconds: 8 * 3600,
        oidc: {
          issuer: OIDC.OIDC_ISSUER, audience: ['api-1', 'api-2'], jwksUrl: undefined, staffClaim: 'sub', staffField: 'external_subject',
          algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'],
        },
      });
    });
  });

  describe('OIDC settings', () => {
    const oidc = (env: Record<string, string>) => () => loadConfig({ AUTH_MODE: 'oidc', ...OIDC, ...env });

    it('needs an audience', () => {
      expect(oidc({ OIDC_AUDIENCE: '' })).toThrow(/OIDC_AUDIENCE must be set/);
    });

    it('fetches keys over https only (http to localhost for a sidecar or a test issuer)', () => {
      expect(oidc({ OIDC_ISSUER: 'http://login.example.gov' })).toThrow('OIDC_ISSUER must be an https:// URL (http:// only to localhost): http://login.example.gov');
      expect(oidc({ OIDC_JWKS_URL: 'http://keys.example.gov/jwks' })).toThrow(/OIDC_JWKS_URL must be an https:\/\/ URL/);
      expect(oidc({ OIDC_ISSUER: 'not a url' })).toThrow('OIDC_ISSUER is not a URL: not a url');
      expect(loadConfig({ AUTH_MODE: 'oidc', ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:8080/realm' }).auth.oidc?.issuer).toBe('http://127.0.0.1:8080/realm');
    });

    it('accepts only asymmetric algorithms', () => {
      for (const alg of ['HS256', 'none', 'RS256,HS512']) expect(oidc({ OIDC_ALGORITHMS: alg })).toThrow(/only asymmetric algorithms/);
      expect(loadConfig({ AUTH_MODE: 'oidc', ...OIDC, OIDC_ALGORITHMS: 'ES256, RS256' }).auth.oidc?.algorithms).toEqual(['ES256', 'RS256']);
    });

    it('maps the email claim to staff.email, any other claim to staff.external_subject, unless told', () => {
      const field = (env: Record<string, string>) => loadConfig({ AUTH_MODE: 'oidc', ...OIDC, ...env }).auth.oidc?.staffField;
      expect(field({ OIDC_STAFF_CLAIM: 'email' })).toBe('email');
      expect(field({ OIDC_STAFF_CLAIM: 'oid' })).toBe('external_subject');
      expect(field({ OIDC_STAFF_CLAIM: 'upn', OIDC_STAFF_FIELD: 'email' })).toBe('email');
      expect(oidc({ OIDC_STAFF_FIELD: 'name' })).toThrow(/OIDC_STAFF_FIELD must be one of external_subject, email/);
    });
  });

  describe('development and tests', () => {
    it('default to local mode with the development secret on the embedded database', () => {
      const config = loadConfig({});
      expect({ mode: config.auth.mode, secret: config.jwtSecret }).toEqual({ mode: 'local', secret: DEV_JWT_SECRET });
    });

    it('still need JWT_SECRET with DATABASE_URL', () => {
      expect(() => loadConfig({ DATABASE_URL: 'postgres://127.0.0.1/x' })).toThrow(/JWT_SECRET must be set/);
    });

    it('read TOKEN_MAX_LIFETIME_SECONDS as a positive whole number', () => {
      expect(loadConfig({ TOKEN_MAX_LIFETIME_SECONDS: '3600' }).auth.tokenMaxLifetimeSeconds).toBe(3600);
      for (const bad of ['0', '-5', '1.5', 'an hour']) {
        expect(() => loadConfig({ TOKEN_MAX_LIFETIME_SECONDS: bad })).toThrow(/TOKEN_MAX_LIFETIME_SECONDS must be a positive whole number/);
      }
    });

    it('refuse an unknown AUTH_MODE', () => {
      expect(() => loadConfig({ AUTH_MODE: 'saml' })).toThrow('AUTH_MODE must be oidc or local: saml');
    });
  });
});
