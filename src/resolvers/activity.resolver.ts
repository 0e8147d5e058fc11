import DataLoader from 'dataloader';
import { AssignActivityPayload, CorrectHoursPayload, EndActivityAssignmentPayload, RecordHoursPayload, VerifyMonthPayload } from '../schema/payloads';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { isMonth } from '../dates';
import { badInput } from '../errors';
import {
  AssignActivityInput, CorrectHoursInput, EndActivityAssignmentInput, RecordHoursInput, VerifyMonthInput,
} from '../schema/activity.input';
import {
  ActivityAssignmentType, HoursEntryType, MonthlyParticipationType, MonthVerificationType,
} from '../schema/activity.type';
import { CaseType } from '../schema/case.type';
import { ActivityAssignmentConnectionType, CaseListArgs, HoursEntryConnectionType } from '../schema/connections.type';
import { pageOfList } from '../schema/page-info.cursor';
import { CASE_LIST_ORDERS } from '../schema/page-info.orders';
import { YearMonth } from '../schema/scalars';
import { StaffType } from '../schema/staff.type';
import type { CaseMonthParticipation } from '../services/participation-facts.service';
import { toParticipationView } from './participation-result.mapper';

/**
 * Per-request batch loaders for the participation of a month, kept beside the request's own loaders
 * (keyed by that object, so they live exactly as long as the request): a page of cases loads its
 * participation for a month in one go. Assignments and hours come from ctx.loaders.
 */
interface ActivityLoaders {
  participation: Map<string, DataLoader<string, CaseMonthParticipation>>;
}
const perRequest = new WeakMap<object, ActivityLoaders>();

function loadersOf(ctx: RequestContext): ActivityLoaders {
  let l = perRequest.get(ctx.loaders);
  if (!l) {
    l = { participation: new Map() };
    perRequest.set(ctx.loaders, l);
  }
  return l;
}

function participationLoader(ctx: RequestContext, month: string): DataLoader<string, CaseMonthParticipation> {
  const l = loadersOf(ctx);
  let loader = l.participation.get(month);
  if (!loader) {
    loader = new DataLoader(async (caseIds) => {
      const rows = await ctx.services.participationFacts.monthlyParticipation({ caseIds }, month);
      const byId = new Map(rows.map((r) => [r.caseId, r]));
      return caseIds.map((id) => byId.get(id) ?? new Error(`case ${id} not found`));
    });
    l.participation.set(month, loader);
  }
  return loader;
}

function toMonthlyParticipation(p: CaseMonthParticipation): MonthlyParticipationType {
  return {
    ...toParticipationView(p.result),
    month: p.month,
    familyType: p.result.familyType,
    openInMonth: p.openInMonth,
    inWorkFirstRate: p.trackInMonth === 'WORK_FIRST' && p.openInMonth && p.result.inAllFamiliesRate,
    projected: p.projected,
    verification: p.verification ? { caseId: p.caseId, month: p.month, verifiedById: p.verification.verifiedBy, verifiedAt: p.verification.verifiedAt } : null,
  };
}

