import {
  buildSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from '../../src/schema/build-schema';

/**
 * Issue 9: every type, field, argument, input field and enum value of the served schema has a
 * description, so a front-end developer reading the schema (GraphiQL, codegen's comments) learns
 * what each one means. Lists what lacks one by schema coordinate: `Case`, `Case.monthsUsed`,
 * `Query.cases(first:)`, `CaseEvent.SIGN_FSSP`, `CaseFilter.phase`.
 */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined): boolean => !text?.trim();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  it('documents every type, field, argument, input field and enum value', async () => {
    const schema = await buildAppSchema();
    expect(undocumented(schema)).toEqual([]);
  });

  it('counts an element without a description (the check cannot pass vacuously)', () => {
    const schema = buildSchema('"The root" type Query { "documented" a(x: Int): Int b: Int } enum E { "yes" A B }');
    expect(undocumented(schema)).toEqual(['E', 'E.B', 'Query.a(x:)', 'Query.b']);
  });
});
