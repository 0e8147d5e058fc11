import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { AlaskaCalendar } from '../calendar/alaska-calendar';
import { alaskaDateOf, isPlainDate } from '../dates';
import type { CaseEntity } from '../entities';
import { badInput, notFound } from '../errors';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import { deriveObligations, OBLIGATION_RULE_IDS, waiverReasonApplies, waiverReasonsFor, type WaiverReasonCode } from '../obligations';
import { CaseRepository } from '../repositories/case.repository';
import { ObligationRepository, type ObligationRow } from '../repositories/obligation.repository';
import { isRowIdText } from '../schema/page-info.orders';
import type { Clock } from './clock';
import { assertRecordId } from './ids';
import { writeTransaction } from './transaction';

export interface ObligationFilter {
  officeId?: string | null;
  caseManagerId?: string | null;
  status?: 'OPEN' | 'MET' | 'OVERDUE' | 'WAIVED' | null;
  /** OPEN or OVERDUE: neither met nor waived. */
  unresolved?: boolean | null;
  dueBefore?: string | null;
  ruleIds?: string[] | null;
}

export type { ObligationRow };

/** Why a coded reason cannot waive a rule's obligation, naming the reasons that could (if any). */
function waiverRefusal(reasonCode: WaiverReasonCode, ruleId: string): string {
  const allowed = waiverReasonsFor(ruleId);
  return allowed.length
    ? `${reasonCode} does not waive ${ruleId}; it may be waived only for: ${allowed.join(', ')}`
    : `${ruleId} may never be waived (no coded waiver reason applies to it)`;
}

/**
 * Keeps each case's obligations in indexed columns, recomputed in the transaction that changes the
 * case (a transition, a note, a waiver), so worklists read an index instead of deriving on read.
 */
export class ObligationService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly calendar: AlaskaCalendar) {}

  today(): string {
    return alaskaDateOf(this.clock.now());
  }

  /** Re-derives one case's obligations from its record and replaces the stored rows. */
  async recompute(manager: EntityManager, caseId: string, known?: CaseEntity): Promise<void> {
    // Without a case row in hand, lock it: the derivation must read the case as it is now.
    const kase = known ?? (await new CaseRepository(manager).lockById(caseId));
    if (!kase) throw notFound('Case', caseId);
    const repository = new ObligationRepository(manager);
    // The whole record in one round trip: this runs inside every transition.
    const record = await repository.recordOf(caseId);
    const obligations = deriveObligations({
      caseId, context: (kase.snapshot as StoredCaseSnapshot).context, state: kase.state, childCareAuthorized: kase.childCareAuthorized, ...record,
    }, this.today(), this.calendar);
    // Replace the case's rows in one statement: upsert the derived ones, delete the rest.
    await repository.replaceForCase(kase, obligations, this.today());
  }

  /**
   * Re-derives the cases last derived in an earlier month (or never), so monthly obligations
   * appear on the first of the month without waiting for the case to change. Returns how many.
   */
  async refreshStale(batchSize = 500): Promise<number> {
    const monthStart = `${this.today().slice(0, 7)}-01`;
    let done = 0;
    for (;;) {
      const stale = await new CaseRepository(this.dataSource.manager).derivedBefore(monthStart, batchSize);
      for (const id of stale) await this.dataSource.transaction((m) => this.recompute(m, id));
      done += stale.length;
      if (stale.length < batchSize) return done;
    }
  }

  /** The worklist: an office's (or a caseload's) obligations by due date, keyset-paged. */
  async worklist(user: CurrentUser, filter: ObligationFilter, first: number, after?: string | null): Promise<{ rows: ObligationRow[]; hasNextPage: boolean; countTotal: () => Promise<number> }> {
    const office = AccessPolicy.officeScope(user, filter.officeId);
    const unknown = (filter.ruleIds ?? []).filter((r) => !OBLIGATION_RULE_IDS.includes(r));
    if (unknown.length) throw badInput(`Unknown rule id(s): ${unknown.join(', ')}; known: ${OBLIGATION_RULE_IDS.join(', ')}`, 'ruleIds', 'isKnownRuleId');
    let cursor: { dueDate: string; id: string } | null = null;
    if (after) {
      const [dueDate, id, ...rest] = Buffer.from(after, 'base64url').toString('utf8').split('|');
      // A real day and a bigint id: a forged 2026-02-30 or a 20-digit id would fail the statement (a 500).
      if (rest.length || !isPlainDate(dueDate ?? '') || !isRowIdText(id)) throw badInput('after is not a cursor this API issued', 'after', 'isCursor');
      cursor = { dueDate, id };
    }
    const repository = new ObligationRepository(this.dataSource.manager);
    const query = { today: this.today(), officeId: office, caseManagerId: filter.caseManagerId, dueBefore: filter.dueBefore, ruleIds: filter.ruleIds, status: filter.status, unresolved: filter.unresolved };
    const rows = await repository.worklist({ ...query, after: cursor, limit: first + 1 });
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, countTotal: () => repository.countWorklist(query) };
  }

  static cursorOf(row: ObligationRow): string {
    return Buffer.from(`${row.dueDate}|${row.id}`).toString('base64url');
  }

  /**
   * A supervisor waives one obligation with a coded reason that applies to its rule, and free text
   * beside it (e.g. EA-2's extenuating circumstances). A rule no coded reason names is never waived.
   */
  async waive(user: CurrentUser, caseId: string, key: string, reasonCode: WaiverReasonCode, reason: string): Promise<ObligationRow> {
    AccessPolicy.assertMay(user, 'waiveObligation', 'Only a SUPERVISOR may waive an obligation');
    assertRecordId('Case', caseId);
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await new CaseRepository(manager).lockById(caseId);
      if (!kase) throw notFound('Case', caseId);
      AccessPolicy.assertCanActOnCase(user, kase);
      const obligations = new ObligationRepository(manager);
      const found = await obligations.ruleAndResolutionOf(caseId, key);
      if (found === undefined) throw badInput(`Case ${caseId} has no obligation ${key}`, 'key', 'isObligationKey');
      // A rule that may never be waived is refused as such, whatever its status.
      if (!waiverReasonApplies(reasonCode, found.ruleId)) throw badInput(waiverRefusal(reasonCode, found.ruleId), 'reasonCode', 'waiverReasonNotForRule');
      if (found.resolution) throw badInput(`Obligation ${key} is already ${found.resolution}`, 'key', 'isOpen');
      await obligations.addWaiver({ caseId, obligationKey: key, reasonCode, reason, waivedBy: user.id, waivedAt: this.clock.now() });
      await this.recompute(manager, caseId, kase);
      const row = await obligations.one(this.today(), caseId, key);
      if (!row) throw notFound('Obligation', key);
      return row;
    });
  }
}
