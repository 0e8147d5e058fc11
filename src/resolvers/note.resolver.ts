import { IsOptional, Max, Min } from 'class-validator';
import { AddCaseNotePayload, AddClientNotePayload } from '../schema/payloads';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { CaseType } from '../schema/case.type';
import { AddCaseNoteInput, AddClientNoteInput } from '../schema/note.input';
import { CaseAlertConnectionType, CaseListArgs, CaseNoteConnectionType, ClientNoteConnectionType } from '../schema/connections.type';
import { decodeCursor, encodeCursor, pageOfList, toPage } from '../schema/page-info.cursor';
import { CASE_LIST_ORDERS, TOP_LEVEL_CURSORS } from '../schema/page-info.orders';

@ArgsType()
class AlertsArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most this many alerts (1-200)' }) @Min(1) @Max(200) first: number;
  @Field(() => String, { nullable: true, description: 'An endCursor of this list: the alerts after it' }) @IsOptional() after?: string | null;
}

/** Client notes (CLNO), case notes (CANO) and the "E" alerts they raise. */
@Resolver(() => CaseType)
export class NoteResolver {
  @Authorized(...PERMISSIONS.writeNotes) @Mutation(() => AddClientNotePayload, { description: 'Enter a client note (CLNO) with the standard title and headings of its subject (NOTE-1); an addendum corrects an earlier one' })
  async addClientNote(@Arg('input', { description: 'What to record, and a clientMutationId that makes a retry safe' }) input: AddClientNoteInput, @Ctx() ctx: RequestContext) {
    return { clientNote: await ctx.services.notes.addClientNote(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.writeNotes) @Mutation(() => AddCaseNotePayload, { description: 'Enter a case note (CANO) in one of the categories of NOTE-3; it raises an "E" alert for the office' })
  async addCaseNote(@Arg('input', { description: 'What to record, and a clientMutationId that makes a retry safe' }) input: AddCaseNoteInput, @Ctx() ctx: RequestContext) {
    return { caseNote: await ctx.services.notes.addCaseNote(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.readCaseRecord) @Query(() => CaseAlertConnectionType, { description: '"E" alerts raised by case notes in your office, newest first' })
  async caseAlerts(@Args() { first, after }: AlertsArgs, @Ctx() ctx: RequestContext) {
    const { name, valid } = TOP_LEVEL_CURSORS.caseAlerts;
    const key = after ? decodeCursor(name, after, valid) : null;
    const page = await ctx.services.notes.alerts(requireUser(ctx), first, key ? { raisedAt: String(key[0]), id: String(key[1]) } : null);
    const edges = page.rows.map((node) => ({ cursor: encodeCursor(name, [node.cursorAt, Number(node.id)]), node }));
    return toPage(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after) }, page.countTotal);
  }

  @Authorized(...PERMISSIONS.readCaseRecord) @FieldResolver(() => ClientNoteConnectionType, { description: 'Client notes (CLNO), oldest first' })
  async clientNotes(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await ctx.loaders.clientNotesByCaseId.load(kase.id), CASE_LIST_ORDERS.clientNotes, first, after);
  }

  @Authorized(...PERMISSIONS.readCaseRecord) @FieldResolver(() => CaseNoteConnectionType, { description: 'Case notes (CANO), oldest first' })
  async caseNotes(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await ctx.loaders.caseNotesByCaseId.load(kase.id), CASE_LIST_ORDERS.caseNotes, first, after);
  }

  @Authorized(...PERMISSIONS.readCaseRecord) @FieldResolver(() => CaseAlertConnectionType, { description: '"E" alerts the case\'s case notes raised, newest first' })
  async alerts(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await ctx.loaders.alertsByCaseId.load(kase.id), CASE_LIST_ORDERS.alerts, first, after);
  }
}
