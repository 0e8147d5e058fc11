import type { EntityManager } from 'typeorm';
import { AgencyReferralEntity, AssignmentFollowUpEntity, ReferralOutcomeEntity } from '../entities';
import { entityColumns, selectRow, selectRows } from './sql';

/** A referral to an agency with its outcomes, oldest first (EA-3). */
export type AgencyReferralRow = AgencyReferralEntity & { outcomes: Array<ReferralOutcomeEntity & { caseId: string }> };

/** JSON-aggregated timestamps arrive as text: back to Dates. */
function hydrate(row: AgencyReferralRow): AgencyReferralRow {
  return { ...row, outcomes: row.outcomes.map((o) => ({ ...o, recordedAt: new Date(o.recordedAt) })) };
}

/** Referrals to agencies and their outcomes (EA-3), assignment follow-ups (EA-5); all append-only. */
export class AgencyReferralRepository {
  constructor(private readonly db: EntityManager) {}

  private select(where: string): string {
    return `SELECT ${entityColumns(this.db, AgencyReferralEntity, 'r')},
        (SELECT coalesce(json_agg(o ORDER BY o."outcomeOn", o."recordedAt"), '[]') FROM (SELECT ${entityColumns(this.db, ReferralOutcomeEntity, 'x')}, r.case_id AS "caseId"
           FROM referral_outcome x WHERE x.referral_id = r.id) o) AS outcomes
      FROM agency_referral r WHERE ${where}`;
  }

  async add(referral: Omit<AgencyReferralEntity, 'id'>): Promise<AgencyReferralRow> {
    const id = (await this.db.insert(AgencyReferralEntity, referral)).identifiers[0]?.id as string;
    return (await this.byIds([id]))[0];
  }

  async addOutcome(outcome: Omit<ReferralOutcomeEntity, 'id'>): Promise<AgencyReferralRow> {
    await this.db.insert(ReferralOutcomeEntity, outcome);
    return (await this.byIds([outcome.referralId]))[0];
  }

  async byIds(ids: readonly string[]): Promise<AgencyReferralRow[]> {
    return (await selectRows<AgencyReferralRow>(this.db, this.select('r.id = ANY($1::uuid[])'), [ids])).map(hydrate);
  }

  /** An outcome with the case of its referral (node(id)). */
  async outcomeById(id: string): Promise<(ReferralOutcomeEntity & { caseId: string }) | null> {
    const [row] = await selectRows<ReferralOutcomeEntity & { caseId: string }>(this.db, `SELECT ${entityColumns(this.db, ReferralOutcomeEntity, 'o')}, r.case_id AS "caseId"
      FROM referral_outcome o JOIN agency_referral r ON r.id = o.referral_id WHERE o.id = $1`, [id]);
    return row ?? null;
  }

  async followUpById(id: string): Promise<AssignmentFollowUpEntity | null> {
    const [row] = await selectRows<AssignmentFollowUpEntity>(this.db, `SELECT ${entityColumns(this.db, AssignmentFollowUpEntity, 'f')} FROM assignment_follow_up f WHERE f.id = $1`, [id]);
    return row ?? null;
  }

  /** The referrals of several cases, oldest first, in one statement. */
  async ofCases(caseIds: readonly string[]): Promise<AgencyReferralRow[]> {
    const rows = await selectRows<AgencyReferralRow>(this.db, `${this.select('r.case_id = ANY($1::uuid[])')} ORDER BY r.referred_on, r.recorded_at, r.id`, [caseIds]);
    return rows.map(hydrate);
  }

  /** Whether the household member belongs to the case's client. */
  async memberOfCase(householdMemberId: string, caseId: string): Promise<boolean> {
    return (await selectRow(this.db, `SELECT 1 AS one FROM household_member m JOIN work_case w ON w.client_id = m.client_id
      WHERE m.id = $1 AND w.id = $2`, [householdMemberId, caseId])) !== null;
  }

  /** The assignment a follow-up is about: its case and start (null when there is none). */
  assignment(assignmentId: string): Promise<{ id: string; caseId: string; startDate: string } | null> {
    return selectRow(this.db, `SELECT id, case_id AS "caseId", to_char(start_date, 'YYYY-MM-DD') AS "startDate" FROM activity_assignment WHERE id = $1`, [assignmentId]);
  }

  async addFollowUp(followUp: Omit<AssignmentFollowUpEntity, 'id'>): Promise<AssignmentFollowUpEntity> {
    const id = (await this.db.insert(AssignmentFollowUpEntity, followUp)).identifiers[0]?.id as string;
    return (await selectRows<AssignmentFollowUpEntity>(this.db, `SELECT ${entityColumns(this.db, AssignmentFollowUpEntity, 'f')} FROM assignment_follow_up f WHERE f.id = $1`, [id]))[0];
  }

  /** The assignment follow-ups of several cases, oldest first, in one statement. */
  followUpsOfCases(caseIds: readonly string[]): Promise<AssignmentFollowUpEntity[]> {
    return selectRows<AssignmentFollowUpEntity>(this.db, `SELECT ${entityColumns(this.db, AssignmentFollowUpEntity, 'f')} FROM assignment_follow_up f
      WHERE f.case_id = ANY($1::uuid[]) ORDER BY f.followed_up_on, f.recorded_at, f.id`, [caseIds]);
  }
}
