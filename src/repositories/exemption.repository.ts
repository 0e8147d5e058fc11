import { In, type EntityManager } from 'typeorm';
import { CaseEntity, CaseHistoryEntity } from '../entities';
import { caseHistoryPeriods, HISTORY_EVENTS, type ExemptionPeriod } from '../participation/facts/history-periods';
import type { CaseHistoryEventRow } from './participation.repository';

/** A payload field as text, or null when absent or not text. */
const text = (payload: Record<string, unknown>, key: string): string | null => {
  const value = payload[key];
  return typeof value === 'string' ? value : null;
};

/**
 * A client's exemption periods over a lifetime (AS 47.27.035: the caretaker exemption's 12
 * cumulative months), from the history of every case of the client, every referral included.
 */
export class ExemptionRepository {
  constructor(private readonly db: EntityManager) {}

  /** Every exemption period of the client's cases, by `caseHistoryPeriods` (two statements). */
  periodsOfClient(clientId: string): Promise<ExemptionPeriod[]> {
    return this.periodsOf({ clientId });
  }

  /** The exemption periods of one case, every referral of it included (two statements). */
  periodsOfCase(caseId: string): Promise<ExemptionPeriod[]> {
    return this.periodsOf({ id: caseId });
  }

  private async periodsOf(where: { clientId: string } | { id: string }): Promise<ExemptionPeriod[]> {
    const cases = await this.db.find(CaseEntity, { select: { id: true, referralDate: true, track: true }, where });
    if (!cases.length) return [];
    const rows = await this.db.find(CaseHistoryEntity, {
      where: { caseId: In(cases.map((c) => c.id)), event: In([...HISTORY_EVENTS]) },
      order: { caseId: 'ASC', version: 'ASC' },
    });
    return cases.flatMap((c) => {
      const history: CaseHistoryEventRow[] = rows.filter((r) => r.caseId === c.id).map((r) => ({
        caseId: r.caseId, version: r.version, event: r.event, occurredAt: r.occurredAt,
        referralDate: text(r.payload, 'referralDate'), track: text(r.payload, 'track'), closedOn: text(r.payload, 'closedOn'),
        toTrack: text(r.payload, 'toTrack'), approved: typeof r.payload.approved === 'boolean' ? r.payload.approved : null,
        reason: text(r.payload, 'reason'), startedOn: text(r.payload, 'startedOn'), endedOn: text(r.payload, 'endedOn'),
      }));
      return caseHistoryPeriods(history, { referralDate: c.referralDate, track: c.track, exemption: null, exit: null }).exemptions;
    });
  }
}
