import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { CaseReviewStaffingEntity, ExtensionStaffingFormEntity } from '../entities';
import { CaseType } from '../schema/case.type';
import { connectionType } from '../schema/connection.type';
import { CaseListArgs } from '../schema/connections.type';
import { pageOfList } from '../schema/page-info.cursor';
import {
  CaseReviewStaffingType, ExtensionStaffingFormType, RecordCaseReviewStaffingInput, RecordCaseReviewStaffingPayload,
  SubmitExtensionStaffingFormContentInput, SubmitExtensionStaffingFormContentPayload,
} from '../schema/staffing.type';
import { orderOf, recordsOfCase } from './track-record.loaders';

export const CaseReviewStaffingConnectionType = connectionType('CaseReviewStaffing', CaseReviewStaffingType, 'A page of a case\'s case review staffings, oldest first');
export const ExtensionStaffingFormConnectionType = connectionType('ExtensionStaffingForm', ExtensionStaffingFormType, 'A page of a case\'s extension staffing forms, oldest first');

/** Staffings (TL-2, TL-3): entered by the people who work the case. */
@Resolver(() => CaseReviewStaffingType)
export class StaffingResolver {
  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => RecordCaseReviewStaffingPayload, { description: 'TL-3: a case review staffing held (progression, regression, discrepancies); its next staffing date goes on the worklist' })
  async recordCaseReviewStaffing(@Arg('input', { description: 'The staffing, and a clientMutationId' }) input: RecordCaseReviewStaffingInput, @Ctx() ctx: RequestContext) {
    return { staffing: await ctx.services.staffings.recordCaseReviewStaffing(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => SubmitExtensionStaffingFormContentPayload, {
    description: 'TL-2: the extension staffing form\'s content (criteria per parent, updated TA10, partner agencies and their input), submitted to the supervisor: sends SUBMIT_STAFFING_FORM in the same transaction (expectedVersion as for submitExtensionStaffingForm)',
  })
  async submitExtensionStaffingFormContent(@Arg('input', { description: 'The form, the case version seen, and a clientMutationId' }) input: SubmitExtensionStaffingFormContentInput, @Ctx() ctx: RequestContext) {
    const criteria = input.criteria.map((p) => ({ householdMemberId: p.householdMemberId ?? null, criteria: p.criteria }));
    return { form: await ctx.services.staffings.submitExtensionStaffingForm(requireUser(ctx), { ...input, criteria }) };
  }
}

/** Case's staffings (the narrative record: CASE_RECORD_READERS, no PARTNER, ROI-1). */
@Resolver(() => CaseType)
export class CaseStaffingResolver {
  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => CaseReviewStaffingConnectionType, { description: 'TL-3: case review staffings, oldest first' })
  async caseReviewStaffings(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await recordsOfCase<CaseReviewStaffingEntity>(ctx, 'CaseReviewStaffing', kase.id), orderOf('CaseReviewStaffing'), first, after);
  }

  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => ExtensionStaffingFormConnectionType, { description: 'TL-2: the extension staffing forms submitted, oldest first' })
  async extensionStaffingForms(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await recordsOfCase<ExtensionStaffingFormEntity>(ctx, 'ExtensionStaffingForm', kase.id), orderOf('ExtensionStaffingForm'), first, after);
  }
}