/** Work activities, timesheet hours and the monthly verification (WV-1, WV-2; AS 47.27.035). */
@Resolver()
export class ActivityResolver {
  @Authorized(...PERMISSIONS.manageActivities) @Mutation(() => AssignActivityPayload, { description: 'Assign a work activity: at most 40 hours a week (AS 47.27.035)' })
  async assignActivity(@Arg('input', () => AssignActivityInput, { description: 'What to record, and a clientMutationId that makes a retry safe' }) input: AssignActivityInput, @Ctx() ctx: RequestContext) {
    return { assignment: await ctx.services.activities.assign(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageActivities) @Mutation(() => EndActivityAssignmentPayload, { description: 'End an activity assignment earlier (an end only shortens: AS 47.27.035)' })
  async endActivityAssignment(@Arg('input', () => EndActivityAssignmentInput, { description: 'What to record, and a clientMutationId that makes a retry safe' }) input: EndActivityAssignmentInput, @Ctx() ctx: RequestContext) {
    return { assignment: await ctx.services.activities.endAssignment(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageActivities) @Mutation(() => RecordHoursPayload, {
    description: 'Enter a week\'s hours from a timesheet; JSJR hours need a justification (WV-2); a verified month takes only a supervisor\'s hours (WV-1)',
  })
  async recordHours(@Arg('input', () => RecordHoursInput, { description: 'What to record, and a clientMutationId that makes a retry safe' }) input: RecordHoursInput, @Ctx() ctx: RequestContext) {
    return { entry: await ctx.services.activities.recordHours(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.correctHours) @Mutation(() => CorrectHoursPayload, { description: 'SUPERVISOR: correct an hours entry; the correction replaces it, the history is kept (WV-1)' })
  async correctHours(@Arg('input', () => CorrectHoursInput, { description: 'What to record, and a clientMutationId that makes a retry safe' }) input: CorrectHoursInput, @Ctx() ctx: RequestContext) {
    return { entry: await ctx.services.activities.correctHours(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageActivities) @Mutation(() => VerifyMonthPayload, { description: 'WV-1: verify a month\'s work activities (not a future month; once per case and month)' })
  async verifyMonth(@Arg('input', () => VerifyMonthInput, { description: 'What to record, and a clientMutationId that makes a retry safe' }) input: VerifyMonthInput, @Ctx() ctx: RequestContext) {
    return { verification: await ctx.services.activities.verifyMonth(requireUser(ctx), input) };
  }
}

/** Case.activities and Case.monthlyParticipation (the case itself was read-checked by its query). */
@Resolver(() => CaseType)
export class CaseActivityResolver {
  @FieldResolver(() => ActivityAssignmentConnectionType, { description: 'Work activity assignments, oldest first' })
  async activities(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await ctx.loaders.assignmentsByCaseId.load(kase.id), CASE_LIST_ORDERS.activities, first, after);
  }

  @FieldResolver(() => MonthlyParticipationType, { description: 'Federal work participation for a month (YYYY-MM), from the hours entered; projected for the current month' })
  async monthlyParticipation(@Root() kase: CaseType, @Arg('month', () => YearMonth, { description: 'The month, YYYY-MM; the current month is projected' }) month: string, @Ctx() ctx: RequestContext) {
    if (!isMonth(month)) throw badInput('month must be YYYY-MM, e.g. 2026-10', 'month', 'matches');
    return toMonthlyParticipation(await participationLoader(ctx, month).load(kase.id));
  }
}

@Resolver(() => ActivityAssignmentType)
export class ActivityAssignmentResolver {
  @FieldResolver(() => HoursEntryConnectionType, { description: 'Hours entered for this assignment, by month and week; with includeSuperseded, the replaced entries too (the history)' })
  async hoursEntries(
    @Root() assignment: ActivityAssignmentType,
    @Arg('month', () => YearMonth, { nullable: true, description: 'Only the entries of this month (YYYY-MM); null for every month' }) month: string | null,
    @Arg('includeSuperseded', () => Boolean, { defaultValue: false, description: 'Also the entries a later entry replaced (the correction history)' }) includeSuperseded: boolean,
    @Args() { first, after }: CaseListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    if (month != null && !isMonth(month)) throw badInput('month must be YYYY-MM, e.g. 2026-10', 'month', 'matches');
    const entries = await ctx.loaders.entriesByAssignmentId(month ?? null, includeSuperseded).load(assignment.id);
    return pageOfList(entries, CASE_LIST_ORDERS.hoursEntries, first, after);
  }

  @FieldResolver(() => StaffType, { description: 'The staff member who assigned it' })
  assignedBy(@Root() assignment: ActivityAssignmentType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.staffById.load(assignment.assignedById);
  }
}

@Resolver(() => HoursEntryType)
export class HoursEntryResolver {
  @FieldResolver(() => StaffType, { description: 'The staff member who entered it' })
  enteredBy(@Root() entry: HoursEntryType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.staffById.load(entry.enteredById);
  }
}

@Resolver(() => MonthVerificationType)
export class MonthVerificationResolver {
  @FieldResolver(() => StaffType, { description: 'The staff member who verified the month' })
  verifiedBy(@Root() verification: MonthVerificationType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.staffById.load(verification.verifiedById);
  }
}
