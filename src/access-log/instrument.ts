import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { AccessLogCollector } from './collector';
import { AUDITED_TYPES } from './field-groups';

/**
 * Wraps every field of the audited types (field-groups.ts) so that resolving it records, in the
 * request's collector, which client's record was read and which group of it. Recording is a Set
 * lookup; the write happens once per request (access-log plugin). Requests without a signed-in
 * user (nothing of a client can be read then) have no collector and record nothing.
 */
export function withAccessLog(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, audited] of Object.entries(AUDITED_TYPES)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`withAccessLog: ${typeName} is not an object type of the schema`);
    for (const field of Object.values(type.getFields())) {
      type Root = Record<string, unknown> | null;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<Root, { accessLog?: AccessLogCollector }>;
      const group = audited.groups[field.name] ?? audited.groups.default;
      const wrapped: GraphQLFieldResolver<Root, { accessLog?: AccessLogCollector }> = (root, args, context, info) => {
        const key = context.accessLog && root ? audited.keyOf(root) : null;
        if (key) context.accessLog!.record(key, group);
        return resolve(root, args, context, info);
      };
      field.resolve = wrapped as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
