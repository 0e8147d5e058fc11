import { isUUID } from 'class-validator';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { isPlainDate } from '../dates';
import { CaseType } from '../schema/case.type';
import { CaseListArgs } from '../schema/connections.type';
import { EmployerContractConnectionType, EmployerContractType, EmployerOutreachConnectionType, EmployerOutreachType, EmployerReimbursementType } from '../schema/employer.type';
import { pageOfList, type ListOrder } from '../schema/page-info.cursor';
import {
  RecordEmployerContractInput, RecordEmployerContractPayload, RecordEmployerOutreachInput, RecordEmployerOutreachPayload,
  RecordEmployerReimbursementInput, RecordEmployerReimbursementPayload,
} from '../schema/worksite.input';
import { EmployerType } from '../schema/worksite.type';
import { worksiteLoaders } from '../worksites/worksite-loaders';

const isUuid = (v: unknown) => typeof v === 'string' && isUUID(v);
const isDate = (v: unknown) => typeof v === 'string' && isPlainDate(v);
const isInstantText = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const dollars = (cents: string | number) => Number(cents) / 100;

const ORDERS = {
  contracts: {
    name: 'EmployerContract', keyOf: (k) => [k.startsOn, k.recordedAt.toISOString(), k.id], valid: [isDate, isInstantText, isUuid],
  } satisfies ListOrder<{ startsOn: string; recordedAt: Date; id: string }>,
  outreach: {
    name: 'EmployerOutreach', keyOf: (o) => [o.heldOn, o.recordedAt.toISOString(), o.id], valid: [isDate, isInstantText, isUuid], descending: true,
  } satisfies ListOrder<{ heldOn: string; recordedAt: Date; id: string }>,
};

/** SITE-2: OJT and Job Start contracts and the employer's reimbursements. */
@Resolver(() => EmployerContractType)
export class EmployerContractResolver {
  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => RecordEmployerContractPayload, { description: 'SITE-2: record an OJT or Job Start contract prepared and submitted for a client' })
  async recordEmployerContract(@Arg('input', { description: 'The contract, and a clientMutationId' }) input: RecordEmployerContractInput, @Ctx() ctx: RequestContext) {
    return { contract: await ctx.services.employers.recordContract(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => RecordEmployerReimbursementPayload, { description: 'SITE-2: record a reimbursement to the employer; the contract\'s total never exceeds its cap (withinCap)' })
  async recordEmployerReimbursement(@Arg('input', { description: 'The reimbursement, and a clientMutationId' }) input: RecordEmployerReimbursementInput, @Ctx() ctx: RequestContext) {
    return { reimbursement: await ctx.services.employers.recordReimbursement(requireUser(ctx), input) };
  }

  @FieldResolver(() => EmployerType)
  employer(@Root() contract: EmployerContractType, @Ctx() ctx: RequestContext) {
    return worksiteLoaders(ctx).employerById.load(contract.employerId);
  }

  @FieldResolver(() => Float)
  hourlyWage(@Root() contract: EmployerContractType): number {
    return dollars(contract.wageCentsPerHour);
  }

  @FieldResolver(() => Float)
  hoursPerWeek(@Root() contract: EmployerContractType): number {
    return contract.centiHoursPerWeek / 100;
  }

  @FieldResolver(() => Float)
  reimbursementCap(@Root() contract: EmployerContractType): number {
    return dollars(contract.capCents);
  }

  @FieldResolver(() => Float)
  reimbursedTotal(@Root() contract: EmployerContractType): number {
    return dollars(contract.reimbursedCents);
  }

  @FieldResolver(() => Float)
  remaining(@Root() contract: EmployerContractType): number {
    return dollars(Number(contract.capCents) - Number(contract.reimbursedCents));
  }

  @FieldResolver(() => [EmployerReimbursementType])
  reimbursements(@Root() contract: EmployerContractType, @Ctx() ctx: RequestContext) {
    return worksiteLoaders(ctx).reimbursementsByContractId.load(contract.id);
  }
}

@Resolver(() => EmployerReimbursementType)
export class EmployerReimbursementResolver {
  @FieldResolver(() => Float)
  amount(@Root() reimbursement: EmployerReimbursementType): number {
    return dollars(reimbursement.amountCents);
  }
}

/** SITE-3: employer outreach. */
@Resolver(() => EmployerOutreachType)
export class EmployerOutreachResolver {
  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => RecordEmployerOutreachPayload, { description: 'SITE-3: record employer outreach (job fair, agency meeting, employer visit, incentive education)' })
  async recordEmployerOutreach(@Arg('input', { description: 'The outreach, and a clientMutationId' }) input: RecordEmployerOutreachInput, @Ctx() ctx: RequestContext) {
    return { outreach: await ctx.services.employers.recordOutreach(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.readWorksites) @Query(() => EmployerOutreachConnectionType, { description: 'SITE-3: the office\'s employer outreach, newest first' })
  async employerOutreach(
    @Args() { first, after }: CaseListArgs,
    @Arg('officeId', () => ID, { nullable: true, description: 'The office (WSTA only; others read their own office)' }) officeId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return pageOfList(await ctx.services.employers.outreach(requireUser(ctx), officeId), ORDERS.outreach, first, after);
  }

  @FieldResolver(() => EmployerType, { nullable: true })
  employer(@Root() outreach: EmployerOutreachType, @Ctx() ctx: RequestContext) {
    return outreach.employerId ? worksiteLoaders(ctx).employerById.load(outreach.employerId) : null;
  }
}

/** Case.employerContracts (the case itself was read-checked by its query). */
@Resolver(() => CaseType)
export class CaseEmployerContractsResolver {
  @Authorized(...PERMISSIONS.readWorksites) @FieldResolver(() => EmployerContractConnectionType, { description: 'SITE-2: the client\'s OJT and Job Start contracts, by start' })
  async employerContracts(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await worksiteLoaders(ctx).contractsByCaseId.load(kase.id), ORDERS.contracts, first, after);
  }
}
