import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CASE_NOTE_CATEGORIES, CLIENT_NOTE_SUBJECTS, type CaseNoteCategory, type ClientNoteSubject } from '../notes/note-templates';
import { CaseNoteCategoryEnum, ClientNoteSubjectEnum } from './note.type';

@InputType()
export class ClientNoteSectionInput {
  @Field() @IsString() @Length(1, 100) heading: string;
  @Field() @IsString() @Length(1, 10000) text: string;
}

@InputType({ description: 'NOTE-1: the sections follow the subject\'s standard headings, in order' })
export class AddClientNoteInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => ClientNoteSubjectEnum) @IsIn(CLIENT_NOTE_SUBJECTS) subject: ClientNoteSubject;
  @Field(() => [ClientNoteSectionInput]) @ValidateNested({ each: true }) @Type(() => ClientNoteSectionInput) @ArrayMinSize(1) @ArrayMaxSize(10)
  sections: ClientNoteSectionInput[];
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 30) contactMethod?: string;
  @Field(() => ID, { nullable: true, description: 'Makes this note an addendum to an earlier one' }) @IsOptional() @IsUUID() correctsNoteId?: string;
}

@InputType()
export class AddCaseNoteInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => CaseNoteCategoryEnum) @IsIn(CASE_NOTE_CATEGORIES) category: CaseNoteCategory;
  @Field() @IsString() @Length(3, 10000) text: string;
}
