import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

/** jsonwebtoken turns a string secret into a key on every call; build it once per secret. */
const keys = new Map<string, KeyObject>();
const keyOf = (secret: string) => keys.get(secret) ?? keys.set(secret, createSecretKey(Buffer.from(secret, 'utf8'))).get(secret)!;

/** Signs a staff member's bearer token (HS256). Role and office are NOT in it: they are read per request. */
export function signStaffToken(staffId: string, secret: string, expiresInSeconds = 8 * 3600): string {
  return jwt.sign({}, keyOf(secret), { algorithm: 'HS256', subject: staffId, expiresIn: expiresInSeconds });
}

/** Returns the staff id (`sub`) of a valid token, or null for a missing, forged, expired or malformed one. */
export function verifyStaffToken(token: string, secret: string): string | null {
  try {
    const claims = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'] });
    return typeof claims === 'object' && typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
}
