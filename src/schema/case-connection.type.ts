import { Field, ObjectType } from 'type-graphql';
import { CaseType } from './case.type';

@ObjectType('PageInfo')
export class PageInfoType {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType('CaseEdge')
export class CaseEdgeType {
  @Field() cursor: string;
  @Field(() => CaseType) node: CaseType;
}

@ObjectType('CaseConnection', { description: 'A Relay-style page of cases, newest referral first' })
export class CaseConnectionType {
  @Field(() => [CaseEdgeType]) edges: CaseEdgeType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  /** Counts the cases matching the filter; CaseConnectionResolver runs it only when totalCount is asked for. */
  countTotal: () => Promise<number>;
}
