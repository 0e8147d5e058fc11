import { createHmac, randomBytes } from 'node:crypto';

/**
 * MGT-1: the month's file-review sample, drawn at random from a recorded seed so that anyone can
 * redraw it and get the same cases (reproducible, auditable; a coordinator cannot hand-pick it).
 *
 * Method `HMAC_SHA256_ORDER`: every case of the population gets the key
 * HMAC-SHA256(key = the seed's bytes, message = the case id as text), hex; the cases are ordered
 * by that key (ties, which SHA-256 makes practically impossible, by case id) and the first
 * `sampleSizeFor(population)` are the sample, in that order. The order does not depend on the
 * order the population was read in, so the same seed over the same population always gives the
 * same sample, and a different seed an unrelated one.
 *
 * Pure: no clock, no database; the seed is passed in (generateSeed makes one with
 * crypto.randomBytes).
 */
export const DRAW_METHOD = 'HMAC_SHA256_ORDER' as const;
export type DrawMethod = typeof DRAW_METHOD;

/** MGT-1: at least 10% of the caseload, rounded up. */
export const SAMPLE_PERCENT = 10;

/** A seed is hex text of 16 to 64 bytes; a generated one is 32 bytes. */
export const SEED_PATTERN = /^[0-9a-f]{32,128}$/;
export const GENERATED_SEED_BYTES = 32;

/** A fresh seed: 32 random bytes as lowercase hex. */
export const generateSeed = (): string => randomBytes(GENERATED_SEED_BYTES).toString('hex');

/**
 * MGT-1: how many cases a population of `population` open cases needs: ceil(10%).
 *
 * @example
 * sampleSizeFor(300) // 30
 * sampleSizeFor(301) // 31
 * sampleSizeFor(0) // 0
 */
export function sampleSizeFor(population: number): number {
  if (!Number.isInteger(population) || population < 0) throw new RangeError(`population must be a whole number >= 0, got ${population}`);
  // Integer arithmetic: ceil(population * 10 / 100) without floating point.
  return Math.floor((population * SAMPLE_PERCENT + 99) / 100);
}

/** The sort key of one id under a seed (hex HMAC-SHA256). */
export function drawKey(seed: string, id: string): string {
  if (!SEED_PATTERN.test(seed)) throw new RangeError('seed must be 32 to 128 lowercase hex digits');
  return createHmac('sha256', Buffer.from(seed, 'hex')).update(id, 'utf8').digest('hex');
}

/** The ids ordered by their key under the seed (ties by id). */
export function seededOrder(seed: string, ids: readonly string[]): string[] {
  return ids
    .map((id) => ({ id, key: drawKey(seed, id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => e.id);
}

/**
 * MGT-1: the drawn case ids, in draw order: the first ceil(10%) of the population in seeded order.
 * Duplicate ids in the population are counted once.
 *
 * @example
 * drawSample(seed, caseIds) // same seed and population: the same ids in the same order
 */
export function drawSample(seed: string, population: readonly string[]): string[] {
  const unique = [...new Set(population)];
  return seededOrder(seed, unique).slice(0, sampleSizeFor(unique.length));
}

/** Whether a stored draw is what its seed gives over its stored population (the audit's check). */
export function redrawMatches(seed: string, population: readonly string[], drawn: readonly string[]): boolean {
  const again = drawSample(seed, population);
  return again.length === drawn.length && again.every((id, i) => id === drawn[i]);
}
