import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { AppError, type ErrorCode } from '../errors';
import { CaseType } from '../schema/case.type';
import {
  CaseReassignmentOutcomeType, CaseReassignmentStatusEnum, ReassignCaseloadInput, ReassignCaseloadPayload, type ReassignmentModeEnum,
} from '../schema/reassign-caseload.type';
import { UserError } from '../schema/user-error.type';
import { toUserError } from './user-errors';

/** Issue 13 item 5 (ENG-3): a supervisor moves many cases in one request, each through its own CHANGE_CASE_MANAGER. */
@Resolver(() => CaseReassignmentOutcomeType)
export class ReassignCaseloadResolver {
  @Authorized(...PERMISSIONS.supervisorDecision)
  @Mutation(() => ReassignCaseloadPayload, {
    description: 'ENG-3: a supervisor moves a list of cases (caseIds) or a case manager\'s whole open caseload (fromCaseManagerId) to another active case manager of the office; each case goes through its own CHANGE_CASE_MANAGER (as reassignCaseManager: history row, 30-day clock restarted, obligations re-derived) and gets its own outcome. ALL_OR_NOTHING writes nothing when any case is refused; BEST_EFFORT keeps the cases that moved.',
  })
  async reassignCaseload(@Arg('input', { description: 'The cases or the caseload, the receiving case manager, the mode, and a clientMutationId that makes a retry safe' }) input: ReassignCaseloadInput, @Ctx() ctx: RequestContext): Promise<ReassignCaseloadPayload> {
    const result = await ctx.services.caseloadReassignment.reassign(requireUser(ctx), {
      caseIds: input.caseIds ?? null, fromCaseManagerId: input.fromCaseManagerId ?? null, toCaseManagerId: input.toCaseManagerId, mode: input.mode,
    });
    const outcomes = result.outcomes.map((o) => Object.assign(new CaseReassignmentOutcomeType(), { ...o, status: o.status as CaseReassignmentStatusEnum }));
    const refused = outcomes.filter((o) => o.status === CaseReassignmentStatusEnum.REFUSED);
    return {
      mode: result.mode as ReassignmentModeEnum, committed: result.committed, outcomes, refusedCount: refused.length,
      movedCount: outcomes.filter((o) => o.status === CaseReassignmentStatusEnum.MOVED).length,
      // Nothing was written when ALL_OR_NOTHING met a refusal: the payload says so in userErrors, one per refused case.
      ...(result.committed ? {} : { userErrors: refused.map((o) => errorOf(o)).filter((e): e is UserError => e !== null) }),
    };
  }

  @FieldResolver(() => CaseType, { nullable: true, description: 'The case as it is now, read once the request committed (`version` is the one its move wrote); null unless MOVED' })
  case(@Root() outcome: CaseReassignmentOutcomeType, @Ctx() ctx: RequestContext) {
    return outcome.status === CaseReassignmentStatusEnum.MOVED ? ctx.loaders.caseById.load(outcome.caseId) : null;
  }

  @FieldResolver(() => UserError, { nullable: true, description: 'Why the case was refused (TransitionNotAllowedError, ForbiddenError, NotFoundError, VersionConflictError, InputError); null unless REFUSED' })
  error(@Root() outcome: CaseReassignmentOutcomeType): UserError | null {
    return errorOf(outcome);
  }
}

/** The typed user error of a refusal kept as plain data (the same mapping as a mutation's userErrors). */
function errorOf(outcome: CaseReassignmentOutcomeType): UserError | null {
  const refusal = outcome.refusal;
  if (!refusal) return null;
  // The case named in the message, as userErrors carry no caseId of their own.
  const message = refusal.message.includes(outcome.caseId) ? refusal.message : `Case ${outcome.caseId}: ${refusal.message}`;
  return toUserError(new AppError(refusal.code as ErrorCode, message, refusal.details));
}
