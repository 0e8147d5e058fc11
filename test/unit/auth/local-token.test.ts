import jwt from 'jsonwebtoken';
import { signStaffToken, verifyLocalToken, verifyStaffToken } from '../../../src/auth/token';

const SECRET = 'a-test-secret-of-at-least-32-bytes!!';
const STAFF = '8d3f5e0a-54a4-4c8e-9d6c-1f0f3c2b7a10';
/** A fixed instant (2026-11-02T18:00:00Z): the checks take "now" as a parameter, not from the machine. */
const NOW = Date.UTC(2026, 10, 2, 18) / 1000;
const EIGHT_HOURS = 8 * 3600;
const sign = (claims: object) => jwt.sign(claims, SECRET, { algorithm: 'HS256' });
const verify = (token: string, nowSeconds = NOW, maxLifetimeSeconds = EIGHT_HOURS) => verifyLocalToken(token, SECRET, { maxLifetimeSeconds, nowSeconds });

/** AUTH_MODE=local: HS256 tokens of `npm run token` and the tests. */
describe('local tokens', () => {
  it('accept a token that lives exactly the maximum', () => {
    expect(verify(sign({ sub: STAFF, iat: NOW, exp: NOW + EIGHT_HOURS }))).toEqual({ ok: true, subject: STAFF });
  });

  it('refuse a token without exp (it would never expire)', () => {
    expect(verify(sign({ sub: STAFF, iat: NOW }))).toEqual({ ok: false, reason: 'the token has no exp' });
    expect(verify(sign({ sub: STAFF }))).toEqual({ ok: false, reason: 'the token has no exp' });
  });

  it('refuse a token that lives longer than the maximum', () => {
    expect(verify(sign({ sub: STAFF, iat: NOW, exp: NOW + EIGHT_HOURS + 1 }))).toEqual({ ok: false, reason: `the token lives ${EIGHT_HOURS + 1} s (exp - iat), more than ${EIGHT_HOURS}` });
    expect(verify(sign({ sub: STAFF, iat: NOW, exp: NOW + 3601 }), NOW, 3600).ok).toBe(false);
  });

  it('refuse a long-lived token whose iat is put in the future, or that has no iat', () => {
    const later = NOW + 30 * 86400;
    expect(verify(sign({ sub: STAFF, iat: later, exp: later + 3600 }))).toEqual({ ok: false, reason: `the token expires in ${30 * 86400 + 3600} s, more than ${EIGHT_HOURS}` });
    expect(verify(sign({ sub: STAFF, exp: NOW + 10 * 86400 })).ok).toBe(false);
    expect(verify(sign({ sub: STAFF, exp: NOW + 3600 }))).toEqual({ ok: true, subject: STAFF });
  });

  it('refuse an expired token, past the 30 s allowed for clock skew', () => {
    const token = sign({ sub: STAFF, iat: NOW, exp: NOW + 3600 });
    expect(verify(token, NOW + 3600 + 29).ok).toBe(true);
    expect(verify(token, NOW + 3600 + 30)).toEqual({ ok: false, reason: 'TokenExpiredError: jwt expired' });
  });

  it('refuse another secret, another algorithm, and no signature at all', () => {
    const claims = { sub: STAFF, iat: NOW, exp: NOW + 60 };
    expect(verify(jwt.sign(claims, 'another-secret', { algorithm: 'HS256' }))).toEqual({ ok: false, reason: 'JsonWebTokenError: invalid signature' });
    expect(verify(jwt.sign(claims, SECRET, { algorithm: 'HS512' })).ok).toBe(false);
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    expect(verify(unsigned).ok).toBe(false);
    expect(verifyLocalToken(sign(claims), '', { maxLifetimeSeconds: EIGHT_HOURS, nowSeconds: NOW }).ok).toBe(false);
  });

  it('are signed by signStaffToken with exp, for the lifetime asked, and read back by verifyStaffToken', () => {
    const token = signStaffToken(STAFF, SECRET, 3600);
    const { exp, iat } = jwt.decode(token) as { exp: number; iat: number };
    expect(exp - iat).toBe(3600);
    expect(verifyStaffToken(token, SECRET)).toBe(STAFF);
    expect(verifyStaffToken(token, SECRET, { maxLifetimeSeconds: 3599 })).toBeNull();
  });
});
