/**
 * GraphQL Code Generator for a front end or partner: TypeScript types of the schema and of the
 * operations in docs/operations (the README's examples). `npm run codegen:check` runs these same
 * plugins and settings in CI (through @graphql-codegen/core, against the built schema) and
 * type-checks what they generate. A front end uses this file as its codegen.ts with
 * @graphql-codegen/cli (whose current release needs Node 22.15+; the check itself does not).
 */

/** Each custom scalar as its JSON value arrives in TypeScript (the scalar's description says the same). */
export const SCALARS = {
  LocalDate: 'string',
  DateTime: 'string',
  YearMonth: 'string',
  JSONObject: 'Record<string, unknown>',
};

// strictScalars: a new scalar without a mapping fails the run instead of becoming `any`.
export const SHARED_CONFIG = { scalars: SCALARS, strictScalars: true, enumsAsTypes: true, useTypeImports: true };

/** The shape of @graphql-codegen/cli's CodegenConfig this project uses (so this file needs no CLI installed). */
interface CodegenConfig {
  schema: string;
  documents: string;
  generates: Record<string, { plugins: Array<'typescript' | 'typescript-operations'>; config: typeof SHARED_CONFIG }>;
}

// typescript-operations (v6) declares the enums and inputs an operation uses itself, so the schema's
// types (the typescript plugin) go to a file of their own: the two in one file would clash.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'docs/operations/*.graphql',
  generates: {
    'generated/schema-types.ts': { plugins: ['typescript'], config: SHARED_CONFIG },
    'generated/operations.ts': { plugins: ['typescript-operations'], config: SHARED_CONFIG },
  },
};

export default config;
