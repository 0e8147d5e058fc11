import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLDateTime, GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { FIRST_DATE, FIRST_YEAR, LAST_DATE, LAST_YEAR, isMonth, type Month } from '../dates';

/**
 * The API's custom scalars. Each description says what a client sends and receives in JSON and
 * which TypeScript type it is here, so a codegen config can map them (README: codegen).
 */

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
  description: `A calendar date counted in Alaska time, between ${FIRST_DATE} and ${LAST_DATE}. `
    + 'JSON: a string "YYYY-MM-DD" (e.g. "2026-11-02"). TypeScript: string (PlainDate in src/dates)',
  serialize: (value) => GraphQLLocalDate.serialize(value),
  parseValue: (value) => inRange(GraphQLLocalDate.parseValue(value)),
  parseLiteral: (ast: ValueNode) => inRange(GraphQLLocalDate.parseLiteral(ast, {})),
});

const FIRST_MONTH = `${FIRST_YEAR}-01`;
const LAST_MONTH = `${LAST_YEAR}-12`;

/** A month a client sent, checked with src/dates' isMonth; anything else is a coded input error. */
function yearMonth(value: unknown): Month {
  if (typeof value === 'string' && isMonth(value)) return value;
  throw new GraphQLError(`YearMonth must be YYYY-MM between ${FIRST_MONTH} and ${LAST_MONTH} (e.g. 2026-10): ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT', constraint: 'isYearMonth' },
  });
}

/** A calendar month, `YYYY-MM` in FIRST_YEAR..LAST_YEAR (src/dates Month). */
export const YearMonth = new GraphQLScalarType<Month, Month>({
  name: 'YearMonth',
  description: `A calendar month (an Alaska month), between ${FIRST_MONTH} and ${LAST_MONTH}. `
    + 'JSON: a string "YYYY-MM" (e.g. "2026-10"). TypeScript: string (Month in src/dates)',
  serialize: (value) => {
    // A month the server produced: a bad one is a bug (INTERNAL_SERVER_ERROR), not the client's input.
    if (typeof value === 'string' && isMonth(value)) return value;
    throw new TypeError(`YearMonth cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: (value) => yearMonth(value),
  parseLiteral: (ast: ValueNode) => {
    // graphql-js locates a literal's error only when the scalar throws something else than a
    // GraphQLError; the API then names the argument (src/graphql-errors.ts) as for a variable.
    try { return yearMonth(ast.kind === Kind.STRING ? ast.value : undefined); } catch (e) { throw new TypeError((e as Error).message, { cause: e }); }
  },
});

/*
 * DateTime and JSONObject are graphql-scalars' own instances, used by name across src/schema; a
 * second scalar of the same name would clash in the schema, so their descriptions are set here,
 * once, before the schema is built (every schema module that declares a date imports this one).
 */
GraphQLDateTime.description = 'An instant, RFC 3339 date-time at UTC. JSON: a string (e.g. "2026-11-02T17:30:00.000Z"). '
  + `TypeScript: Date on the server (a client receives the string). Between ${FIRST_DATE} and ${LAST_DATE} (UTC), as dates are`;

/**
 * Instants are bounded like dates (FIRST_YEAR..LAST_YEAR): graphql-scalars takes any year from
 * 0001 to 9999, which no rule of the program can mean and whose Alaska date src/dates refuses.
 * Patched on the shared instance, like the description, so every DateTime argument is bounded.
 */
function instantInRange(instant: Date): Date {
  const year = instant.getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    // A TypeError, as inRange throws: graphql-js then names the variable path or the literal's location.
    throw new TypeError(`DateTime must fall between ${FIRST_DATE} and ${LAST_DATE}: ${instant.toISOString()}`);
  }
  return instant;
}
const parseInstantValue = GraphQLDateTime.parseValue.bind(GraphQLDateTime);
const parseInstantLiteral = GraphQLDateTime.parseLiteral.bind(GraphQLDateTime);
GraphQLDateTime.parseValue = (value) => instantInRange(parseInstantValue(value));
GraphQLDateTime.parseLiteral = (ast, variables) => instantInRange(parseInstantLiteral(ast, variables));
GraphQLJSONObject.description = 'A JSON object whose fields the field using it describes (e.g. a lifecycle event\'s payload). '
  + 'JSON: an object. TypeScript: Record<string, unknown>';
