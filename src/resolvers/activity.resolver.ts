import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
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
import { StaffType } from '../schema/staff.type';
import type { ActivityAssignmentView, HoursEntryView } from '../services/activity.service';
import type { CaseMonthParticipation } from '../services/participation-facts.service';
import { toParticipationView } from './participation-result.mapper';

/**
 * Per-request batch loaders for the fields below, kept beside the request's own loaders (keyed by
 * that object, so they live exactly as long as the request): a page of cases loads its
 * assignments, and their participation for a month, in one go.
 */
interface ActivityLoaders {
  assignments: DataLoader<string, ActivityAssignmentView[]>;
  participation: Map<string, DataLoader<string, CaseMonthParticipation>>;
  entries: Map<string, DataLoader<string, HoursEntryView[]>>;
}
const perRequest = new WeakMap<object, ActivityLoaders>();

function loadersOf(ctx: RequestContext): ActivityLoaders {
  let l = perRequest.get(ctx.loaders);
  if (!l) {
    l = { assignments: new DataLoader((ids) => ctx.services.activities.assignmentsByCase(ids)), participation: new Map(), entries: new Map() };
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

function entriesLoader(ctx: RequestContext, month: string | null, includeSuperseded: boolean): DataLoader<string, HoursEntryView[]> {
  const l = loadersOf(ctx);
  const key = `${month ?? '*'}|${includeSuperseded}`;
  let loader = l.entries.get(key);
  if (!loader) {
    loader = new DataLoader((assignmentIds) => ctx.services.activities.entriesByAssignment(assignmentIds, { month, includeSuperseded }));
    l.entries.set(key, loader);
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
  @Authorized(...PERMISSIONS.manageActivities) @Mutation(() => ActivityAssignmentType, { description: 'Assign a work activity: at most 40 hours a week (AS 47.27.035)' })
  assignActivity(@Arg('input', () => AssignActivityInput) input: AssignActivityInput, @Ctx() ctx: RequestContext) {
    return ctx.services.activities.assign(requireUser(ctx), input);
  }

  @Authorized(...PERMISSIONS.manageActivities) @Mutation(() => ActivityAssignmentType, { description: 'End an activity assignment' })
  endActivityAssignment(@Arg('input', () => EndActivityAssignmentInput) input: EndActivityAssignmentInput, @Ctx() ctx: RequestContext) {
    return ctx.services.activities.endAssignment(requireUser(ctx), input);
  }

  @Authorized(...PERMISSIONS.manageActivities) @Mutation(() => HoursEntryType, {
    description: 'Enter a week\'s hours from a timesheet; JSJR hours need a justification (WV-2); a verified month takes only a supervisor\'s hours (WV-1)',
  })
  recordHours(@Arg('input', () => RecordHoursInput) input: RecordHoursInput, @Ctx() ctx: RequestContext) {
    return ctx.services.activities.recordHours(requireUser(ctx), input);
  }

  @Authorized(...PERMISSIONS.correctHours) @Mutation(() => HoursEntryType, { description: 'SUPERVISOR: correct an hours entry; the correction replaces it, the history is kept (WV-1)' })
  correctHours(@Arg('input', () => CorrectHoursInput) input: CorrectHoursInput, @Ctx() ctx: RequestContext) {
    return ctx.services.activities.correctHours(requireUser(ctx), input);
  }

  @Authorized(...PERMISSIONS.manageActivities) @Mutation(() => MonthVerificationType, { description: 'WV-1: verify a month\'s work activities (not a future month; once per case and month)' })
  verifyMonth(@Arg('input', () => VerifyMonthInput) input: VerifyMonthInput, @Ctx() ctx: RequestContext) {
    return ctx.services.activities.verifyMonth(requireUser(ctx), input);
  }
}

/** Case.activities and Case.monthlyParticipation (the case itself was read-checked by its query). */
@Resolver(() => CaseType)
export class CaseActivityResolver {
  @FieldResolver(() => [ActivityAssignmentType], { description: 'Work activity assignments, oldest first' })
  activities(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return loadersOf(ctx).assignments.load(kase.id);
  }

  @FieldResolver(() => MonthlyParticipationType, { description: 'Federal work participation for a month (YYYY-MM), from the hours entered; projected for the current month' })
  async monthlyParticipation(@Root() kase: CaseType, @Arg('month', () => String) month: string, @Ctx() ctx: RequestContext) {
    if (!isMonth(month)) throw badInput('month must be YYYY-MM, e.g. 2026-10', 'month', 'matches');
    return toMonthlyParticipation(await participationLoader(ctx, month).load(kase.id));
  }
}

@Resolver(() => ActivityAssignmentType)
export class ActivityAssignmentResolver {
  @FieldResolver(() => [HoursEntryType], { description: 'Hours entered for this assignment; with includeSuperseded, the replaced entries too (the history)' })
  hoursEntries(
    @Root() assignment: ActivityAssignmentType,
    @Arg('month', () => String, { nullable: true }) month: string | null,
    @Arg('includeSuperseded', () => Boolean, { defaultValue: false }) includeSuperseded: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    if (month != null && !isMonth(month)) throw badInput('month must be YYYY-MM, e.g. 2026-10', 'month', 'matches');
    return entriesLoader(ctx, month ?? null, includeSuperseded).load(assignment.id);
  }

  @FieldResolver(() => StaffType)
  assignedBy(@Root() assignment: ActivityAssignmentType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.staffById.load(assignment.assignedById);
  }
}

@Resolver(() => HoursEntryType)
export class HoursEntryResolver {
  @FieldResolver(() => StaffType)
  enteredBy(@Root() entry: HoursEntryType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.staffById.load(entry.enteredById);
  }
}

@Resolver(() => MonthVerificationType)
export class MonthVerificationResolver {
  @FieldResolver(() => StaffType)
  verifiedBy(@Root() verification: MonthVerificationType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.staffById.load(verification.verifiedById);
  }
}
