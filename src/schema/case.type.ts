import { LocalDate } from './scalars';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseStateType, type CaseStatePath } from './case-state.type';
import { CasePhaseEnum, TrackEnum } from './enums';
import { NodeInterface } from './node.type';

@ObjectType('Case', { implements: NodeInterface, description: 'A Work Services case: client, office, case manager and its lifecycle state' })
export class CaseType {
  @Field(() => ID, { description: 'The case\'s id (node(id) fetches it; mutations take it as caseId)' }) id: string;
  @Field(() => TrackEnum, { description: 'Work First or Families First; a change goes through requestTrackChange / decideTrackChange (TRK-1)' }) track: TrackEnum;
  @Field(() => LocalDate, { description: 'The date of the current referral (Alaska date); ENG-1 and ENG-3 deadlines count from it' }) referralDate: string;
  @Field(() => Int, { description: 'Months of assistance used of the 60-month lifetime limit (TL-1)' }) monthsUsed: number;
  @Field(() => CaseStateType, { description: 'Where the case is in the lifecycle chart: its active state nodes and phase' }) state: CaseStatePath;
  @Field(() => CasePhaseEnum, { description: 'Where the case is in its lifecycle: the top-level region of the chart' }) phase: CasePhaseEnum;
  @Field(() => Int, { description: 'Send it back as expectedVersion to detect concurrent changes' }) version: number;
  @Field(() => Int, { description: 'Version of the lifecycle chart the stored state belongs to (CASE_MACHINE_VERSION); for support, not for clients\' logic' }) machineVersion: number;
  @Field({ description: 'Child care is authorized (SS-3: request it before the 1st of each month)' }) childCareAuthorized: boolean;
  @Field({ description: 'The child care is federally funded (two-parent families then need 55/50 hours, 45 CFR 261.32)' }) childCareFederallyFunded: boolean;
  @Field(() => GraphQLDateTime, { description: 'When the case was created (server time)' }) createdAt: Date;
  @Field(() => GraphQLDateTime, { description: 'When the case last changed (server time)' }) updatedAt: Date;
  clientId: string;
  officeId: string;
  caseManagerId: string;
  snapshot: unknown;
}
