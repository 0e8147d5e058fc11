import { IsOptional, IsUUID } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { StaffRoleEnum } from '../schema/enums';
import { LocalDate } from '../schema/scalars';
import { OfficeSupervisionType } from '../schema/supervision.type';
import type { SupervisionFigures } from '../supervision/supervision-rules';
import type { SupervisedStaff } from '../supervision/supervision.service';

@ArgsType()
class SupervisionArgs {
  @Field(() => ID, { nullable: true, description: 'The office; your own when omitted (WSTA, who reads every office, names one)' })
  @IsOptional() @IsUUID() officeId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'MGT-3: the QA rates count the file reviews dated from this day; by default the first of qaTo\'s month' })
  @IsOptional() qaFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'MGT-3: the QA rates count the file reviews dated up to this day; by default today' })
  @IsOptional() qaTo?: string | null;
}

const figuresOf = (f: SupervisionFigures) => ({ ...f, overdueByRule: f.overdueByRule.map((r) => ({ ...r })) });
const staffOf = (s: SupervisedStaff) => ({ id: s.id, name: s.name, email: s.email, role: s.role as StaffRoleEnum, officeId: s.officeId });

/** Issue 13 item 6: the supervisor's view of an office, one query with a fixed number of statements. */
@Resolver(() => OfficeSupervisionType)
export class SupervisionResolver {
  @Authorized(...PERMISSIONS.superviseOffice)
  @Query(() => OfficeSupervisionType, {
    description: 'A supervisor\'s view of an office: per case manager and for the office, open cases, overdue obligations by rule, pending approvals and the QA rate against the 80% target (MGT-3). SUPERVISOR and MANAGER read their office, WSTA any office.',
  })
  async supervision(@Args() { officeId, qaFrom, qaTo }: SupervisionArgs, @Ctx() ctx: RequestContext): Promise<OfficeSupervisionType> {
    const view = await ctx.services.supervision.office(requireUser(ctx), { officeId, qaFrom, qaTo });
    return {
      office: view.officeRecord, asOf: view.asOf, qaTarget: view.qaTarget, qaFrom: view.qaFrom, qaTo: view.qaTo, totals: figuresOf(view.office),
      caseManagers: view.caseManagers.map((c) => ({ caseManager: staffOf(c.staff), active: c.staff.active, figures: figuresOf(c.figures) })),
    };
  }
}
