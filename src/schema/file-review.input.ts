import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FILE_REVIEW_ITEMS, FILE_REVIEW_RESULTS, type FileReviewItem, type FileReviewResult } from '../file-reviews/file-review-checklist';
import { FileReviewCorrectionType, FileReviewDrawType, FileReviewItemEnum, FileReviewResultEnum, FileReviewSampleCaseType, FileReviewType } from './file-review.type';
import { MutationInput } from './inputs/mutation.input';
import { entityPayload } from './mutation-payload';
import { LocalDate, YearMonth } from './scalars';

@InputType({ description: 'MGT-1: draw the month\'s file-review sample of an office' })
export class DrawFileReviewSampleInput extends MutationInput {
  @Field(() => ID, { description: 'The office: your own' }) @IsUUID() officeId: string;
  @Field(() => YearMonth, { description: 'The month: the current Alaska month (the population is the office\'s cases open today)' }) month: string;
  @Field(() => String, {
    nullable: true,
    description: 'Refused when given (BAD_USER_INPUT, constraint isServerGenerated): the server makes the seed (32 random bytes) and records it, so nobody who can read the caseload picks the sample (MGT-1)',
    deprecationReason: 'A seed chosen by whoever draws lets them pick the sample (MGT-1): omit it; the server generates and records the seed',
  })
  @IsOptional() @IsString() @Matches(/^[0-9a-fA-F]{32,128}$/, { message: 'seed is 32 to 128 hex digits' }) seed?: string | null;
}

@InputType({ description: 'MGT-1: a manager adds a case to a month\'s sample (drawn cases are never removed)' })
export class AddFileReviewCaseInput extends MutationInput {
  @Field(() => ID, { description: 'The draw (FileReviewDraw.id)' }) @IsUUID() drawId: string;
  @Field(() => ID, { description: 'A case of the draw\'s office, not yet in the sample' }) @IsUUID() caseId: string;
  @Field({ description: 'Why it is added' }) @IsString() @Length(1, 2000) reason: string;
  @Field(() => ID, { nullable: true, description: 'The reviewer (an active MANAGER or SUPERVISOR of the office); omit it for the one with the fewest cases in the sample' })
  @IsOptional() @IsUUID() reviewerId?: string | null;
}

@InputType({ description: 'The reviewer\'s answer to one checklist item' })
export class FileReviewItemAnswerInput {
  @Field(() => FileReviewItemEnum, { description: 'The item' }) @IsIn(FILE_REVIEW_ITEMS) item: FileReviewItem;
  @Field(() => FileReviewResultEnum, { description: 'What the file shows' }) @IsIn(FILE_REVIEW_RESULTS) result: FileReviewResult;
  @Field(() => String, { nullable: true, description: 'Required on a FAIL: what must be corrected (MGT-2)' }) @IsOptional() @IsString() @Length(0, 2000) comment?: string | null;
}

@InputType({ description: 'MGT-1: the assigned reviewer records the checklist of a sampled case (once)' })
export class RecordFileReviewInput extends MutationInput {
  @Field(() => ID, { description: 'The sample entry (FileReviewSampleCase.id) assigned to you' }) @IsUUID() sampleCaseId: string;
  @Field(() => LocalDate, { description: 'The day of the review: not before the case entered the sample, not after today' }) reviewedOn: string;
  @Field(() => [FileReviewItemAnswerInput], { description: 'Every checklist item (fileReviewChecklist), once each; at least one applies' })
  @ValidateNested({ each: true }) @Type(() => FileReviewItemAnswerInput) @ArrayMinSize(1) @ArrayMaxSize(100) items: FileReviewItemAnswerInput[];
}

@InputType({ description: 'MGT-2: a finding of a file review corrected' })
export class RecordFileReviewCorrectionInput extends MutationInput {
  @Field(() => ID, { description: 'The review (FileReview.id)' }) @IsUUID() reviewId: string;
  @Field(() => FileReviewItemEnum, { description: 'The failed item corrected' }) @IsIn(FILE_REVIEW_ITEMS) item: FileReviewItem;
  @Field(() => LocalDate, { description: 'The day it was corrected: on or after the review, not after today' }) correctedOn: string;
  @Field({ description: 'What was corrected' }) @IsString() @Length(1, 4000) summary: string;
}

export const DrawFileReviewSamplePayload = entityPayload('DrawFileReviewSamplePayload', 'draw', () => FileReviewDrawType, 'The draw recorded, with its sample (MGT-1)');
export const AddFileReviewCasePayload = entityPayload('AddFileReviewCasePayload', 'sampleCase', () => FileReviewSampleCaseType, 'The case added to the sample (MGT-1)');
export const RecordFileReviewPayload = entityPayload('RecordFileReviewPayload', 'review', () => FileReviewType, 'The review recorded; its findings are on the worklist (MGT-2)');
export const RecordFileReviewCorrectionPayload = entityPayload('RecordFileReviewCorrectionPayload', 'correction', () => FileReviewCorrectionType, 'The correction recorded (MGT-2)');
