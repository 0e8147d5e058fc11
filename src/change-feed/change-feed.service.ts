import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { ChangeEventEntity } from '../entities/change-event.entity';
import { ChangeEventRepository, type FeedCursor } from '../repositories/change-event.repository';
import { readableTopics, type ChangeTopic } from './change-topics';

export interface FeedPage { rows: ChangeEventEntity[]; hasNextPage: boolean }

/**
 * The change feed as a partner pulls it (issue 14): its office's changes (every office for WSTA),
 * of the topics its role reads, after a cursor, in feed order. A row appears once its transaction
 * and every older one have ended, so a page never skips or repeats a change, across restarts too.
 */
export class ChangeFeedService {
  constructor(private readonly dataSource: DataSource) {}

  async page(user: CurrentUser, filter: { topics?: readonly ChangeTopic[] | null }, first: number, after: FeedCursor | null): Promise<FeedPage> {
    AccessPolicy.assertMay(user, 'readChanges');
    const readable = readableTopics(user.role);
    const topics = filter.topics?.length ? readable.filter((t) => filter.topics!.includes(t)) : readable;
    if (topics.length === 0) return { rows: [], hasNextPage: false };
    const rows = await new ChangeEventRepository(this.dataSource.manager).page({ officeId: AccessPolicy.officeScope(user, null), topics, after, limit: first + 1 });
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }
}
