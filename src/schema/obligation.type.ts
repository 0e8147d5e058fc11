import { LocalDate } from './scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfoType } from './case-connection.type';

export enum ObligationStatusEnum { OPEN = 'OPEN', MET = 'MET', OVERDUE = 'OVERDUE', WAIVED = 'WAIVED' }
registerEnumType(ObligationStatusEnum, { name: 'ObligationStatus' });

@ObjectType('Obligation', { description: 'A deadline a rule puts on a case: what is due, when, and whether it was met' })
export class ObligationType {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field({ description: 'Stable per rule instance, e.g. ENG-4:2026-11; use it to waive' }) key: string;
  @Field({ description: 'The DOMAIN.md rule id, e.g. ENG-1' }) ruleId: string;
  @Field() description: string;
  @Field(() => LocalDate) dueDate: string;
  @Field(() => ObligationStatusEnum) status: ObligationStatusEnum;
  @Field(() => String, { nullable: true }) metBy: string | null;
  @Field(() => LocalDate, { nullable: true }) metOn: string | null;
  @Field(() => String, { nullable: true }) waiverReason: string | null;
}

@ObjectType('ObligationEdge')
export class ObligationEdgeType {
  @Field() cursor: string;
  @Field(() => ObligationType) node: ObligationType;
}

@ObjectType('ObligationConnection', { description: 'A worklist page, earliest due first' })
export class ObligationConnectionType {
  @Field(() => [ObligationEdgeType]) edges: ObligationEdgeType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
}
