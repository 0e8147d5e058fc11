import { alaskaDateOf } from '../dates';

/**
 * How often a scheduled queue gets a job. Each cadence names its slots so that every replica,
 * reading the same instant from its (injected) clock, computes the same slot, and one text order
 * is time order:
 * - `hour`: the UTC hour (`2026-12-02T14Z`); UTC, so the hour Alaska repeats when daylight saving
 *   time ends is still two slots;
 * - `day`: the Alaska date (`2026-12-02`, AS 01.10.080: the days are Alaska's);
 * - `month`: the Alaska month (`2026-12`): monthly obligations (ENG-4, WV-1, EXIT-3) start on the
 *   1st in Alaska.
 */
export type Cadence = 'hour' | 'day' | 'month';

export const CADENCES: readonly Cadence[] = ['hour', 'day', 'month'];

/**
 * The slot an instant falls in. Pure: the caller passes its clock's time.
 * @example slotOf('hour', new Date('2026-12-02T14:59:59Z')) // '2026-12-02T14Z'
 * @example slotOf('day', new Date('2026-12-02T08:30:00Z')) // '2026-12-01' (23:30 AKST, Dec 1)
 * @example slotOf('month', new Date('2026-12-01T08:59:59Z')) // '2026-11' (Nov 30, 23:59 AKST)
 */
export function slotOf(cadence: Cadence, now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('Invalid time');
  switch (cadence) {
    case 'hour': return `${now.toISOString().slice(0, 13)}Z`;
    case 'day': return alaskaDateOf(now);
    case 'month': return alaskaDateOf(now).slice(0, 7);
  }
}

/**
 * The job's singletonKey, shown to an operator with the job: queue and slot.
 * @example slotKey('obligation-refresh', '2026-12') // 'obligation-refresh:2026-12'
 */
export function slotKey(queue: string, slot: string): string {
  return `${queue}:${slot}`;
}

/**
 * Whether `slot` comes after `last` (the slot last enqueued), so is due. Slots of one cadence
 * have one width and compare as text; a replica whose clock lags never re-enqueues an older slot.
 * @example isLaterSlot('2026-12', '2026-11') // true
 * @example isLaterSlot('2026-12', '2026-12') // false
 */
export function isLaterSlot(slot: string, last: string | null): boolean {
  return last === null || slot > last;
}
