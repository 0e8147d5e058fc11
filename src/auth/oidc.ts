import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Logger } from '../logger';
import { CLOCK_TOLERANCE_SECONDS, type OidcConfig } from './auth-config';
import { lifetimeProblem } from './token';

/** What a verified OIDC token says about who it names: the configured claim's value. */
export type OidcVerified = { ok: true; claimValue: string } | { ok: false; reason: string };

/** How long discovery may take, and how long to wait before asking again after it failed. */
const DISCOVERY_TIMEOUT_MS = 5000;
const DISCOVERY_RETRY_MS = 30_000;

interface Discovery { issuer?: unknown; jwks_uri?: unknown }

/**
 * Where the issuer publishes its keys: OIDC_JWKS_URL, else `jwks_uri` from its discovery document
 * (OpenID Connect Discovery 1.0 §4), whose `issuer` must be the configured one; an issuer without
 * discovery (404) gets the conventional /.well-known/jwks.json.
 */
async function discoverJwksUrl(issuer: string): Promise<string> {
  const base = issuer.replace(/\/+$/, '');
  const res = await fetch(`${base}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS), headers: { accept: 'application/json' } });
  if (res.status === 404) return `${base}/.well-known/jwks.json`;
  if (!res.ok) throw new Error(`discovery answered HTTP ${res.status}`);
  const doc = (await res.json()) as Discovery;
  if (doc.issuer !== issuer) throw new Error(`discovery names issuer ${String(doc.issuer)}, not OIDC_ISSUER ${issuer}`);
  if (typeof doc.jwks_uri !== 'string') throw new Error('discovery has no jwks_uri');
  const url = new URL(doc.jwks_uri);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw new Error(`jwks_uri is not https: ${doc.jwks_uri}`);
  return doc.jwks_uri;
}

/**
 * Checks bearer tokens of AUTH_MODE=oidc: signature against the issuer's JWKS (jose fetches it,
 * caches it, and fetches again when a token names a key id it does not know: key rotation), `iss`,
 * `aud`, an asymmetric `alg`, `exp` required and at most `maxLifetimeSeconds` away, `nbf`.
 * Discovery runs on the first token, not at start-up, so the API starts while the provider is down.
 */
export function createOidcVerifier(config: OidcConfig, maxLifetimeSeconds: number, log: Logger) {
  let jwks: JWTVerifyGetKey | null = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  let pending: Promise<JWTVerifyGetKey> | null = null;
  let failedAt = -Infinity;

  async function keySet(): Promise<JWTVerifyGetKey> {
    if (jwks) return jwks;
    if (Date.now() - failedAt < DISCOVERY_RETRY_MS) throw new Error('OIDC discovery failed recently; retrying shortly');
    pending ??= discoverJwksUrl(config.issuer).then(
      (url) => {
        log.info({ issuer: config.issuer, jwksUrl: url }, 'OIDC keys located');
        jwks = createRemoteJWKSet(new URL(url));
        return jwks;
      },
      (err: unknown) => {
        failedAt = Date.now();
        pending = null;
        log.warn({ issuer: config.issuer, reason: err instanceof Error ? err.message : String(err) }, 'OIDC discovery failed');
        throw err;
      },
    );
    return pending;
  }

  return async function verify(token: string, nowSeconds?: number): Promise<OidcVerified> {
    let keys: JWTVerifyGetKey;
    try {
      keys = await keySet();
    } catch (err) {
      return { ok: false, reason: `the issuer's keys are not located: ${err instanceof Error ? err.message : String(err)}` };
    }
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.algorithms,
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: nowSeconds === undefined ? undefined : new Date(nowSeconds * 1000),
      }));
    } catch (err) {
      // jose's codes and messages name the failed check (ERR_JWT_EXPIRED, "aud" claim check failed), never the token.
      // A key set that cannot be fetched is the operator's problem, not the caller's: say so in the log.
      const unfetched = !(err instanceof errors.JOSEError) || err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid || err.code === 'ERR_JOSE_GENERIC';
      if (unfetched) log.warn({ issuer: config.issuer, reason: err instanceof Error ? err.message : String(err) }, 'OIDC keys could not be fetched');
      const code = err instanceof errors.JOSEError ? `${err.code}: ` : '';
      return { ok: false, reason: `${code}${err instanceof Error ? err.message : 'unverifiable token'}` };
    }
    const problem = lifetimeProblem(payload, { maxLifetimeSeconds, nowSeconds });
    if (problem) return { ok: false, reason: problem };
    const value = payload[config.staffClaim];
    // A NUL byte would make PostgreSQL fail the lookup (a 500); no provider issues one in a name.
    if (typeof value !== 'string' || !value || value.length > 1024 || value.includes('\u0000')) {
      return { ok: false, reason: `the token has no usable ${config.staffClaim} claim` };
    }
    // An address the provider has not vouched for could be anyone's (some providers let a user edit
    // it): matching by e-mail needs email_verified true, not merely absent. A provider that never
    // sends the claim signs staff in by OIDC_STAFF_FIELD=external_subject instead.
    if (config.staffField === 'email' && payload.email_verified !== true) return { ok: false, reason: 'email_verified is not true' };
    return { ok: true, claimValue: value };
  };
}

export type OidcVerifier = ReturnType<typeof createOidcVerifier>;
