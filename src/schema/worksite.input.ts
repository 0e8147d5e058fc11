import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { ContractKind, OutreachKind } from '../employers/employer-rules';
import type { WorksiteKind } from '../worksites/worksite-rules';
import { EmployerContractType, EmployerOutreachType, EmployerReimbursementType } from './employer.type';
import { MutationInput } from './inputs/mutation.input';
import { entityPayload } from './mutation-payload';
import { LocalDate } from './scalars';
import { EmployerContractKindEnum, EmployerOutreachKindEnum, WorksiteKindEnum } from './worksite-enums';
import { EmployerType, PlacementProgressNoteType, SiteAgreementType, WorksitePlacementType, WorksitePositionType, WorksiteType } from './worksite.type';

@InputType({ description: 'SITE-1: an employer of your office' })
export class CreateEmployerInput extends MutationInput {
  @Field({ description: 'The employer\'s name' }) @Length(1, 200) name: string;
  @Field({ description: 'Address' }) @Length(1, 500) address: string;
  @Field({ description: 'Phone number' }) @Length(1, 50) phone: string;
  @Field({ description: 'The contact person' }) @Length(1, 200) contactName: string;
}

@InputType({ description: 'SITE-1: a CWE or BWE worksite of your office' })
export class CreateWorksiteInput extends CreateEmployerInput {
  @Field(() => WorksiteKindEnum, { description: 'CWE or BWE' }) @IsEnum(WorksiteKindEnum) kind: WorksiteKind;
  @Field(() => ID, { nullable: true, description: 'The employer of your office the site belongs to; omit when the site is its own employer' }) @IsOptional() @IsUUID() employerId?: string | null;
}

@InputType({ description: 'SITE-1: an employer\'s name and contact facts from now on (its next version)' })
export class ChangeEmployerInput extends CreateEmployerInput {
  @Field(() => ID, { description: 'The employer' }) @IsUUID() employerId: string;
}

@InputType({ description: 'SITE-1: a worksite\'s name and contact facts from now on (its next version)' })
export class ChangeWorksiteInput extends CreateEmployerInput {
  @Field(() => ID, { description: 'The worksite' }) @IsUUID() worksiteId: string;
}

@InputType({ description: 'SITE-1: a position at a worksite' })
export class AddWorksitePositionInput extends MutationInput {
  @Field(() => ID, { description: 'The worksite' }) @IsUUID() worksiteId: string;
  @Field({ description: 'The title' }) @Length(1, 200) title: string;
  @Field(() => Float, { description: 'Hours a week (more than 0, at most 40, 2 decimals)' }) hoursPerWeek: number;
  @Field(() => [String], { description: 'Skills it uses or teaches' }) @ArrayMaxSize(50) @Length(1, 200, { each: true }) skills: string[];
  @Field(() => Int, { description: 'How many volunteers it needs (0-1000)' }) @IsInt() @Min(0) @Max(1000) slots: number;
  @Field(() => Boolean, { nullable: true, description: 'Whether it takes placements (default true)' }) @IsOptional() @IsBoolean() active?: boolean | null;
}

@InputType({ description: 'SITE-1: the position\'s facts from now on (its next version)' })
export class ChangeWorksitePositionInput extends MutationInput {
  @Field(() => ID, { description: 'The position' }) @IsUUID() positionId: string;
  @Field({ description: 'The title' }) @Length(1, 200) title: string;
  @Field(() => Float, { description: 'Hours a week (more than 0, at most 40, 2 decimals)' }) hoursPerWeek: number;
  @Field(() => [String], { description: 'Skills it uses or teaches' }) @ArrayMaxSize(50) @Length(1, 200, { each: true }) skills: string[];
  @Field(() => Int, { description: 'How many volunteers it needs (0-1000); fewer than placed refuses new placements only' }) @IsInt() @Min(0) @Max(1000) slots: number;
  @Field({ description: 'Whether it takes placements' }) @IsBoolean() active: boolean;
}

@InputType({ description: 'SITE-1: the agreement between a worksite and the agency' })
export class RecordSiteAgreementInput extends MutationInput {
  @Field(() => ID, { description: 'The worksite' }) @IsUUID() worksiteId: string;
  @Field(() => LocalDate, { description: 'The day it was signed (not after today)' }) signedOn: string;
  @Field(() => LocalDate, { description: 'The first day it holds (not before signedOn, SITE-1)' }) effectiveFrom: string;
  @Field(() => LocalDate, { nullable: true, description: 'The last day it holds (not before effectiveFrom); omit when open-ended' }) @IsOptional() effectiveTo?: string | null;
  @Field({ description: 'Who signed for the agency' }) @Length(1, 200) agencySigner: string;
  @Field({ description: 'Who signed for the site' }) @Length(1, 200) siteSigner: string;
}

@InputType({ description: 'SITE-1 / TRK-5: place the client in a position, as the site of their WORK_EXPERIENCE (CWE/BWE) assignment' })
export class PlaceAtWorksiteInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => ID, { description: 'The position (it must be active with a free slot on startsOn: positionFull otherwise)' }) @IsUUID() positionId: string;
  @Field(() => ID, { description: 'The case\'s WORK_EXPERIENCE activity assignment (assignActivity), one placement each' }) @IsUUID() assignmentId: string;
  @Field(() => LocalDate, { description: 'The first day at the site: within the assignment, not before the referral' }) startsOn: string;
  @Field(() => Float, { description: 'Hours a week at the site (at most the assignment\'s scheduled hours)' }) hoursPerWeek: number;
  @Field({ description: 'The supervisor at the site' }) @Length(1, 200) supervisorName: string;
}

