import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { AccessLogCollector } from './collector';
import { AUDITED_FIELDS, AUDITED_TYPES, type AccessFieldGroup, type RecordKey } from './field-groups';

type Root = Record<string, unknown> | null;
type Resolver = GraphQLFieldResolver<Root, { accessLog?: AccessLogCollector }>;

function objectType(schema: GraphQLSchema, typeName: string): GraphQLObjectType {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`withAccessLog: ${typeName} is not an object type of the schema`);
  return type;
}

function record(collector: AccessLogCollector, keys: RecordKey | readonly RecordKey[], group: AccessFieldGroup): void {
  if (Array.isArray(keys)) for (const key of keys as readonly RecordKey[]) collector.record(key, group);
  else collector.record(keys as RecordKey, group);
}

/**
 * Records the read once the field has produced its value: not when its resolver throws, rejects or
 * returns an Error (graphql-js makes that the field's error). So a field refused by its
 * authorization check (@Authorized, a policy in the resolver) logs nothing: the log holds
 * disclosures. A plain value costs no allocation; a promise, the one callback that waits for it.
 */
function recordOnSuccess(result: unknown, collector: AccessLogCollector, keys: RecordKey | readonly RecordKey[], group: AccessFieldGroup): unknown {
  if (typeof (result as PromiseLike<unknown> | null)?.then === 'function') {
    return (result as PromiseLike<unknown>).then((value) => {
      if (!(value instanceof Error)) record(collector, keys, group);
      return value;
    });
  }
  if (!(result instanceof Error)) record(collector, keys, group);
  return result;
}

/**
 * Wraps every field of the audited types, and the audited fields of aggregate types
 * (field-groups.ts), so that resolving it records, in the request's collector, which client's
 * record was read and which group of it. Recording is a Set lookup; the write happens once per
 * request (access-log plugin). Requests without a signed-in user (nothing of a client can be read
 * then) have no collector and record nothing.
 */
export function withAccessLog(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, audited] of Object.entries(AUDITED_TYPES)) {
    for (const field of Object.values(objectType(schema, typeName).getFields())) {
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      const group = audited.groups[field.name] ?? audited.groups.default;
      const wrapped: Resolver = (root, args, context, info) => {
        const key = context.accessLog && root ? audited.keyOf(root) : null;
        const result = resolve(root, args, context, info);
        return key ? recordOnSuccess(result, context.accessLog!, key, group) : result;
      };
      field.resolve = wrapped as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  for (const [typeName, fields] of Object.entries(AUDITED_FIELDS)) {
    const type = objectType(schema, typeName);
    for (const [fieldName, audited] of Object.entries(fields)) {
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`withAccessLog: ${typeName}.${fieldName} is not a field of the schema`);
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      const wrapped: Resolver = (root, args, context, info) => {
        const result = resolve(root, args, context, info);
        return context.accessLog && root ? recordOnSuccess(result, context.accessLog, audited.keysOf(root), audited.group) : result;
      };
      field.resolve = wrapped as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
