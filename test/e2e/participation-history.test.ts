import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { addCaseNote, bringToParticipation, dataOf, sendEvent } from '../support/api';

const RATE = `query($month: YearMonth!) {
  participationRate(month: $month) { allFamilies { numerator denominator denominatorCases { caseId } } cases { caseId } }
}`;
const PARTICIPATION = `query($id: ID!, $month: YearMonth!) { case(id: $id) { monthlyParticipation(month: $month) {
  month familyType status exclusionReason countableHours openInMonth inWorkFirstRate
} } }`;
const ASSIGN = `mutation($input: AssignActivityInput!) { assignActivity(input: $input) { assignment { id } userErrors { code message } } }`;
const RECORD = `mutation($input: RecordHoursInput!) { recordHours(input: $input) { entry { id } userErrors { code message } } }`;
const OCTOBER_WEEKS = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'];
const CHILD_UNDER_6 = { firstName: 'Kid', lastName: 'H', relationship: 'CHILD', dateOfBirth: '2022-03-01' };

/**
 * The monthly participation facts come from the case HISTORY, month by month, not from today's
 * chart: the track of the month (WV-3; 45 CFR 261.21-261.24), exemption periods across referrals
 * (45 CFR 261.22(b)), and secondary school attendance for teen deeming (45 CFR 261.35).
 */
