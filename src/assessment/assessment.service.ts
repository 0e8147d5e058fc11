import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf, type PlainDate } from '../dates';
import { badInputs } from '../errors';
import type { CaseEntity, EmployabilityAssessmentEntity } from '../entities';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import { AssessmentRepository } from '../repositories/assessment.repository';
import { versionConflict } from '../services/case-errors';
import { lockCaseForWrite } from '../services/case-for-write';
import type { CaseTransitionService } from '../services/case-transition.service';
import type { Clock } from '../services/clock';
import { writeTransaction } from '../services/transaction';
import { assessmentViolations, chartEventFor, type Barrier, type Discrepancy, type EpiItem } from './assessment-rules';

export interface RecordAssessmentRequest {
  caseId: string;
  expectedVersion: number;
  completedOn: PlainDate;
  epiItems: EpiItem[];
  strengths: string[];
  barriers: Barrier[];
  clientGoals: string[];
  discrepancies: Discrepancy[];
}

type Recompute = (manager: EntityManager, caseId: string, kase?: CaseEntity) => Promise<void>;

/**
 * EA-1, EA-2, ENG-3: the Employability Assessment as a record. Its row and the chart event it
 * sends (COMPLETE_EA, or COMPLETE_REASSESSMENT after a change of case manager or track) commit in
 * one transaction, through the transition service, so a chart refusal writes no EA either.
 */
export class AssessmentService {
  constructor(
    private readonly dataSource: DataSource, private readonly clock: Clock,
    private readonly transitions: CaseTransitionService, private readonly recompute: Recompute,
  ) {}

  async record(user: CurrentUser, request: RecordAssessmentRequest): Promise<{ assessment: EmployabilityAssessmentEntity; kase: CaseEntity }> {
    AccessPolicy.assertMay(user, 'recordCasework');
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await lockCaseForWrite(manager, user, request.caseId);
      if (request.expectedVersion !== kase.version) throw versionConflict(kase.id, kase.version, request.expectedVersion);
      const assessments = new AssessmentRepository(manager);
      const previous = (await assessments.ofCases([kase.id]))[0] ?? null;
      const violations = assessmentViolations(request, {
        referralDate: kase.referralDate, today: alaskaDateOf(this.clock.now()), previousCompletedOn: previous?.completedOn ?? null,
      });
      if (violations.length) throw badInputs(`Invalid assessment: ${violations.map((v) => v.message).join('; ')}`, violations);
      const chartEvent = chartEventFor((kase.snapshot as StoredCaseSnapshot).context);
      const assessment = await assessments.add({
        caseId: kase.id, completedOn: request.completedOn, epiItems: request.epiItems, strengths: request.strengths,
        barriers: request.barriers, barrierCategories: [...new Set(request.barriers.map((b) => b.category))], clientGoals: request.clientGoals,
        discrepancies: request.discrepancies, chartEvent, recordedBy: user.id, recordedAt: this.clock.now(),
      });
      if (!chartEvent) {
        await this.recompute(manager, kase.id, kase);
        return { assessment, kase };
      }
      const applied = await this.transitions.applyIn(manager, user, kase.id, { type: chartEvent, completedOn: request.completedOn }, request.expectedVersion);
      return { assessment, kase: applied.kase };
    });
  }

  /** One EA by id (node(id)). */
  async byId(id: string): Promise<EmployabilityAssessmentEntity | null> {
    return (await new AssessmentRepository(this.dataSource.manager).byIds([id]))[0] ?? null;
  }

  /** The EAs of several cases, newest first (DataLoader batch). */
  ofCases(caseIds: readonly string[]) {
    return new AssessmentRepository(this.dataSource.manager).ofCases(caseIds);
  }
}
