import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OfficeType } from './office.type';
import { LocalDate } from './scalars';
import { StaffType } from './staff.type';

@ObjectType('OverdueRuleCount', { description: 'How many obligations of one rule are overdue (unresolved, due before today)' })
export class OverdueRuleCountType {
  @Field({ description: 'The DOMAIN.md rule id, e.g. ENG-3 (the worklist\'s ruleIds filter takes it)' }) ruleId: string;
  @Field(() => Int, { description: 'How many are overdue' }) count: number;
}

@ObjectType('SupervisionFigures', { description: 'A caseload\'s figures, for one case manager or a whole office' })
export class SupervisionFiguresType {
  @Field(() => Int, { description: 'Open cases: TA open, from referral to participation (Post-TA and closed cases are not counted)' }) openCases: number;
  @Field(() => Int, { description: 'Overdue obligations, all rules (the worklist\'s status: OVERDUE)' }) overdueObligations: number;
  @Field(() => [OverdueRuleCountType], { description: 'Overdue obligations by rule id, by rule id; rules with none overdue are left out' }) overdueByRule: OverdueRuleCountType[];
  @Field(() => Int, { description: 'Approval requests on these cases awaiting a supervisor\'s decision (the approvals queue: TRK-1, TL-2, SS-2, waivers)' })
  pendingApprovals: number;
  @Field(() => Float, { nullable: true, description: 'MGT-3: the average file-review score (checklist items met of those applicable, 0 to 1) of the reviews in the QA period; null when no file was reviewed' })
  qaRate: number | null;
  @Field(() => Int, { description: 'MGT-1: how many file reviews of the QA period the QA rate rests on' }) qaReviews: number;
  @Field(() => Boolean, { nullable: true, description: 'MGT-3: the QA rate is at least the 80% target; null when there is no QA rate' }) meetsQaTarget: boolean | null;
}

@ObjectType('CaseManagerSupervision', { description: 'One case manager\'s caseload figures in the supervision view' })
export class CaseManagerSupervisionType {
  @Field(() => StaffType, { description: 'The case manager (an inactive one is listed while they still hold open cases or overdue obligations)' }) caseManager: StaffType;
  @Field({ description: 'Whether the account is active: an inactive case manager\'s caseload is waiting to be reassigned (reassignCaseload)' }) active: boolean;
  @Field(() => SupervisionFiguresType, { description: 'Their figures' }) figures: SupervisionFiguresType;
}

@ObjectType('OfficeSupervision', { description: 'A supervisor\'s view of an office: per case manager and for the office, caseloads, overdue obligations by rule, pending approvals and the QA rate' })
export class OfficeSupervisionType {
  @Field(() => OfficeType, { description: 'The office' }) office: OfficeType;
  @Field(() => LocalDate, { description: 'The Alaska day the figures are as of (overdue means due before it)' }) asOf: string;
  @Field(() => Float, { description: 'MGT-3: the QA target (0.8)' }) qaTarget: number;
  @Field(() => LocalDate, { description: 'The first review date the QA rates count (qaFrom, by default the first of the month)' }) qaFrom: string;
  @Field(() => LocalDate, { description: 'The last review date the QA rates count (qaTo, by default today)' }) qaTo: string;
  @Field(() => SupervisionFiguresType, { description: 'The office\'s figures: its case managers\' together (approvals and reviews of someone not listed count here too)' })
  totals: SupervisionFiguresType;
  @Field(() => [CaseManagerSupervisionType], { description: 'Every active case manager of the office, and anyone else holding its open cases or overdue obligations, by name' })
  caseManagers: CaseManagerSupervisionType[];
}
