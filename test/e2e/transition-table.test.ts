import { CASE_EVENTS } from '../../src/machines/case-event-catalog';
import type { CaseEvent } from '../../src/machines/case-lifecycle.types';
import { toStored, type CaseSnapshot } from '../../src/machines/case-snapshot';
import { phaseOf, stateString } from '../../src/machines/case-state';
import { CASE_MACHINE_VERSION } from '../../src/machines/case-lifecycle.machine';
import { caseStatePaths, MODEL_AT, modelEvents } from '../support/case-model';
import { inputFor, single } from '../support/case-mutations';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Every event in every reachable state, through GraphQL: exactly the events the chart allows
 * succeed; every other one is TRANSITION_NOT_ALLOWED and writes nothing.
 */
describe('transition table through GraphQL', () => {
  let app: TestApp;
  let clientId: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2027-06-01T20:00:00Z' });
    [{ id: clientId }] = await app.dataSource.query(`INSERT INTO client (first_name, last_name, date_of_birth) VALUES ('T', 'Table', '1990-01-01') RETURNING id`);
  });
  afterAll(() => app.close());

  // One representative snapshot per distinct state string: the chart's reachable states.
  const byState = new Map<string, CaseSnapshot>();
  for (const path of caseStatePaths()) {
    const s = path.state as CaseSnapshot;
    if (!byState.has(stateString(s.value))) byState.set(stateString(s.value), s);
  }

  /** Places a case directly in a state (the table is about what GraphQL does next, not how it got there). */
  async function insertCase(snapshot: CaseSnapshot, caseManagerId: string): Promise<string> {
    const ctx = { ...snapshot.context, caseManagerId };
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO work_case (client_id, office_id, case_manager_id, track, referral_date, months_used, state, phase, snapshot, machine_version, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1) RETURNING id`,
      [clientId, app.fixtures.north.officeId, caseManagerId, ctx.track, ctx.referralDate, Math.min(ctx.monthsUsed, 60), stateString(snapshot.value), phaseOf(snapshot.value),
        { ...toStored(snapshot), context: ctx }, CASE_MACHINE_VERSION],
    );
    // PEN-1: the good cause result is documented first, so notes never decide the table.
    await app.dataSource.query(
      `INSERT INTO client_note (case_id, subject, title, sections, author_id, entered_at) VALUES ($1, 'GOOD_CAUSE_DETERMINATION', 'Good Cause Determination', '[]', $2, $3)`,
      [id, caseManagerId, MODEL_AT]);
    // EA-2: and the EA note before its event.
    await app.dataSource.query(
      `INSERT INTO client_note (case_id, subject, title, sections, author_id, entered_at) VALUES ($1, 'EA', 'Employability Assessment', '[]', $2, $3)`,
      [id, caseManagerId, MODEL_AT]);
    // PEN-4: likewise the home visit CANO before a penalty is raised.
    await app.dataSource.query(`INSERT INTO case_note (case_id, category, text, author_id, entered_at) VALUES ($1, 'PENALTY_HOME_VISIT', 'Visit', $2, $3)`, [id, caseManagerId, MODEL_AT]);
    return id;
  }

  it(`covers ${byState.size} reachable states`, () => {
    expect(byState.size).toBeGreaterThan(20);
  });

  it.each([...byState.keys()])('in %s, exactly the allowed events succeed', async (state) => {
    const { north } = app.fixtures;
    const template = byState.get(state)!;
    // The events as the API will build them: the chart's own `at`, real staff ids.
    const ids: Record<string, string> = { 'cm-1': north.caseManager, 'cm-2': north.otherCaseManager };
    const snapshot = { ...template, context: { ...template.context, caseManagerId: north.caseManager } } as CaseSnapshot;
    const events = modelEvents(snapshot).map((e) => ({
      ...e,
      ...('caseManagerId' in e ? { caseManagerId: ids[(e as { caseManagerId: string }).caseManagerId] } : {}),
    })) as CaseEvent[];
    // Dedupe to one event per type: the first variant the chart accepts, else the first variant.
    const chosen = Object.keys(CASE_EVENTS).map((type) => {
      const variants = events.filter((e) => e.type === type);
      return variants.find((e) => template.can({ ...e, caseManagerId: (e as any).caseManagerId === north.caseManager ? 'cm-1' : 'cm-2' } as CaseEvent)) ?? variants[0];
    });
    const expectations = chosen.map((event) => {
      const asModel = 'caseManagerId' in event ? { ...event, caseManagerId: event.caseManagerId === north.caseManager ? 'cm-1' : 'cm-2' } : event;
      return { event, allowed: template.can(asModel as CaseEvent) };
    });

    const shared = await insertCase(template, north.caseManager);
    const token = app.token(north.supervisor);
    // One request per event, sent together: allowed ones each on a copy of the case, refusals on one shared copy.
    const outcome = await Promise.all(expectations.map(async ({ event, allowed }) => {
      const caseId = allowed ? await insertCase(template, north.caseManager) : shared;
      const res = await app.gql(single(event.type), { resultInput: inputFor(event, caseId) }, token);
      const error = res.errors?.[0];
      return { event: event.type, allowed, code: error?.extensions?.code ?? null, from: error?.extensions?.state ?? res.data?.result?.fromState };
    }));
    expect(outcome.filter((o) => o.allowed && o.code !== null)).toEqual([]);
    expect(outcome.filter((o) => !o.allowed && o.code !== 'TRANSITION_NOT_ALLOWED')).toEqual([]);
    expect(outcome.every((o) => o.from === state)).toBe(true);
    // Refusals wrote nothing: the shared case is untouched and has no history.
    const [row] = await app.dataSource.query('SELECT version, state FROM work_case WHERE id = $1', [shared]);
    expect(row).toEqual({ version: 1, state });
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM case_history WHERE case_id = $1', [shared]);
    expect(n).toBe(0);
  });
});
