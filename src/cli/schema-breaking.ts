import { CriticalityLevel, diff, DiffRule, type Change } from '@graphql-inspector/core';
import {
  buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema,
} from 'graphql';

/** What changed between two schemas, as graphql-inspector classifies it, split by what CI does with it. */
export interface SchemaChanges {
  /** Breaking changes to an element that was not deprecated first: CI fails on these. */
  breaking: Change[];
  /** Breaking changes to an element that the old schema had already deprecated: allowed. */
  afterDeprecation: Change[];
  /** Dangerous (e.g. a value added to an enum a client may switch on exhaustively): reported only. */
  dangerous: Change[];
  safe: Change[];
}

/**
 * Whether the old schema had deprecated the element a change is about, or the field that owns it
 * (an argument of a deprecated field may change). Paths are inspector's: `Type.field`,
 * `Type.field.argument`, `Enum.VALUE`, `Input.field`.
 */
function deprecatedBefore(old: GraphQLSchema, path: string | undefined): boolean {
  if (!path) return false;
  const [typeName, member, argument] = path.split('.');
  const type = old.getType(typeName);
  if (!member) return false;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return false;
    if (field.deprecationReason != null) return true;
    return argument != null && field.args.find((a) => a.name === argument)?.deprecationReason != null;
  }
  if (isInputObjectType(type)) return type.getFields()[member]?.deprecationReason != null;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason != null;
  return false;
}

const isAllowedRemoval = (change: Change): boolean => {
  const kind = String(change.type);
  return kind.endsWith('_REMOVED') && kind !== 'TYPE_REMOVED';
};

/**
 * Compares the previous commit's SDL with the current one. A breaking change passes only when the
 * element was deprecated in the old schema: removals of deprecated fields, input fields and enum
 * values (inspector's suppressRemovalOfDeprecatedField rule), and changes to deprecated fields or
 * their arguments. A removed type is not judged on its own: the fields that returned it are.
 *
 * @example
 * const old = 'type Query { a: Int @deprecated(reason: "use b") b: Int c: Int }';
 * (await schemaChanges(old, 'type Query { b: Int }')).breaking.map((c) => c.path) // ['Query.c']
 */
export async function schemaChanges(oldSdl: string, newSdl: string): Promise<SchemaChanges> {
  const oldSchema = buildSchema(oldSdl);
  const changes = await diff(oldSchema, buildSchema(newSdl), [DiffRule.suppressRemovalOfDeprecatedField]);
  const result: SchemaChanges = { breaking: [], afterDeprecation: [], dangerous: [], safe: [] };
  for (const change of changes) {
    const level = change.criticality.level;
    if (level === CriticalityLevel.Breaking) {
      (deprecatedBefore(oldSchema, change.path) ? result.afterDeprecation : result.breaking).push(change);
    } else if (level === CriticalityLevel.Dangerous) {
      // suppressRemovalOfDeprecatedField downgrades an allowed removal to Dangerous, and every
      // removed type (judged by the fields that returned it).
      (isAllowedRemoval(change) ? result.afterDeprecation : result.dangerous).push(change);
    } else {
      result.safe.push(change);
    }
  }
  return result;
}
