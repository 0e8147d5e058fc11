import { Field, ObjectType } from 'type-graphql';
import { CaseType } from './case.type';

@ObjectType('CaseTransitionResult', { description: 'The case after a lifecycle event, with the states it moved between' })
export class CaseTransitionResultType {
  @Field(() => CaseType) case: CaseType;
  @Field() fromState: string;
  @Field() toState: string;
}
