import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, parse, visit, type ASTNode, type DocumentNode, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { AppError, type InvalidInput } from '../errors';

/**
 * One guard for the text a client sends, wherever it arrives (a mutation input, a query argument,
 * a filter, a variable or an inline literal): PostgreSQL refuses U+0000 in text, and an unpaired
 * UTF-16 surrogate cannot be encoded as UTF-8 (node-postgres would silently store U+FFFD in its
 * place). Both are refused as BAD_USER_INPUT before any resolver runs, so nothing is written and
 * the answer never depends on which resolver (or which database statement) would have met them.
 *
 * It runs after validation (didResolveOperation): the document is known to be well formed, and
 * only strings are visited, once each, so the cost is one pass over the variables and arguments.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** At most this many faults are listed: enough for a form, and bounded for a hostile document. */
const MAX_FAULTS = 20;

/** The rule a string breaks, or null when it is text PostgreSQL can store as sent. */
export function textFault(value: string): { constraint: string; message: string } | null {
  if (value.includes('\u0000')) return { constraint: 'noNulCharacter', message: 'contains a NUL character (U+0000), which text may not hold' };
  if (LONE_SURROGATE.test(value)) return { constraint: 'isWellFormedUnicode', message: 'contains an unpaired UTF-16 surrogate: text must be well-formed Unicode' };
  return null;
}

/**
 * The field name the API reports, as class-validator names input fields: a mutation's `input.`
 * is dropped (`input.client.firstName` -> `client.firstName`), other arguments keep their name
 * (`filter.caseManager`, `after`), list positions are `.0`.
 */
export const fieldOf = (path: ReadonlyArray<string | number>): string =>
  (path.length > 1 && path[0] === 'input' ? path.slice(1) : path).join('.') || 'input';

type Path = Array<string | number>;
interface Found { strings: Array<{ path: Path; value: string }>; variables: Map<string, Path> }

/** Every string literal of an argument value, and where each variable is used, by argument path. */
function walkValue(node: ValueNode, path: Path, found: Found): void {
  switch (node.kind) {
    case Kind.STRING: found.strings.push({ path, value: node.value }); break;
    case Kind.VARIABLE: if (!found.variables.has(node.name.value)) found.variables.set(node.name.value, path); break;
    case Kind.LIST: node.values.forEach((v, i) => walkValue(v, [...path, i], found)); break;
    case Kind.OBJECT: for (const f of node.fields) walkValue(f.value, [...path, f.name.value], found); break;
    default: break;
  }
}

function argumentsOf(document: DocumentNode): Found {
  const found: Found = { strings: [], variables: new Map() };
  visit(document, {
    Argument: (arg) => { walkValue(arg.value, [arg.name.value], found); return false; },
    VariableDefinition: (def) => {
      if (def.defaultValue) walkValue(def.defaultValue, [def.variable.name.value], found);
      return false;
    },
  });
  return found;
}

/** The strings of a variable's JSON value (object keys too: a JSONObject input may carry any). */
function walkJson(value: unknown, path: Path, visitString: (path: Path, value: string) => void): void {
  if (typeof value === 'string') visitString(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walkJson(v, [...path, i], visitString));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      visitString(path, key);
      walkJson(v, [...path, key], visitString);
    }
  }
}

/** The text faults of an operation's arguments and variables, by field. */
export function textFaults(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): InvalidInput[] {
  const faults: InvalidInput[] = [];
  const check = (path: Path, value: string) => {
    if (faults.length >= MAX_FAULTS) return;
    const fault = textFault(value);
    if (!fault) return;
    const field = fieldOf(path);
    faults.push({ field, constraint: fault.constraint, message: `${field} ${fault.message}` });
  };
  const found = argumentsOf(document);
  for (const s of found.strings) check(s.path, s.value);
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (variables && name in variables) walkJson(variables[name], found.variables.get(name) ?? [name], check);
  }
  return faults;
}

/** The Apollo plugin: refuses the operation before execution when any text is not storable. */
export const inputGuard: ApolloServerPlugin = {
  requestDidStart: () => Promise.resolve({
    didResolveOperation: ({ document, operation, request }) => {
      if (!operation) return Promise.resolve();
      const faults = textFaults(document, operation, request.variables);
      if (!faults.length) return Promise.resolve();
      return Promise.reject(new AppError('BAD_USER_INPUT', `Invalid input: ${faults.map((f) => f.message).join('; ')}`, {
        field: faults[0].field, constraint: faults[0].constraint, invalid: faults, http: { status: 400 },
      }));
    },
  }),
};

/**
 * Where in the arguments an inline literal sits, from the document text and the literal's
 * offset: graphql-js reports a literal its scalar refuses (`date: "1800-01-01"`) as a validation
 * error with a location only, and the API names the field as it does for a variable.
 */
export function literalFieldAt(source: string, offset: number): string | null {
  let document: DocumentNode;
  try { document = parse(source); } catch { return null; }
  let best: { path: Path; width: number } | null = null;
  const within = (node: ASTNode) => node.loc !== undefined && node.loc.start <= offset && offset < node.loc.end;
  const search = (node: ValueNode, path: Path) => {
    if (!within(node)) return;
    const width = node.loc!.end - node.loc!.start;
    if (!best || width < best.width) best = { path, width };
    if (node.kind === Kind.LIST) node.values.forEach((v, i) => search(v, [...path, i]));
    if (node.kind === Kind.OBJECT) for (const f of node.fields) search(f.value, [...path, f.name.value]);
  };
  visit(document, { Argument: (arg) => { search(arg.value, [arg.name.value]); return false; } });
  return best ? fieldOf((best as { path: Path }).path) : null;
}

/**
 * The field a variable's value names, from the document text: where the variable is used
 * (`cases(filter: $f)` -> `filter`, `referClient(input: $in)` -> the input) followed by the path
 * graphql-js reports inside the value. Null when the document does not parse or never uses it.
 */
export function variableFieldAt(source: string, variable: string, inner: ReadonlyArray<string | number>): string | null {
  let document: DocumentNode;
  try { document = parse(source); } catch { return null; }
  const usage = argumentsOf(document).variables.get(variable);
  return usage ? fieldOf([...usage, ...inner]) : null;
}
