import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { isUUID } from 'class-validator';
import { caseworkLoaders } from '../assessment/casework-loaders';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { EmployabilityAssessmentEntity } from '../entities';
import {
  EmployabilityAssessmentConnectionType, EmployabilityAssessmentType, RecordEmployabilityAssessmentInput, RecordEmployabilityAssessmentPayload,
} from '../schema/assessment.type';
import { CaseType } from '../schema/case.type';
import { CaseListArgs } from '../schema/connections.type';
import { pageOfList, type ListOrder } from '../schema/page-info.cursor';

/** Newest first by number (the cursor holds the number and the id). */
const ORDER: ListOrder<EmployabilityAssessmentEntity> = {
  name: 'EmployabilityAssessment', keyOf: (a) => [a.number, a.id], descending: true,
  valid: [(v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0, (v) => typeof v === 'string' && isUUID(v)],
};

/** EA-1, EA-2, ENG-3: the Employability Assessment as a record. */
@Resolver(() => EmployabilityAssessmentType)
export class AssessmentResolver {
  @Authorized(...PERMISSIONS.recordCasework)
  @Mutation(() => RecordEmployabilityAssessmentPayload, { description: 'EA-1, EA-2: record the Employability Assessment (EPI, strengths, barriers, goals, discrepancies); the first one sends COMPLETE_EA, one after a change of case manager or track COMPLETE_REASSESSMENT (ENG-3), in the same transaction' })
  async recordEmployabilityAssessment(@Arg('input', { description: 'The EA, the case version you read, and a clientMutationId' }) input: RecordEmployabilityAssessmentInput, @Ctx() ctx: RequestContext) {
    const { assessment, kase } = await ctx.services.assessments.record(requireUser(ctx), input);
    return { assessment, case: kase };
  }
}

@Resolver(() => CaseType)
export class CaseAssessmentsResolver {
  @Authorized(...PERMISSIONS.readCasework) @FieldResolver(() => EmployabilityAssessmentConnectionType, { description: 'The case\'s Employability Assessments, newest first (EA-1)' })
  async assessments(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await caseworkLoaders(ctx).assessmentsByCaseId.load(kase.id), ORDER, first, after);
  }

  @Authorized(...PERMISSIONS.readCasework) @FieldResolver(() => EmployabilityAssessmentType, { nullable: true, description: 'The latest Employability Assessment; null before the first' })
  async latestAssessment(@Root() kase: CaseType, @Ctx() ctx: RequestContext): Promise<EmployabilityAssessmentEntity | null> {
    return (await caseworkLoaders(ctx).assessmentsByCaseId.load(kase.id))[0] ?? null;
  }
}
