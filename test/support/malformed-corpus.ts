import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import { ACCESS_LOG_CURSOR } from '../../src/resolvers/access-log.resolver';
import { CASE_LIST_ORDERS, TOP_LEVEL_CURSORS } from '../../src/schema/page-info.orders';

/**
 * The malformed-request corpus, generated from the built schema so it grows with it: every text
 * argument and input field (String, ID) of every query and mutation with a NUL and with a lone
 * surrogate, as a variable and as an inline literal; every date, month and instant out of range;
 * every number, flag and enum of the wrong type. Everything else in a request is valid-shaped
 * (real ids, in-range dates), so the malformed value is what the API must refuse.
 */

export type Path = Array<string | number>;
export interface Ids { caseId: string; staffId: string; officeId: string }
export interface Expectation { code: string; field?: string; constraint?: string }
/** `expect` null: any answer but a 5xx or INTERNAL_SERVER_ERROR will do (the value is in range, data may come back). */
export interface MalformedRequest { name: string; query: string; variables?: Record<string, unknown>; expect: Expectation | null }

const NUL = 'A\u0000na';
const SURROGATE = 'A\uD800na';

/** The field name a refusal must carry: class-validator's, without a mutation's `input.`. */
export const fieldName = (arg: string, path: Path) => (arg === 'input' && path.length ? path : [arg, ...path]).join('.');

function idFor(name: string, ids: Ids): string {
  if (/office/i.test(name)) return ids.officeId;
  if (/manager|staff|actor/i.test(name)) return ids.staffId;
  return ids.caseId;
}

/** A valid-shaped value of a type: only required fields, real ids, in-range dates. */
export function sample(type: GraphQLInputType, name: string, ids: Ids): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, ids);
  if (isListType(type)) return [sample(type.ofType, name, ids)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = sample(f.type, f.name, ids);
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  const scalars: Record<string, unknown> = {
    String: 'text', Int: 1, Float: 1, Boolean: false, LocalDate: '2026-11-02', YearMonth: '2026-10', DateTime: '2026-11-02T18:00:00.000Z', JSONObject: {},
  };
  return type.name === 'ID' ? idFor(name, ids) : scalars[type.name];
}

/** Every leaf position of a type (lists at index 0) with its named type. */
export function* leaves(type: GraphQLInputType, path: Path = [], seen = new Set<string>()): Generator<{ path: Path; typeName: string; isEnum: boolean }> {
  const t = getNullableType(type);
  if (isListType(t)) yield* leaves(t.ofType, [...path, 0], seen);
  else if (isInputObjectType(t)) {
    if (seen.has(t.name)) return;
    for (const f of Object.values(t.getFields())) yield* leaves(f.type, [...path, f.name], new Set([...seen, t.name]));
  } else if (isScalarType(t) || isEnumType(t)) yield { path, typeName: t.name, isEnum: isEnumType(t) };
}

/** `current` (or a sample) with `value` at `path`, creating the objects and lists on the way. */
export function withValueAt(type: GraphQLInputType, current: unknown, path: Path, value: unknown, ids: Ids, name = ''): unknown {
  if (!path.length) return value;
  const t = getNullableType(type);
  if (isListType(t)) {
    const list = Array.isArray(current) && current.length ? [...current] : [sample(t.ofType, name, ids)];
    list[0] = withValueAt(t.ofType, list[0], path.slice(1), value, ids, name);
    return list;
  }
  if (!isInputObjectType(t)) throw new Error(`no field ${String(path[0])} below ${String(t)}`);
  const field = t.getFields()[String(path[0])];
  const object = { ...((current as Record<string, unknown> | undefined) ?? (sample(t, name, ids) as object)) } as Record<string, unknown>;
  object[field.name] = withValueAt(field.type, object[field.name] ?? sample(field.type, field.name, ids), path.slice(1), value, ids, field.name);
  return object;
}

/** A value as a GraphQL literal; a string as a JSON string (GraphQL takes the same \u escapes). */
export function literal(value: unknown, type: GraphQLInputType): string {
  const t = getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (isListType(t)) return `[${(value as unknown[]).map((v) => literal(v, t.ofType)).join(', ')}]`;
  if (isInputObjectType(t)) {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v, t.getFields()[k].type)}`).join(', ')} }`;
  }
  if (isEnumType(t)) return value as string;
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}

const selectionOf = (field: GraphQLField<unknown, unknown>) => (isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : '{ __typename }');

/** The root fields of the schema that take arguments, with the operation keyword for each. */
export function rootFields(schema: GraphQLSchema): Array<{ op: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> {
  return [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]].flatMap(([op, type]) =>
    Object.values((type as GraphQLObjectType).getFields()).filter((f) => f.args.length).map((field) => ({ op: op as 'query' | 'mutation', field })));
}

/** One field called with its required arguments as samples and `arg` set to `value` at `path`, as variables. */
export function asVariables(op: string, field: GraphQLField<unknown, unknown>, arg: string, path: Path, value: unknown, ids: Ids) {
  const variables: Record<string, unknown> = {};
  for (const a of field.args) {
    if (a.name === arg) variables[a.name] = withValueAt(a.type, sample(a.type, a.name, ids), path, value, ids, a.name);
    else if (isNonNullType(a.type) && a.defaultValue === undefined) variables[a.name] = sample(a.type, a.name, ids);
  }
  const used = field.args.filter((a) => a.name in variables);
  const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return { query: `${op} Corpus(${defs}) { ${field.name}(${args}) ${selectionOf(field)} }`, variables };
}

