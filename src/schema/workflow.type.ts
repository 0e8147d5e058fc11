import { Field, ObjectType } from 'type-graphql';
import { CaseEventEnum, CaseMutationEnum } from './case-event.enum';
import { StaffRoleEnum, WorkflowStateKindEnum } from './enums';

@ObjectType('WorkflowState', { description: 'One state node of the lifecycle chart' })
export class WorkflowStateType {
  @Field({ description: 'The node\'s id, its path joined with underscores (as in the mermaid diagram)' }) id: string;
  @Field({ description: 'The node\'s dotted path from the root (e.g. open.compliance.penalized)' }) path: string;
  @Field(() => WorkflowStateKindEnum, { description: 'atomic, compound, parallel or final' }) type: WorkflowStateKindEnum;
  @Field(() => String, { nullable: true, description: 'The parent node\'s path; null for a top-level node' }) parent: string | null;
}

@ObjectType('WorkflowEvent', { description: 'An event of the chart and who may send it' })
export class WorkflowEventType {
  @Field(() => CaseEventEnum, { description: 'The chart event' }) event: CaseEventEnum;
  @Field(() => CaseMutationEnum, { description: 'The mutation that sends it' }) mutation: CaseMutationEnum;
  @Field(() => [StaffRoleEnum], { description: 'The roles allowed to send it' }) roles: StaffRoleEnum[];
}

@ObjectType('WorkflowTransition', { description: 'One transition of the chart: from a state, on an event, to a state, maybe behind a guard' })
export class WorkflowTransitionType {
  @Field({ description: 'Path of the source state' }) from: string;
  @Field(() => CaseEventEnum, { description: 'The event that takes it' }) event: CaseEventEnum;
  @Field(() => CaseMutationEnum, { description: 'The mutation that sends the event' }) mutation: CaseMutationEnum;
  @Field({ description: 'Path of the target state' }) to: string;
  @Field(() => String, { nullable: true, description: 'Name of the guard that must hold (e.g. canIssueJ016); null when unguarded' }) guard: string | null;
}

@ObjectType('Workflow', { description: 'The case lifecycle chart, read from the machine definition' })
export class WorkflowType {
  @Field(() => [WorkflowStateType], { description: 'Every state node, parents before children' }) states: WorkflowStateType[];
  @Field(() => [WorkflowEventType], { description: 'Every event with its mutation and roles' }) events: WorkflowEventType[];
  @Field(() => [WorkflowTransitionType], { description: 'Every transition' }) transitions: WorkflowTransitionType[];
  @Field({ description: 'A Mermaid stateDiagram-v2 generated from the machine' }) mermaid: string;
}
