import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import { single } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { bringToParticipation, dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';

/**
 * FSSP-1 / FSSP-3 (issue 10): "plan.current stayed current months after the last step review date;
 * an FSSP penalty was imposed on a lapsed plan". Currency follows from the date, through the API,
 * with the clock set day by day and nobody sending expireFssp.
 */
describe('FSSP-1 / FSSP-3: the plan is current by its dates, not by expireFssp', () => {
  let app: TestApp;
  let cm: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-10-01T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());

  const on = (day: string) => app.clock.set(`${day}T19:00:00Z`);
  const attempt = async (id: string, type: CaseEventType, input: Record<string, unknown> = {}) =>
    userErrorOf(await app.gql(single(type), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), ...input } }, cm));
  const planOf = async (id: string) => (await dataOf(app, 'query($id: ID!) { case(id: $id) { plan { current lastStepReviewDate } } }', { id }, cm)).case.plan;

  it('FSSP-3: Case.plan.current turns false the day after the last step review date, and an FSSP non-compliance on the lapsed plan is refused', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-10-01', monthsUsed: 10 });
    expect(await planOf(id)).toEqual({ current: false, lastStepReviewDate: null });
    on('2026-10-02');
    await bringToParticipation(app, id, cm, { reached: '2026-10-02', lastStepReviewDate: '2026-11-30' });
    expect(await planOf(id)).toEqual({ current: true, lastStepReviewDate: '2026-11-30' });
    on('2026-11-30');
    expect((await planOf(id)).current).toBe(true);
    on('2026-12-01');
    expect(await planOf(id)).toEqual({ current: false, lastStepReviewDate: '2026-11-30' });

    const lapsed = await attempt(id, 'REPORT_NON_COMPLIANCE', { kind: 'FSSP', occurredOn: '2026-12-01' });
    expect(lapsed.message).toMatch(/expired after its last step review date 2026-11-30 \(FSSP-3\)/);
    // A failure on the plan's last current day may still be reported.
    await sendEvent(app, id, 'REPORT_NON_COMPLIANCE', { kind: 'FSSP', occurredOn: '2026-11-30' }, cm);
  });
});
