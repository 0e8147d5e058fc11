import { GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/** The dates a client may send: wide enough for any birth date or deadline, narrow enough that date arithmetic stays sane. */
const EARLIEST = '1900-01-01';
const LATEST = '2100-12-31';

function inRange(value: unknown): string {
  const date = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (date < EARLIEST || date > LATEST) throw new TypeError(`Dates must fall between ${EARLIEST} and ${LATEST}: ${date}`);
  return date;
}

/**
 * An Alaska calendar date, `YYYY-MM-DD` (graphql-scalars' LocalDate), limited to 1900-2100 so a
 * date like 1800-01-01 is refused as BAD_USER_INPUT before any calendar arithmetic runs.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date (YYYY-MM-DD), counted in Alaska time; between 1900-01-01 and 2100-12-31',
  serialize: (value) => GraphQLLocalDate.serialize(value) as string,
  parseValue: (value) => inRange(GraphQLLocalDate.parseValue(value)),
  parseLiteral: (ast: ValueNode) => inRange(GraphQLLocalDate.parseLiteral(ast, {})),
});
