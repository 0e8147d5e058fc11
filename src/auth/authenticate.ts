import { GraphQLError } from 'graphql';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import type { StaffService } from '../services/staff.service';
import { LOCAL_AUTH } from './auth-config';
import type { CurrentUser } from './current-user';
import { createOidcVerifier } from './oidc';
import { verifyLocalToken } from './token';

export interface AuthenticatorDependencies {
  config: Pick<AppConfig, 'jwtSecret'> & Partial<Pick<AppConfig, 'auth' | 'nodeEnv'>>;
  staff: Pick<StaffService, 'findActiveUser' | 'findActiveUserBy'>;
  log: Logger;
  /** Seconds since the epoch for exp/nbf/iat; real time unless a test injects one. */
  nowSeconds?: () => number;
}

/** One answer for every refusal: the caller learns nothing about which check failed (the log does). */
const refused = () => new GraphQLError('The bearer token is invalid, expired, or names an inactive account', {
  extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
});

/**
 * Turns a request's Authorization header into the signed-in staff member: no header is an
 * anonymous request (null); anything else must be `Bearer <token>` that verifies in the configured
 * mode (AUTH_MODE, src/auth/auth-config.ts) and names an active staff member, or the request is
 * refused with UNAUTHENTICATED (HTTP 401). Role and office are read now, not from the token, so a
 * deactivated account is locked out on its next request. The token itself is never logged.
 */
export function createAuthenticator({ config, staff, log, nowSeconds }: AuthenticatorDependencies) {
  const auth = config.auth ?? LOCAL_AUTH;
  const oidc = auth.mode === 'oidc' && auth.oidc ? createOidcVerifier(auth.oidc, auth.tokenMaxLifetimeSeconds, log) : null;
  if (auth.mode === 'oidc' && !oidc) throw new Error('AUTH_MODE=oidc needs the OIDC settings (OIDC_ISSUER, OIDC_AUDIENCE)');
  // Allowed (loadConfig wants AUTH_MODE=local written out and a strong secret), but worth a line at every start.
  if (auth.mode === 'local' && config.nodeEnv === 'production') log.warn('AUTH_MODE=local in production: whoever holds JWT_SECRET can sign in as anyone; prefer AUTH_MODE=oidc');

  async function userOf(token: string): Promise<CurrentUser | null> {
    const now = nowSeconds?.();
    if (oidc) {
      const verified = await oidc(token, now);
      if (!verified.ok) {
        log.info({ authMode: 'oidc', reason: verified.reason }, 'bearer token refused');
        return null;
      }
      const user = await staff.findActiveUserBy(auth.oidc!.staffField, verified.claimValue);
      // The claim's value is personal data (often an address): name the claim, not what it said.
      if (!user) log.info({ authMode: 'oidc', claim: auth.oidc!.staffClaim, field: auth.oidc!.staffField }, 'bearer token names no active staff member');
      return user;
    }
    const verified = verifyLocalToken(token, config.jwtSecret, { maxLifetimeSeconds: auth.tokenMaxLifetimeSeconds, nowSeconds: now });
    if (!verified.ok) {
      log.info({ authMode: 'local', reason: verified.reason }, 'bearer token refused');
      return null;
    }
    const user = await staff.findActiveUser(verified.subject);
    if (!user) log.info({ authMode: 'local', staffId: verified.subject }, 'bearer token names no active staff member');
    return user;
  }

  return async function authenticate(authorization: string | undefined): Promise<CurrentUser | null> {
    if (authorization === undefined || authorization === '') return null;
    const token = /^Bearer +(\S+)\s*$/i.exec(authorization)?.[1];
    const user = token ? await userOf(token) : null;
    if (!user) throw refused();
    return user;
  };
}

export type Authenticate = ReturnType<typeof createAuthenticator>;