describe('participation facts from the case history', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;
  const ids: Record<string, string> = {};

  const gql = (query: string, variables: Record<string, unknown>, token = cm) => dataOf(app, query, variables, token);
  const send = (caseId: string, type: CaseEventType, input: Record<string, unknown>, token = cm) => sendEvent(app, caseId, type, input, token);
  async function refer(name: string, overrides: Record<string, unknown> = {}) {
    const kase = await referClient(app, cm, {
      referralDate: '2026-09-01', client: { firstName: name, lastName: 'History', dateOfBirth: '1993-04-04' }, household: [CHILD_UNDER_6], ...overrides,
    });
    ids[name] = kase.id;
    return kase.id;
  }
  /** Contact, EA and a signed FSSP in early September: the case is participating. */
  async function participate(caseId: string) {
    await bringToParticipation(app, caseId, cm, { reached: '2026-09-02', assessed: '2026-09-03', signed: '2026-09-04', lastStepReviewDate: '2026-12-04' });
  }
  /** TRK-1: the case manager asks, a supervisor approves (on the clock's Alaska date). */
  async function changeTrack(caseId: string, toTrack: string) {
    await send(caseId, 'REQUEST_TRACK_CHANGE', { toTrack, reason: 'Consultation held' });
    await send(caseId, 'DECIDE_TRACK_CHANGE', { approved: true, reason: 'Agreed' }, supervisor);
  }
  /** Secondary school 20 h/week through October, the given actual hours in each October week. */
  async function school(caseId: string, perWeek: number[]) {
    const { assignActivity } = await gql(ASSIGN, { input: {
      caseId, activity: 'SECONDARY_SCHOOL_OR_GED', scheduledHoursPerWeek: 20, startDate: '2026-10-01', endDate: '2026-10-31', timesheetFrequency: 'WEEKLY' } });
    for (const [i, actualHours] of perWeek.entries()) {
      await gql(RECORD, { input: { assignmentId: assignActivity.assignment.id, month: '2026-10', weekStart: OCTOBER_WEEKS[i], actualHours } });
    }
  }
  const participation = async (name: string, month: string) => (await gql(PARTICIPATION, { id: ids[name], month })).case.monthlyParticipation;
  const rate = async (month: string) => (await gql(RATE, { month }, supervisor)).participationRate;
  const inDenominator = (r: { allFamilies: { denominatorCases: Array<{ caseId: string }> } }, name: string) =>
    r.allFamilies.denominatorCases.some((c) => c.caseId === ids[name]);
  const listed = (r: { cases: Array<{ caseId: string }> }, name: string) => r.cases.some((c) => c.caseId === ids[name]);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-09-10T20:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);

    // (a) Families First in September and October, Work First from November 5; and the other way round.
    await participate(await refer('TO_WF', { track: 'FAMILIES_FIRST' }));
    await participate(await refer('TO_FF', { track: 'WORK_FIRST' }));
    // (b) A single parent of a baby born in June: caretaker exemption in September, then medical inability from October 1.
    await participate(await refer('BABY', { household: [{ firstName: 'Baby', lastName: 'H', relationship: 'CHILD', dateOfBirth: '2026-06-15' }] }));
    // NOTE-3: each start and end is documented in a CANO first (one CANO of the day documents both changes of that day).
    await addCaseNote(app, ids.BABY, 'EXEMPTION_START_OR_END', cm);
    await send(ids.BABY, 'START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-09-01' });

    app.clock.set('2026-10-01T20:00:00Z');
    await addCaseNote(app, ids.BABY, 'EXEMPTION_START_OR_END', cm);
    await send(ids.BABY, 'END_EXEMPTION', { endedOn: '2026-09-30' });
    await send(ids.BABY, 'START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-10-01', documentedOn: '2026-09-28' });

    app.clock.set('2026-11-05T20:00:00Z');
    await changeTrack(ids.TO_WF, 'WORK_FIRST');
    await changeTrack(ids.TO_FF, 'FAMILIES_FIRST');

    app.clock.set('2026-12-02T20:00:00Z');
    // (c) 18-year-old heads of household (single parents of a child under 6: 20 core hours a week).
    await school(await refer('TEEN_OK', { client: { firstName: 'TEEN_OK', lastName: 'History', dateOfBirth: '2008-03-01' } }), [20, 20, 20, 20]);
    await school(await refer('TEEN_SHORT', { client: { firstName: 'TEEN_SHORT', lastName: 'History', dateOfBirth: '2008-03-01' } }), [20, 20, 15, 20]);
    await school(await refer('ADULT_SCHOOL'), [20, 20, 20, 20]);
  });
  afterAll(() => app.close());

  it('WV-3: the Work First rate of a month counts the track of that month (its last day), not today\'s track', async () => {
    const october = await rate('2026-10');
    expect(inDenominator(october, 'TO_WF')).toBe(false);
    expect(listed(october, 'TO_WF')).toBe(false);
    expect(inDenominator(october, 'TO_FF')).toBe(true);
    const november = await rate('2026-11');
    expect(inDenominator(november, 'TO_WF')).toBe(true);
    expect(inDenominator(november, 'TO_FF')).toBe(false);
    expect(listed(november, 'TO_FF')).toBe(false);

    expect(await participation('TO_WF', '2026-10')).toMatchObject({ openInMonth: true, inWorkFirstRate: false, status: 'NOT_ENGAGED' });
    expect(await participation('TO_WF', '2026-11')).toMatchObject({ openInMonth: true, inWorkFirstRate: true });
    expect(await participation('TO_FF', '2026-10')).toMatchObject({ openInMonth: true, inWorkFirstRate: true });
    expect(await participation('TO_FF', '2026-11')).toMatchObject({ openInMonth: true, inWorkFirstRate: false });
  });

  it('45 CFR 261.22(b): a caretaker-of-a-child-under-12-months month stays EXCLUDED after the exemption ended and another began', async () => {
    expect(await participation('BABY', '2026-09')).toMatchObject({
      status: 'EXCLUDED', exclusionReason: 'SINGLE_PARENT_CHILD_UNDER_12_MONTHS', inWorkFirstRate: false,
    });
    // October: medical inability is not a rate exclusion, and the disregard is claimed only with the caretaker exemption.
    expect(await participation('BABY', '2026-10')).toMatchObject({ status: 'NOT_ENGAGED', exclusionReason: null, inWorkFirstRate: true });
    expect(inDenominator(await rate('2026-09'), 'BABY')).toBe(false);
    expect(inDenominator(await rate('2026-10'), 'BABY')).toBe(true);
  });

  it('the exemption periods of an earlier referral still count after REFER_AGAIN clears the chart\'s exemption', async () => {
    await send(ids.BABY, 'CLOSE_TA', { closedOn: '2026-10-31', withWork: false });
    await send(ids.BABY, 'RECORD_EXIT_SUMMARY', { enteredOn: '2026-12-02' });
    await send(ids.BABY, 'CLOSE_WORK_ACTIVITY_RECORD', { closedOn: '2026-12-02' });
    await send(ids.BABY, 'REFER_AGAIN', { referralDate: '2026-12-01', track: 'WORK_FIRST', caseManagerId: app.fixtures.north.caseManager, monthsUsed: 0 });
    expect(await participation('BABY', '2026-09')).toMatchObject({ status: 'EXCLUDED', exclusionReason: 'SINGLE_PARENT_CHILD_UNDER_12_MONTHS' });
    expect(await participation('BABY', '2026-11')).toMatchObject({ openInMonth: false, inWorkFirstRate: false });
  });

  it('45 CFR 261.35: an 18-year-old head of household attending secondary school as scheduled is ENGAGED; attending less is not', async () => {
    // Secondary school is non-core: no hours count below the 20 core hours, the family is engaged by teen deeming alone.
    expect(await participation('TEEN_OK', '2026-10')).toMatchObject({ status: 'ENGAGED', countableHours: 0, inWorkFirstRate: true });
    expect(await participation('TEEN_SHORT', '2026-10')).toMatchObject({ status: 'NOT_ENGAGED', countableHours: 0 });
    // Not under 20: full attendance does not deem.
    expect(await participation('ADULT_SCHOOL', '2026-10')).toMatchObject({ status: 'NOT_ENGAGED' });
    const october = await rate('2026-10');
    expect(inDenominator(october, 'TEEN_OK')).toBe(true);
    expect(inDenominator(october, 'TEEN_SHORT')).toBe(true);
  });

  it('still loads a month for the office in a fixed number of SQL statements', async () => {
    app.queries.reset();
    await rate('2026-10');
    const statements = app.queries.statements.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(s));
    expect(statements.length).toBeLessThanOrEqual(8);
  });
});
