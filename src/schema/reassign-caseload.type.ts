import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MAX_CASES_PER_REASSIGNMENT, type CaseRefusal } from '../supervision/reassignment-rules';
import { MutationInput } from './inputs/mutation.input';
import { MutationPayload } from './mutation-payload';

/** ENG-3 bulk reassignment (issue 13 item 5): what happens when one of the cases is refused. */
export enum ReassignmentModeEnum { ALL_OR_NOTHING = 'ALL_OR_NOTHING', BEST_EFFORT = 'BEST_EFFORT' }
export enum CaseReassignmentStatusEnum { MOVED = 'MOVED', REFUSED = 'REFUSED', ROLLED_BACK = 'ROLLED_BACK' }

registerEnumType(ReassignmentModeEnum, {
  name: 'ReassignmentMode',
  description: 'What a bulk reassignment does when one of its cases is refused',
  valuesConfig: {
    ALL_OR_NOTHING: { description: 'One transaction: any refused case writes nothing, and the payload names the refused ones' },
    BEST_EFFORT: { description: 'Each case on its own (a savepoint): refused cases are reported, the others move' },
  },
});
registerEnumType(CaseReassignmentStatusEnum, {
  name: 'CaseReassignmentStatus',
  description: 'What happened to one case of a bulk reassignment',
  valuesConfig: {
    MOVED: { description: 'Its CHANGE_CASE_MANAGER was written: history row, ENG-3 clock restarted, obligations re-derived' },
    REFUSED: { description: 'Refused (see `error`); nothing was written for it' },
    ROLLED_BACK: { description: 'ALL_OR_NOTHING: it would have moved, but another case was refused, so nothing was written' },
  },
});

@InputType({ description: 'ENG-3: move a list of cases, or a case manager\'s whole open caseload, to another case manager of your office' })
export class ReassignCaseloadInput extends MutationInput {
  @Field(() => [ID], { nullable: true, description: `The cases to move, each once, at most ${MAX_CASES_PER_REASSIGNMENT}; or give fromCaseManagerId instead` })
  @IsOptional() @IsUUID('all', { each: true }) caseIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: `Move this case manager's whole open caseload (TA open: referral to participation; at most ${MAX_CASES_PER_REASSIGNMENT} cases); or give caseIds instead` })
  @IsOptional() @IsUUID() fromCaseManagerId?: string | null;

  @Field(() => ID, { description: 'The active case manager of your office who takes the cases (ENG-3 restarts each case\'s 30-day clock)' })
  @IsUUID() toCaseManagerId: string;

  @Field(() => ReassignmentModeEnum, { description: 'ALL_OR_NOTHING (any refusal writes nothing) or BEST_EFFORT (refusals reported, the others move)' })
  @IsEnum(ReassignmentModeEnum) mode: ReassignmentModeEnum;
}

@ObjectType('CaseReassignmentOutcome', { description: 'What a bulk reassignment did with one case; `case` and `error` resolve by field' })
export class CaseReassignmentOutcomeType {
  @Field(() => ID, { description: 'The case, as the request named it (or as the caseload listed it)' }) caseId: string;
  @Field(() => CaseReassignmentStatusEnum, { description: 'MOVED, REFUSED or ROLLED_BACK' }) status: CaseReassignmentStatusEnum;
  @Field(() => Int, { nullable: true, description: 'The case\'s version after its CHANGE_CASE_MANAGER (Case.version); null unless MOVED' }) version: number | null;
  /** The refusal as plain data (a stored response replays it); the `error` field gives it its type. */
  refusal: CaseRefusal | null;
}

@ObjectType('ReassignCaseloadPayload', { description: 'The result of reassignCaseload: each case\'s outcome, in the order the request named them' })
export class ReassignCaseloadPayload extends MutationPayload {
  @Field(() => ReassignmentModeEnum, { nullable: true, description: 'The mode the request ran in; null when it was refused as a whole' }) mode?: ReassignmentModeEnum | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the moves were written: false when ALL_OR_NOTHING met a refused case (userErrors then lists each refusal); null when refused as a whole' })
  committed?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'How many cases moved; null when refused as a whole' }) movedCount?: number | null;
  @Field(() => Int, { nullable: true, description: 'How many cases were refused; null when refused as a whole' }) refusedCount?: number | null;
  @Field(() => [CaseReassignmentOutcomeType], { nullable: true, description: 'Every case named, in the request\'s order (a caseload\'s by id); null when the request was refused as a whole (see userErrors)' })
  outcomes?: CaseReassignmentOutcomeType[] | null;
}