@InputType({ description: 'SITE-1: the placement ended; its slot is free from endedOn' })
export class EndWorksitePlacementInput extends MutationInput {
  @Field(() => ID, { description: 'The placement' }) @IsUUID() placementId: string;
  @Field(() => LocalDate, { description: 'The day it ended: not before its start, not after today' }) endedOn: string;
  @Field({ description: 'Why it ended' }) @Length(1, 500) reason: string;
}

@InputType({ description: 'SITE-1: a note on the client\'s progress at the site' })
export class AddPlacementProgressNoteInput extends MutationInput {
  @Field(() => ID, { description: 'The placement' }) @IsUUID() placementId: string;
  @Field(() => LocalDate, { description: 'The day it is about: from the start, not after today or the end' }) notedOn: string;
  @Field({ description: 'What was observed or reported' }) @Length(1, 4000) text: string;
}

@InputType({ description: 'SITE-2: an OJT or Job Start contract prepared and submitted' })
export class RecordEmployerContractInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => ID, { description: 'The employer (of the case\'s office)' }) @IsUUID() employerId: string;
  @Field(() => EmployerContractKindEnum, { description: 'OJT or JOB_START' }) @IsEnum(EmployerContractKindEnum) kind: ContractKind;
  @Field(() => LocalDate, { description: 'The first day of work under it (not before the referral nor before submittedOn, SITE-2)' }) startsOn: string;
  @Field(() => Float, { description: 'Hourly wage in dollars (2 decimals)' }) hourlyWage: number;
  @Field(() => Float, { description: 'Hours a week (2 decimals)' }) hoursPerWeek: number;
  @Field(() => Int, { description: 'Share of the wage reimbursed, 1-100 percent' }) @IsInt() reimbursementPercent: number;
  @Field(() => Float, { description: 'The most the employer is reimbursed, in dollars (2 decimals)' }) reimbursementCap: number;
  @Field(() => LocalDate, { description: 'The day it was submitted (not before the referral, not after today)' }) submittedOn: string;
}

@InputType({ description: 'SITE-2: a reimbursement to the employer; the contract\'s total never exceeds its cap (withinCap)' })
export class RecordEmployerReimbursementInput extends MutationInput {
  @Field(() => ID, { description: 'The contract' }) @IsUUID() contractId: string;
  @Field(() => LocalDate, { description: 'First day of the period (not before the contract starts)' }) periodStart: string;
  @Field(() => LocalDate, { description: 'Last day of the period (not after today)' }) periodEnd: string;
  @Field(() => Float, { description: 'Amount in dollars (2 decimals)' }) amount: number;
  @Field(() => LocalDate, { nullable: true, description: 'The day it was paid (after the period, not after today); omit while unpaid' }) @IsOptional() paidOn?: string | null;
}

@InputType({ description: 'SITE-3: employer outreach; name an employer of your office or an organization' })
export class RecordEmployerOutreachInput extends MutationInput {
  @Field(() => EmployerOutreachKindEnum, { description: 'What kind of outreach' }) @IsEnum(EmployerOutreachKindEnum) kind: OutreachKind;
  @Field(() => LocalDate, { description: 'The day it took place (not after today)' }) heldOn: string;
  @Field(() => ID, { nullable: true, description: 'The employer it reached (or give organizationName)' }) @IsOptional() @IsUUID() employerId?: string | null;
  @Field(() => String, { nullable: true, description: 'The organization it reached, when not an employer on file' }) @IsOptional() @Length(1, 200) organizationName?: string | null;
  @Field({ description: 'What was done and agreed' }) @Length(0, 4000) notes: string;
}

export const CreateEmployerPayload = entityPayload('CreateEmployerPayload', 'employer', () => EmployerType, 'The employer entered');
export const ChangeEmployerPayload = entityPayload('ChangeEmployerPayload', 'employer', () => EmployerType, 'The employer at its new version');
export const ChangeWorksitePayload = entityPayload('ChangeWorksitePayload', 'worksite', () => WorksiteType, 'The worksite at its new version');
export const CreateWorksitePayload = entityPayload('CreateWorksitePayload', 'worksite', () => WorksiteType, 'The worksite entered');
export const AddWorksitePositionPayload = entityPayload('AddWorksitePositionPayload', 'position', () => WorksitePositionType, 'The position added');
export const ChangeWorksitePositionPayload = entityPayload('ChangeWorksitePositionPayload', 'position', () => WorksitePositionType, 'The position at its new version');
export const RecordSiteAgreementPayload = entityPayload('RecordSiteAgreementPayload', 'siteAgreement', () => SiteAgreementType, 'The site agreement recorded');
export const PlaceAtWorksitePayload = entityPayload('PlaceAtWorksitePayload', 'placement', () => WorksitePlacementType, 'The placement');
export const EndWorksitePlacementPayload = entityPayload('EndWorksitePlacementPayload', 'placement', () => WorksitePlacementType, 'The placement, ended');
export const AddPlacementProgressNotePayload = entityPayload('AddPlacementProgressNotePayload', 'progressNote', () => PlacementProgressNoteType, 'The progress note');
export const RecordEmployerContractPayload = entityPayload('RecordEmployerContractPayload', 'contract', () => EmployerContractType, 'The contract');
export const RecordEmployerReimbursementPayload = entityPayload('RecordEmployerReimbursementPayload', 'reimbursement', () => EmployerReimbursementType, 'The reimbursement');
export const RecordEmployerOutreachPayload = entityPayload('RecordEmployerOutreachPayload', 'outreach', () => EmployerOutreachType, 'The outreach record');
