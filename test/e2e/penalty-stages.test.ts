import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import { USER_ERRORS, single } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { addCaseNote, bringToParticipation, dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';

/**
 * DOMAIN.md "Penalty stages", the worked example, through the API with the clock set day by day:
 * notice 2026-11-09 -> effective (finding date) 2026-12-01; 40% December 2026 to March 2027;
 * 75% April to July 2027; closure (full family sanction) from 2027-08-01 (PEN-5, 7 AAC 45.980(d),
 * AS 47.27.085; issue 10).
 */
describe('Penalty stages: the DOMAIN.md worked example through the API (PEN-5, PEN-4, AS 47.27.085)', () => {
  let app: TestApp;
  let cm: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-10-01T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());

  const on = (day: string) => app.clock.set(`${day}T19:00:00Z`);
  const send = (id: string, type: CaseEventType, input: Record<string, unknown>) => sendEvent(app, id, type, input, cm);
  const attempt = async (id: string, type: CaseEventType, input: Record<string, unknown> = {}) =>
    userErrorOf(await app.gql(single(type), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), ...input } }, cm));
  const penaltyOf = async (id: string) =>
    (await dataOf(app, 'query($id: ID!) { case(id: $id) { penalty { stage percentage noticeOn findingDate stageBeganOn } } }', { id }, cm)).case.penalty;
  const noticesOf = (id: string) => app.dataSource.query<Array<{ event: string; payload: Record<string, unknown> }>>(
    'SELECT event, payload FROM eligibility_notice WHERE case_id = $1 ORDER BY case_version', [id]);
  const homeVisit = async (id: string, day: string) => {
    await send(id, 'RECORD_PENALTY_HOME_VISIT', { visitedOn: day, childSafetyDetermined: true });
    await dataOf(app, `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { caseNote { id } ${USER_ERRORS} } }`,
      { input: { caseId: id, category: 'PENALTY_HOME_VISIT', text: 'Penalty Resolution home visit held; children safe; decision to raise the penalty' } }, cm);
  };

  it('notice 2026-11-09 -> 40% from 2026-12-01, 75% from 2027-04-01, closure from 2027-08-01', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-10-01', monthsUsed: 10 });
    on('2026-10-02');
    await bringToParticipation(app, id, cm, { reached: '2026-10-02', lastStepReviewDate: '2027-09-30' });
    on('2026-11-03');
    await send(id, 'REPORT_NON_COMPLIANCE', { kind: 'WORK_ACTIVITY', occurredOn: '2026-11-02' });
    await dataOf(app, `mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { clientNote { id } ${USER_ERRORS} } }`, { input: {
      caseId: id, subject: 'GOOD_CAUSE_DETERMINATION', sections: [
        { heading: 'Non-compliance', text: 'Missed the work activity' }, { heading: 'Client statement', text: 'None' },
        { heading: 'Determination and reason', text: 'No good cause' }] } }, cm);
    await send(id, 'DETERMINE_GOOD_CAUSE', { goodCause: false, reason: 'No reason given' });
    await addCaseNote(app, id, 'PENALTY_REQUEST', cm); // NOTE-3
    await send(id, 'REQUEST_PENALTY', {});
    expect(await penaltyOf(id)).toEqual({ stage: 0, percentage: 0, noticeOn: null, findingDate: null, stageBeganOn: null });

    // PEN-5: the finding date is computed from the notice; a typed one that differs is bad input naming both dates (timeline.ts).
    on('2026-11-10');
    expect(await attempt(id, 'IMPOSE_PENALTY', { noticeOn: '2026-11-09', effectiveOn: '2027-01-01' })).toMatchObject({
      __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'effectiveOn', constraint: 'effectiveDateFollowsNotice',
      message: expect.stringMatching(/2027-01-01.*2026-12-01.*2026-11-09/),
    });
    await send(id, 'IMPOSE_PENALTY', { noticeOn: '2026-11-09' });
    expect(await penaltyOf(id)).toEqual({ stage: 1, percentage: 40, noticeOn: '2026-11-09', findingDate: '2026-12-01', stageBeganOn: '2026-12-01' });

    // Still 40% through March 2027; 75% from April 2027, after the home visit (PEN-4).
    on('2027-03-25');
    await homeVisit(id, '2027-03-25');
    on('2027-03-31');
    expect(await attempt(id, 'ESCALATE_PENALTY')).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', reason: 'stage 2 begins on 2027-04-01 (7 AAC 45.980)' });
    on('2027-04-01');
    await send(id, 'ESCALATE_PENALTY', {});
    expect(await penaltyOf(id)).toMatchObject({ stage: 2, percentage: 75, findingDate: '2026-12-01', stageBeganOn: '2027-04-01' });

    // Closure from 2027-08-01 if still unresolved.
    on('2027-07-20');
    await homeVisit(id, '2027-07-20');
    on('2027-07-31');
    expect(await attempt(id, 'ESCALATE_PENALTY')).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', reason: 'stage 3 begins on 2027-08-01 (7 AAC 45.980)' });
    on('2027-08-01');
    await send(id, 'ESCALATE_PENALTY', {});
    expect(await penaltyOf(id)).toMatchObject({ stage: 3, percentage: 100, stageBeganOn: '2027-08-01' });

    // A full family sanction ends assistance: July still counts, August does not (AS 47.27.085).
    await send(id, 'RECORD_ASSISTANCE_MONTH', { month: '2027-07' });
    expect(await attempt(id, 'RECORD_ASSISTANCE_MONTH', { month: '2027-08' }))
      .toMatchObject({ reason: expect.stringContaining('full family sanction ended assistance from 2027-08') });

    // MGT-5: every penalty notice to Eligibility carries the stage and percentage it puts in force.
    const penaltyNotices = (await noticesOf(id)).filter((n) => n.event === 'IMPOSE_PENALTY' || n.event === 'ESCALATE_PENALTY');
    expect(penaltyNotices.map((n) => [n.event, n.payload.penalty])).toEqual([
      ['IMPOSE_PENALTY', { stage: 1, percentage: 40, noticeOn: '2026-11-09', findingDate: '2026-12-01', stageBeganOn: '2026-12-01' }],
      ['ESCALATE_PENALTY', { stage: 2, percentage: 75, noticeOn: '2026-11-09', findingDate: '2026-12-01', stageBeganOn: '2027-04-01' }],
      ['ESCALATE_PENALTY', { stage: 3, percentage: 100, noticeOn: '2026-11-09', findingDate: '2026-12-01', stageBeganOn: '2027-08-01' }],
    ]);
  });
});
