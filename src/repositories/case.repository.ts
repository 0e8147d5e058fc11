import { In, IsNull, LessThan, Not, type EntityManager } from 'typeorm';
import type { PlainDate } from '../dates';
import { CaseEntity, CaseHistoryEntity } from '../entities';
import { entityColumns, execute, selectRows, writeReturning } from './sql';

/** What a lifecycle event changes on a case: the machine's snapshot and the columns kept from it. */
export type CaseLifecycleChange = Pick<CaseEntity, 'snapshot' | 'state' | 'phase' | 'track' | 'caseManagerId' | 'monthsUsed' | 'referralDate' | 'machineVersion'>;

/** A case as it is created (the referral): everything but what the database generates. */
export type NewCase = Omit<CaseEntity, 'id' | 'createdAt' | 'updatedAt' | 'childCareAuthorized' | 'childCareFederallyFunded' | 'obligationsDerivedOn'>;

/** One applied event for the append-only history. */
export type NewHistoryEntry = Omit<CaseHistoryEntity, 'id' | 'recordedAt'>;

/**
 * Cases (work_case) and their append-only history (case_history). Construct it with the
 * transaction's EntityManager: the lock, the conditional UPDATE and the history row of one
 * transition must share one transaction.
 */
export class CaseRepository {
  constructor(private readonly db: EntityManager) {}

  findById(id: string): Promise<CaseEntity | null> {
    return this.db.findOneBy(CaseEntity, { id });
  }

  /** The case, locked FOR UPDATE until the transaction ends: writes on one case queue behind it. */
  lockById(id: string): Promise<CaseEntity | null> {
    return this.db.findOne(CaseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The offices of a client's cases: who may read the client (one statement). */
  async officesOfClient(clientId: string): Promise<string[]> {
    const rows = await selectRows<Pick<CaseEntity, 'officeId'>>(this.db, 'SELECT DISTINCT office_id AS "officeId" FROM work_case WHERE client_id = $1', [clientId]);
    return rows.map((r) => r.officeId);
  }

  async create(kase: NewCase): Promise<CaseEntity> {
    return this.db.save(this.db.create(CaseEntity, kase));
  }

  /**
   * The conditional UPDATE ... WHERE version = $expected: applies the change and bumps the
   * version only if nobody changed the case since it was read, and returns the updated row (no
   * re-read). Null when the version moved: under READ COMMITTED a racing UPDATE waits for the
   * winner, re-checks the WHERE and matches nothing. TypeORM's save() with @VersionColumn would
   * overwrite the concurrent change instead (typeorm#2848).
   */
  async updateIfVersion(id: string, expectedVersion: number, change: CaseLifecycleChange): Promise<CaseEntity | null> {
    const [row] = await writeReturning<CaseEntity>(this.db,
      `UPDATE work_case
          SET snapshot = $3, state = $4, phase = $5, track = $6, case_manager_id = $7, months_used = $8,
              referral_date = $9, machine_version = $10, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2
        RETURNING ${entityColumns(this.db, CaseEntity, 'work_case')}`,
      [id, expectedVersion, change.snapshot, change.state, change.phase, change.track, change.caseManagerId,
        change.monthsUsed, change.referralDate, change.machineVersion]);
    return row ? Object.assign(new CaseEntity(), row) : null;
  }

  /** SS-3 / 45 CFR 261.32: records the case's child care authorization (the caller holds the lock). */
  async setChildCare(id: string, authorized: boolean, federallyFunded: boolean): Promise<void> {
    await this.db.update(CaseEntity, { id }, { childCareAuthorized: authorized, childCareFederallyFunded: federallyFunded, updatedAt: () => 'now()' });
  }

  /** Appends one event to the history; the database refuses to change it afterwards. */
  async appendHistory(entry: NewHistoryEntry): Promise<void> {
    // Hand-written: it runs inside every transition, and TypeORM's insert builder would add a
    // RETURNING and its own per-call work for a row nobody reads back.
    await execute(this.db, `INSERT INTO case_history (case_id, version, event, payload, state_before, state_after, actor_id, actor_role, occurred_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [entry.caseId, entry.version, entry.event, entry.payload, entry.stateBefore, entry.stateAfter, entry.actorId, entry.actorRole, entry.occurredAt]);
  }

  /** Several cases in one statement (the per-request loader). */
  byIds(ids: readonly string[]): Promise<CaseEntity[]> {
    return this.db.findBy(CaseEntity, { id: In([...ids]) });
  }

  /** History entries by their ids, in one statement (node lookups). */
  historyByIds(ids: readonly string[]): Promise<CaseHistoryEntity[]> {
    return this.db.findBy(CaseHistoryEntity, { id: In([...ids]) });
  }

  /** The histories of several cases, oldest event first, in one statement. */
  historyOf(caseIds: readonly string[]): Promise<CaseHistoryEntity[]> {
    return this.db.find(CaseHistoryEntity, { where: { caseId: In([...caseIds]) }, order: { caseId: 'ASC', version: 'ASC' } });
  }

  /** Open cases whose obligations were last derived before `since` (or never), a batch at a time. */
  async derivedBefore(since: PlainDate, limit: number): Promise<string[]> {
    const rows = await this.db.find(CaseEntity, {
      select: { id: true },
      where: [{ phase: Not('CLOSED'), obligationsDerivedOn: IsNull() }, { phase: Not('CLOSED'), obligationsDerivedOn: LessThan(since) }],
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  /**
   * Cases in a chart node (a whole leaf path, as the state filter matches it), by id after a
   * keyset cursor: ids and snapshots only, for sweeps that decide in pure code what to send.
   */
  inStateNode(node: string, afterId: string | null, limit: number): Promise<Array<Pick<CaseEntity, 'id' | 'snapshot'>>> {
    return selectRows<Pick<CaseEntity, 'id' | 'snapshot'>>(this.db,
      `SELECT id, snapshot FROM work_case WHERE string_to_array(state, ', ') @> ARRAY[$1]::text[] AND ($2::uuid IS NULL OR id > $2::uuid) ORDER BY id LIMIT $3`,
      [node, afterId, limit]);
  }

  /** The machine versions stored snapshots were written with. */
  async machineVersions(): Promise<number[]> {
    const rows = await selectRows<Pick<CaseEntity, 'machineVersion'>>(this.db, 'SELECT DISTINCT machine_version AS "machineVersion" FROM work_case');
    return rows.map((r) => r.machineVersion);
  }
}
