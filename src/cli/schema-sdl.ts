import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../schema/build-schema';

/** The committed schema artifact, at the repository root: what front ends and partners build on. */
export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

/**
 * SDL of a schema with types, fields, arguments and enum values in lexicographic order, so the
 * committed file's diffs show what changed rather than where a decorator moved. Ends with a newline.
 *
 * @example
 * sortedSdl(buildSchema('type Query { b: Int a: Int }')) // 'type Query {\n  a: Int\n  b: Int\n}\n'
 */
export function sortedSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The SDL of the schema the server serves (built from the resolvers, as at start-up). */
export async function builtSdl(): Promise<string> {
  return sortedSdl(await buildAppSchema());
}

/** The committed schema.graphql, or null when there is none yet. */
export function committedSdl(): string | null {
  try {
    return readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    return null;
  }
}
