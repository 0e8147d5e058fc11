import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { WorksiteKind } from '../worksites/worksite-rules';
import { connectionType } from './connection.type';
import { NodeInterface } from './node.type';
import { LocalDate } from './scalars';
import { WorksiteKindEnum } from './worksite-enums';

@ObjectType('Employer', { implements: NodeInterface, description: 'An employer the office works with (SITE-1, SITE-2); office-scoped, not tied to a case' })
export class EmployerType {
  @Field(() => ID, { description: 'The employer\'s id' }) id: string;
  @Field(() => ID, { description: 'The office whose record it is' }) officeId: string;
  @Field({ description: 'The employer\'s name' }) name: string;
  @Field({ description: 'Street or mailing address' }) address: string;
  @Field({ description: 'Phone number' }) phone: string;
  @Field({ description: 'The contact person' }) contactName: string;
  @Field(() => Int, { description: 'The version in force (1 when never changed); changeEmployer adds the next' }) number: number;
  @Field(() => GraphQLDateTime, { description: 'When it was first entered (server time)' }) recordedAt: Date;
}

@ObjectType('WorksitePosition', { implements: NodeInterface, description: 'A position at a worksite (SITE-1): its facts are versions, the latest in force' })
export class WorksitePositionType {
  @Field(() => ID, { description: 'The position\'s id (placeAtWorksite and changeWorksitePosition take it)' }) id: string;
  @Field(() => ID, { description: 'The worksite it is at' }) worksiteId: string;
  @Field(() => Int, { description: 'The version in force (1 when never changed); changeWorksitePosition adds the next' }) number: number;
  @Field({ description: 'The position\'s title' }) title: string;
  @Field(() => Float, { description: 'Hours a week the position offers (at most 40, AS 47.27.035)' }) hoursPerWeek: number;
  @Field(() => [String], { description: 'Skills the position uses or teaches' }) skills: string[];
  @Field(() => Int, { description: 'How many volunteers the position needs: placements beyond it are refused (positionFull)' }) slots: number;
  @Field(() => Int, { description: 'Slots taken today by placements not ended' }) slotsTaken: number;
  @Field({ description: 'Whether it takes placements' }) active: boolean;
  centiHoursPerWeek: number;
}

@ObjectType('SiteAgreement', { implements: NodeInterface, description: 'The agreement between a worksite (or its employer) and the agency (SITE-1); printable at documentUrl' })
export class SiteAgreementType {
  @Field(() => ID, { description: 'The agreement\'s id' }) id: string;
  @Field(() => ID, { description: 'The worksite it covers' }) worksiteId: string;
  @Field(() => LocalDate, { description: 'The day it was signed' }) signedOn: string;
  @Field(() => LocalDate, { description: 'The first day it holds' }) effectiveFrom: string;
  @Field(() => LocalDate, { nullable: true, description: 'The last day it holds; null when open-ended' }) effectiveTo: string | null;
  @Field({ description: 'Who signed for the agency' }) agencySigner: string;
  @Field({ description: 'Who signed for the site' }) siteSigner: string;
  @Field({ description: 'Path of the printable HTML agreement (GET with the same Authorization: Bearer header as /graphql)' }) documentUrl: string;
}

@ObjectType('Worksite', { implements: NodeInterface, description: 'A CWE or BWE worksite of the office (SITE-1) with its positions and site agreements' })
export class WorksiteType {
  @Field(() => ID, { description: 'The worksite\'s id' }) id: string;
  @Field(() => ID, { description: 'The office whose record it is' }) officeId: string;
  @Field(() => WorksiteKindEnum, { description: 'CWE or BWE' }) kind: WorksiteKind;
  @Field({ description: 'The site\'s name' }) name: string;
  @Field({ description: 'Street address of the site' }) address: string;
  @Field({ description: 'Phone number of the site' }) phone: string;
  @Field({ description: 'The contact person at the site' }) contactName: string;
  @Field(() => Int, { description: 'The version in force (1 when never changed); changeWorksite adds the next' }) number: number;
  @Field(() => EmployerType, { nullable: true, description: 'The employer the site belongs to; null when the site is its own employer' }) employer: EmployerType | null;
  @Field(() => [WorksitePositionType], { description: 'Its positions, oldest first' }) positions: WorksitePositionType[];
  @Field(() => [SiteAgreementType], { description: 'Its site agreements, by effective date' }) siteAgreements: SiteAgreementType[];
  employerId: string | null;
}

@ObjectType('PlacementProgressNote', { implements: NodeInterface, description: 'SITE-1: how the client is doing at the site, as monitored; append-only' })
export class PlacementProgressNoteType {
  @Field(() => ID, { description: 'The note\'s id' }) id: string;
  @Field(() => ID, { description: 'The placement it is about' }) placementId: string;
  @Field(() => ID, { description: 'The case of the placement' }) caseId: string;
  @Field(() => LocalDate, { description: 'The day it is about' }) notedOn: string;
  @Field({ description: 'What was observed or reported' }) text: string;
  @Field(() => ID, { description: 'Who entered it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was entered (server time)' }) recordedAt: Date;
}

@ObjectType('WorksitePlacement', { implements: NodeInterface, description: 'A client placed in a worksite position (SITE-1, TRK-5), the site of their WORK_EXPERIENCE assignment; printable at documentUrl' })
export class WorksitePlacementType {
  @Field(() => ID, { description: 'The placement\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => ID, { description: 'The WORK_EXPERIENCE activity assignment it is the site of (hours are entered on it)' }) assignmentId: string;
  @Field(() => WorksitePositionType, { description: 'The position' }) position: WorksitePositionType;
  @Field(() => WorksiteType, { description: 'The worksite' }) worksite: WorksiteType;
  @Field(() => LocalDate, { description: 'The first day at the site' }) startsOn: string;
  @Field(() => Float, { description: 'Hours a week at the site' }) hoursPerWeek: number;
  @Field({ description: 'The supervisor at the site' }) supervisorName: string;
  @Field(() => LocalDate, { nullable: true, description: 'The day it ended (its slot is free from then); null while it runs' }) endedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Why it ended; null while it runs' }) endReason: string | null;
  @Field(() => [PlacementProgressNoteType], { description: 'Progress notes, oldest first (SITE-1)' }) progressNotes: PlacementProgressNoteType[];
  @Field({ description: 'Path of the printable HTML placement agreement (GET with the same Authorization: Bearer header as /graphql)' }) documentUrl: string;
  positionId: string;
  centiHoursPerWeek: number;
}

export const WorksiteConnectionType = connectionType('Worksite', WorksiteType, 'A page of the office\'s worksites, by name');
export const EmployerConnectionType = connectionType('Employer', EmployerType, 'A page of the office\'s employers, by name');
export const WorksitePlacementConnectionType = connectionType('WorksitePlacement', WorksitePlacementType, 'A page of a case\'s worksite placements, by start');
