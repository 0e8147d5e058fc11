import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { isUUID } from 'class-validator';
import { caseworkLoaders } from '../assessment/casework-loaders';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { CaseVisitEntity } from '../entities';
import type { ContactRow } from '../repositories/contact.repository';
import { CaseType } from '../schema/case.type';
import { CaseListArgs } from '../schema/connections.type';
import {
  CaseVisitConnectionType, ContactLogConnectionType, ContactLogEntryType, LogContactInput, LogContactPayload, RecordContactResponseInput,
  RecordContactResponsePayload, RecordVisitInput, RecordVisitPayload,
} from '../schema/contact.type';
import { pageOfList, type ListOrder } from '../schema/page-info.cursor';

const isId = (v: unknown) => typeof v === 'string' && isUUID(v);
const CONTACTS: ListOrder<ContactRow> = {
  name: 'ContactLogEntry', keyOf: (c) => [c.receivedAt.toISOString(), c.id], valid: [(v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)), isId],
};
const VISITS: ListOrder<CaseVisitEntity> = { name: 'CaseVisit', keyOf: (v) => [v.visitedOn, v.id], valid: [(v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v), isId] };

/** ENG-7: the contact log and its responses; ENG-8: visits. */
@Resolver(() => ContactLogEntryType)
export class ContactResolver {
  @Authorized(...PERMISSIONS.recordCasework) @Mutation(() => LogContactPayload, { description: 'ENG-7: log a call, e-mail or partner request; an inbound one is an obligation: answered the same day or within 1 business day, an emergent one the same day' })
  async logContact(@Arg('input', { description: 'The contact, and a clientMutationId that makes a retry safe' }) input: LogContactInput, @Ctx() ctx: RequestContext) {
    return { contact: await ctx.services.contacts.log(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.recordCasework) @Mutation(() => RecordContactResponsePayload, { description: 'ENG-7: record the answer to a logged contact (once); it meets the contact\'s obligation on the Alaska day it was given' })
  async recordContactResponse(@Arg('input', { description: 'The contact, when and how it was answered, and a clientMutationId' }) input: RecordContactResponseInput, @Ctx() ctx: RequestContext) {
    return { contact: await ctx.services.contacts.respond(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.recordCasework) @Mutation(() => RecordVisitPayload, { description: 'ENG-8: record a home, community or village visit with its purpose and outcome' })
  async recordVisit(@Arg('input', { description: 'The visit, and a clientMutationId that makes a retry safe' }) input: RecordVisitInput, @Ctx() ctx: RequestContext) {
    return { visit: await ctx.services.contacts.recordVisit(requireUser(ctx), input) };
  }
}

@Resolver(() => CaseType)
export class CaseContactsResolver {
  @Authorized(...PERMISSIONS.readCasework) @FieldResolver(() => ContactLogConnectionType, { description: 'The contact log: calls, e-mails and partner requests with their responses (ENG-7), oldest first' })
  async contacts(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await caseworkLoaders(ctx).contactsByCaseId.load(kase.id), CONTACTS, first, after);
  }

  @Authorized(...PERMISSIONS.readCasework) @FieldResolver(() => CaseVisitConnectionType, { description: 'Home, community and village visits (ENG-8), oldest first' })
  async visits(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await caseworkLoaders(ctx).visitsByCaseId.load(kase.id), VISITS, first, after);
  }
}
