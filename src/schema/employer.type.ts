import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ContractKind, OutreachKind } from '../employers/employer-rules';
import { connectionType } from './connection.type';
import { NodeInterface } from './node.type';
import { LocalDate } from './scalars';
import { EmployerContractKindEnum, EmployerOutreachKindEnum } from './worksite-enums';
import { EmployerType } from './worksite.type';

@ObjectType('EmployerReimbursement', { implements: NodeInterface, description: 'SITE-2: a reimbursement to the employer under a contract, for a period' })
export class EmployerReimbursementType {
  @Field(() => ID, { description: 'The reimbursement\'s id' }) id: string;
  @Field(() => ID, { description: 'The contract it is paid under' }) contractId: string;
  @Field(() => LocalDate, { description: 'First day of the period it covers' }) periodStart: string;
  @Field(() => LocalDate, { description: 'Last day of the period it covers' }) periodEnd: string;
  @Field(() => Float, { description: 'Amount in dollars (exact to the cent)' }) amount: number;
  @Field(() => LocalDate, { nullable: true, description: 'The day it was paid; null while not paid' }) paidOn: string | null;
  amountCents: string;
}

@ObjectType('EmployerContract', { implements: NodeInterface, description: 'SITE-2: an OJT or Job Start contract with an employer for a client, with its reimbursements (never above the cap)' })
export class EmployerContractType {
  @Field(() => ID, { description: 'The contract\'s id (recordEmployerReimbursement takes it)' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => EmployerType, { description: 'The employer' }) employer: EmployerType;
  @Field(() => EmployerContractKindEnum, { description: 'OJT or Job Start' }) kind: ContractKind;
  @Field(() => LocalDate, { description: 'The first day of work under it' }) startsOn: string;
  @Field(() => Float, { description: 'Hourly wage in dollars' }) hourlyWage: number;
  @Field(() => Float, { description: 'Hours a week' }) hoursPerWeek: number;
  @Field(() => Int, { description: 'The share of the wage reimbursed, in percent' }) reimbursementPercent: number;
  @Field(() => Float, { description: 'The most the employer is reimbursed under it, in dollars' }) reimbursementCap: number;
  @Field(() => Float, { description: 'Reimbursed so far, in dollars' }) reimbursedTotal: number;
  @Field(() => Float, { description: 'What the cap still allows, in dollars' }) remaining: number;
  @Field(() => LocalDate, { description: 'The day the contract was submitted' }) submittedOn: string;
  @Field(() => [EmployerReimbursementType], { description: 'Its reimbursements, by period' }) reimbursements: EmployerReimbursementType[];
  employerId: string;
  wageCentsPerHour: number;
  centiHoursPerWeek: number;
  capCents: string;
  reimbursedCents: string;
}

@ObjectType('EmployerOutreach', { implements: NodeInterface, description: 'SITE-3: employer outreach (a job fair, an agency meeting, a visit, education about incentives and tax credits)' })
export class EmployerOutreachType {
  @Field(() => ID, { description: 'The record\'s id' }) id: string;
  @Field(() => EmployerOutreachKindEnum, { description: 'What kind of outreach' }) kind: OutreachKind;
  @Field(() => LocalDate, { description: 'The day it took place' }) heldOn: string;
  @Field(() => EmployerType, { nullable: true, description: 'The employer of the office it reached; null when it names an organization instead' }) employer: EmployerType | null;
  @Field(() => String, { nullable: true, description: 'The organization it reached when it is not an employer on file' }) organizationName: string | null;
  @Field({ description: 'What was done and agreed' }) notes: string;
  @Field(() => ID, { description: 'Who entered it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was entered (server time)' }) recordedAt: Date;
  employerId: string | null;
}

export const EmployerContractConnectionType = connectionType('EmployerContract', EmployerContractType, 'A page of a case\'s OJT and Job Start contracts, by start');
export const EmployerOutreachConnectionType = connectionType('EmployerOutreach', EmployerOutreachType, 'A page of the office\'s employer outreach, newest first');
