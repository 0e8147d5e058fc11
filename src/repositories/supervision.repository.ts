import type { EntityManager } from 'typeorm';
import type { PlainDate } from '../dates';
import type { OfficeEntity, StaffEntity } from '../entities';
import { selectRow, selectRows } from './sql';

/** Overdue obligations of one rule (a count). */
export interface RuleCountRow { ruleId: string; count: number }

/** A case manager of the office, or anyone holding its open cases or overdue obligations, with their figures. */
export interface CaseManagerFiguresRow extends Pick<StaffEntity, 'id' | 'name' | 'email' | 'role' | 'officeId' | 'active'> {
  openCases: number;
  overdueByRule: RuleCountRow[];
}

/** The office and its case managers' figures, in one row. */
export interface OfficeFiguresRow {
  office: Pick<OfficeEntity, 'id' | 'code' | 'name'>;
  caseManagers: CaseManagerFiguresRow[];
}

/**
 * The supervisor's figures (issue 13 items 5 and 6): the caseload a bulk reassignment moves, and
 * an office's caseloads and overdue obligations by rule, each in one statement.
 */
export class SupervisionRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * A case manager's open cases in an office, by id (the lock order), at most `limit`
   * (work_case_manager_order_idx). The caller asks for one more than it accepts, to tell a caseload too large.
   */
  async openCaseIdsOf(caseManagerId: string, officeId: string, phases: readonly string[], limit: number): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(this.db,
      `SELECT id FROM work_case WHERE case_manager_id = $1 AND office_id = $2 AND phase = ANY($3::text[]) ORDER BY id LIMIT $4`,
      [caseManagerId, officeId, phases, limit]);
    return rows.map((r) => r.id);
  }

  /**
   * One office's figures in one statement, whatever the number of case managers and cases: the
   * office, then per case manager (every active CASE_MANAGER of the office, and anyone else who
   * still holds its open cases or overdue obligations, e.g. a deactivated one) the open cases
   * (work_case_office_phase_idx) and the overdue obligations by rule (obligation_office_worklist_idx:
   * unresolved and due before today, as the worklist's OVERDUE). No row when the office does not exist.
   */
  officeFigures(officeId: string, today: PlainDate, openPhases: readonly string[]): Promise<OfficeFiguresRow | null> {
    return selectRow<OfficeFiguresRow>(this.db,
      `WITH open_cases AS (
         SELECT c.case_manager_id AS id, count(*)::int AS n FROM work_case c
          WHERE c.office_id = $1 AND c.phase = ANY($3::text[]) GROUP BY c.case_manager_id
       ), overdue AS (
         SELECT o.case_manager_id AS id, o.rule_id, count(*)::int AS n FROM obligation o
          WHERE o.office_id = $1 AND o.resolution IS NULL AND o.due_date < $2::date GROUP BY o.case_manager_id, o.rule_id
       ), holders AS (
         SELECT s.id FROM staff s WHERE s.office_id = $1 AND s.role = 'CASE_MANAGER' AND s.active
         UNION SELECT id FROM open_cases
         UNION SELECT id FROM overdue
       )
       SELECT json_build_object('id', f.id, 'code', f.code, 'name', f.name) AS office,
         (SELECT coalesce(json_agg(json_build_object(
             'id', s.id, 'name', s.name, 'email', s.email, 'role', s.role, 'officeId', s.office_id, 'active', s.active,
             'openCases', coalesce(oc.n, 0),
             'overdueByRule', (SELECT coalesce(json_agg(json_build_object('ruleId', d.rule_id, 'count', d.n) ORDER BY d.rule_id), '[]')
                                 FROM overdue d WHERE d.id = s.id)
           ) ORDER BY s.name, s.id), '[]')
            FROM holders h JOIN staff s ON s.id = h.id LEFT JOIN open_cases oc ON oc.id = s.id) AS "caseManagers"
         FROM office f WHERE f.id = $1`,
      [officeId, today, openPhases]);
  }
}
