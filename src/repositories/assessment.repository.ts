import type { EntityManager } from 'typeorm';
import { EmployabilityAssessmentEntity } from '../entities';
import { entityColumns, selectRow, selectRows } from './sql';

export type NewAssessment = Omit<EmployabilityAssessmentEntity, 'id' | 'number'>;

/** Employability Assessments (EA-1, EA-2): append-only, numbered 1..n per case. */
export class AssessmentRepository {
  constructor(private readonly db: EntityManager) {}

  private select(where: string): string {
    return `SELECT ${entityColumns(this.db, EmployabilityAssessmentEntity, 'a')} FROM employability_assessment a WHERE ${where}`;
  }

  /** Adds the next EA of the case (the case row is locked by the caller, so numbers do not race). */
  async add(ea: NewAssessment): Promise<EmployabilityAssessmentEntity> {
    const next = await selectRow<{ n: number }>(this.db, 'SELECT coalesce(max(number), 0) + 1 AS n FROM employability_assessment WHERE case_id = $1', [ea.caseId]);
    const id = (await this.db.insert(EmployabilityAssessmentEntity, { ...ea, number: next!.n })).identifiers[0]?.id as string;
    return (await this.byIds([id]))[0];
  }

  byIds(ids: readonly string[]): Promise<EmployabilityAssessmentEntity[]> {
    return selectRows<EmployabilityAssessmentEntity>(this.db, this.select('a.id = ANY($1::uuid[])'), [ids]);
  }

  /** The EAs of several cases, newest first (highest number), in one statement. */
  ofCases(caseIds: readonly string[]): Promise<EmployabilityAssessmentEntity[]> {
    return selectRows<EmployabilityAssessmentEntity>(this.db, `${this.select('a.case_id = ANY($1::uuid[])')} ORDER BY a.case_id, a.number DESC`, [caseIds]);
  }
}
