import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { badInputs, type InvalidInput } from '../errors';
import { StaffRepository } from '../repositories/staff.repository';
import { SupervisionRepository } from '../repositories/supervision.repository';
import type { CaseTransitionService } from '../services/case-transition.service';
import { writeTransaction } from '../services/transaction';
import {
  caseloadSizeViolation, givingCaseManagerViolation, lockOrder, MAX_CASES_PER_REASSIGNMENT, OPEN_CASE_PHASES,
  reassignmentRequestViolations, receivingCaseManagerViolation, settleReassignment,
  type CaseAttempt, type CaseRefusal, type ReassignmentRequest, type ReassignmentResult,
} from './reassignment-rules';

/** The refusals one case can meet; anything else (a bug, the database) fails the whole request. */
const CASE_REFUSAL_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'TRANSITION_NOT_ALLOWED', 'VERSION_CONFLICT']);

/** A user-caused refusal of one case as plain data, or null when the error is not one. */
function refusalOf(error: unknown): CaseRefusal | null {
  if (!(error instanceof GraphQLError)) return null;
  const { code, ...details } = error.extensions;
  return typeof code === 'string' && CASE_REFUSAL_CODES.has(code) ? { code, message: error.message, details } : null;
}

/** ALL_OR_NOTHING with a refused case: thrown to roll the transaction back, carrying the outcomes. */
class RolledBack extends Error {
  constructor(readonly result: ReassignmentResult) { super('reassignment rolled back'); }
}

function refuse(violations: ReadonlyArray<InvalidInput | null>): void {
  const found = violations.filter((v): v is InvalidInput => v !== null);
  if (found.length) throw badInputs(`Invalid reassignment: ${found.map((v) => v.message).join('; ')}`, found);
}

/**
 * Bulk caseload reassignment (issue 13 item 5): a supervisor moves a list of cases, or a case
 * manager's whole open caseload, to another case manager of the office. Each case goes through its
 * own CHANGE_CASE_MANAGER with CaseTransitionService.applyIn, the path reassignCaseManager takes:
 * the same checks, its history row, the ENG-3 clock restart and its obligations re-derived.
 *
 * One write transaction (so the request's clientMutationId covers it); each case in a savepoint of
 * it, so a refused case leaves the transaction usable. ALL_OR_NOTHING rolls everything back when
 * any case is refused; BEST_EFFORT releases each moved case's savepoint and commits them.
 */
export class CaseloadReassignmentService {
  constructor(private readonly dataSource: DataSource, private readonly transitions: CaseTransitionService) {}

  async reassign(user: CurrentUser, request: ReassignmentRequest): Promise<ReassignmentResult> {
    AccessPolicy.assertMay(user, 'supervisorDecision', 'Only a SUPERVISOR reassigns cases (ENG-3)');
    // UUIDs in any letter case name the same case: compare, order and report them in one form.
    const normalized: ReassignmentRequest = { ...request, caseIds: request.caseIds?.map((id) => id.toLowerCase()) ?? null };
    refuse(reassignmentRequestViolations(normalized));
    try {
      return await writeTransaction(this.dataSource, async (manager) => {
        const caseIds = await this.casesNamed(manager, user, normalized);
        const attempts: CaseAttempt[] = [];
        for (const caseId of lockOrder(caseIds)) attempts.push(await this.moveOne(manager, user, caseId, normalized.toCaseManagerId));
        const result = settleReassignment(normalized.mode, caseIds, attempts);
        if (!result.committed) throw new RolledBack(result);
        return result;
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.result;
      throw error;
    }
  }

  /** The receiving case manager checked, then the cases: the list given, or the giving case manager's open caseload. */
  private async casesNamed(manager: EntityManager, user: CurrentUser, request: ReassignmentRequest): Promise<string[]> {
    const staff = new StaffRepository(manager);
    refuse([receivingCaseManagerViolation(await staff.findById(request.toCaseManagerId), user.officeId)]);
    if (request.caseIds) return [...request.caseIds];
    const from = request.fromCaseManagerId!;
    refuse([givingCaseManagerViolation(await staff.findById(from), user.officeId)]);
    const ids = await new SupervisionRepository(manager).openCaseIdsOf(from, user.officeId, OPEN_CASE_PHASES, MAX_CASES_PER_REASSIGNMENT + 1);
    refuse([caseloadSizeViolation(ids.length)]);
    return ids;
  }

  /** One case's CHANGE_CASE_MANAGER in a savepoint: moved with its new version, or refused with the typed error. */
  private async moveOne(manager: EntityManager, user: CurrentUser, caseId: string, caseManagerId: string): Promise<CaseAttempt> {
    try {
      // EntityManager.transaction inside a transaction is a SAVEPOINT (rolled back to on error).
      const applied = await manager.transaction((m) => this.transitions.applyIn(m, user, caseId, { type: 'CHANGE_CASE_MANAGER', caseManagerId }));
      return { caseId, version: applied.kase.version };
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      return { caseId, refusal };
    }
  }
}
