/**
 * How staff sign in, read from the environment (through loadConfig in src/config.ts):
 * - AUTH_MODE=oidc: bearer tokens from the agency's identity provider, checked against its JWKS
 *   (src/auth/oidc.ts). The default when NODE_ENV=production.
 * - AUTH_MODE=local: HS256 tokens signed with JWT_SECRET (`npm run token`, src/auth/token.ts). The
 *   default elsewhere; in production only when AUTH_MODE=local is written out, and only with a
 *   secret of at least 32 bytes that is not the published development one.
 * Every token, in both modes, needs `exp`, and lives at most TOKEN_MAX_LIFETIME_SECONDS.
 */

/** Published in the sources: fine on a laptop, a forgery kit anywhere else. */
export const DEV_JWT_SECRET = 'dev-only-secret-change-me';
/** HS256 keys shorter than the hash (RFC 7518 §3.2) can be brute-forced offline from one token. */
export const MIN_JWT_SECRET_BYTES = 32;
/** A working day: `npm run token` signs for this long, and an identity provider's tokens are shorter. */
export const DEFAULT_TOKEN_MAX_LIFETIME_SECONDS = 8 * 3600;
/** Clocks of the identity provider and of this server may differ by this much (exp, nbf, iat). */
export const CLOCK_TOLERANCE_SECONDS = 30;
/** Asymmetric only: `none`, or HS256 keyed with the issuer's public key, are the classic forgeries. */
export const OIDC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

export const AUTH_MODES = ['local', 'oidc'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];
/** The staff column a token's claim is matched against. */
export const STAFF_FIELDS = ['external_subject', 'email'] as const;
export type StaffField = (typeof STAFF_FIELDS)[number];

export interface OidcConfig {
  /** OIDC_ISSUER: must equal the tokens' `iss` exactly. */
  issuer: string;
  /** OIDC_AUDIENCE (comma-separated): a token's `aud` must name one of them. */
  audience: string[];
  /** OIDC_JWKS_URL; unset: `jwks_uri` of the issuer's /.well-known/openid-configuration. */
  jwksUrl?: string;
  /** OIDC_STAFF_CLAIM (default `sub`): the claim that names the staff member. */
  staffClaim: string;
  /** OIDC_STAFF_FIELD: staff.external_subject (default) or staff.email (the default when the claim is `email`). */
  staffField: StaffField;
  /** OIDC_ALGORITHMS (comma-separated, default all of OIDC_ALGORITHMS). */
  algorithms: string[];
}

export interface AuthConfig {
  mode: AuthMode;
  /** TOKEN_MAX_LIFETIME_SECONDS: exp - iat, and exp - now, may be at most this. */
  tokenMaxLifetimeSeconds: number;
  /** Present exactly when mode is `oidc`. */
  oidc?: OidcConfig;
}

/** What a caller of createApp gets when it says nothing about sign-in (tests, bench): local tokens. */
export const LOCAL_AUTH: AuthConfig = { mode: 'local', tokenMaxLifetimeSeconds: DEFAULT_TOKEN_MAX_LIFETIME_SECONDS };

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** https, or http to this machine only (a sidecar, a test issuer): keys fetched in clear text could be swapped. */
function checkUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL: ${value}`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`${name} must be an https:// URL (http:// only to localhost): ${value}`);
  }
  return value;
}

function checkSecret(jwtSecret: string | undefined, production: boolean, databaseUrl: string | undefined): string {
  if (!jwtSecret && (production || databaseUrl)) {
    throw new Error('JWT_SECRET must be set when NODE_ENV=production or DATABASE_URL is set (AUTH_MODE=local)');
  }
  if (production && jwtSecret === DEV_JWT_SECRET) {
    throw new Error('JWT_SECRET is the development secret published in the sources; set a random one (openssl rand -base64 48)');
  }
  const bytes = Buffer.byteLength(jwtSecret ?? '', 'utf8');
  if (production && bytes < MIN_JWT_SECRET_BYTES) {
    throw new Error(`JWT_SECRET is ${bytes} bytes; NODE_ENV=production needs at least ${MIN_JWT_SECRET_BYTES} (openssl rand -base64 48)`);
  }
  return jwtSecret ?? DEV_JWT_SECRET;
}

function loadOidc(env: NodeJS.ProcessEnv): OidcConfig {
  if (!env.OIDC_ISSUER) throw new Error('OIDC_ISSUER must be set when AUTH_MODE=oidc (the production default; AUTH_MODE=local signs tokens with JWT_SECRET)');
  const audience = list(env.OIDC_AUDIENCE);
  if (!audience.length) throw new Error('OIDC_AUDIENCE must be set when AUTH_MODE=oidc: the `aud` the identity provider puts in tokens for this API');
  const staffClaim = env.OIDC_STAFF_CLAIM?.trim() || 'sub';
  const staffField = (env.OIDC_STAFF_FIELD?.trim() || (staffClaim === 'email' ? 'email' : 'external_subject')) as StaffField;
  if (!STAFF_FIELDS.includes(staffField)) throw new Error(`OIDC_STAFF_FIELD must be one of ${STAFF_FIELDS.join(', ')}: ${env.OIDC_STAFF_FIELD}`);
  const algorithms = env.OIDC_ALGORITHMS ? list(env.OIDC_ALGORITHMS) : [...OIDC_ALGORITHMS];
  const unknown = algorithms.filter((a) => !(OIDC_ALGORITHMS as readonly string[]).includes(a));
  if (unknown.length || !algorithms.length) {
    throw new Error(`OIDC_ALGORITHMS may name only asymmetric algorithms (${OIDC_ALGORITHMS.join(', ')}): ${env.OIDC_ALGORITHMS}`);
  }
  return {
    issuer: checkUrl('OIDC_ISSUER', env.OIDC_ISSUER),
    audience,
    jwksUrl: env.OIDC_JWKS_URL ? checkUrl('OIDC_JWKS_URL', env.OIDC_JWKS_URL) : undefined,
    staffClaim,
    staffField,
    algorithms,
  };
}

/**
 * The sign-in part of the configuration. Throws (so the process does not start) on anything that
 * would let a forged or everlasting token in: a short or published secret in production, local
 * mode in production without saying so, an OIDC issuer without an audience.
 */
export function loadAuthConfig(env: NodeJS.ProcessEnv, nodeEnv: string, databaseUrl: string | undefined): { jwtSecret: string; auth: AuthConfig } {
  const production = nodeEnv === 'production';
  const mode = (env.AUTH_MODE?.trim() || (production ? 'oidc' : 'local')) as AuthMode;
  if (!AUTH_MODES.includes(mode)) throw new Error(`AUTH_MODE must be oidc or local: ${env.AUTH_MODE}`);
  const lifetime = env.TOKEN_MAX_LIFETIME_SECONDS ? Number(env.TOKEN_MAX_LIFETIME_SECONDS) : DEFAULT_TOKEN_MAX_LIFETIME_SECONDS;
  if (!Number.isInteger(lifetime) || lifetime <= 0) {
    throw new Error(`TOKEN_MAX_LIFETIME_SECONDS must be a positive whole number of seconds: ${env.TOKEN_MAX_LIFETIME_SECONDS}`);
  }
  if (mode === 'oidc') {
    // JWT_SECRET signs nothing in this mode: local tokens are refused whatever they are signed with.
    return { jwtSecret: '', auth: { mode, tokenMaxLifetimeSeconds: lifetime, oidc: loadOidc(env) } };
  }
  return { jwtSecret: checkSecret(env.JWT_SECRET || undefined, production, databaseUrl), auth: { mode, tokenMaxLifetimeSeconds: lifetime } };
}
