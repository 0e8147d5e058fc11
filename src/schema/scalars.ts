import { GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { FIRST_DATE, LAST_DATE } from '../dates';

/** The dates a client may send: the one supported range of src/dates (FIRST_DATE..LAST_DATE). */
function inRange(value: unknown): string {
  const date = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (date < FIRST_DATE || date > LAST_DATE) throw new TypeError(`Dates must fall between ${FIRST_DATE} and ${LAST_DATE}: ${date}`);
  return date;
}

/**
 * An Alaska calendar date, `YYYY-MM-DD` (graphql-scalars' LocalDate), limited to FIRST_DATE..LAST_DATE
 * (1900-01-01..2100-12-31) so a date like 1800-01-01 is refused as BAD_USER_INPUT before any
 * calendar arithmetic runs.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: `A calendar date (YYYY-MM-DD), counted in Alaska time; between ${FIRST_DATE} and ${LAST_DATE}`,
  serialize: (value) => GraphQLLocalDate.serialize(value),
  parseValue: (value) => inRange(GraphQLLocalDate.parseValue(value)),
  parseLiteral: (ast: ValueNode) => inRange(GraphQLLocalDate.parseLiteral(ast, {})),
});
