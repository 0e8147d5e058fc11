import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { isPlainDate } from '../dates';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { CaseEntity, ClientEntity } from '../entities';
import { badInput, notFound } from '../errors';
import { CaseRepository } from '../repositories/case.repository';
import { ClientRepository } from '../repositories/client.repository';
import { assertRecordId } from './ids';
import type { Clock } from './clock';
import { availableActions, type CaseActionAvailability } from '../machines/available-actions';
import { restoreCaseSnapshot, type StoredCaseSnapshot } from '../machines/case-snapshot';
import type { DocumentationOnFile } from '../machines/documentation-rules';
import type { CaseEventType } from '../machines/case-lifecycle.types';

export interface CaseFilter {
  officeId?: string | null;
  caseManagerId?: string | null;
  track?: string | null;
  phase?: string | null;
  /** Cases in ALL of these leaf state paths at once (exact: "exempt" does not match "notExempt"). */
  state?: { nodes?: readonly string[] | null } | null;
}

export interface CasePage {
  cases: CaseEntity[];
  hasNextPage: boolean;
  /** Runs only when a client asks for totalCount. */
  totalCount: () => Promise<number>;
}

interface Cursor { referralDate: string; id: string }

const encodeCursor = (c: CaseEntity) => Buffer.from(JSON.stringify({ referralDate: c.referralDate, id: c.id })).toString('base64url');

function decodeCursor(after: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as Cursor;
    if (isPlainDate(String(value.referralDate)) && isUUID(String(value.id))) return value;
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a cursor this API issued', 'after', 'isCursor');
}

/** Reads of cases and clients, confined to what the user may see. */
export class CaseQueryService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  static cursorOf = encodeCursor;

  async findCase(user: CurrentUser, id: string): Promise<CaseEntity> {
    assertRecordId('Case', id);
    const kase = await new CaseRepository(this.dataSource.manager).findById(id);
    if (!kase) throw notFound('Case', id);
    AccessPolicy.assertCanReadOffice(user, kase.officeId);
    return kase;
  }

  /** A client is visible to whoever may read one of the client's cases. */
  async findClient(user: CurrentUser, id: string): Promise<ClientEntity> {
    assertRecordId('Client', id);
    const client = await new ClientRepository(this.dataSource.manager).findById(id);
    if (!client) throw notFound('Client', id);
    AccessPolicy.assertCanReadClient(user, await new CaseRepository(this.dataSource.manager).officesOfClient(id));
    return client;
  }

  /**
   * What the user may do next on a case, and why not: the one pure decision the mutations also
   * enforce (availableActions), given the notes on file.
   */
  actionsOf(
    user: CurrentUser, kase: Pick<CaseEntity, 'snapshot' | 'machineVersion' | 'officeId' | 'caseManagerId'>, documentation: DocumentationOnFile,
    decidesOwnRequest: ReadonlySet<CaseEventType> = new Set(),
  ): CaseActionAvailability[] {
    const snapshot = restoreCaseSnapshot(kase.snapshot as StoredCaseSnapshot, kase.machineVersion);
    const acting = { role: user.role, cannotActBecause: AccessPolicy.whyCannotActOnCase(user, kase), decidesOwnRequest };
    return availableActions(snapshot, { documentation }, acting, this.clock.now().toISOString());
  }

  /** The caseload, newest referral first, in a stable keyset order (referral_date DESC, id). */
  async listCases(user: CurrentUser, filter: CaseFilter, first: number, after?: string | null): Promise<CasePage> {
    const office = AccessPolicy.officeScope(user, filter.officeId);
    const query = this.dataSource.manager.createQueryBuilder(CaseEntity, 'c');
    if (office) query.andWhere('c.office_id = :office', { office });
    if (filter.caseManagerId) query.andWhere('c.case_manager_id = :caseManagerId', { caseManagerId: filter.caseManagerId });
    if (filter.track) query.andWhere('c.track = :track', { track: filter.track });
    if (filter.phase) query.andWhere('c.phase = :phase', { phase: filter.phase });
    // The stored state is the leaf paths joined by ", " (stateString); as an array, containment is
    // an exact match on whole paths, served by work_case_state_nodes_idx (GIN).
    if (filter.state?.nodes?.length) query.andWhere(`string_to_array(c.state, ', ') @> :stateNodes::text[]`, { stateNodes: [...filter.state.nodes] });
    const counting = query.clone();
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere('(c.referral_date < :afterDate OR (c.referral_date = :afterDate AND c.id > :afterId))', {
        afterDate: cursor.referralDate, afterId: cursor.id,
      });
    }
    const rows = await query.orderBy('c.referral_date', 'DESC').addOrderBy('c.id', 'ASC').limit(first + 1).getMany();
    return {
      cases: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount: () => counting.getCount(),
    };
  }
}
