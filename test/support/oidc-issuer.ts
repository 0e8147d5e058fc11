import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

/** The audience the test issuer puts in its tokens unless told otherwise. */
export const TEST_AUDIENCE = 'work-services-api';

export interface TokenOptions {
  /** Claims besides iss/aud/iat/exp (e.g. sub, email). */
  claims?: JWTPayload;
  issuer?: string;
  audience?: string;
  /** Seconds from now (negative: in the past). */
  issuedIn?: number;
  /** Seconds from iat; null: no exp at all. */
  lifetime?: number | null;
  /** Sign with a key the JWKS does not hold, under the JWKS key's own kid (a forgery). */
  foreignKey?: boolean;
}

export interface TestIssuer {
  /** The issuer identifier (`iss`), e.g. http://127.0.0.1:PORT/realm */
  issuer: string;
  jwksUrl: string;
  /** Paths requested so far, in order: shows discovery and JWKS caching. */
  requests: string[];
  sign(options?: TokenOptions): Promise<string>;
  close(): Promise<void>;
}

/**
 * An OpenID provider on loopback, as small as the API needs: a discovery document and a JWKS with
 * one RS256 key, and a signer for tokens (right or deliberately wrong) with jose's SignJWT.
 */
export async function startTestIssuer(): Promise<TestIssuer> {
  const kid = 'test-key-1';
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const requests: string[] = [];
  let issuer = '';
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const send = (body: unknown) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (req.url === '/realm/.well-known/openid-configuration') send({ issuer, jwks_uri: `${issuer}/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    else if (req.url === '/realm/keys') send({ keys: [jwk] });
    else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realm`;

  return {
    issuer,
    jwksUrl: `${issuer}/keys`,
    requests,
    async sign({ claims = {}, issuer: iss = issuer, audience = TEST_AUDIENCE, issuedIn = 0, lifetime = 600, foreignKey = false } = {}) {
      const iat = Math.floor(Date.now() / 1000) + issuedIn;
      const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).setIssuer(iss).setAudience(audience).setIssuedAt(iat);
      if (lifetime !== null) jwt.setExpirationTime(iat + lifetime);
      return jwt.sign((foreignKey ? foreign.privateKey : privateKey));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
