import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** Meta fields anyone may select at the root (introspection itself has its own switch). */
const META_FIELDS = ['__typename', '__schema', '__type'];

/**
 * The root fields that need no sign-in, as `Query.calendar`: those whose resolver has no
 * `@Authorized` (on the method or on its class). Read from type-graphql's own metadata, the one
 * place the gates are written, so a new public query needs no second list here, and a gated one
 * can never be added to this set by mistake.
 */
export function publicRootFields(schema: GraphQLSchema): ReadonlySet<string> {
  const storage = getMetadataStorage();
  // type-graphql keys its metadata by the resolver class, typed as Function there too.
  type Target = (typeof storage.queries)[number]['target'];
  const gated = (target: Target, method: string) =>
    storage.authorizedResolver.some((a) => a.target === target)
    || storage.authorizedFields.some((a) => a.target === target && a.fieldName === method);
  const roots = [
    { type: schema.getQueryType(), handlers: storage.queries },
    { type: schema.getMutationType(), handlers: storage.mutations },
  ];
  const names = new Set<string>();
  for (const { type, handlers } of roots) {
    if (!type) continue;
    for (const h of handlers) {
      if (type.getFields()[h.schemaName] && !gated(h.target, h.methodName)) names.add(`${type.name}.${h.schemaName}`);
    }
    for (const meta of META_FIELDS) names.add(`${type.name}.${meta}`);
  }
  return names;
}
