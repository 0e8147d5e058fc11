import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { bringToParticipation, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';

const ITEM = `mutation($input: RecordWorkFirstReadinessItemInput!) { recordWorkFirstReadinessItem(input: $input) { item { id item completedOn } ${USER_ERRORS} } }`;
const FINDING = `mutation($input: RecordWorkSearchFindingInput!) { recordWorkSearchFinding(input: $input) { finding { id foundOn path reason } ${USER_ERRORS} } }`;
const CHECK_IN = `mutation($input: RecordDailyCheckInInput!) { recordDailyCheckIn(input: $input) { checkIn { id checkedInOn summary } ${USER_ERRORS} } }`;
const READ = `query($id: ID!) { case(id: $id) {
  workFirstReadiness { item completedOn }
  workFirstReadinessItems { totalCount } workSearchFindings { edges { node { path } } } dailyCheckIns { totalCount edges { node { checkedInOn } } }
} }`;

/** Work First readiness (issue 12 item 5): TRK-4 item by item, TRK-5 findings and daily check-ins. */
describe('Work First readiness (TRK-4, TRK-5)', () => {
  let app: TestApp;
  let cm: string;
  let caseId: string;
  const obligation = async (key: string) => (await app.dataSource.query(
    `SELECT due_date::text AS "dueDate", description, resolution, met_by AS "metBy", met_on::text AS "metOn" FROM obligation WHERE case_id = $1 AND key = $2`, [caseId, key]))[0];
  const count = async (table: string) => Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [caseId]))[0].n);
  const item = (item: string, completedOn: string) => app.gql(ITEM, { input: { caseId, item, completedOn } }, cm);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T20:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-11-02' }));
    await bringToParticipation(app, caseId, cm, { reached: '2026-11-02', lastStepReviewDate: '2027-02-02' });
    app.clock.set('2026-11-20T20:00:00Z');
  });
  afterAll(() => app.close());

  it('TRK-4: an item dated before the referral or in the future, or completed twice, is BAD_USER_INPUT and writes nothing', async () => {
    expect(userErrorOf(await item('RESUME', '2026-11-01'), 'recordWorkFirstReadinessItem')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'completedOn', constraint: 'notBeforeReferral' });
    expect(userErrorOf(await item('RESUME', '2026-11-21'), 'recordWorkFirstReadinessItem')).toMatchObject({ field: 'completedOn', constraint: 'notInFuture' });
    expect(await count('work_first_readiness_item')).toBe(0);
    expect((await item('RESUME', '2026-11-05')).data.recordWorkFirstReadinessItem.userErrors).toEqual([]);
    expect(userErrorOf(await item('RESUME', '2026-11-06'), 'recordWorkFirstReadinessItem')).toMatchObject({ field: 'item', constraint: 'notYetCompleted' });
    expect(await count('work_first_readiness_item')).toBe(1);
  });

  it('TRK-4: tracked item by item: the obligation names what is left, and the fourth item meets it on its day', async () => {
    expect(await obligation('TRK-4:2026-11-02')).toMatchObject({ resolution: null, description: expect.stringContaining('still to do: ALEXsys registration, general application, budget') });
    await item('ALEXSYS_REGISTRATION', '2026-11-03');
    await item('BUDGET', '2026-11-10');
    const read = (await app.gql(READ, { id: caseId }, cm)).data.case;
    expect(read.workFirstReadiness).toEqual([
      { item: 'ALEXSYS_REGISTRATION', completedOn: '2026-11-03' }, { item: 'RESUME', completedOn: '2026-11-05' },
      { item: 'GENERAL_APPLICATION', completedOn: null }, { item: 'BUDGET', completedOn: '2026-11-10' },
    ]);
    expect((await obligation('TRK-4:2026-11-02')).resolution).toBeNull();
    const last = (await item('GENERAL_APPLICATION', '2026-11-19')).data.recordWorkFirstReadinessItem.item;
    expect(await obligation('TRK-4:2026-11-02')).toMatchObject({
      resolution: 'MET', metOn: '2026-11-19', description: 'ALEXsys registration, résumé, general application and budget completed',
      metBy: expect.stringContaining(`WorkFirstReadinessItem ${last.id}`),
    });
  });

  it('TRK-5: a daily check-in before any DAILY_CHECK_IN finding, or a finding without its reason, is BAD_USER_INPUT and writes nothing', async () => {
    expect(userErrorOf(await app.gql(CHECK_IN, { input: { caseId, checkedInOn: '2026-11-20' } }, cm), 'recordDailyCheckIn')).toMatchObject({ field: 'checkedInOn', constraint: 'afterDailyCheckInFinding' });
    expect(userErrorOf(await app.gql(FINDING, { input: { caseId, foundOn: '2026-11-19', path: 'CWE', reason: '   ' } }, cm), 'recordWorkSearchFinding')).toMatchObject({ field: 'reason', constraint: 'isNotEmpty' });
    expect(await count('daily_check_in')).toBe(0);
    expect(await count('work_search_finding')).toBe(0);
  });

  it('TRK-5: no job readily available: the path is recorded; with DAILY_CHECK_IN the client reports daily, once a day', async () => {
    const finding = (await app.gql(FINDING, { input: { caseId, foundOn: '2026-11-19', path: 'DAILY_CHECK_IN', reason: 'No openings in Bethel; no job club here' } }, cm)).data.recordWorkSearchFinding;
    expect(finding).toMatchObject({ userErrors: [], finding: { path: 'DAILY_CHECK_IN', foundOn: '2026-11-19' } });
    for (const day of ['2026-11-19', '2026-11-20']) {
      expect((await app.gql(CHECK_IN, { input: { caseId, checkedInOn: day, summary: 'Applied at the store' } }, cm)).data.recordDailyCheckIn.userErrors).toEqual([]);
    }
    expect(userErrorOf(await app.gql(CHECK_IN, { input: { caseId, checkedInOn: '2026-11-20' } }, cm), 'recordDailyCheckIn')).toMatchObject({ field: 'checkedInOn', constraint: 'oncePerDay' });
    const read = (await app.gql(READ, { id: caseId }, cm)).data.case;
    expect(read.workSearchFindings.edges).toEqual([{ node: { path: 'DAILY_CHECK_IN' } }]);
    expect(read.dailyCheckIns).toEqual({ totalCount: 2, edges: [{ node: { checkedInOn: '2026-11-19' } }, { node: { checkedInOn: '2026-11-20' } }] });
  });

  it('TRK-5: a retry with the same clientMutationId returns the first finding and writes nothing', async () => {
    const input = { clientMutationId: 'trk5-retry-1', caseId, foundOn: '2026-11-20', path: 'BWE', reason: 'Seasonal closures' };
    const first = (await app.gql(FINDING, { input }, cm)).data.recordWorkSearchFinding;
    const again = (await app.gql(FINDING, { input }, cm)).data.recordWorkSearchFinding;
    expect(again).toEqual(first);
    expect(await count('work_search_finding')).toBe(2);
    expect(userErrorOf(await app.gql(FINDING, { input: { ...input, reason: 'Other' } }, cm), 'recordWorkSearchFinding')).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('TRK-5: a later CWE placement ends daily check-ins', async () => {
    app.clock.set('2026-11-24T20:00:00Z');
    await app.gql(FINDING, { input: { caseId, foundOn: '2026-11-23', path: 'CWE', reason: 'Placed at the food bank' } }, cm);
    expect(userErrorOf(await app.gql(CHECK_IN, { input: { caseId, checkedInOn: '2026-11-24' } }, cm), 'recordDailyCheckIn')).toMatchObject({ constraint: 'afterDailyCheckInFinding' });
  });

  it('TRK-4: a Families First case has no job readiness items', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-11-24', track: 'FAMILIES_FIRST' });
    const res = await app.gql(ITEM, { input: { caseId: id, item: 'BUDGET', completedOn: '2026-11-24' } }, cm);
    expect(userErrorOf(res, 'recordWorkFirstReadinessItem')).toMatchObject({ field: 'caseId', constraint: 'workFirstCase' });
  });
});
