import { initialTransition, transition } from 'xstate';
import { addDays } from '../../src/dates';
import { CASE_MACHINE_VERSION, caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import type { CaseEvent, NonComplianceKind } from '../../src/machines/case-lifecycle.types';
import { restoreCaseSnapshot, toStored, type CaseSnapshot, type StoredCaseSnapshot } from '../../src/machines/case-snapshot';
import { phaseOf, stateString } from '../../src/machines/case-state';
import { Pen2NoPenalty1764760000000 } from '../../src/migrations/1764760000000-Pen2NoPenalty';
import { OpenCaseRegions1764790000000 } from '../../src/migrations/1764790000000-OpenCaseRegions';
import { toVersion1 } from '../support/machine-v1';
import { startTestApp, type TestApp } from '../support/test-app';

const REFERRAL = '2026-09-01';
const atDay = (n: number) => `${addDays(REFERRAL, n)}T20:00:00.000Z`;
type Command = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'at'> : never) : never;

/** Drives the pure chart from referral to a signed plan and a report of the given kind (goodCausePending). */
function reported(caseManagerId: string, kind: NonComplianceKind): CaseSnapshot {
  const d = (n: number) => addDays(REFERRAL, n);
  const steps: Array<[number, Command]> = [
    [1, { type: 'RECORD_CONTACT_ATTEMPT', on: d(1), method: 'PHONE', outcome: 'REACHED' }],
    [2, { type: 'SCHEDULE_EA', appointmentAt: atDay(5) }],
    [5, { type: 'COMPLETE_EA', completedOn: d(5) }],
    [6, { type: 'RECORD_EA_NOTE', enteredOn: d(6) }],
    [8, { type: 'DRAFT_FSSP', draftedOn: d(8), lastStepReviewDate: d(98) }],
    [9, { type: 'SIGN_FSSP', signedOn: d(9) }],
    [41, { type: 'REPORT_NON_COMPLIANCE', kind, occurredOn: d(40) }],
  ];
  let [snapshot] = initialTransition(caseLifecycleMachine, { track: 'WORK_FIRST', caseManagerId, referralDate: REFERRAL, monthsUsed: 3 });
  for (const [day, command] of steps) [snapshot] = transition(caseLifecycleMachine, snapshot, { ...command, at: atDay(day) });
  expect(stateString(snapshot.value)).toContain('open.compliance.goodCausePending');
  return snapshot;
}

/** What the chart (machine version 1) stored before issue 10 for a missing timesheet without good cause (recordNoGoodCause into noGoodCause). */
function oldNoGoodCause(snapshot: CaseSnapshot): StoredCaseSnapshot {
  const stored = toVersion1(toStored(snapshot));
  (stored.value as unknown as { open: { participating: Record<string, string> } }).open.participating.compliance = 'noGoodCause';
  stored.context.penalty = { ...stored.context.penalty!, goodCause: false, goodCauseReason: 'No good cause at the interview' };
  return stored;
}

