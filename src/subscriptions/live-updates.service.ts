import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { readableTopics, type ChangeTopic } from '../change-feed/change-topics';
import { badInput, forbidden, notFound } from '../errors';
import type { FeedCursor } from '../repositories/change-event.repository';
import { StaffRepository } from '../repositories/staff.repository';
import { decodeCursor } from '../schema/page-info.cursor';
import { TOP_LEVEL_CURSORS } from '../schema/page-info.orders';
import { assertRecordId } from '../services/ids';
import type { ChangeHub } from './change-hub';
import { chosenTopics, worklistTopics, type LiveFilter } from './feed-order';
import { LiveFeedRepository } from './live-feed.repository';
import { LiveStream, type StreamLimits } from './live-stream';

export interface CaseChangedQuery { officeId?: string | null; after?: string | null; filter?: { topics?: ChangeTopic[] | null } | null }
export interface WorklistChangedQuery { caseManagerId?: string | null; after?: string | null; filter?: { topics?: ChangeTopic[] | null } | null }

const { name: CURSOR_NAME, valid: CURSOR_VALID } = TOP_LEVEL_CURSORS.changes;

/** A position of the change feed (ChangeEvent.position, an edge cursor of `changes`), or BAD_USER_INPUT. */
export function feedCursorOf(after: string | null | undefined): FeedCursor | null {
  if (!after) return null;
  const [txId, position] = decodeCursor(CURSOR_NAME, after, CURSOR_VALID);
  return { txId: String(txId), position: String(position) };
}

/**
 * The live subscriptions (issue 14 item 4), authorized as the reads they stream are:
 * - caseChanged: the change feed of an office (readChanges; the office scope of AccessPolicy:
 *   one's own, any for WSTA, every office for WSTA when none is named), of the topics the role
 *   reads (readableTopics);
 * - worklistChanged: one case manager's cases (watchWorklist): a case manager their own, a
 *   SUPERVISOR or MANAGER one of their office, WSTA any; the case manager reads every topic of
 *   their caseload, the others what they read in the feed.
 * Everything is checked before the subscription starts; refusals are FORBIDDEN, NOT_FOUND or
 * BAD_USER_INPUT as for a query. `after` resumes from a position the subscriber received.
 */
export class LiveUpdatesService {
  constructor(private readonly dataSource: DataSource, private readonly hub: ChangeHub, private readonly limits?: StreamLimits) {}

  async caseChanged(user: CurrentUser, query: CaseChangedQuery, expiresAtMs: number | null): Promise<LiveStream> {
    AccessPolicy.assertMay(user, 'readChanges');
    const requested = query.officeId ?? null;
    if (requested !== null) assertRecordId('Office', requested);
    const officeId = AccessPolicy.officeScope(user, requested);
    if (requested !== null && (await new StaffRepository(this.dataSource.manager).offices(requested)).length === 0) throw notFound('Office', requested);
    return this.open(user, { officeId, caseManagerId: null, topics: chosenTopics(readableTopics(user.role), query.filter?.topics) }, query.after, expiresAtMs);
  }

  async worklistChanged(user: CurrentUser, query: WorklistChangedQuery, expiresAtMs: number | null): Promise<LiveStream> {
    AccessPolicy.assertMay(user, 'watchWorklist');
    const caseManagerId = query.caseManagerId ?? AccessPolicy.defaultCaseload(user);
    if (!caseManagerId) throw badInput('Name the case manager whose worklist to watch (caseManagerId)', 'caseManagerId', 'isNotEmpty');
    assertRecordId('Staff', caseManagerId);
    if (user.role === 'CASE_MANAGER' && caseManagerId !== user.id) throw forbidden('Case managers watch only their own worklist');
    const [staff] = await new StaffRepository(this.dataSource.manager).byIds([caseManagerId]);
    if (!staff) throw notFound('Staff', caseManagerId);
    AccessPolicy.assertCanReadOffice(user, staff.officeId);
    if (staff.role !== 'CASE_MANAGER') throw badInput(`Staff ${caseManagerId} is not a case manager: only a case manager has a worklist`, 'caseManagerId', 'isCaseManager');
    const filter: LiveFilter = { officeId: AccessPolicy.officeScope(user, null), caseManagerId, topics: chosenTopics(worklistTopics(user.role), query.filter?.topics) };
    return this.open(user, filter, query.after, expiresAtMs);
  }

  private async open(user: CurrentUser, filter: LiveFilter, after: string | null | undefined, expiresAtMs: number | null): Promise<LiveStream> {
    const cursor = feedCursorOf(after);
    const feed = new LiveFeedRepository(this.dataSource.manager);
    const stream = new LiveStream(filter, user, expiresAtMs, {
      replay: (f, from, limit) => feed.replay(f, from, limit),
      revocationFor: (subscriber) => this.hub.revocationFor(subscriber),
      leave: (subscriber) => this.hub.leave(subscriber),
    }, cursor, this.limits);
    stream.startAt(await this.hub.join(stream));
    return stream;
  }
}
