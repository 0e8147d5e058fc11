import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { FsspSignatureEntity, FsspVersionEntity } from '../entities';
import { fsspLoadersOf } from '../fssp/fssp-loaders';
import { FIELD_FSSP_NOTE } from '../fssp/fssp-rules';
import type { FsspResult } from '../fssp/fssp-write';
import { CaseType } from '../schema/case.type';
import { CaseListArgs } from '../schema/connections.type';
import {
  DraftFsspVersionInput, MailFsspVersionInput, ReviewFsspVersionInput, ScheduleFsspUpdateInput, SignFsspVersionInput,
} from '../schema/fssp.input';
import {
  DraftFsspVersionPayload, FsspGoalType, FsspMailingType, FsspReviewType, FsspServicePlanType, FsspSignatureType, FsspStepType,
  FsspUpdateAppointmentType, FsspVersionConnectionType, FsspVersionType, MailFsspVersionPayload, ReviewFsspVersionPayload,
  ScheduleFsspUpdatePayload, SignFsspVersionPayload,
} from '../schema/fssp.type';
import { pageOfList, type ListOrder } from '../schema/page-info.cursor';

const isNumber = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
/** Case.fsspVersions: newest first, keyed by the version number. */
const VERSION_ORDER: ListOrder<FsspVersionEntity> = { name: 'FsspVersion', keyOf: (v) => [v.number], valid: [isNumber], descending: true };

/** A case's versions, newest first, each with its signature (null while unsigned). */
async function versionsWithSignatures(ctx: RequestContext, caseId: string): Promise<Array<{ version: FsspVersionEntity; signature: FsspSignatureEntity | null }>> {
  const loaders = fsspLoadersOf(ctx);
  const versions = await loaders.versionsByCaseId.load(caseId);
  const signatures = await Promise.all(versions.map((v) => loaders.signaturesByVersionId.load(v.id)));
  return versions.map((v, i) => ({ version: v, signature: signatures[i][0] ?? null }));
}

async function answer(ctx: RequestContext, result: FsspResult) {
  return { fsspVersion: await ctx.services.fssp.reader().versionById(result.versionId), case: result.kase as unknown as CaseType };
}

/** The FSSP as a document (FSSP-1..6, EA-4, ENG-4); each write also sends the chart's event. */
@Resolver(() => FsspVersionType)
export class FsspResolver {
  @Authorized(...PERMISSIONS.manageFssp) @Mutation(() => DraftFsspVersionPayload, { description: 'FSSP-3, EA-4: draft a version of the plan (goals, intermediate goals, steps with review dates, service plans); the first one moves the case to a drafted plan (DRAFT_FSSP), a later one is an update waiting for its signature' })
  async draftFsspVersion(@Arg('input', { description: 'The version, the case version you saw, and a clientMutationId' }) input: DraftFsspVersionInput, @Ctx() ctx: RequestContext) {
    return answer(ctx, await ctx.services.fssp.draft(requireUser(ctx), input));
  }

  @Authorized(...PERMISSIONS.manageFssp) @Mutation(() => MailFsspVersionPayload, { description: 'FSSP-6: the newest version mailed for signature, with its due-back date (MAIL_FSSP while no version is signed)' })
  async mailFsspVersion(@Arg('input', { description: 'The version, the dates, the case version you saw, and a clientMutationId' }) input: MailFsspVersionInput, @Ctx() ctx: RequestContext) {
    return answer(ctx, await ctx.services.fssp.mail(requireUser(ctx), input));
  }

  @Authorized(...PERMISSIONS.manageFssp) @Mutation(() => SignFsspVersionPayload, { description: 'FSSP-1, FSSP-5: the client signed the newest version; it becomes current (SIGN_FSSP for the first signed version, UPDATE_FSSP after)' })
  async signFsspVersion(@Arg('input', { description: 'The version, how and when it was signed, the case version you saw, and a clientMutationId' }) input: SignFsspVersionInput, @Ctx() ctx: RequestContext) {
    return answer(ctx, await ctx.services.fssp.sign(requireUser(ctx), input));
  }

  @Authorized(...PERMISSIONS.manageFssp) @Mutation(() => ReviewFsspVersionPayload, { description: 'FSSP-2, ENG-4: the monthly review of a signed version with progress per step (REVIEW_FSSP)' })
  async reviewFsspVersion(@Arg('input', { description: 'The version, the day, progress per step, the case version you saw, and a clientMutationId' }) input: ReviewFsspVersionInput, @Ctx() ctx: RequestContext) {
    return answer(ctx, await ctx.services.fssp.review(requireUser(ctx), input));
  }

