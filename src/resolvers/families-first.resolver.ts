import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { DisabilityVerificationEntity, FamiliesFirstDocumentEntity, FamilySupportTeamMeetingEntity, TrackReadinessReviewEntity } from '../entities';
import type { FamiliesFirstDocumentKind } from '../families-first/families-first-rules';
import { CaseType } from '../schema/case.type';
import { connectionType } from '../schema/connection.type';
import { CaseListArgs } from '../schema/connections.type';
import {
  DisabilityVerificationType, FamiliesFirstDocumentKindEnum, FamiliesFirstDocumentType, FamilySupportTeamMeetingType,
  RecordDisabilityVerificationInput, RecordDisabilityVerificationPayload, RecordFamilyNetworkInput, RecordFamilyNetworkPayload,
  RecordFamilySupportTeamInput, RecordFamilySupportTeamMeetingInput, RecordFamilySupportTeamMeetingPayload, RecordFamilySupportTeamPayload,
  RecordTrackReadinessReviewInput, RecordTrackReadinessReviewPayload, RecordWeeklyCalendarInput, RecordWeeklyCalendarPayload,
  TrackReadinessReviewType,
} from '../schema/families-first.type';
import { pageOfList } from '../schema/page-info.cursor';
import { orderOf, recordsOfCase } from './track-record.loaders';

export const FamiliesFirstDocumentConnectionType = connectionType('FamiliesFirstDocument', FamiliesFirstDocumentType, 'A page of a case\'s Families First document versions, oldest first');
export const FamilySupportTeamMeetingConnectionType = connectionType('FamilySupportTeamMeeting', FamilySupportTeamMeetingType, 'A page of a case\'s Family Support Team meetings, oldest first');
export const DisabilityVerificationConnectionType = connectionType('DisabilityVerification', DisabilityVerificationType, 'A page of a case\'s disability verifications, oldest first');
export const TrackReadinessReviewConnectionType = connectionType('TrackReadinessReview', TrackReadinessReviewType, 'A page of a case\'s readiness reviews, oldest first');

/** A stored version as the API shows it: the member or routine list of its kind, the others empty. */
const asDocument = (d: FamiliesFirstDocumentEntity) => ({
  ...d,
  networkMembers: d.content.kind === 'FAMILY_NETWORK' ? d.content.members.map((m) => ({ ...m, contact: m.contact ?? null })) : [],
  supportTeamMembers: d.content.kind === 'SUPPORT_TEAM' ? d.content.members.map((m) => ({ ...m, agency: m.agency ?? null, contact: m.contact ?? null })) : [],
  routines: d.content.kind === 'WEEKLY_CALENDAR' ? d.content.routines : [],
});
const trimmed = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

