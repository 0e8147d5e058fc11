import { parseGlobalId } from '../../src/schema/node.id';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { addCaseNote, bringToParticipation, dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';

const RECORD_VISIT = `mutation($input: RecordVisitInput!) { r: recordVisit(input: $input) { visit { id kind purpose } ${USER_ERRORS} } }`;
const PENALTY = `query($id: ID!) { case(id: $id) { version penalty { stage } actions { event allowed } visits(first: 10) { totalCount } } }`;

/**
 * PEN-4 / ENG-8: the Penalty Resolution home visit is one act with one record. Recording the visit
 * (ENG-8) with its child-safety determination also records it in the chart, in one transaction,
 * so the escalation it allows cannot run ahead of the visit record, nor the record lack the chart's.
 */
describe('PEN-4: a Penalty Resolution home visit recorded once, as a visit and in the chart', () => {
  let app: TestApp;
  let cm: string;
  let caseId: string;
  const on = (day: string) => app.clock.set(`${day}T19:00:00Z`);
  const send = (type: Parameters<typeof sendEvent>[2], input: Record<string, unknown>) => sendEvent(app, caseId, type, input, cm);
  const read = async () => (await dataOf(app, PENALTY, { id: caseId }, cm)).case;
  const visitRows = async () => Number((await app.dataSource.query(`SELECT count(*) AS n FROM case_visit WHERE case_id = $1`, [caseId]))[0].n);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-10-01T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    caseId = (await referClient(app, cm, { referralDate: '2026-10-01' })).id;
    on('2026-10-02');
    await bringToParticipation(app, caseId, cm, { reached: '2026-10-02', lastStepReviewDate: '2027-09-30' });
    on('2026-11-03');
    await send('REPORT_NON_COMPLIANCE', { kind: 'WORK_ACTIVITY', occurredOn: '2026-11-02' });
    await dataOf(app, `mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { clientNote { id } ${USER_ERRORS} } }`, { input: {
      caseId, subject: 'GOOD_CAUSE_DETERMINATION', sections: [
        { heading: 'Non-compliance', text: 'Missed the work activity' }, { heading: 'Client statement', text: 'None' },
        { heading: 'Determination and reason', text: 'No good cause' }] } }, cm);
    await send('DETERMINE_GOOD_CAUSE', { goodCause: false, reason: 'No reason given' });
    await addCaseNote(app, caseId, 'PENALTY_REQUEST', cm);
    await send('REQUEST_PENALTY', {});
    on('2026-11-10');
    await send('IMPOSE_PENALTY', { noticeOn: '2026-11-09' });
  });
  afterAll(() => app.close());

  it('PEN-4: a Penalty Resolution home visit without the child-safety determination is BAD_USER_INPUT and writes nothing', async () => {
    on('2027-03-25');
    const before = await read();
    const res = await app.gql(RECORD_VISIT, { input: { caseId, visitedOn: '2027-03-25', kind: 'HOME', purpose: 'PENALTY_RESOLUTION', outcome: 'Met the family at home' } }, cm);
    expect(userErrorOf(res, 'r')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'childSafetyDetermined', constraint: 'isDefined' });
    expect(await visitRows()).toBe(0);
    expect((await read()).version).toBe(before.version);
  });

  it('PEN-4: a child-safety determination with any other visit is BAD_USER_INPUT and writes nothing', async () => {
    const res = await app.gql(RECORD_VISIT, { input: { caseId, visitedOn: '2027-03-25', kind: 'COMMUNITY', purpose: 'PENALTY_RESOLUTION', outcome: 'Met at the library', childSafetyDetermined: true } }, cm);
    expect(userErrorOf(res, 'r')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'childSafetyDetermined', constraint: 'onlyForPenaltyResolutionHomeVisit' });
    expect(await visitRows()).toBe(0);
  });

  it('PEN-4: a stale expectedVersion refuses the visit and its chart record together (VERSION_CONFLICT)', async () => {
    const { version } = await read();
    const res = await app.gql(RECORD_VISIT, { input: { caseId, visitedOn: '2027-03-25', kind: 'HOME', purpose: 'PENALTY_RESOLUTION', outcome: 'Home visit', childSafetyDetermined: true, expectedVersion: version - 1 } }, cm);
    expect(userErrorOf(res, 'r')).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(await visitRows()).toBe(0);
  });

  it('PEN-4: without the case version it saw, a visit that also records the chart\'s home visit is BAD_USER_INPUT (as every lifecycle mutation); nothing written', async () => {
    const before = await read();
    const res = await app.gql(RECORD_VISIT, { input: { caseId, visitedOn: '2027-03-25', kind: 'HOME', purpose: 'PENALTY_RESOLUTION', outcome: 'Home visit', childSafetyDetermined: true } }, cm);
    expect(userErrorOf(res, 'r')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedVersion', constraint: 'isDefined' });
    expect(await visitRows()).toBe(0);
    expect((await read()).version).toBe(before.version);
  });

  it('PEN-4, ENG-8: the home visit with its determination is a visit record and the chart\'s home visit, naming the visit; then the penalty may rise', async () => {
    const before = await read();
    expect(before.actions).toContainEqual({ event: 'ESCALATE_PENALTY', allowed: false });
    const res = await dataOf(app, RECORD_VISIT, { input: {
      caseId, visitedOn: '2027-03-25', kind: 'HOME', purpose: 'PENALTY_RESOLUTION', outcome: 'Home visit held; the children are safe', childSafetyDetermined: true, expectedVersion: before.version,
    } }, cm);
    const visitId = res.r.visit.id as string;
    const after = await read();
    expect(after.version).toBe(before.version + 1);
    expect(after.visits.totalCount).toBe(1);
    const [history] = await app.dataSource.query(`SELECT event, payload FROM case_history WHERE case_id = $1 ORDER BY version DESC LIMIT 1`, [caseId]);
    expect(history).toEqual({ event: 'RECORD_PENALTY_HOME_VISIT', payload: { visitedOn: '2027-03-25', childSafetyDetermined: true, visitId: expect.any(String) } });
    expect(parseGlobalId(visitId)?.id).toBe(history.payload.visitId);
    // PEN-4: both are recorded in a CANO, and then the escalation is open.
    await addCaseNote(app, caseId, 'PENALTY_HOME_VISIT', cm);
    on('2027-04-01');
    await send('ESCALATE_PENALTY', {});
    expect((await read()).penalty.stage).toBe(2);
    expect(await versionOf(app, caseId)).toBeGreaterThan(after.version);
  });
});
