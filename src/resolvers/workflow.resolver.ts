import { Authorized, Query, Resolver } from 'type-graphql';
import { caseWorkflowMermaid, describeWorkflow } from '../machines/case-workflow';
import { WorkflowType } from '../schema/workflow.type';

@Resolver()
export class WorkflowResolver {
  @Authorized() @Query(() => WorkflowType, { description: 'The case lifecycle chart: states, events with their mutations, transitions, and a Mermaid diagram' })
  workflow() {
    return { ...describeWorkflow(), mermaid: caseWorkflowMermaid() };
  }
}
