import { isUUID } from 'class-validator';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { approvalLoaders } from '../approvals/approval-loaders';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { ApprovalRow } from '../repositories/approval.repository';
import type { SupportiveServiceRow } from '../repositories/supportive-service.repository';
import { CaseType } from '../schema/case.type';
import { CaseListArgs } from '../schema/connections.type';
import { pageOfList, type ListOrder } from '../schema/page-info.cursor';
import { isInstant } from '../schema/page-info.orders';
import { AuthorizeSupportiveServiceInput, DraftSupportiveServiceInput, RequestSupportiveServiceApprovalInput } from '../schema/supportive-service.input';
import {
  AuthorizeSupportiveServicePayload, DraftSupportiveServicePayload, RequestSupportiveServiceApprovalPayload, SupportiveServiceConnectionType, SupportiveServiceType,
} from '../schema/supportive-service.type';
import { approvalReasons, supportiveServiceStatus, type Ss2Reason, type SupportiveServiceStatus } from '../supportive-services/supportive-service-rules';
import { readableCase } from './node-access';

const SERVICES: ListOrder<SupportiveServiceRow> = {
  name: 'SupportiveService', keyOf: (s) => [s.requestedAt.toISOString(), s.id], valid: [isInstant, (v) => typeof v === 'string' && isUUID(v)],
};

/** Issue 13 item 2: supportive services (SS-1..3), drafted, approved when they must be (SS-2), authorized with the same-day CLNO. */
@Resolver(() => SupportiveServiceType)
export class SupportiveServiceResolver {
  @Authorized(...PERMISSIONS.manageSupportiveServices) @Mutation(() => DraftSupportiveServicePayload, {
    description: 'SS-1: draft a supportive service (type, amount in cents, vendor, dates, justification); over $1,500 or non-typical it needs a supervisor\'s approval before it is authorized (SS-2)',
  })
  async draftSupportiveService(@Arg('input', { description: 'The service, and a clientMutationId that makes a retry safe' }) input: DraftSupportiveServiceInput, @Ctx() ctx: RequestContext) {
    return { supportiveService: await ctx.services.supportiveServices.draft(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.requestApproval) @Mutation(() => RequestSupportiveServiceApprovalPayload, {
    description: 'SS-2: ask a supervisor to approve a service over $1,500 or non-typical; the request waits in the office\'s approvals queue (one pending per service)',
  })
  async requestSupportiveServiceApproval(
    @Arg('input', { description: 'The service, why, the evidence, and a clientMutationId' }) input: RequestSupportiveServiceApprovalInput, @Ctx() ctx: RequestContext,
  ) {
    return { approvalRequest: await ctx.services.supportiveServices.requestApproval(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageSupportiveServices) @Mutation(() => AuthorizeSupportiveServicePayload, {
    description: 'SS-1: authorize a supportive service, naming its Supportive Service Justification CLNO entered today; refused without the approval SS-2 requires; a CHILD_CARE service needs the case\'s child care authorization (SS-3)',
  })
  async authorizeSupportiveService(@Arg('input', { description: 'The service, its CLNO, and a clientMutationId' }) input: AuthorizeSupportiveServiceInput, @Ctx() ctx: RequestContext) {
    return { supportiveService: await ctx.services.supportiveServices.authorize(requireUser(ctx), input) };
  }

  @FieldResolver(() => CaseType, { description: 'The case the service is for' })
  case(@Root() service: SupportiveServiceRow, @Ctx() ctx: RequestContext) {
    return readableCase(ctx, requireUser(ctx), service.caseId);
  }

  @FieldResolver()
  approvalReasons(@Root() service: SupportiveServiceRow): Ss2Reason[] {
    return approvalReasons(service);
  }

  @FieldResolver()
  status(@Root() service: SupportiveServiceRow): SupportiveServiceStatus {
    return supportiveServiceStatus(service.authorization !== null, service.latestApproval?.status ?? null);
  }

  @FieldResolver()
  async approvalRequest(@Root() service: SupportiveServiceRow, @Ctx() ctx: RequestContext): Promise<ApprovalRow | null> {
    return service.latestApproval ? approvalLoaders(ctx).approvalById.load(service.latestApproval.id) : null;
  }
}

@Resolver(() => CaseType)
export class CaseSupportiveServicesResolver {
  @Authorized(...PERMISSIONS.readSupportiveServices) @FieldResolver(() => SupportiveServiceConnectionType, { description: 'The case\'s supportive services (SS-1..3), oldest first' })
  async supportiveServices(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await approvalLoaders(ctx).supportiveServicesByCaseId.load(kase.id), SERVICES, first, after);
  }
}
