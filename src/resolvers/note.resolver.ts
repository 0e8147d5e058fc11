import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { CaseType } from '../schema/case.type';
import { AddCaseNoteInput, AddClientNoteInput } from '../schema/note.input';
import { CaseAlertType, CaseNoteType, ClientNoteType } from '../schema/note.type';

@ArgsType()
class AlertsArgs {
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) first: number;
}

/** Client notes (CLNO), case notes (CANO) and the "E" alerts they raise. */
@Resolver(() => CaseType)
export class NoteResolver {
  @Authorized(...PERMISSIONS.writeNotes) @Mutation(() => ClientNoteType)
  addClientNote(@Arg('input') input: AddClientNoteInput, @Ctx() ctx: RequestContext) {
    return ctx.services.notes.addClientNote(requireUser(ctx), input);
  }

  @Authorized(...PERMISSIONS.writeNotes) @Mutation(() => CaseNoteType)
  addCaseNote(@Arg('input') input: AddCaseNoteInput, @Ctx() ctx: RequestContext) {
    return ctx.services.notes.addCaseNote(requireUser(ctx), input);
  }

  @Authorized(...PERMISSIONS.readCaseRecord) @Query(() => [CaseAlertType], { description: '"E" alerts raised by case notes in your office, newest first' })
  caseAlerts(@Args() { first }: AlertsArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.notes.alerts(requireUser(ctx), first);
  }

  @Authorized(...PERMISSIONS.readCaseRecord) @FieldResolver(() => [ClientNoteType])
  clientNotes(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.services.notes.clientNotes(kase.id);
  }

  @Authorized(...PERMISSIONS.readCaseRecord) @FieldResolver(() => [CaseNoteType])
  caseNotes(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.services.notes.caseNotes(kase.id);
  }
}
