import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { validateCaseMachine } from '../machines/case-machine-validation';
import { RESOLVERS } from '../resolvers';

/** Builds the schema and checks that the lifecycle chart and the mutations agree. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
  validateCaseMachine(Object.keys(schema.getMutationType()?.getFields() ?? {}));
  return schema;
}
