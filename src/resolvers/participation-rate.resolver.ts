import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { centiHoursToHours } from '../participation';
import { ParticipationRateCaseType, ParticipationRateType } from '../schema/participation-rate.type';
import type { CasePhaseEnum } from '../schema/enums';
import { YearMonth } from '../schema/scalars';
import { rateCsv, type ParticipationRateView, type RateCase, type RateMeasureView } from '../services/participation-rate.service';

/**
 * The GraphQL shape keeps the service's view to build the CSV from when asked; the access log reads
 * its cases (`source.cases`) to record the csv field's reads (src/access-log/field-groups.ts).
 */
type RateRoot = ParticipationRateType & { source: ParticipationRateView };

const toCase = (c: RateCase): ParticipationRateCaseType => ({
  caseId: c.caseId,
  clientName: c.clientName,
  caseManagerId: c.caseManagerId,
  caseManagerName: c.caseManagerName,
  phase: c.phase as CasePhaseEnum,
  familyType: c.familyType,
  status: c.status,
  exclusionReason: c.exclusionReason,
  requiredWeeklyHours: c.requiredWeeklyHours,
  countableHours: centiHoursToHours(c.countableCentiHours),
  countableCoreHours: centiHoursToHours(c.countableCoreCentiHours),
  additionalHoursNeeded: centiHoursToHours(c.additionalCentiHoursNeeded),
  additionalCoreHoursNeeded: centiHoursToHours(c.additionalCoreCentiHoursNeeded),
  verified: c.verified,
  projected: c.projected,
});

const toMeasure = (m: RateMeasureView) => ({ ...m, numeratorCases: m.numeratorCases.map(toCase), denominatorCases: m.denominatorCases.map(toCase) });

/** Work participation rates of Work First cases against the WV-3 targets (45 CFR 261.21-261.24). */
@Resolver(() => ParticipationRateType)
export class ParticipationRateResolver {
  @Authorized() @Query(() => ParticipationRateType, {
    description: 'All-families and two-parent participation rates of the Work First cases open in a month (WV-3), with the cases behind each number; '
      + 'your own office unless you are WSTA; the current month is projected from scheduled hours',
  })
  async participationRate(
    @Arg('month', () => YearMonth, { description: 'The month, YYYY-MM; the current month is projected' }) month: string,
    @Arg('office', () => ID, { nullable: true, description: 'The office (WSTA: any office, or omit for all); others get their own office' }) office: string | null,
    @Arg('caseManager', () => ID, { nullable: true, description: 'Only this case manager\'s cases (today\'s case manager)' }) caseManager: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<RateRoot> {
    const view = await ctx.services.participationRates.rate(requireUser(ctx), { month, officeId: office, caseManagerId: caseManager });
    return {
      month: view.month,
      officeId: view.officeId,
      caseManagerId: view.caseManagerId,
      projected: view.projected,
      allFamilies: toMeasure(view.allFamilies),
      twoParent: toMeasure(view.twoParent),
      cases: view.cases.map(toCase),
      source: view,
    };
  }

  @FieldResolver(() => String, { description: 'The month\'s case list as CSV (RFC 4180): a header row, then one row per case' })
  csv(@Root() rate: RateRoot): string {
    return rateCsv(rate.source);
  }
}