/** Families First records (TRK-2, TRK-3, TRK-6, TRK-7): entered by the people who work the case. */
@Resolver(() => FamiliesFirstDocumentType)
export class FamiliesFirstResolver {
  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => RecordFamilyNetworkPayload, { description: 'TRK-3: the Family Network, or its update (a new version with what changed)' })
  async recordFamilyNetwork(@Arg('input', { description: 'The network\'s members, and a clientMutationId' }) input: RecordFamilyNetworkInput, @Ctx() ctx: RequestContext) {
    const members = input.members.map((m) => ({ name: m.name.trim(), relationshipToFamily: m.relationshipToFamily.trim(), supportProvided: m.supportProvided.trim(), contact: trimmed(m.contact) }));
    return { document: asDocument(await ctx.services.familiesFirst.recordDocument(requireUser(ctx), { ...input, kind: 'FAMILY_NETWORK', members })) };
  }

  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => RecordFamilySupportTeamPayload, { description: 'TRK-3: the Family Support Team, or its update (a new version with what changed)' })
  async recordFamilySupportTeam(@Arg('input', { description: 'The team\'s members and agencies, and a clientMutationId' }) input: RecordFamilySupportTeamInput, @Ctx() ctx: RequestContext) {
    const members = input.members.map((m) => ({ name: m.name.trim(), agency: trimmed(m.agency), roleOnTeam: m.roleOnTeam.trim(), contact: trimmed(m.contact) }));
    return { document: asDocument(await ctx.services.familiesFirst.recordDocument(requireUser(ctx), { ...input, kind: 'SUPPORT_TEAM', members })) };
  }

  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => RecordWeeklyCalendarPayload, { description: 'TRK-3: the Weekly Calendar of Routines, or its update (a new version with what changed)' })
  async recordWeeklyCalendar(@Arg('input', { description: 'The routines, and a clientMutationId' }) input: RecordWeeklyCalendarInput, @Ctx() ctx: RequestContext) {
    const routines = input.routines.map((r) => ({ weekday: r.weekday, time: r.time, routine: r.routine.trim() }));
    return { document: asDocument(await ctx.services.familiesFirst.recordDocument(requireUser(ctx), { ...input, kind: 'WEEKLY_CALENDAR', routines })) };
  }

  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => RecordFamilySupportTeamMeetingPayload, { description: 'TRK-6: a Family Support Team meeting, with whether the client attended and, in an emergency, when the members were contacted' })
  async recordFamilySupportTeamMeeting(@Arg('input', { description: 'The meeting, and a clientMutationId' }) input: RecordFamilySupportTeamMeetingInput, @Ctx() ctx: RequestContext) {
    return { meeting: await ctx.services.familiesFirst.recordMeeting(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => RecordDisabilityVerificationPayload, { description: 'TRK-7: long-term incapacity verified medically, and the specialist, disability advocate or SSI referrals made' })
  async recordDisabilityVerification(@Arg('input', { description: 'The verification, and a clientMutationId' }) input: RecordDisabilityVerificationInput, @Ctx() ctx: RequestContext) {
    return { verification: await ctx.services.familiesFirst.recordDisabilityVerification(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => RecordTrackReadinessReviewPayload, { description: 'TRK-2: the monthly readiness review of a Families First case, as a decision; READY_FOR_WORK_FIRST does not change the track (request it with requestTrackChange, TRK-1)' })
  async recordTrackReadinessReview(@Arg('input', { description: 'The review, and a clientMutationId' }) input: RecordTrackReadinessReviewInput, @Ctx() ctx: RequestContext) {
    return { review: await ctx.services.familiesFirst.recordReadinessReview(requireUser(ctx), input) };
  }
}

/** Case's Families First records (the narrative record: CASE_RECORD_READERS, no PARTNER, ROI-1). */
@Resolver(() => CaseType)
export class CaseFamiliesFirstResolver {
  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => FamiliesFirstDocumentConnectionType, { description: 'TRK-3: every version of the Families First documents (or of one kind), oldest first' })
  async familiesFirstDocuments(
    @Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext,
    @Arg('kind', () => FamiliesFirstDocumentKindEnum, { nullable: true, description: 'Only this document\'s versions' }) kind?: FamiliesFirstDocumentKind | null,
  ) {
    const all = await recordsOfCase<FamiliesFirstDocumentEntity>(ctx, 'FamiliesFirstDocument', kase.id);
    return pageOfList(all.filter((d) => !kind || d.kind === kind).map(asDocument), orderOf('FamiliesFirstDocument'), first, after);
  }

  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => FamiliesFirstDocumentType, { nullable: true, description: 'TRK-3: the document\'s current version (the latest); null before the first' })
  async familiesFirstDocument(
    @Root() kase: CaseType, @Ctx() ctx: RequestContext,
    @Arg('kind', () => FamiliesFirstDocumentKindEnum, { description: 'Which document' }) kind: FamiliesFirstDocumentKind,
  ) {
    const versions = (await recordsOfCase<FamiliesFirstDocumentEntity>(ctx, 'FamiliesFirstDocument', kase.id)).filter((d) => d.kind === kind);
    const latest = versions.reduce<FamiliesFirstDocumentEntity | null>((a, d) => (!a || d.version > a.version ? d : a), null);
    return latest ? asDocument(latest) : null;
  }

  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => FamilySupportTeamMeetingConnectionType, { description: 'TRK-6: Family Support Team meetings, oldest first' })
  async familySupportTeamMeetings(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await recordsOfCase<FamilySupportTeamMeetingEntity>(ctx, 'FamilySupportTeamMeeting', kase.id), orderOf('FamilySupportTeamMeeting'), first, after);
  }

  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => DisabilityVerificationConnectionType, { description: 'TRK-7: disability verifications and their referrals, oldest first' })
  async disabilityVerifications(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await recordsOfCase<DisabilityVerificationEntity>(ctx, 'DisabilityVerification', kase.id), orderOf('DisabilityVerification'), first, after);
  }

  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => TrackReadinessReviewConnectionType, { description: 'TRK-2: the monthly readiness reviews, oldest first' })
  async trackReadinessReviews(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await recordsOfCase<TrackReadinessReviewEntity>(ctx, 'TrackReadinessReview', kase.id), orderOf('TrackReadinessReview'), first, after);
  }
}
