import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ContactChannel, ContactDirection, ContactParty, VisitKind, VisitPurpose } from '../contacts/contact-rules';
import { connectionType } from './connection.type';
import { ContactChannelEnum, ContactDirectionEnum, ContactPartyEnum, VisitKindEnum, VisitPurposeEnum } from './casework.enums';
import { MutationInput } from './inputs/mutation.input';
import { NodeInterface } from './node.type';
import { entityPayload } from './mutation-payload';
import { LocalDate } from './scalars';

@ObjectType('ContactResponse', { description: 'ENG-7: the answer to a logged contact' })
export class ContactResponseType {
  @Field(() => GraphQLDateTime, { description: 'When it was answered' }) respondedAt: Date;
  @Field(() => ContactChannelEnum, { description: 'How' }) channel: ContactChannel;
  @Field({ description: 'What was answered' }) summary: string;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
}

@ObjectType('ContactLogEntry', { implements: NodeInterface, description: 'ENG-7: a call, e-mail or partner request on a case; an inbound one is answered the same day or within 1 business day (an emergent one the same day)' })
export class ContactLogEntryType {
  @Field(() => ID, { description: 'The contact\'s id (recordContactResponse takes it)' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => ContactDirectionEnum, { description: 'Inbound (to be answered) or outbound' }) direction: ContactDirection;
  @Field(() => ContactChannelEnum, { description: 'Phone, e-mail, ...' }) channel: ContactChannel;
  @Field(() => ContactPartyEnum, { description: 'Who it is from (or with)' }) fromParty: ContactParty;
  @Field(() => GraphQLDateTime, { description: 'When it was received (or made)' }) receivedAt: Date;
  @Field({ description: 'An emergent need: addressed the same day (ENG-7)' }) emergent: boolean;
  @Field({ description: 'What it was about' }) summary: string;
  @Field(() => ContactResponseType, { nullable: true, description: 'The answer; null while unanswered' }) response: ContactResponseType | null;
  @Field(() => ID, { description: 'The staff member who logged it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was logged (server time)' }) recordedAt: Date;
}

@ObjectType('CaseVisit', { implements: NodeInterface, description: 'ENG-8: a home, community or village visit, as recorded' })
export class CaseVisitType {
  @Field(() => ID, { description: 'The visit\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => LocalDate, { description: 'The day of the visit' }) visitedOn: string;
  @Field(() => VisitKindEnum, { description: 'Home, community or village' }) kind: VisitKind;
  @Field(() => VisitPurposeEnum, { description: 'Why it was made' }) purpose: VisitPurpose;
  @Field({ description: 'What came of it' }) outcome: string;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@InputType({ description: 'ENG-7: a call, e-mail or partner request to log' })
export class LogContactInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => ContactDirectionEnum, { description: 'Inbound (to be answered) or outbound' }) @IsEnum(ContactDirectionEnum) direction: ContactDirection;
  @Field(() => ContactChannelEnum, { description: 'How it came' }) @IsEnum(ContactChannelEnum) channel: ContactChannel;
  @Field(() => ContactPartyEnum, { description: 'Who it is from' }) @IsEnum(ContactPartyEnum) fromParty: ContactParty;
  @Field(() => GraphQLDateTime, { description: 'When it was received: on or after the referral, not in the future' }) receivedAt: Date;
  @Field(() => Boolean, { nullable: true, description: 'An emergent need: due the same day (default false)' }) @IsOptional() @IsBoolean() emergent?: boolean | null;
  @Field({ description: 'What it was about' }) @IsString() @Length(1, 2000) summary: string;
}

@InputType({ description: 'ENG-7: the answer to a logged contact' })
export class RecordContactResponseInput extends MutationInput {
  @Field(() => ID, { description: 'The contact' }) @IsUUID() contactId: string;
  @Field(() => GraphQLDateTime, { description: 'When it was answered: not before the contact, not in the future' }) respondedAt: Date;
  @Field(() => ContactChannelEnum, { description: 'How' }) @IsEnum(ContactChannelEnum) channel: ContactChannel;
  @Field({ description: 'What was answered' }) @IsString() @Length(1, 2000) summary: string;
}

@InputType({ description: 'ENG-8: a home, community or village visit' })
export class RecordVisitInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => LocalDate, { description: 'The day: on or after the referral, not after today' }) visitedOn: string;
  @Field(() => VisitKindEnum, { description: 'Where' }) @IsEnum(VisitKindEnum) kind: VisitKind;
  @Field(() => VisitPurposeEnum, { description: 'Why' }) @IsEnum(VisitPurposeEnum) purpose: VisitPurpose;
  @Field({ description: 'What came of it' }) @IsString() @Length(1, 4000) outcome: string;
  @Field(() => Boolean, { nullable: true, description: 'PEN-4: whether child safety was determined; required with a HOME visit of purpose PENALTY_RESOLUTION (which then also records the penalty\'s home visit, as recordPenaltyResolutionHomeVisit does), refused with any other visit' })
  @IsOptional() @IsBoolean() childSafetyDetermined?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'The case\'s version (Case.version): required when the visit records the penalty\'s home visit in the chart (BAD_USER_INPUT without it, VERSION_CONFLICT when stale); ignored otherwise' })
  @IsOptional() @IsInt() expectedVersion?: number | null;
}

export const LogContactPayload = entityPayload('LogContactPayload', 'contact', () => ContactLogEntryType, 'The contact logged (ENG-7)');
export const RecordContactResponsePayload = entityPayload('RecordContactResponsePayload', 'contact', () => ContactLogEntryType, 'The contact with its response');
export const RecordVisitPayload = entityPayload('RecordVisitPayload', 'visit', () => CaseVisitType, 'The visit recorded (ENG-8)');
export const ContactLogConnectionType = connectionType('ContactLogEntry', ContactLogEntryType, 'A page of a case\'s contact log, oldest first');
export const CaseVisitConnectionType = connectionType('CaseVisit', CaseVisitType, 'A page of a case\'s visits, oldest first');
