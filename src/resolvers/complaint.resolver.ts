import { isUUID } from 'class-validator';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { ComplaintTransitionRefused } from '../complaints/complaint-errors';
import { requireUser, type RequestContext } from '../context';
import { validateComplaintMachine } from '../machines/complaint-workflow';
import type { ComplaintRow } from '../repositories/complaint.repository';
import {
  ComplaintListArgs, ForwardComplaintToWstaInput, NotifyWstaOfComplaintResolutionInput, ReceiveComplaintInput, RecordComplaintCallReturnedInput,
  RecordWstaCaseReviewInput, RecordWstaRecommendationsImplementedInput, ResolveComplaintInput, ResolveForwardedComplaintInput,
} from '../schema/complaint.input';
import {
  ComplaintConnectionType, ComplaintTransitionNotAllowedError, ForwardComplaintToWstaPayload, NotifyWstaOfComplaintResolutionPayload, ReceiveComplaintPayload,
  RecordComplaintCallReturnedPayload, RecordWstaCaseReviewPayload, RecordWstaRecommendationsImplementedPayload, ResolveComplaintPayload,
  ResolveForwardedComplaintPayload,
} from '../schema/complaint.type';
import { decodeCursor, encodeCursor, toPage } from '../schema/page-info.cursor';
import { isInstant } from '../schema/page-info.orders';
import { UserErrorCode } from '../schema/user-error.type';

const LIST = { name: 'Complaint', valid: [isInstant, (v: unknown) => typeof v === 'string' && isUUID(v)] } as const;

/**
 * The payload of a complaint mutation. A refusal of the complaint's chart is answered as
 * ComplaintTransitionNotAllowedError here (the shared mapping in user-errors.ts builds the case's
 * TransitionNotAllowedError, whose event and state are the case chart's); every other refusal
 * goes to the shared mapping as it is.
 */
async function complaintPayload(work: () => Promise<ComplaintRow>) {
  try {
    return { complaint: await work() };
  } catch (error) {
    if (!(error instanceof ComplaintTransitionRefused)) throw error;
    const refusal = Object.assign(new ComplaintTransitionNotAllowedError(), {
      code: UserErrorCode.TRANSITION_NOT_ALLOWED, message: error.message, event: error.event, state: error.status,
      targetStatus: error.targetStatus, blockedBy: error.reason, allowedEvents: error.allowedEvents,
    });
    return { complaint: null, userErrors: [refusal] };
  }
}

const step = (input: { complaintId: string; expectedVersion: number }) => ({ complaintId: input.complaintId, expectedVersion: input.expectedVersion });

/** MGT-4: client complaints, their chart's mutations, and the complaints list. */
@Resolver()
export class ComplaintResolver {
  @Authorized(...PERMISSIONS.receiveComplaints) @Mutation(() => ReceiveComplaintPayload, { description: 'MGT-4: record a complaint received from the client (its call is then due back within 1 business day) or brought by WSTA (a case review follows)' })
  receiveComplaint(@Arg('input', { description: 'The case, who brought it, when and how, what it says, and a clientMutationId' }) input: ReceiveComplaintInput, @Ctx() ctx: RequestContext) {
    return complaintPayload(() => ctx.services.complaints.receive(requireUser(ctx), input));
  }

  @Authorized(...PERMISSIONS.workComplaints) @Mutation(() => RecordComplaintCallReturnedPayload, { description: 'MGT-4: the client\'s call returned (due within 1 business day of receipt); meets its obligation' })
  recordComplaintCallReturned(@Arg('input', { description: 'The complaint, its version, when and how, and a clientMutationId' }) input: RecordComplaintCallReturnedInput, @Ctx() ctx: RequestContext) {
    return complaintPayload(() => ctx.services.complaints.returnCall(requireUser(ctx), step(input), input));
  }

  @Authorized(...PERMISSIONS.workComplaints) @Mutation(() => ResolveComplaintPayload, { description: 'MGT-4: resolved at the lowest level, documented in the COMPLAINT CLNO named; WSTA is then to be told' })
  resolveComplaint(@Arg('input', { description: 'The complaint, its version, when, the CLNO and the summary, and a clientMutationId' }) input: ResolveComplaintInput, @Ctx() ctx: RequestContext) {
    return complaintPayload(() => ctx.services.complaints.resolve(requireUser(ctx), step(input), input));
  }

