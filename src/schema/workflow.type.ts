import { Field, ObjectType } from 'type-graphql';
import { StaffRoleEnum } from './enums';

@ObjectType('WorkflowState')
export class WorkflowStateType {
  @Field() id: string;
  @Field() path: string;
  @Field({ description: 'atomic, compound, parallel or final' }) type: string;
  @Field(() => String, { nullable: true }) parent: string | null;
}

@ObjectType('WorkflowEvent')
export class WorkflowEventType {
  @Field() event: string;
  @Field() mutation: string;
  @Field(() => [StaffRoleEnum]) roles: StaffRoleEnum[];
}

@ObjectType('WorkflowTransition')
export class WorkflowTransitionType {
  @Field() from: string;
  @Field() event: string;
  @Field() mutation: string;
  @Field() to: string;
  @Field(() => String, { nullable: true }) guard: string | null;
}

@ObjectType('Workflow', { description: 'The case lifecycle chart, read from the machine definition' })
export class WorkflowType {
  @Field(() => [WorkflowStateType]) states: WorkflowStateType[];
  @Field(() => [WorkflowEventType]) events: WorkflowEventType[];
  @Field(() => [WorkflowTransitionType]) transitions: WorkflowTransitionType[];
  @Field({ description: 'A Mermaid stateDiagram-v2 generated from the machine' }) mermaid: string;
}
