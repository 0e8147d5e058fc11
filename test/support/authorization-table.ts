import { getNamedType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Fixtures } from './fixtures';
import { tableChecksums } from './table-checksum';
import type { TestApp } from './test-app';

type Input = Record<string, unknown>;

/**
 * Who may write, by the permission the area's mutations are gated with (src/auth/roles.ts):
 * `casework` is CASE_MANAGER, SUPERVISOR and MANAGER (recordCasework, recordTrackRecords,
 * manageFssp, recordRelease); `worksites` is CASE_MANAGER and SUPERVISOR (manageWorksites).
 */
export type Writers = 'casework' | 'worksites';

/**
 * Which office and caseload rule applies (src/auth/access-policy.ts, README "Who may do what"):
 * - `case`: a write on a case: its own CM, or a supervisor or manager of its office; a CM of the
 *   same office who is not the case's CM is refused (the caseload rule), another office too;
 * - `office`: a write on (or naming) an office's record: only that office's staff;
 * - `ownOffice`: a new record of the writer's own office (it names no other): only the role rule.
 */
export type Scope = 'case' | 'office' | 'ownOffice';

/** One mutation of the table: a valid input for the permitted user, and what the entries after it need. */
export interface AuthorizationEntry {
  scope: Scope;
  writers: Writers;
  /** A valid input: the case's own CM sends it last and it must succeed (so the refusals were not bad input). */
  input: () => Input | Promise<Input>;
  /** Setup the input needs, written before the tables are checksummed (a note, an assignment). */
  before?: () => Promise<unknown>;
  /** The same write naming a record of another office, sent by the case's own CM: refused too. */
  foreign?: () => Input | Promise<Input>;
  /** The payload's selection when the next entries need more than the records' ids. */
  select?: string;
  /** Keeps what the successful write returned (ids) for the entries after it. */
  keep?: (payload: Record<string, any>) => void;
}

export interface Actor { who: string; staffId: string }

/**
 * The mutations the given resolver classes declare (type-graphql's own metadata, the one place a
 * mutation is written), so a mutation added to one of them later, without an entry, fails the test.
 */
export function mutationsOfResolvers(classes: readonly unknown[]): string[] {
  return getMetadataStorage().mutations.filter((m) => classes.includes(m.target)).map((m) => m.schemaName).sort();
}

/** The mutation's document: its input variable, every success field's id (or `select`), and its userErrors. */
export function mutationDocument(schema: GraphQLSchema, name: string, select?: string): string {
  const field = schema.getMutationType()!.getFields()[name];
  if (!field) throw new Error(`no mutation ${name}`);
  const inputType = getNamedType(field.args.find((a) => a.name === 'input')!.type);
  if (!isInputObjectType(inputType)) throw new Error(`${name}: input is not an input object`);
  const payload = getNamedType(field.type);
  if (!isObjectType(payload)) throw new Error(`${name}: payload is not an object type`);
  const ids = Object.values(payload.getFields())
    .filter((f) => { const t = getNamedType(f.type); return isObjectType(t) && 'id' in t.getFields(); })
    .map((f) => `${f.name} { id }`).join(' ');
  return `mutation($input: ${inputType.name}!) { ${name}(input: $input) { ${select ?? ids} userErrors { __typename code message } } }`;
}

/** The users the entry's rules refuse: every one of them must get FORBIDDEN. */
export function refusedActors(f: Fixtures, entry: Pick<AuthorizationEntry, 'scope' | 'writers'>): Actor[] {
  const actors: Actor[] = [
    { who: 'PARTNER of the office', staffId: f.north.partner },
    { who: 'WSTA', staffId: f.wsta },
  ];
  if (entry.writers === 'worksites') actors.push({ who: 'MANAGER of the office (not a worksite keeper)', staffId: f.north.manager });
  if (entry.scope !== 'ownOffice') {
    actors.push({ who: 'CASE_MANAGER of another office', staffId: f.south.caseManager }, { who: 'SUPERVISOR of another office', staffId: f.south.supervisor });
  }
  if (entry.scope === 'case') actors.push({ who: 'CASE_MANAGER of the office, not the case\'s', staffId: f.north.otherCaseManager });
  return actors;
}

/** What the mutation answered: the first user error's type and code, or the first top-level error's code, or OK. */
function outcomeOf(res: { data?: any; errors?: any[] }, name: string): string {
  if (res.errors?.length) return `top-level ${String(res.errors[0].extensions?.code)}`;
  const payload = res.data?.[name];
  const error = payload?.userErrors?.[0];
  if (!error) return 'OK';
  const written = Object.entries(payload).filter(([k, v]) => !['userErrors', 'clientMutationId'].includes(k) && v !== null);
  return `${error.__typename} ${error.code}${written.length ? ` with ${written.map(([k]) => k).join(', ')}` : ''}`;
}

/**
 * Sends the entry's mutation as every refused user (and, with `foreign`, as the case's own CM
 * naming another office's record): each must be `ForbiddenError FORBIDDEN` in userErrors (README
 * "Mutation results": a refusal is data) with no success field, and no table may change. Then the
 * permitted user sends the same input, which must succeed: the refusals were about who, not what.
 */
export async function checkAuthorization(app: TestApp, schema: GraphQLSchema, name: string, entry: AuthorizationEntry, owner: string): Promise<void> {
  await entry.before?.();
  const document = mutationDocument(schema, name, entry.select);
  const input = await entry.input();
  const before = await tableChecksums(app.dataSource);
  const sent = refusedActors(app.fixtures, entry).map((actor) => ({ actor, input }));
  if (entry.foreign) sent.push({ actor: { who: 'the case\'s CM, naming another office\'s record', staffId: owner }, input: await entry.foreign() });
  const outcomes: Array<{ who: string; outcome: string }> = [];
  for (const { actor, input: sentInput } of sent) {
    outcomes.push({ who: actor.who, outcome: outcomeOf(await app.gql(document, { input: sentInput }, app.token(actor.staffId)), name) });
  }
  expect(outcomes).toEqual(sent.map(({ actor }) => ({ who: actor.who, outcome: 'ForbiddenError FORBIDDEN' })));
  expect(await tableChecksums(app.dataSource)).toEqual(before);
  const res = await app.gql(document, { input }, app.token(owner));
  expect({ name, outcome: outcomeOf(res, name), error: res.errors?.[0]?.message ?? res.data?.[name]?.userErrors?.[0]?.message }).toEqual({ name, outcome: 'OK', error: undefined });
  entry.keep?.(res.data[name]);
}
