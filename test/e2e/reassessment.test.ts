import { bringToParticipation, dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';
import { single } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const ENG3 = `query($id: ID!) { case(id: $id) { obligations { edges { node { key ruleId dueDate status } } } } }`;

/**
 * ENG-3 / EA-1 (issue 12 item 2): a change of case manager or of track restarts the 30-day
 * EA/FSSP/EPI clock, and the new EA is an event of the chart in whatever phase the case is.
 */
describe('a new EA after a change of case manager (ENG-3)', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);
  });
  afterAll(() => app.close());
  const on = (day: string) => app.clock.set(`${day}T19:00:00Z`);
  const eng3 = async (id: string) => ((await dataOf(app, ENG3, { id }, supervisor)).case.obligations.edges as Array<{ node: { key: string; ruleId: string; status: string } }>)
    .map((e) => e.node).filter((o) => o.ruleId === 'ENG-3');

  it('is refused until the clock restarts, refused dated before the change, and then meets the new ENG-3 obligation', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02', monthsUsed: 4 });
    await bringToParticipation(app, id, cm, { reached: '2026-11-02', lastStepReviewDate: '2027-02-01' });
    const attempt = async (completedOn: string) => userErrorOf(await app.gql(single('COMPLETE_REASSESSMENT'),
      { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), completedOn } }, supervisor));
    on('2026-11-20');
    expect(await attempt('2026-11-20')).toMatchObject({ __typename: 'TransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED', message: expect.stringContaining('ENG-3') });

    await sendEvent(app, id, 'CHANGE_CASE_MANAGER', { caseManagerId: app.fixtures.north.otherCaseManager }, supervisor);
    expect((await eng3(id)).find((o) => o.key === 'ENG-3:2026-11-20')).toMatchObject({ status: 'OPEN' });
    const version = await versionOf(app, id);
    expect(await attempt('2026-11-19')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'completedOn', constraint: 'notBeforeClockRestart' });
    expect(await versionOf(app, id)).toBe(version);

    on('2026-11-24');
    const moved = await sendEvent(app, id, 'COMPLETE_REASSESSMENT', { completedOn: '2026-11-24' }, supervisor);
    expect(moved.toState).toContain('open.phase.participating.plan.current');
    // The clock's EA is met; its signed plan is still to come, so ENG-3 stays open until an FSSP update.
    await sendEvent(app, id, 'UPDATE_FSSP', { updatedOn: '2026-11-24', lastStepReviewDate: '2027-02-20' }, supervisor);
    expect((await eng3(id)).find((o) => o.key === 'ENG-3:2026-11-20')).toMatchObject({ status: 'MET' });
  });
});
