import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CASE_NOTE_CATEGORIES, CLIENT_NOTE_SUBJECTS, type CaseNoteCategory, type ClientNoteSubject } from '../notes/note-templates';
import { CaseNoteCategoryEnum, ClientNoteSubjectEnum } from './note.type';
import { MutationInput } from './inputs/mutation.input';
import { ContactMethodEnum } from './enums';

@InputType({ description: 'Text under one heading of a client note' })
export class ClientNoteSectionInput {
  @Field({ description: 'One of the subject\'s standard headings (NOTE-1)' }) @IsString() @Length(1, 100) heading: string;
  @Field({ description: 'What to write under it' }) @IsString() @Length(1, 10000) text: string;
}

@InputType({ description: 'NOTE-1: the sections follow the subject\'s standard headings, in order' })
export class AddClientNoteInput extends MutationInput {
  @Field(() => ID, { description: 'The case the note is for' }) @IsUUID() caseId: string;
  @Field(() => ClientNoteSubjectEnum, { description: 'The note\'s one major subject; it sets the title and the headings required (NOTE-1)' }) @IsIn(CLIENT_NOTE_SUBJECTS) subject: ClientNoteSubject;
  @Field(() => [ClientNoteSectionInput], { description: 'Text under each heading of the subject, every required heading once' }) @ValidateNested({ each: true }) @Type(() => ClientNoteSectionInput) @ArrayMinSize(1) @ArrayMaxSize(10)
  sections: ClientNoteSectionInput[];
  @Field(() => ContactMethodEnum, { nullable: true, description: 'How the client was contacted (a CONTACT or CONTACT_ATTEMPT note, ENG-2)' }) @IsOptional() @IsEnum(ContactMethodEnum) contactMethod?: ContactMethodEnum;
  @Field(() => ID, { nullable: true, description: 'Makes this note an addendum to an earlier one' }) @IsOptional() @IsUUID() correctsNoteId?: string;
}

@InputType({ description: 'A case note (CANO): one of the NOTE-3 categories and its text' })
export class AddCaseNoteInput extends MutationInput {
  @Field(() => ID, { description: 'The case the note is for' }) @IsUUID() caseId: string;
  @Field(() => CaseNoteCategoryEnum, { description: 'One of the categories NOTE-3 allows' }) @IsIn(CASE_NOTE_CATEGORIES) category: CaseNoteCategory;
  @Field({ description: 'The note\'s text; it becomes the E alert\'s text' }) @IsString() @Length(3, 10000) text: string;
}