  @Authorized(...PERMISSIONS.workComplaints) @Mutation(() => NotifyWstaOfComplaintResolutionPayload, { description: 'MGT-4: WSTA told of the resolution with the client number and the CLNO date; closes the complaint' })
  notifyWstaOfComplaintResolution(@Arg('input', { description: 'The complaint, its version, when and how, and a clientMutationId' }) input: NotifyWstaOfComplaintResolutionInput, @Ctx() ctx: RequestContext) {
    return complaintPayload(() => ctx.services.complaints.notifyWsta(requireUser(ctx), step(input), input));
  }

  @Authorized(...PERMISSIONS.workComplaints) @Mutation(() => ForwardComplaintToWstaPayload, { description: 'MGT-4: a client\'s complaint unresolved by the provider\'s process, forwarded to WSTA' })
  forwardComplaintToWsta(@Arg('input', { description: 'The complaint, its version, when and why, and a clientMutationId' }) input: ForwardComplaintToWstaInput, @Ctx() ctx: RequestContext) {
    return complaintPayload(() => ctx.services.complaints.forward(requireUser(ctx), step(input), input));
  }

  @Authorized(...PERMISSIONS.resolveForwardedComplaints) @Mutation(() => ResolveForwardedComplaintPayload, { description: 'MGT-4 (WSTA): the resolution of a complaint forwarded to WSTA; closes it' })
  resolveForwardedComplaint(@Arg('input', { description: 'The complaint, its version, when, the summary, and a clientMutationId' }) input: ResolveForwardedComplaintInput, @Ctx() ctx: RequestContext) {
    return complaintPayload(() => ctx.services.complaints.resolveForwarded(requireUser(ctx), step(input), input));
  }

  @Authorized(...PERMISSIONS.recordComplaintCaseReview) @Mutation(() => RecordWstaCaseReviewPayload, { description: 'MGT-4: WSTA\'s case review of a complaint it brought; its recommendations are due implemented 24 hours after their receipt' })
  recordWstaCaseReview(@Arg('input', { description: 'The complaint, its version, when the recommendations were received, what they are, and a clientMutationId' }) input: RecordWstaCaseReviewInput, @Ctx() ctx: RequestContext) {
    return complaintPayload(() => ctx.services.complaints.recordCaseReview(requireUser(ctx), step(input), input));
  }

  @Authorized(...PERMISSIONS.workComplaints) @Mutation(() => RecordWstaRecommendationsImplementedPayload, { description: 'MGT-4: WSTA\'s recommendations implemented, documented in the COMPLAINT CLNO named; WSTA is then to be told' })
  recordWstaRecommendationsImplemented(@Arg('input', { description: 'The complaint, its version, when, the CLNO and what was done, and a clientMutationId' }) input: RecordWstaRecommendationsImplementedInput, @Ctx() ctx: RequestContext) {
    return complaintPayload(() => ctx.services.complaints.implementRecommendations(requireUser(ctx), step(input), input));
  }

  @Authorized(...PERMISSIONS.readComplaints) @Query(() => ComplaintConnectionType, { description: 'MGT-4: complaints of your office (of any office for WSTA), oldest received first' })
  async complaints(@Args() { filter, first, after }: ComplaintListArgs, @Ctx() ctx: RequestContext) {
    const key = after ? decodeCursor(LIST.name, after, LIST.valid) : null;
    const page = await ctx.services.complaints.list(requireUser(ctx), filter ?? {}, first, key ? { receivedAt: String(key[0]), id: String(key[1]) } : null);
    const edges = page.rows.map((node) => ({ cursor: encodeCursor(LIST.name, [node.cursorAt, node.id]), node }));
    return toPage(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after) }, page.countTotal);
  }
}

// Start-up check, as the case chart's (case-machine-validation.ts): every complaint event has its mutation here.
validateComplaintMachine(Object.getOwnPropertyNames(ComplaintResolver.prototype));
