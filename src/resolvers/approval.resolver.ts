import { Type } from 'class-transformer';
import { isUUID, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { approvalLoaders } from '../approvals/approval-loaders';
import { APPROVAL_CURSOR } from '../approvals/approval.service';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { ApprovalRow } from '../repositories/approval.repository';
import { ApprovalFilterInput, DecideApprovalInput, RequestObligationWaiverInput, WithdrawApprovalRequestInput } from '../schema/approval.input';
import {
  ApprovalRequestConnectionType, ApprovalRequestType, DecideApprovalPayload, RequestObligationWaiverPayload, WithdrawApprovalRequestPayload,
} from '../schema/approval.type';
import { CaseType } from '../schema/case.type';
import { CaseListArgs } from '../schema/connections.type';
import { NoteKindEnum } from '../schema/enums';
import { encodeCursor, pageOfList, toPage, type ListOrder } from '../schema/page-info.cursor';
import { isInstant } from '../schema/page-info.orders';
import { readableCase } from './node-access';

@ArgsType()
class ApprovalsArgs {
  @Field(() => ApprovalFilterInput, { nullable: true, description: 'Which requests; all you may read when omitted (status: PENDING is the queue)' })
  @IsOptional() @ValidateNested() @Type(() => ApprovalFilterInput) filter?: ApprovalFilterInput;
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 200' }) @Min(1) @Max(200) first: number;
  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page; omit for the first page' }) after?: string;
}

const CASE_APPROVALS: ListOrder<ApprovalRow> = {
  name: 'CaseApprovalRequest', keyOf: (r) => [r.requestedAt.toISOString(), r.id], valid: [isInstant, (v) => typeof v === 'string' && isUUID(v)],
};

/**
 * Issue 13 item 1: the approvals queue and the decisions on it (TRK-1, TL-2, SS-2, waivers). Thin:
 * who asks and the validated input go to ApprovalService, which holds the rules.
 */
@Resolver(() => ApprovalRequestType)
export class ApprovalResolver {
  @Authorized(...PERMISSIONS.readApprovals) @Query(() => ApprovalRequestConnectionType, {
    description: 'Approval requests of an office, oldest first, each with its age in Alaska business days: with status PENDING, each supervisor\'s queue',
  })
  async approvals(@Args() { filter, first, after }: ApprovalsArgs, @Ctx() ctx: RequestContext) {
    const f = filter ?? {};
    const page = await ctx.services.approvals.queue(requireUser(ctx), { officeId: f.officeId, kind: f.kind, status: f.status, requestedBy: f.requestedBy }, first, after);
    const edges = page.rows.map((node) => ({ cursor: encodeCursor(APPROVAL_CURSOR, [node.cursorAt, node.id]), node }));
    return toPage(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after) }, page.countTotal);
  }

  @Authorized(...PERMISSIONS.decideApproval) @Mutation(() => DecideApprovalPayload, {
    description: 'A supervisor of the case\'s office approves or denies a request, never one they asked for (FORBIDDEN). TRACK_CHANGE and EXTENSION send the chart\'s DECIDE_TRACK_CHANGE / DECIDE_EXTENSION (an extension on the criteria of the staffing form on file); an approved waiver is performed',
  })
  async decideApproval(@Arg('input', { description: 'The request, the decision and its reason, and a clientMutationId' }) input: DecideApprovalInput, @Ctx() ctx: RequestContext) {
    return { approvalRequest: await ctx.services.approvals.decide(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.requestApproval) @Mutation(() => WithdrawApprovalRequestPayload, {
    description: 'The requester withdraws a pending supportive service or waiver request (a track change or extension is decided, not withdrawn)',
  })
  async withdrawApprovalRequest(@Arg('input', { description: 'The request, why, and a clientMutationId' }) input: WithdrawApprovalRequestInput, @Ctx() ctx: RequestContext) {
    return { approvalRequest: await ctx.services.approvals.withdraw(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.requestApproval) @Mutation(() => RequestObligationWaiverPayload, {
    description: 'A case manager asks a supervisor to waive an obligation with a coded reason; the supervisor\'s approval (decideApproval) performs the waiver. waiveObligation stays the supervisor\'s direct waiver',
  })
  async requestObligationWaiver(@Arg('input', { description: 'The obligation, the coded reason, why, the evidence, and a clientMutationId' }) input: RequestObligationWaiverInput, @Ctx() ctx: RequestContext) {
    return { approvalRequest: await ctx.services.approvals.requestWaiver(requireUser(ctx), input) };
  }

  @FieldResolver(() => CaseType, { description: 'The case the request is about' })
  case(@Root() request: ApprovalRow, @Ctx() ctx: RequestContext) {
    return readableCase(ctx, requireUser(ctx), request.caseId);
  }

  @FieldResolver()
  ageInBusinessDays(@Root() request: ApprovalRow, @Ctx() ctx: RequestContext): number {
    return ctx.services.approvals.ageOf(request);
  }

  @FieldResolver()
  evidenceNoteId(@Root() request: ApprovalRow): string | null {
    return request.evidenceClientNoteId ?? request.evidenceCaseNoteId;
  }

  @FieldResolver()
  evidenceNoteKind(@Root() request: ApprovalRow): NoteKindEnum | null {
    if (request.evidenceClientNoteId) return NoteKindEnum.CLNO;
    return request.evidenceCaseNoteId ? NoteKindEnum.CANO : null;
  }
}

@Resolver(() => CaseType)
export class CaseApprovalsResolver {
  @Authorized(...PERMISSIONS.readApprovals) @FieldResolver(() => ApprovalRequestConnectionType, { description: 'The case\'s approval requests (TRK-1, TL-2, SS-2, waivers), oldest first' })
  async approvalRequests(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await approvalLoaders(ctx).approvalsByCaseId.load(kase.id), CASE_APPROVALS, first, after);
  }
}