/** PEN-2 / issue 10: cases stranded in noGoodCause by a missing-timesheet report are moved as the chart now would. */
describe('migration Pen2NoPenalty (PEN-2: a missing timesheet without good cause leaves no dead end)', () => {
  let app: TestApp;
  let clientId: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-06T18:00:00Z' });
    [{ id: clientId }] = await app.dataSource.query(
      `INSERT INTO client (first_name, last_name, date_of_birth) VALUES ('Test', 'Client', '1990-01-01') RETURNING id`);
  });
  afterAll(() => app.close());

  /** A case row as the old build stored it (machine version 1): REFERRED at v1, the no-good-cause determination at v2 by the supervisor. */
  async function storedCase(stored: StoredCaseSnapshot): Promise<string> {
    const { north } = app.fixtures;
    const state = stateString(stored.value);
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO work_case (client_id, office_id, case_manager_id, track, referral_date, months_used, state, phase, snapshot, machine_version, version)
       VALUES ($1, $2, $3, 'WORK_FIRST', $4, 3, $5, $6, $7, $8, 2) RETURNING id`,
      [clientId, north.officeId, north.caseManager, REFERRAL, state, phaseOf(stored.value), stored, 1]);
    const history = `INSERT INTO case_history (case_id, version, event, payload, state_before, state_after, actor_id, actor_role, occurred_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;
    await app.dataSource.query(history, [id, 1, 'REFERRED', {}, null, 'open.referral.awaitingContact', north.caseManager, 'CASE_MANAGER', atDay(0)]);
    await app.dataSource.query(history, [id, 2, 'DETERMINE_GOOD_CAUSE', { goodCause: false, reason: 'No good cause at the interview' },
      state.replace('noGoodCause', 'goodCausePending'), state, north.supervisor, 'SUPERVISOR', atDay(44)]);
    return id;
  }

  const row = async (id: string) => (await app.dataSource.query('SELECT * FROM work_case WHERE id = $1', [id]))[0];
  const historyOf = async (id: string) => app.dataSource.query('SELECT * FROM case_history WHERE case_id = $1 ORDER BY version', [id]);

  /** This migration, then the one after it that moves version-1 rows to today's chart (OpenCaseRegions). */
  async function migrate(): Promise<void> {
    const runner = app.dataSource.createQueryRunner();
    try {
      await new Pen2NoPenalty1764760000000().up(runner);
      await new OpenCaseRegions1764790000000().up(runner);
    } finally { await runner.release(); }
  }

  it('moves a stuck MISSING_TIMESHEET case to compliant, closes the report NO_PENALTY, and leaves a WORK_ACTIVITY case in noGoodCause untouched', async () => {
    const { north } = app.fixtures;
    const pending = reported(north.caseManager, 'MISSING_TIMESHEET');
    const stuckId = await storedCase(oldNoGoodCause(pending));
    const workActivity = transition(caseLifecycleMachine, reported(north.caseManager, 'WORK_ACTIVITY'),
      { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'No good cause at the interview', at: atDay(44) })[0];
    expect(stateString(workActivity.value)).toContain('open.compliance.noGoodCause');
    const untouchedId = await storedCase(toVersion1(toStored(workActivity)));
    const before = await row(stuckId);
    const untouchedBefore = await row(untouchedId);

    await migrate();

    const after = await row(stuckId);
    const snapshot = after.snapshot as StoredCaseSnapshot;
    const endedOn = snapshot.context.penaltyHistory.at(-1)!.endedOn!;
    // Closed on the Alaska date of the no-good-cause determination, as the chart dates it.
    expect(endedOn).toBe(addDays(REFERRAL, 44));
    // Exactly what today's chart stores for the same determination (closeWithoutPenalty).
    const chartNow = transition(caseLifecycleMachine, pending,
      { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'No good cause at the interview', at: `${endedOn}T20:00:00.000Z` })[0];
    expect(snapshot).toEqual(JSON.parse(JSON.stringify(toStored(chartNow))));
    expect(snapshot.context.penalty).toBeNull();
    expect(snapshot.context.penaltyHistory.at(-1)).toMatchObject({ kind: 'MISSING_TIMESHEET', goodCause: false, endReason: 'NO_PENALTY' });
    expect((snapshot.value as unknown as { open: Record<string, string> }).open.compliance).toBe('compliant');
    expect(after.state).not.toBe(before.state);
    expect(after.state).toBe(stateString(chartNow.value));
    expect(after.phase).toBe(before.phase);
    expect(after.version).toBe(before.version + 1);
    expect(after.machine_version).toBe(CASE_MACHINE_VERSION);

    const history = await historyOf(stuckId);
    expect(history).toHaveLength(3);
    expect(history[2]).toMatchObject({
      // Written in version-1 paths: the row is append-only; readers translate it (currentLeafPath).
      version: after.version, event: 'DATA_CORRECTION', state_before: before.state, state_after: before.state.replace('noGoodCause', 'compliant'),
      // The staff member whose determination the correction completes.
      actor_id: north.supervisor, actor_role: 'SUPERVISOR',
      payload: { ruleId: 'PEN-2', migration: 'Pen2NoPenalty1764760000000', correctsVersion: 2, penaltyKind: 'MISSING_TIMESHEET', penaltyEndedOn: endedOn, endReason: 'NO_PENALTY' },
    });

    // The API reads the corrected case and surfaces the entry as CaseHistoryEvent.DATA_CORRECTION.
    const api = await app.gql(`query($id: ID!) { case(id: $id) { version state { path } history { edges { node { version event actorRole } } } } }`,
      { id: stuckId }, app.token(north.caseManager));
    expect(api.errors).toBeUndefined();
    expect(api.data.case).toMatchObject({ version: after.version, state: { path: after.state } });
    expect(api.data.case.history.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ version: after.version, event: 'DATA_CORRECTION', actorRole: 'SUPERVISOR' });

    // The case is no longer a dead end: it restores, and a later real non-compliance is accepted.
    const restored = restoreCaseSnapshot(snapshot, after.machine_version);
    const [next] = transition(caseLifecycleMachine, restored,
      { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: addDays(REFERRAL, 60), at: atDay(61) });
    expect(stateString(next.value)).toContain('open.compliance.goodCausePending');
    expect(next.context.penalty).toMatchObject({ kind: 'WORK_ACTIVITY', goodCause: null });

    // A WORK_ACTIVITY report without good cause may lead to a penalty: not this migration's business.
    const untouched = await row(untouchedId);
    expect(untouched).toMatchObject({ version: untouchedBefore.version, phase: untouchedBefore.phase });
    expect(untouched.snapshot.context).toEqual(untouchedBefore.snapshot.context);
    expect(untouched.state).toBe(stateString(workActivity.value));
    expect(await historyOf(untouchedId)).toHaveLength(2);

    // Running it again finds nothing left to move.
    await migrate();
    expect(await row(stuckId)).toEqual(after);
    expect(await historyOf(stuckId)).toHaveLength(3);
  });
});
