import type { CaseEvent, CaseEventType } from '../../src/machines/case-lifecycle.types';
import { toStored, type CaseSnapshot } from '../../src/machines/case-snapshot';
import { phaseOf, stateString } from '../../src/machines/case-state';
import { CASE_MACHINE_VERSION } from '../../src/machines/case-lifecycle.machine';
import { DOCUMENTATION_RULES } from '../../src/machines/documentation-rules';
import type { CaseNoteCategory } from '../../src/notes/note-templates';
import { exploreCaseModel, MODEL_AT, modelEvents } from '../support/case-model';
import { addCaseNote, userErrorOf } from '../support/api';
import { inputFor, single, withStatePaths } from '../support/case-mutations';
import { startTestApp, type TestApp } from '../support/test-app';
import { openState } from '../support/state-paths';

/**
 * A smoke of the transition table over real HTTP. The whole table (every reachable state x every
 * event, against DOMAIN.md) is test/unit/case-lifecycle.table.test.ts, on the pure chart; this
 * proves GraphQL applies that chart: an accepted event moves the case (fromState/toState, version+1,
 * one history row), a refused one is TRANSITION_NOT_ALLOWED with state, reason and allowedEvents
 * and writes nothing.
 */
describe('transition table through GraphQL (smoke)', () => {
  let app: TestApp;
  let clientId: string;
  // The model (test/support/case-model.ts) is explored once, here, so no single test waits for it.
  beforeAll(() => { exploreCaseModel(); }, 180_000);
  beforeAll(async () => {
    app = await startTestApp({ now: MODEL_AT });
    [{ id: clientId }] = await app.dataSource.query(`INSERT INTO client (first_name, last_name, date_of_birth) VALUES ('T', 'Table', '1990-01-01') RETURNING id`);
  });
  afterAll(() => app.close());

  /** The model's first (shortest-path) snapshot whose state string satisfies `where`. */
  function modelCase(where: (state: string) => boolean): CaseSnapshot {
    const found = exploreCaseModel().find((s) => where(stateString(s.snapshot.value)));
    if (!found) throw new Error('no such model state');
    return found.snapshot;
  }

  /** Places a case directly in a state (this is about what GraphQL does next, not how it got there). */
  async function insertCase(snapshot: CaseSnapshot): Promise<string> {
    const caseManagerId = app.fixtures.north.caseManager;
    const ctx = { ...snapshot.context, caseManagerId };
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO work_case (client_id, office_id, case_manager_id, track, referral_date, months_used, state, phase, snapshot, machine_version, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1) RETURNING id`,
      [clientId, app.fixtures.north.officeId, caseManagerId, ctx.track, ctx.referralDate, Math.min(ctx.monthsUsed, 60), stateString(snapshot.value), phaseOf(snapshot.value),
        { ...toStored(snapshot), context: ctx }, CASE_MACHINE_VERSION],
    );
    return id;
  }

  /** NOTE-3: an event that waits for a CANO gets one on file first, so only the chart decides here. */
  async function documentFor(caseId: string, type: CaseEventType) {
    const kind = DOCUMENTATION_RULES[type]?.kind;
    if (kind?.startsWith('case_note:')) await addCaseNote(app, caseId, kind.slice('case_note:'.length) as CaseNoteCategory, app.token(app.fixtures.north.supervisor));
  }

  const eventOf = (snapshot: CaseSnapshot, type: CaseEventType, pick: (e: CaseEvent) => boolean = () => true): CaseEvent => {
    const event = modelEvents(snapshot).find((e) => e.type === type && pick(e));
    if (!event) throw new Error(`no model event ${type}`);
    return event;
  };

  const written = async (caseId: string) => ({
    row: (await app.dataSource.query('SELECT version, state FROM work_case WHERE id = $1', [caseId]))[0],
    history: await app.dataSource.query('SELECT version, event, state_before AS "before", state_after AS "after" FROM case_history WHERE case_id = $1', [caseId]),
  });

  const cases: Array<{ name: string; where: (s: string) => boolean; allowed: [CaseEventType, string, ((e: CaseEvent) => boolean)?]; refused: CaseEventType[] }> = [
    {
      name: 'a new referral (ENG-1)', where: (s) => s === openState('open.phase.referral.awaitingContact'),
      allowed: ['RECORD_CONTACT_ATTEMPT', openState('open.phase.assessment.eaPending'), (e) => e.type === 'RECORD_CONTACT_ATTEMPT' && e.outcome === 'REACHED'],
      refused: ['SIGN_FSSP', 'COMPLETE_POST_TA'],
    },
    {
      // The model's plan is past its last step review date at MODEL_AT: a review is refused by a guard (FSSP-3).
      name: 'participation (EXM-1, FSSP-3)', where: (s) => s.includes('plan.current') && s.includes('exemption.notExempt') && s.includes('compliance.compliant'),
      allowed: ['START_EXEMPTION', 'open.exemption.exempt'],
      refused: ['RECORD_EA_NOTE', 'REVIEW_FSSP'],
    },
    {
      name: 'TA closed (EXIT-1)', where: (s) => s === 'exit.summaryPending',
      allowed: ['RECORD_EXIT_SUMMARY', 'exit.summaryRecorded'],
      refused: ['REQUEST_PENALTY', 'DISCLOSE_EMERGENCY'],
    },
    {
      name: 'a closed case', where: (s) => s === 'closed',
      allowed: ['REFER_AGAIN', openState('open.phase.referral.awaitingContact')],
      refused: ['CLOSE_TA', 'RECORD_POST_TA_CONTACT'],
    },
  ];

  it.each(cases)('in $name, the allowed event moves the case and the refused ones write nothing', async ({ where, allowed: [type, toState, pick], refused }) => {
    const { north } = app.fixtures;
    const token = app.token(north.supervisor);
    const snapshot = modelCase(where);
    const state = stateString(snapshot.value);

    const movedId = await insertCase(snapshot);
    await documentFor(movedId, type);
    const event = eventOf(snapshot, type, pick);
    const input = inputFor('caseManagerId' in event ? { ...event, caseManagerId: north.caseManager } : event, movedId, 1);
    const ok = await app.gql(single(type), { resultInput: input }, token);
    expect(ok.errors).toBeUndefined();
    const moved = withStatePaths(ok.data.result);
    expect(moved).toMatchObject({ fromState: state, case: { id: movedId, version: 2 } });
    expect(moved.toState).toContain(toState);
    expect(moved.case.state).toBe(moved.toState);
    expect(await written(movedId)).toEqual({
      row: { version: 2, state: moved.toState },
      history: [{ version: 2, event: type, before: state, after: moved.toState }],
    });

    const refusedId = await insertCase(snapshot);
    await documentFor(refusedId, type);
    for (const refusedType of refused) {
      const res = await app.gql(single(refusedType), { resultInput: inputFor(eventOf(snapshot, refusedType), refusedId, 1) }, token);
      const error = userErrorOf(res);
      expect(res.data.result).toMatchObject({ case: null, fromState: null, toState: null });
      expect(error).toMatchObject({ __typename: 'TransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED', event: refusedType, state: { path: state }, reason: expect.any(String) });
      const { allowedEvents } = error;
      expect(allowedEvents).toContain(type);
      expect(allowedEvents).not.toContain(refusedType);
    }
    expect(await written(refusedId)).toEqual({ row: { version: 1, state }, history: [] });
  });
});
