import {
  getOperationAST, getVariableValues, GraphQLError, Kind, OperationTypeNode, parse, validate,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { AppError } from '../errors';
import { textFaults } from '../http/input-guard';
import type { CallerRole, QueryLimits } from '../http/query-limits';
import { costEstimator, type CostContext } from '../http/limits/cost';
import { shapeRefusal, tooComplex } from '../http/limits/shape';

/**
 * The checks HTTP runs on a document (Apollo, src/http/query-limits.ts, src/http/input-guard.ts),
 * run on a graphql-ws subscribe message before anything executes: the shape limits (tokens,
 * depth, aliases, directives, repeated fields), parsing, validation, one operation that is a
 * subscription, its variables, its cost against the caller's role budget (the cost of one event),
 * and the text guard. Each refusal is one coded GraphQLError, as HTTP answers it.
 */

export interface SubscribeMessage { query?: unknown; operationName?: unknown; variables?: unknown }

export interface CheckedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | null;
  variables: Record<string, unknown>;
}

const coded = (error: GraphQLError, code: string): GraphQLError =>
  new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, originalError: error.originalError, extensions: { ...error.extensions, code } });

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });

/** The document of a subscribe message, parsed, validated and with its variables coerced; or its refusals. */
export function checkDocument(schema: GraphQLSchema, message: SubscribeMessage, limits: QueryLimits): CheckedOperation | GraphQLError[] {
  if (typeof message.query !== 'string') return [badRequest('A subscribe message needs a query string')];
  if (message.operationName != null && typeof message.operationName !== 'string') return [badRequest('operationName must be a string')];
  if (message.variables != null && (typeof message.variables !== 'object' || Array.isArray(message.variables))) return [badRequest('variables must be an object')];
  const shape = shapeRefusal(schema, message.query, limits);
  if (shape) return [shape];
  let document: DocumentNode;
  try {
    document = parse(message.query, { maxTokens: limits.maxTokens });
  } catch (err) {
    return [err instanceof GraphQLError ? coded(err, 'GRAPHQL_PARSE_FAILED') : badRequest('The query does not parse')];
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return invalid.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
  const operationName = message.operationName ?? null;
  const operation = getOperationAST(document, operationName);
  if (!operation) return [new GraphQLError('Name the operation to run (operationName): the document holds none or several', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return [badRequest('This WebSocket serves subscriptions: send queries and mutations by HTTP POST to /graphql')];
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], (message.variables ?? {}) as Record<string, unknown>);
  if (coerced.errors) return coerced.errors.map((e) => coded(e, 'BAD_USER_INPUT'));
  return { document, operation, operationName, variables: (message.variables ?? {}) as Record<string, unknown> };
}

/** The cost of one event against the role's budget, and the text guard (U+0000, lone surrogates). */
export function checkOperation(schema: GraphQLSchema, checked: CheckedOperation, role: CallerRole, limits: QueryLimits): GraphQLError[] {
  const fragments = checked.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [checked.operation, ...fragments] };
  const limit = limits.cost[role];
  // Signed out, a subscription stops at its @Authorized gate (UNAUTHENTICATED) and costs 1.
  const context: CostContext = role === 'ANONYMOUS' ? { gated: (type) => type === schema.getSubscriptionType()?.name } : {};
  let cost: number;
  try {
    cost = getComplexity({ schema, query: single, variables: checked.variables, estimators: [costEstimator], context });
  } catch (err) {
    if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) return [tooComplex('cost', limit, 'the operation selects too many fields to measure')];
    cost = 0;
  }
  if (cost > limit) return [tooComplex('cost', limit, `the operation costs ${cost} per event, over the ${limit} a${role === 'ANONYMOUS' ? 'n anonymous caller' : ` ${role}`} may spend at once`, { cost })];
  const faults = textFaults(checked.document, checked.operation, checked.variables);
  if (faults.length === 0) return [];
  return [new AppError('BAD_USER_INPUT', `Invalid input: ${faults.map((f) => f.message).join('; ')}`, { field: faults[0].field, constraint: faults[0].constraint, invalid: faults })];
}
