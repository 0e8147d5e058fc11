import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { RequestHandler } from 'express';
import {
  GraphQLError, Kind, Lexer, parse, Source, TokenKind, validate,
  type ASTVisitor, type DocumentNode, type GraphQLSchema, type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';

/**
 * The document's shape, measured before Apollo parses and validates it: graphql-js's validation
 * grows with the document, one of its rules (OverlappingFieldsCanBeMerged) with the square of
 * the fields repeated in a selection set, and every unknown or repeated directive adds an error
 * to the answer. So the limits that bound that work must run first, each refusing with one error.
 */

export type LimitMeasure = 'tokens' | 'depth' | 'aliases' | 'directives' | 'fieldRepeats' | 'cost';

export interface ShapeLimits {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxFieldRepeats: number;
}

/** The one shape of a refusal: QUERY_TOO_COMPLEX, the measure, its limit. `http` is read by Apollo, not sent. */
export function tooComplex(measure: LimitMeasure, limit: number, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`Query too complex: ${message}`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', measure, limit, ...extra, http: { status: 400 } },
  });
}

/** Tokens up to `stopAfter + 1`: the lexer stops there, so a 500 KB document costs no more than a long one. */
export function countTokens(query: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  try {
    while (n <= stopAfter && lexer.advance().kind !== TokenKind.EOF) n += 1;
  } catch {
    // A syntax error: Apollo's parser reports it (GRAPHQL_PARSE_FAILED) with its position.
  }
  return n;
}

/** Fields of a selection set by response name, through its inline fragments (they merge into it). */
function responseNames(set: SelectionSetNode, counts = new Map<string, number>()): Map<string, number> {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      const name = s.alias?.value ?? s.name.value;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      responseNames(s.selectionSet, counts);
    }
  }
  return counts;
}

/**
 * A field written more than `max` times in one selection set (graphql-cop's "field duplication":
 * 500 `__typename`), or one directive repeated on one field (its "directive overloading": ten
 * `@aa`). Both are refused with one error, before validation spends time or errors on them.
 */
function repeatsRule(maxFieldRepeats: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    SelectionSet(node) {
      for (const [name, n] of responseNames(node)) {
        if (n > maxFieldRepeats) {
          context.reportError(tooComplex('fieldRepeats', maxFieldRepeats, `"${name}" is selected ${n} times in one selection set (at most ${maxFieldRepeats})`));
          return false;
        }
      }
      return undefined;
    },
    enter(node) {
      if (!('directives' in node) || !node.directives || node.directives.length < 2) return;
      const seen = new Set<string>();
      for (const d of node.directives) {
        if (seen.has(d.name.value)) {
          const same = node.directives.filter((x) => x.name.value === d.name.value).length;
          context.reportError(tooComplex('directives', 1, `@${d.name.value} is repeated ${same} times on one ${node.kind === Kind.FIELD ? 'field' : 'location'}`));
          return;
        }
        seen.add(d.name.value);
      }
    },
  });
}

/**
 * graphql-armor's rules (depth, aliases, directives), reporting a coded error instead of throwing
 * (propagateOnRejection would throw out of validate()); fragments add no depth of their own.
 */
function shapeRules(limits: ShapeLimits): ValidationRule[] {
  const report = (measure: LimitMeasure, limit: number) => [(ctx: ValidationContext | null, err: GraphQLError) =>
    ctx?.reportError(tooComplex(measure, limit, err.message.replace(/^Syntax Error: /, '').replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())))];
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: report('depth', limits.maxDepth) }),
    // No allowList: armor lets `__typename` aliases through by default, which is graphql-cop's alias overloading probe.
    maxAliasesRule({ n: limits.maxAliases, allowList: [], propagateOnRejection: false, onReject: report('aliases', limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: report('directives', limits.maxDirectives) }),
    repeatsRule(limits.maxFieldRepeats),
  ];
}

/** The first limit a document passes, or null. Parsing is capped at maxTokens (graphql-js's own option). */
export function shapeRefusal(schema: GraphQLSchema, query: string, limits: ShapeLimits): GraphQLError | null {
  if (countTokens(query, limits.maxTokens) > limits.maxTokens) {
    return tooComplex('tokens', limits.maxTokens, `the document has more than ${limits.maxTokens} tokens`);
  }
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens });
  } catch {
    return null; // Apollo parses it again and answers GRAPHQL_PARSE_FAILED with the position.
  }
  return validate(schema, document, shapeRules(limits))[0] ?? null;
}

/**
 * Express middleware in front of Apollo. graphql-armor's max-tokens is an Envelop parser hook,
 * which Apollo 5 does not have; so the document is lexed (and, under the cap, parsed) here, and
 * Apollo's parseOptions.maxTokens stays behind it as a backstop. The parse is repeated by Apollo
 * (tens of microseconds for a real document); the refusal costs no more than the cap.
 */
export function refuseOversizedDocuments(schema: GraphQLSchema, limits: ShapeLimits): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : typeof req.query?.query === 'string' ? req.query.query : undefined;
    const refusal = query === undefined ? null : shapeRefusal(schema, query, limits);
    if (!refusal) {
      next();
      return;
    }
    const { http: _http, ...extensions } = refusal.extensions;
    res.status(400).json({ errors: [{ message: refusal.message, extensions }] });
  };
}
