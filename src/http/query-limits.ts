import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { RequestContext } from '../context';
import { STAFF_ROLES, type StaffRole } from '../entities/staff.entity';
import { costEstimator, type CostContext } from './limits/cost';
import { publicRootFields } from './limits/public-fields';
import { tooComplex, type ShapeLimits } from './limits/shape';

export { refuseOversizedDocuments } from './limits/shape';

/**
 * Query limits (issue 11 item 1): an operation is measured before any resolver runs, and refused
 * with QUERY_TOO_COMPLEX (HTTP 400) naming the measure and the limit it passed:
 * - before Apollo (refuseOversizedDocuments, limits/shape.ts): tokens while lexing, then depth,
 *   aliases, directives (graphql-armor) and fields repeated in one selection set;
 * - after Apollo's validation (queryLimitsPlugin): the cost (graphql-query-complexity, see
 *   limits/cost.ts) against the caller's role budget, since it needs the variables.
 * An anonymous caller runs only root fields that need no sign-in (calendar), under the tightest
 * budget; any other root field stops at its @Authorized gate (UNAUTHENTICATED).
 */

export type CallerRole = StaffRole | 'ANONYMOUS';

export interface QueryLimits extends ShapeLimits {
  /** QUERY_MAX_TOKENS: lexical tokens in the document (GraphiQL's introspection query has 184, the README's examples under 100). */
  maxTokens: number;
  /** QUERY_MAX_DEPTH: nested field levels; fragments add none (the activities example needs 8). */
  maxDepth: number;
  /** QUERY_MAX_ALIASES: aliases in the operation (the issue's attacks used 500 and 10,000). */
  maxAliases: number;
  /** QUERY_MAX_DIRECTIVES: @include/@skip and the like, in the operation (one directive twice on a field is refused too). */
  maxDirectives: number;
  /** QUERY_MAX_FIELD_REPEATS: how often one field may be written in one selection set (graphql-cop sends 500). */
  maxFieldRepeats: number;
  /** QUERY_COST_LIMITS ("ANONYMOUS=1000,PARTNER=25000,..."): the cost budget of one operation, by role. */
  cost: Record<CallerRole, number>;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxTokens: 2000,
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxFieldRepeats: 5,
  // Anonymous: a calendar page (a few addBusinessDays, a year of holidays). Signed in: the
  // heaviest reads the front ends and tests make (50 cases with every nested list of their record,
  // ~158,000; a case's activities with every hours entry, ~110,000) fit; 100 cases with the whole
  // record (~315,000), or 15 aliases of a caseload page, do not. PARTNER reads fewer fields.
  cost: { ANONYMOUS: 1000, PARTNER: 100_000, CASE_MANAGER: 250_000, SUPERVISOR: 250_000, MANAGER: 250_000, WSTA: 250_000 },
};

const positive = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not ${raw}`);
  return n;
};

/** Reads the QUERY_* variables (each documented on QueryLimits); unset ones keep the defaults. */
export function parseQueryLimits(env: NodeJS.ProcessEnv): QueryLimits {
  const cost = { ...DEFAULT_QUERY_LIMITS.cost };
  for (const pair of (env.QUERY_COST_LIMITS ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [role, value] = pair.split('=').map((s) => s.trim());
    if (role !== 'ANONYMOUS' && !(STAFF_ROLES as readonly string[]).includes(role)) throw new Error(`QUERY_COST_LIMITS names no role: ${role}`);
    cost[role as CallerRole] = positive(`QUERY_COST_LIMITS ${role}`, value ?? 'missing', NaN);
  }
  return {
    maxTokens: positive('QUERY_MAX_TOKENS', env.QUERY_MAX_TOKENS, DEFAULT_QUERY_LIMITS.maxTokens),
    maxDepth: positive('QUERY_MAX_DEPTH', env.QUERY_MAX_DEPTH, DEFAULT_QUERY_LIMITS.maxDepth),
    maxAliases: positive('QUERY_MAX_ALIASES', env.QUERY_MAX_ALIASES, DEFAULT_QUERY_LIMITS.maxAliases),
    maxDirectives: positive('QUERY_MAX_DIRECTIVES', env.QUERY_MAX_DIRECTIVES, DEFAULT_QUERY_LIMITS.maxDirectives),
    maxFieldRepeats: positive('QUERY_MAX_FIELD_REPEATS', env.QUERY_MAX_FIELD_REPEATS, DEFAULT_QUERY_LIMITS.maxFieldRepeats),
    cost,
  };
}

/** Limits a caller gave in part (tests) completed from the defaults. */
export function queryLimitsOf(partial: Partial<QueryLimits> | undefined): QueryLimits {
  return { ...DEFAULT_QUERY_LIMITS, ...partial, cost: { ...DEFAULT_QUERY_LIMITS.cost, ...partial?.cost } };
}

/**
 * The Apollo plugin: at didResolveOperation (parsed, validated, not yet executed) it checks the
 * one operation that will run. It runs on every request, cached documents included, since the
 * budget depends on who asks and on the variables (`first: $n`).
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<RequestContext> {
  let open: ReadonlySet<string> = new Set();
  return {
    serverWillStart: ({ schema }) => {
      open = publicRootFields(schema);
      return Promise.resolve();
    },
    requestDidStart: ({ contextValue }) => Promise.resolve({
      didResolveOperation: ({ document, operation, request, schema }) => {
        if (!operation) return Promise.resolve();
        const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
        // Only the operation that runs, with its fragments: a document may hold others.
        const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
        const role: CallerRole = contextValue.user?.role ?? 'ANONYMOUS';
        const limit = limits.cost[role];
        // Without a token, a root field that needs sign-in stops at its @Authorized gate
        // (UNAUTHENTICATED, as ever) and runs nothing under it: it costs 1, whatever it selects.
        const roots = [schema.getQueryType()?.name, schema.getMutationType()?.name];
        const estimatorContext: CostContext = contextValue.user ? {} : { gated: (type, field) => roots.includes(type) && !open.has(`${type}.${field}`) };
        let cost: number;
        try {
          cost = getComplexity({ schema, query: single, variables: request.variables ?? {}, estimators: [costEstimator], context: estimatorContext });
        } catch (err) {
          // Variables that do not fit their types: execution refuses them (BAD_USER_INPUT) before any resolver.
          if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) {
            return Promise.reject(tooComplex('cost', limit, 'the operation selects too many fields to measure'));
          }
          return Promise.resolve();
        }
        if (cost <= limit) return Promise.resolve();
        return Promise.reject(tooComplex('cost', limit, `the operation costs ${cost}, over the ${limit} a${role === 'ANONYMOUS' ? 'n anonymous caller' : ` ${role}`} may spend at once; ask for smaller pages (first) or fewer nested lists`, { cost }));
      },
    }),
  };
}
