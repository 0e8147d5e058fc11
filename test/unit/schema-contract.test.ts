import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isNonNullType, isObjectType,
  isScalarType, type GraphQLField, type GraphQLInputField, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from '../../src/schema/build-schema';

/**
 * Issue 9 (Done when): introspection shows no String where an enum or a typed scalar exists, and
 * `Node` on every object with an id. The name rules below say which names carry a closed set of
 * values in this domain; a String under such a name fails, naming its coordinate.
 */
const ENUM_LIKE = /(^|[a-z])(event|events|mutation|role|method|decision|kind|status|phase|track|relationship|activity|frequency|category|subject|type)$/i;
const MONTH_LIKE = /(^|[a-z])(month)$/i;
const DATE_LIKE = /(On|Date|date)$/;

/** Strings on purpose, each with its reason. */
const ALLOWED_STRINGS = new Set([
  // Display text of the active state paths; the typed value is CaseState.nodes.
  'CaseState.path',
  // The refusing state as text beside the typed event; a front end shows it, it does not switch on it.
  'TransitionNotAllowedError.state',
  // Rule ids keep DOMAIN.md's spelling (ENG-1): an enum value cannot contain '-'.
  'Obligation.ruleId', 'EligibilityNotice.ruleId',
  // The workflow describes compound states and guards, which are not leaf CaseStateNodes.
  'WorkflowState.path', 'WorkflowTransition.from', 'WorkflowTransition.to', 'WorkflowTransition.guard',
  // GraphQL's own meta field.
  '__typename',
]);

type AnyField = GraphQLField<unknown, unknown> | GraphQLInputField;

function stringsWhereTypesExist(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  const check = (owner: string, name: string, type: GraphQLNamedType) => {
    const coordinate = `${owner}.${name}`;
    if (ALLOWED_STRINGS.has(coordinate) || type.name !== 'String') return;
    if (ENUM_LIKE.test(name) || MONTH_LIKE.test(name) || DATE_LIKE.test(name)) found.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as AnyField[]) {
        check(type.name, field.name, getNamedType(field.type));
        for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}`, arg.name, getNamedType(arg.type));
      }
    }
  }
  return found.sort();
}

function objectsWithIdButNotNode(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !isIntrospectionType(type))
    .filter((type) => {
      const id = type.getFields().id;
      return id && isNonNullType(id.type) && getNamedType(id.type).name === 'ID' && !type.getInterfaces().some((i) => i.name === 'Node');
    })
    .map((type) => type.name)
    .sort();
}

describe('schema contract (issue 9)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => { schema = await buildAppSchema(); });

  it('has no String field or argument where an enum, YearMonth or LocalDate belongs', () => {
    expect(stringsWhereTypesExist(schema)).toEqual([]);
  });

  it('puts Node on every object type with an id, and serves node(id) and nodes(ids)', () => {
    expect(objectsWithIdButNotNode(schema)).toEqual([]);
    const query = schema.getQueryType()!.getFields();
    expect(getNamedType(query.node.type).name).toBe('Node');
    expect(getNamedType(query.nodes.type).name).toBe('Node');
  });

  it('gives every mutation its own payload type with userErrors', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const payloads = new Set(mutations.map((m) => getNamedType(m.type).name));
    expect(payloads.size).toBe(mutations.length);
    for (const m of mutations) {
      const payload = getNamedType(m.type);
      expect(isObjectType(payload) && getNamedType(payload.getFields().userErrors.type).name).toBe('UserError');
    }
  });

  it('describes each custom scalar with its JSON and TypeScript type', () => {
    const custom = Object.values(schema.getTypeMap()).filter((t) => isScalarType(t) && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));
    expect(custom.length).toBeGreaterThan(0);
    for (const scalar of custom) expect(`${scalar.name}: ${scalar.description}`).toMatch(/JSON/);
  });

  it('finds a String where an enum belongs, and an object with an id but no Node (the checks cannot pass vacuously)', () => {
    const bad = buildSchema('interface Node { id: ID! } type Query { a: A } type A { id: ID! role: String month: String }');
    expect(stringsWhereTypesExist(bad)).toEqual(['A.month', 'A.role']);
    expect(objectsWithIdButNotNode(bad)).toEqual(['A']);
    expect(isEnumType(bad.getType('Query'))).toBe(false);
  });
});
