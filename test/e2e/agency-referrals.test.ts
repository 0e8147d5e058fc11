import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { bringToParticipation, dataOf, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { ASSIGN } from '../support/work-activity-operations';

const REFER = `mutation($input: ReferToAgencyInput!) {
  referToAgency(input: $input) { referral { id householdMemberId agency reason referredOn followUpOn latestOutcome { status } } ${USER_ERRORS} }
}`;
const OUTCOME = `mutation($input: RecordReferralOutcomeInput!) {
  recordReferralOutcome(input: $input) { referral { id outcomes { id outcomeOn status outcome } latestOutcome { status } } ${USER_ERRORS} }
}`;
const FOLLOW_UP = `mutation($input: RecordAssignmentFollowUpInput!) {
  recordAssignmentFollowUp(input: $input) { followUp { id assignmentId followedUpOn nextFollowUpOn } ${USER_ERRORS} }
}`;
const OBLIGATIONS = `query($id: ID!) { case(id: $id) {
  agencyReferrals { totalCount edges { node { id agency } } }
  assignmentFollowUps { totalCount }
  obligations { edges { node { key ruleId dueDate status metOn metBy { __typename ... on MetByRecord { recordType recordId } } } } }
} }`;

type Ob = { key: string; ruleId: string; dueDate: string; status: string; metOn: string | null; metBy: Array<{ recordType?: string; recordId?: string }> };

/** EA-3 and EA-5 (issue 12 item 3): referrals to agencies for the whole family, and follow-ups of assignments, tracked on the worklist. */
describe('agency referrals and follow-ups (EA-3, EA-5)', () => {
  let app: TestApp;
  let cm: string;
  let caseId: string;
  let childId: string;

  const obligations = async (ruleId: string): Promise<Ob[]> =>
    (await dataOf(app, OBLIGATIONS, { id: caseId }, cm))!.case.obligations.edges.map((e: { node: Ob }) => e.node).filter((o: Ob) => o.ruleId === ruleId);
  const rows = async (table: string) => Number((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-11-02' }));
    [{ id: childId }] = await app.dataSource.query(
      `SELECT m.id FROM household_member m JOIN work_case w ON w.client_id = m.client_id WHERE w.id = $1 AND m.relationship = 'CHILD'`, [caseId]);
    app.clock.set('2026-11-05T19:00:00Z');
  });
  afterAll(() => app.close());

  it('EA-3: a referral for a child carries its follow-up date, OPEN, then OVERDUE once the clock passes it, then MET by its outcome', async () => {
    const referral = (await dataOf(app, REFER, { input: {
      caseId, householdMemberId: childId, agency: 'Infant Learning Program', reason: 'Speech delay', referredOn: '2026-11-04', followUpOn: '2026-11-18',
    } }, cm))!.referToAgency.referral;
    expect(referral).toMatchObject({ householdMemberId: childId, followUpOn: '2026-11-18', latestOutcome: null });
    expect(await obligations('EA-3')).toEqual([expect.objectContaining({ key: `EA-3:${referral.id}`, dueDate: '2026-11-18', status: 'OPEN' })]);

    app.clock.set('2026-11-19T19:00:00Z');
    expect(await obligations('EA-3')).toEqual([expect.objectContaining({ status: 'OVERDUE' })]);
    // The worklist shows it too.
    const worklist = await dataOf(app, `query { obligations(filter: { ruleIds: ["EA-3"], status: OVERDUE }) { edges { node { key case { id } } } } }`, {}, cm);
    expect(worklist!.obligations.edges.map((e: { node: { key: string } }) => e.node.key)).toContain(`EA-3:${referral.id}`);

    const res = (await dataOf(app, OUTCOME, { input: { referralId: referral.id, outcomeOn: '2026-11-19', status: 'CONNECTED', outcome: 'Evaluation set for Dec 3' } }, cm))!;
    const [outcome] = res.recordReferralOutcome.referral.outcomes;
    expect(res.recordReferralOutcome.referral.latestOutcome).toEqual({ status: 'CONNECTED' });
    expect(await obligations('EA-3')).toEqual([expect.objectContaining({
      status: 'MET', metOn: '2026-11-19', metBy: [{ __typename: 'MetByRecord', recordType: 'ReferralOutcome', recordId: outcome.id }],
    })]);
  });

  it('EA-3: bad input is BAD_USER_INPUT and writes nothing (follow-up not after the referral, dates before the referral or in the future)', async () => {
    const before = { referrals: await rows('agency_referral'), outcomes: await rows('referral_outcome') };
    const base = { caseId, agency: 'Public Health', reason: 'Immunizations', referredOn: '2026-11-10', followUpOn: '2026-11-24' };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ followUpOn: '2026-11-09' }, 'followUpOn', 'afterReferredOn'],
      [{ followUpOn: '2026-11-10' }, 'followUpOn', 'afterReferredOn'],
      [{ referredOn: '2026-11-01' }, 'referredOn', 'notBeforeReferral'],
      [{ referredOn: '2026-11-20', followUpOn: '2026-12-01' }, 'referredOn', 'notInFuture'],
    ];
    for (const [change, field, constraint] of cases) {
      expect(userErrorOf(await app.gql(REFER, { input: { ...base, ...change } }, cm), 'referToAgency')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field, constraint });
    }
    // A household member of another client is not one of this case's.
    const { id: other } = await referClient(app, cm, { referralDate: '2026-11-19' });
    const [{ id: otherChild }] = await app.dataSource.query(`SELECT m.id FROM household_member m JOIN work_case w ON w.client_id = m.client_id WHERE w.id = $1`, [other]);
    expect(userErrorOf(await app.gql(REFER, { input: { ...base, householdMemberId: otherChild } }, cm), 'referToAgency')).toMatchObject({ code: 'NOT_FOUND' });

    const referral = (await dataOf(app, REFER, { input: base }, cm))!.referToAgency.referral;
    for (const [outcomeOn, constraint] of [['2026-11-09', 'notBeforeReferredOn'], ['2026-11-20', 'notInFuture']]) {
      const res = await app.gql(OUTCOME, { input: { referralId: referral.id, outcomeOn, status: 'PENDING', outcome: 'Left a message' } }, cm);
      expect(userErrorOf(res, 'recordReferralOutcome')).toMatchObject({ __typename: 'InputError', field: 'outcomeOn', constraint });
    }
    expect({ referrals: await rows('agency_referral'), outcomes: await rows('referral_outcome') }).toEqual({ referrals: before.referrals + 1, outcomes: before.outcomes });
  });

  it('a retry with the same clientMutationId returns the first referral and writes once', async () => {
    const input = { clientMutationId: 'referral-retry-1', caseId, agency: 'WIC', reason: 'Nutrition', referredOn: '2026-11-12', followUpOn: '2026-11-26' };
    const before = await rows('agency_referral');
    const first = (await dataOf(app, REFER, { input }, cm))!.referToAgency.referral;
    const again = (await dataOf(app, REFER, { input }, cm))!.referToAgency.referral;
    expect(again).toEqual(first);
    expect(await rows('agency_referral')).toBe(before + 1);
  });

  it('EA-5: an assignment\'s first follow-up is due with its first timesheet, met by a follow-up row; the next one planned is the next obligation', async () => {
    app.clock.set('2026-11-19T19:00:00Z');
    const { id } = await referClient(app, cm, { referralDate: '2026-11-19' });
    await bringToParticipation(app, id, cm, { reached: '2026-11-19', lastStepReviewDate: '2027-02-15' });
    const assignment = (await dataOf(app, ASSIGN, { input: {
      caseId: id, activity: 'COMMUNITY_SERVICE', scheduledHoursPerWeek: 20, startDate: '2026-11-23', timesheetFrequency: 'WEEKLY',
    } }, cm))!.assignActivity.assignment;
    caseId = id;
    // One week after the start (2026-11-30, a Monday).
    expect(await obligations('EA-5')).toEqual([expect.objectContaining({ key: `EA-5:${assignment.id}`, dueDate: '2026-11-30', status: 'OPEN' })]);

    const early = await app.gql(FOLLOW_UP, { input: { assignmentId: assignment.id, followedUpOn: '2026-11-22', summary: 'Called the site' } }, cm);
    expect(userErrorOf(early, 'recordAssignmentFollowUp')).toMatchObject({ __typename: 'InputError', field: 'followedUpOn', constraint: 'notBeforeStart' });
    app.clock.set('2026-12-01T19:00:00Z');
    expect(await obligations('EA-5')).toEqual([expect.objectContaining({ status: 'OVERDUE' })]);

    const followUp = (await dataOf(app, FOLLOW_UP, { input: {
      assignmentId: assignment.id, followedUpOn: '2026-12-01', summary: 'Site reports full attendance', nextFollowUpOn: '2026-12-15',
    } }, cm))!.recordAssignmentFollowUp.followUp;
    const [first, next] = await obligations('EA-5');
    expect(first).toMatchObject({ status: 'MET', metOn: '2026-12-01', metBy: [{ recordType: 'AssignmentFollowUp', recordId: followUp.id }] });
    expect(next).toMatchObject({ key: `EA-5:${assignment.id}:2026-12-15`, dueDate: '2026-12-15', status: 'OPEN' });
    expect((await dataOf(app, OBLIGATIONS, { id }, cm))!.case.assignmentFollowUps.totalCount).toBe(1);
  });
});
