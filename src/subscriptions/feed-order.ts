import type { CurrentUser } from '../auth/current-user';
import { CHANGE_TOPICS, readableTopics, type ChangeTopic } from '../change-feed/change-topics';
import type { StaffRole } from '../entities/staff.entity';
import type { FeedCursor } from '../repositories/change-event.repository';

/**
 * The pure rules of the live subscriptions (issue 14 item 4): feed order, which rows a
 * subscription receives, and whether its subscriber may still receive them. No database, no clock.
 */

/** What a subscription receives: one office's rows (null: every office, WSTA), or one case manager's. */
export interface LiveFilter {
  officeId: string | null;
  caseManagerId: string | null;
  topics: readonly ChangeTopic[];
}

/** A row as routing reads it. */
export interface RoutedRow { txId: string; position: string; officeId: string; caseManagerId: string | null; topics: readonly string[] }

/**
 * Feed order: (txId, position), both 64-bit, compared as numbers.
 *
 * @example
 * compareFeed({ txId: '9', position: '20' }, { txId: '10', position: '3' }) // < 0: the older transaction first
 */
export function compareFeed(a: FeedCursor, b: FeedCursor): number {
  const tx = BigInt(a.txId) - BigInt(b.txId);
  if (tx !== 0n) return tx < 0n ? -1 : 1;
  const pos = BigInt(a.position) - BigInt(b.position);
  return pos === 0n ? 0 : pos < 0n ? -1 : 1;
}

/** Whether `row` comes after `cursor` in feed order (null: before everything). */
export const isAfter = (row: FeedCursor, cursor: FeedCursor | null): boolean => cursor === null || compareFeed(row, cursor) > 0;

export const cursorOf = (row: FeedCursor): FeedCursor => ({ txId: row.txId, position: row.position });

/**
 * Whether a subscription receives a row: its office (or every office), its case manager when it
 * watches a worklist, and one of the topics its subscriber reads.
 *
 * @example
 * matches({ officeId: 'o1', caseManagerId: null, topics: ['EXEMPTION'] }, { officeId: 'o1', caseManagerId: 'cm', topics: ['CASE_TRANSITION', 'EXEMPTION'], ... }) // true
 */
export function matches(filter: LiveFilter, row: RoutedRow): boolean {
  if (filter.officeId !== null && row.officeId !== filter.officeId) return false;
  if (filter.caseManagerId !== null && row.caseManagerId !== filter.caseManagerId) return false;
  return row.topics.some((t) => (filter.topics as readonly string[]).includes(t));
}

/**
 * The topics of a worklist: a case manager reads everything of their own caseload (its complaints
 * too: readComplaints); the supervisors, managers and WSTA who watch it read what they read in the
 * feed (readableTopics).
 *
 * @example
 * worklistTopics('CASE_MANAGER') // every topic, COMPLAINT_RESOLUTION included
 */
export function worklistTopics(role: StaffRole): ChangeTopic[] {
  return role === 'CASE_MANAGER' ? [...CHANGE_TOPICS] : readableTopics(role);
}

/** The topics asked for, within the readable ones (none asked: all readable). */
export function chosenTopics(readable: readonly ChangeTopic[], asked: readonly ChangeTopic[] | null | undefined): ChangeTopic[] {
  return asked?.length ? readable.filter((t) => asked.includes(t)) : [...readable];
}

/** The staff row as the re-check reads it (null: no such row). */
export interface StaffState { active: boolean; role: string; officeId: string }

export interface Revocation { code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string }

/**
 * Whether a subscriber may still receive events, checked before each batch is delivered: the
 * token has not expired (real time, as the token's own check), the account is still active, and
 * the role and office its subscription was authorized with are still its own. A role or office
 * that changed ends the subscription (FORBIDDEN): subscribing again authorizes it anew.
 *
 * @example
 * revocationOf(user, { active: false, role: 'SUPERVISOR', officeId: 'o1' }, null, now) // { code: 'UNAUTHENTICATED', ... }
 */
export function revocationOf(user: CurrentUser, staff: StaffState | null, expiresAtMs: number | null, nowMs: number): Revocation | null {
  if (expiresAtMs !== null && nowMs >= expiresAtMs) return { code: 'UNAUTHENTICATED', message: 'The bearer token expired: connect again with a new token, and resume with after: the last position you received' };
  if (!staff || !staff.active) return { code: 'UNAUTHENTICATED', message: 'The bearer token is invalid, expired, or names an inactive account' };
  if (staff.role !== user.role || staff.officeId !== user.officeId) return { code: 'FORBIDDEN', message: 'Your role or office changed: subscribe again' };
  return null;
}