/** The same call with every argument written inline. */
export function asLiteral(op: string, field: GraphQLField<unknown, unknown>, arg: string, path: Path, value: unknown, ids: Ids): string {
  const { variables } = asVariables(op, field, arg, path, value, ids);
  const args = field.args.filter((a) => a.name in variables).map((a) => `${a.name}: ${literal(variables[a.name], a.type)}`).join(', ');
  return `${op} Corpus { ${field.name}(${args}) ${selectionOf(field)} }`;
}

const OUT_OF_RANGE: Record<string, string[]> = {
  LocalDate: ['1899-12-31', '2101-01-01', '2026-02-30'],
  YearMonth: ['1899-12', '2101-01', '2026-13'],
  DateTime: ['1899-12-31T23:59:59Z', '2101-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-02-30T10:00:00Z'],
};
const WRONG_TYPE: Record<string, unknown> = { Int: 'twelve', Float: 'x', Boolean: 'yes', LocalDate: 20261102, YearMonth: true, DateTime: [] };

/** The generated corpus: text, dates and instants, wrong types, over every argument of the schema. */
export function generateCorpus(schema: GraphQLSchema, ids: Ids): MalformedRequest[] {
  const out: MalformedRequest[] = [];
  for (const { op, field } of rootFields(schema)) {
    for (const a of field.args) {
      for (const leaf of leaves(a.type)) {
        const where = `${field.name}(${fieldName(a.name, leaf.path)})`;
        const field_ = fieldName(a.name, leaf.path);
        if (leaf.typeName === 'String' || leaf.typeName === 'ID') {
          for (const [what, value, constraint] of [['NUL', NUL, 'noNulCharacter'], ['lone surrogate', SURROGATE, 'isWellFormedUnicode']] as const) {
            out.push({ name: `${where} ${what} (variable)`, ...asVariables(op, field, a.name, leaf.path, value, ids), expect: { code: 'BAD_USER_INPUT', field: field_, constraint } });
          }
          // A lone surrogate cannot be written in a GraphQL string literal: the parser refuses it (GRAPHQL_PARSE_FAILED).
          out.push({ name: `${where} NUL (literal)`, query: asLiteral(op, field, a.name, leaf.path, NUL, ids), expect: { code: 'BAD_USER_INPUT', field: field_, constraint: 'noNulCharacter' } });
          out.push({ name: `${where} lone surrogate (literal)`, query: asLiteral(op, field, a.name, leaf.path, SURROGATE, ids), expect: { code: 'GRAPHQL_PARSE_FAILED' } });
        }
        for (const value of OUT_OF_RANGE[leaf.typeName] ?? []) {
          out.push({ name: `${where} ${value} (variable)`, ...asVariables(op, field, a.name, leaf.path, value, ids), expect: { code: 'BAD_USER_INPUT', field: field_, constraint: `is${leaf.typeName}` } });
        }
        const first = OUT_OF_RANGE[leaf.typeName]?.[0];
        if (first) out.push({ name: `${where} ${first} (literal)`, query: asLiteral(op, field, a.name, leaf.path, first, ids), expect: { code: 'BAD_USER_INPUT', field: field_, constraint: `is${leaf.typeName}` } });
        const wrong = leaf.isEnum ? 'NOT_A_VALUE' : WRONG_TYPE[leaf.typeName];
        if (wrong !== undefined) out.push({ name: `${where} wrong type ${JSON.stringify(wrong)}`, ...asVariables(op, field, a.name, leaf.path, wrong, ids), expect: { code: 'BAD_USER_INPUT', field: field_ } });
      }
    }
  }
  return out;
}

/** Object fields with an `after` argument, below a root field that takes an id (case, client): their cursors are forged too. */
export function nestedConnections(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName);
  return isObjectType(type) ? Object.values(type.getFields()).filter((f) => f.args.some((a) => a.name === 'after')).map((f) => f.name) : [];
}

/** Every list whose cursor is tagged with its name (src/schema/page-info.cursor.ts), from the code that pages it: a new list is forged too. */
export const CURSOR_LISTS: string[] = [...Object.values(CASE_LIST_ORDERS), ...Object.values(TOP_LEVEL_CURSORS), ACCESS_LOG_CURSOR].map((l) => l.name);

/** Cursors of a list's own tag that this API never issued: impossible days and times, an id past safe integers, a date for an instant, a year out of range. */
export function forgedCursorsOf(list: string, encode: (v: unknown) => string): string[] {
  return [
    [list, '2026-02-30T00:00:00.000Z', 1], [list, '2026-01-01T25:00:00.000Z', 1], [list, '2026-02-30T25:00:00Z', 1],
    [list, '2026-01-01T00:00:00Z', 1e30], [list, '2026-02-30', 1], [list, '1800-01-01T00:00:00Z', 1],
  ].map(encode);
}

/**
 * What a top-level list needs besides `after` to reach its statement, as arguments to add: accessLog
 * refuses a request that names neither a client nor a staff member before it reads a page, so a
 * forged cursor that slipped through would never meet PostgreSQL without one.
 */
export function rootListArguments(field: string, ids: Pick<Ids, 'staffId'>): string {
  return field === 'accessLog' ? `, staff: ${JSON.stringify(ids.staffId)}` : '';
}
