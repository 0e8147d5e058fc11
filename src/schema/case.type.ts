import { LocalDate } from './scalars';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CasePhaseEnum, TrackEnum } from './enums';

@ObjectType('Case', { description: 'A Work Services case: client, office, case manager and its lifecycle state' })
export class CaseType {
  @Field(() => ID) id: string;
  @Field(() => TrackEnum) track: TrackEnum;
  @Field(() => LocalDate) referralDate: string;
  @Field(() => Int, { description: 'Months of assistance used of the 60-month lifetime limit (TL-1)' }) monthsUsed: number;
  @Field({ description: 'Active state path(s) of the lifecycle chart, comma-separated when regions run in parallel' }) state: string;
  @Field(() => CasePhaseEnum) phase: CasePhaseEnum;
  @Field(() => Int, { description: 'Send it back as expectedVersion to detect concurrent changes' }) version: number;
  @Field(() => Int) machineVersion: number;
  @Field({ description: 'Child care is authorized (SS-3: request it before the 1st of each month)' }) childCareAuthorized: boolean;
  @Field({ description: 'The child care is federally funded (two-parent families then need 55/50 hours, 45 CFR 261.32)' }) childCareFederallyFunded: boolean;
  @Field(() => GraphQLDateTime) createdAt: Date;
  @Field(() => GraphQLDateTime) updatedAt: Date;
  clientId: string;
  officeId: string;
  caseManagerId: string;
  snapshot: unknown;
}
