import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';

const RECORD = `mutation($input: RecordEmployabilityAssessmentInput!) {
  recordEmployabilityAssessment(input: $input) {
    assessment { id number completedOn chartEvent epiItems { item answer } strengths barriers { category description } clientGoals
      discrepancies { selfReport assessment explanation } }
    case { id version phase }
    ${USER_ERRORS}
  }
}`;
const READ = `query($id: ID!) { case(id: $id) {
  latestAssessment { number completedOn barriers { category } }
  assessments(first: 1) { totalCount edges { node { number } } pageInfo { hasNextPage endCursor } }
  obligations { edges { node { key ruleId status } } }
} }`;

/** EA-1, EA-2, ENG-3 (issue 12 item 2): the Employability Assessment as a record, sent to the chart in the same transaction. */
describe('Employability Assessment record (EA-1, EA-2, ENG-3)', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;

  const content = {
    completedOn: '2026-11-03',
    epiItems: [{ item: 'Reliable transportation', answer: 'No car; bus 2 miles away' }, { item: 'Work history', answer: '2 years retail' }],
    strengths: ['Punctual', 'Bilingual'],
    barriers: [{ category: 'TRANSPORTATION', description: 'No car' }, { category: 'CHILD_CARE', description: 'No care for a 4-year-old' }],
    clientGoals: ['Full-time job in retail management'],
    discrepancies: [{ selfReport: 'Reads well', assessment: 'Struggled with the application', explanation: 'Glasses broken; referred for an eye exam' }],
  };
  const record = async (caseId: string, input: Record<string, unknown>, token = cm) =>
    app.gql(RECORD, { input: { caseId, expectedVersion: await versionOf(app, caseId), ...content, ...input } }, token);
  const count = async (caseId: string) =>
    Number((await app.dataSource.query('SELECT count(*) AS n FROM employability_assessment WHERE case_id = $1', [caseId]))[0].n);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-03T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);
  });
  afterAll(() => app.close());

  it('EA-1/ENG-3: the first EA is recorded and completes the assessment phase (COMPLETE_EA) in one transaction', async () => {
    app.clock.set('2026-11-03T19:00:00Z');
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02' });
    await sendEvent(app, id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-02', method: 'PHONE', outcome: 'REACHED' }, cm);
    const before = await versionOf(app, id);
    const res = await dataOf(app, RECORD, { input: { caseId: id, expectedVersion: before, ...content } }, cm);
    const { assessment, case: kase } = res!.recordEmployabilityAssessment;
    expect(assessment).toMatchObject({ number: 1, completedOn: '2026-11-03', chartEvent: 'COMPLETE_EA', strengths: ['Punctual', 'Bilingual'] });
    expect(assessment.barriers.map((b: { category: string }) => b.category)).toEqual(['TRANSPORTATION', 'CHILD_CARE']);
    expect(assessment.discrepancies[0].explanation).toContain('eye exam');
    // Still the assessment phase: the chart waits for the EA CLNO (EA-2) before planning.
    expect(kase).toMatchObject({ version: before + 1, phase: 'ASSESSMENT' });
    const [history] = await app.dataSource.query(`SELECT event, payload FROM case_history WHERE case_id = $1 ORDER BY version DESC LIMIT 1`, [id]);
    expect(history).toEqual({ event: 'COMPLETE_EA', payload: { completedOn: '2026-11-03' } });
    const read = await dataOf(app, READ, { id }, cm);
    // Who viewed whom: the read is logged as the client's CASEWORK.
    const [logged] = await app.dataSource.query(
      `SELECT field_groups FROM access_log WHERE operation_name IS NULL AND $1 = ANY(case_ids) AND 'CASEWORK' = ANY(field_groups) LIMIT 1`, [id]);
    expect(logged).toBeDefined();
    expect(read!.case.latestAssessment).toMatchObject({ number: 1, barriers: [{ category: 'TRANSPORTATION' }, { category: 'CHILD_CARE' }] });
    // EA-2's note obligation now stands on the case, as after COMPLETE_EA.
    expect(read!.case.obligations.edges.map((e: { node: { ruleId: string } }) => e.node.ruleId)).toContain('EA-2');
  });

  it('a chart refusal (client not reached yet) writes no EA either', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02' });
    expect(userErrorOf(await record(id, {}), 'recordEmployabilityAssessment')).toMatchObject({ __typename: 'TransitionNotAllowedError', event: 'COMPLETE_EA' });
    expect(await count(id)).toBe(0);
  });

  it('bad input is BAD_USER_INPUT and writes nothing: before the referral, in the future, no goal, an unexplained discrepancy, a stale version', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02' });
    await sendEvent(app, id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-02', method: 'PHONE', outcome: 'REACHED' }, cm);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ completedOn: '2026-11-01' }, 'completedOn', 'notBeforeReferral'],
      [{ completedOn: '2026-11-04' }, 'completedOn', 'notInFuture'],
      [{ clientGoals: [] }, 'clientGoals', 'arrayNotEmpty'],
      [{ epiItems: [] }, 'epiItems', 'arrayNotEmpty'],
      [{ discrepancies: [{ selfReport: 'a', assessment: 'b', explanation: '   ' }] }, 'discrepancies.0.explanation', 'isNotEmpty'],
    ];
    for (const [change, field, constraint] of cases) {
      expect(userErrorOf(await record(id, change), 'recordEmployabilityAssessment')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field, constraint });
    }
    const stale = await app.gql(RECORD, { input: { caseId: id, expectedVersion: (await versionOf(app, id)) - 1, ...content } }, cm);
    expect(userErrorOf(stale, 'recordEmployabilityAssessment')).toMatchObject({ __typename: 'VersionConflictError' });
    expect(await count(id)).toBe(0);
    // A PARTNER neither records one nor reads them (free text, ROI-1).
    const partner = app.token(app.fixtures.north.partner);
    expect(userErrorOf(await record(id, {}, partner), 'recordEmployabilityAssessment')).toMatchObject({ code: 'FORBIDDEN' });
    const read = await app.gql(READ, { id }, partner);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('ENG-3: after a change of case manager a new EA is version 2 and sends COMPLETE_REASSESSMENT; a third, with nothing changed, is a record only', async () => {
    app.clock.set('2026-11-03T19:00:00Z');
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02' });
    await sendEvent(app, id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-02', method: 'PHONE', outcome: 'REACHED' }, cm);
    await dataOf(app, RECORD, { input: { caseId: id, expectedVersion: await versionOf(app, id), ...content } }, cm);
    app.clock.set('2026-11-20T19:00:00Z');
    await sendEvent(app, id, 'CHANGE_CASE_MANAGER', { caseManagerId: app.fixtures.north.otherCaseManager }, supervisor);
    const newCm = app.token(app.fixtures.north.otherCaseManager);
    // Not before the change that asks for it (the chart's timeline check, ENG-3).
    expect(userErrorOf(await record(id, { completedOn: '2026-11-19' }, newCm), 'recordEmployabilityAssessment'))
      .toMatchObject({ __typename: 'InputError', field: 'completedOn', constraint: 'notBeforeClockRestart' });
    expect(await count(id)).toBe(1);
    const second = (await dataOf(app, RECORD, { input: { caseId: id, expectedVersion: await versionOf(app, id), ...content, completedOn: '2026-11-20' } }, newCm))!;
    expect(second.recordEmployabilityAssessment.assessment).toMatchObject({ number: 2, chartEvent: 'COMPLETE_REASSESSMENT' });
    const version = await versionOf(app, id);
    expect(userErrorOf(await record(id, { completedOn: '2026-11-19' }, newCm), 'recordEmployabilityAssessment'))
      .toMatchObject({ __typename: 'InputError', field: 'completedOn', constraint: 'notBeforePreviousAssessment' });
    const third = (await dataOf(app, RECORD, { input: { caseId: id, expectedVersion: version, ...content, completedOn: '2026-11-20' } }, newCm))!;
    expect(third.recordEmployabilityAssessment).toMatchObject({ assessment: { number: 3, chartEvent: null }, case: { version } });
    const page = (await dataOf(app, READ, { id }, newCm))!.case.assessments;
    expect(page).toMatchObject({ totalCount: 3, edges: [{ node: { number: 3 } }], pageInfo: { hasNextPage: true } });
    const next = await app.gql(`query($id: ID!, $after: String) { case(id: $id) { assessments(first: 5, after: $after) { edges { node { number } } } } }`,
      { id, after: page.pageInfo.endCursor }, newCm);
    expect(next.data.case.assessments.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([2, 1]);
  });

  it('the table is append-only (EA-1: a later EA is a new record)', async () => {
    await expect(app.dataSource.query(`UPDATE employability_assessment SET strengths = '{}'`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('DELETE FROM employability_assessment')).rejects.toThrow(/append-only/);
  });
});