  @Authorized(...PERMISSIONS.manageFssp) @Mutation(() => ScheduleFsspUpdatePayload, { description: 'FSSP-4: schedule the update appointment of the signed plan before it expires (meets FSSP-4 on the worklist)' })
  async scheduleFsspUpdate(@Arg('input', { description: 'The case, the day of the appointment, and a clientMutationId' }) input: ScheduleFsspUpdateInput, @Ctx() ctx: RequestContext) {
    const result = await ctx.services.fssp.scheduleUpdate(requireUser(ctx), input);
    const appointments = await ctx.services.fssp.reader().appointmentsOfCases([result.kase.id]);
    return { appointment: appointments.find((a) => a.id === result.appointmentId), fsspVersion: await ctx.services.fssp.reader().versionById(result.versionId) };
  }

  @FieldResolver(() => Boolean)
  async current(@Root() version: FsspVersionEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    const inForce = (await versionsWithSignatures(ctx, version.caseId)).find((v) => v.signature);
    const today = ctx.services.fssp.today();
    return inForce?.version.id === version.id && inForce.signature!.signedOn <= today && today <= version.lastStepReviewOn;
  }

  @FieldResolver(() => FsspSignatureType, { nullable: true })
  async signature(@Root() version: FsspVersionEntity, @Ctx() ctx: RequestContext): Promise<FsspSignatureType | null> {
    const s: FsspSignatureEntity | undefined = (await fsspLoadersOf(ctx).signaturesByVersionId.load(version.id))[0];
    return s ? { ...s, fieldNote: s.method === 'FIELD' ? FIELD_FSSP_NOTE : null } : null;
  }

  @FieldResolver(() => FsspMailingType, { nullable: true })
  async mailing(@Root() version: FsspVersionEntity, @Ctx() ctx: RequestContext): Promise<FsspMailingType | null> {
    return (await fsspLoadersOf(ctx).mailingsByVersionId.load(version.id)).at(-1) ?? null;
  }

  @FieldResolver(() => [FsspGoalType])
  async goals(@Root() version: FsspVersionEntity, @Ctx() ctx: RequestContext): Promise<FsspGoalType[]> {
    const loaders = fsspLoadersOf(ctx);
    const [goals, steps] = await Promise.all([loaders.goalsByVersionId.load(version.id), loaders.stepsByVersionId.load(version.id)]);
    // With the case's id, so the access log keys each goal and step to its client (src/access-log).
    const { caseId } = version;
    const node = (g: (typeof goals)[number]): FsspGoalType => ({
      ...g, caseId, steps: steps.filter((s) => s.goalId === g.id).map((s) => ({ ...s, caseId })), intermediateGoals: goals.filter((c) => c.parentGoalId === g.id).map(node),
    });
    return goals.filter((g) => g.kind === 'GOAL').map(node);
  }

  @FieldResolver(() => [FsspStepType])
  async steps(@Root() version: FsspVersionEntity, @Ctx() ctx: RequestContext): Promise<FsspStepType[]> {
    return (await fsspLoadersOf(ctx).stepsByVersionId.load(version.id)).map((s) => ({ ...s, caseId: version.caseId }));
  }

  @FieldResolver(() => [FsspServicePlanType])
  servicePlans(@Root() version: FsspVersionEntity, @Ctx() ctx: RequestContext): Promise<FsspServicePlanType[]> {
    return fsspLoadersOf(ctx).servicePlansByVersionId.load(version.id);
  }

  @FieldResolver(() => [FsspReviewType])
  reviews(@Root() version: FsspVersionEntity, @Ctx() ctx: RequestContext): Promise<FsspReviewType[]> {
    return fsspLoadersOf(ctx).reviewsByVersionId.load(version.id);
  }

  @FieldResolver(() => [FsspUpdateAppointmentType])
  async updateAppointments(@Root() version: FsspVersionEntity, @Ctx() ctx: RequestContext): Promise<FsspUpdateAppointmentType[]> {
    return (await fsspLoadersOf(ctx).appointmentsByCaseId.load(version.caseId)).filter((a) => a.versionId === version.id);
  }
}

/** Case.fssp and Case.fsspVersions: the plan's content is free text, so PARTNER reads Case.plan only (ROI-1). */
@Resolver(() => CaseType)
export class CaseFsspResolver {
  @Authorized(...PERMISSIONS.readFssp) @FieldResolver(() => FsspVersionType, { nullable: true, description: 'The FSSP version in force: the latest signed one, else the latest draft; null before any draft' })
  async fssp(@Root() kase: CaseType, @Ctx() ctx: RequestContext): Promise<FsspVersionEntity | null> {
    const versions = await versionsWithSignatures(ctx, kase.id);
    return (versions.find((v) => v.signature) ?? versions[0])?.version ?? null;
  }

  @Authorized(...PERMISSIONS.readFssp) @FieldResolver(() => FsspVersionConnectionType, { description: 'Every version of the FSSP, newest first (the plan\'s history)' })
  async fsspVersions(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await fsspLoadersOf(ctx).versionsByCaseId.load(kase.id), VERSION_ORDER, first, after);
  }
}
