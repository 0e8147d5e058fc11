import { addDays } from '../../src/dates';
import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import { CSV_HEADER } from '../../src/services/participation-rate.service';
import { single } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { addCaseNote, bringToParticipation, dataOf, versionOf } from '../support/api';

const RATE = `query($month: YearMonth!, $office: ID, $caseManager: ID) {
  participationRate(month: $month, office: $office, caseManager: $caseManager) {
    month officeId caseManagerId projected csv
    allFamilies { measure numerator denominator rate rateDisplay target met rule
      numeratorCases { caseId clientName } denominatorCases { caseId clientName status familyType countableHours additionalHoursNeeded } }
    twoParent { measure numerator denominator rate rateDisplay target met rule
      numeratorCases { caseId } denominatorCases { caseId status countableHours additionalHoursNeeded } }
    cases { caseId clientName caseManagerName phase familyType status exclusionReason countableHours additionalHoursNeeded verified projected }
  }
}`;
const ASSIGN = `mutation($input: AssignActivityInput!) { assignActivity(input: $input) { assignment { id } userErrors { code message } } }`;
const RECORD = `mutation($input: RecordHoursInput!) { recordHours(input: $input) { entry { id } userErrors { code message } } }`;
const OCTOBER_WEEKS = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'];
const CHILD_UNDER_6 = { firstName: 'Kid', lastName: 'X', relationship: 'CHILD', dateOfBirth: '2022-03-01' };

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += ch;
  }
  return rows;
}

/**
 * WV-3: the Work First participation rates of an office for a month (45 CFR 261.21-261.24):
 * all families 50%, two-parent families 75%; only Work First cases open in the month count.
 */
describe('participationRate', () => {
  let app: TestApp;
  let cm: string;
  let otherCm: string;
  let supervisor: string;
  const ids: Record<string, string> = {};

  const gql = (query: string, variables: Record<string, unknown>, token = cm) => dataOf(app, query, variables, token);
  async function hours(caseId: string, activity: string, weekly: number, perWeek: number[], householdMemberId?: string, token = cm) {
    const { assignActivity } = await gql(ASSIGN, { input: { caseId, activity, scheduledHoursPerWeek: weekly, startDate: '2026-10-01', endDate: '2026-10-31', timesheetFrequency: 'MONTHLY', householdMemberId } }, token);
    for (const [i, actualHours] of perWeek.entries()) {
      await gql(RECORD, { input: { assignmentId: assignActivity.assignment.id, month: '2026-10', weekStart: OCTOBER_WEEKS[i], actualHours } }, token);
    }
  }
  async function refer(name: string, overrides: Record<string, unknown> = {}, token = cm) {
    const kase = await referClient(app, token, { referralDate: '2026-09-01', client: { firstName: name, lastName: 'Case', dateOfBirth: '1993-04-04' }, household: [CHILD_UNDER_6], ...overrides });
    ids[name] = kase.id;
    return kase.id;
  }
  async function twoParent(name: string) {
    const id = await refer(name, { household: [CHILD_UNDER_6, { firstName: 'Pat', lastName: 'Case', relationship: 'SPOUSE', dateOfBirth: '1991-02-02' }] });
    const household = (await gql(`query($id: ID!) { case(id: $id) { client { household { id relationship } } } }`, { id })).case.client.household;
    return { id, spouse: household.find((m: { relationship: string }) => m.relationship === 'SPOUSE').id as string };
  }

  async function send(caseId: string, type: CaseEventType, input: Record<string, unknown>) {
    const res = await app.gql(single(type), { resultInput: { caseId, expectedVersion: await versionOf(app, caseId), ...input } }, cm);
    if (res.errors) throw new Error(`${type}: ${JSON.stringify(res.errors[0])}`);
    if (res.data.result.userErrors.length) throw new Error(`${type}: ${JSON.stringify(res.data.result.userErrors[0])}`);
  }
  /** Drives a case to a stage 1 work penalty in force from `effectiveOn` (PEN-1; AS 47.27.085). */
  async function penalize(caseId: string, effectiveOn: string) {
    await bringToParticipation(app, caseId, cm, { reached: '2026-09-02', assessed: '2026-09-03', signed: '2026-09-04', lastStepReviewDate: '2026-12-04' });
    await send(caseId, 'REPORT_NON_COMPLIANCE', { kind: 'WORK_ACTIVITY', occurredOn: '2026-09-14' });
    await gql(`mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { clientNote { id } userErrors { code message } } }`, { input: {
      caseId, subject: 'GOOD_CAUSE_DETERMINATION', sections: [
        { heading: 'Non-compliance', text: 'Missed work experience' }, { heading: 'Client statement', text: 'None' },
        { heading: 'Determination and reason', text: 'No good cause' }] } });
    await send(caseId, 'DETERMINE_GOOD_CAUSE', { goodCause: false, reason: 'No reason given' });
    await addCaseNote(app, caseId, 'PENALTY_REQUEST', cm); // NOTE-3
    await send(caseId, 'REQUEST_PENALTY', {});
    // PEN-5: a notice 10 days before the 1st makes that 1st the effective date (7 AAC 45.980(d)).
    await send(caseId, 'IMPOSE_PENALTY', { noticeOn: addDays(effectiveOn, -10), effectiveOn });
  }

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-16T20:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    otherCm = app.token(app.fixtures.north.otherCaseManager);
    supervisor = app.token(app.fixtures.north.supervisor);

    // Five single-parent Work First families (child under 6: 20 core hours a week = 86.6 hours in the month); three engaged.
    for (const name of ['S1', 'S2', 'S3']) await hours(await refer(name), 'WORK_EXPERIENCE', 25, [22, 22, 22, 22]);
    await hours(await refer('S4'), 'WORK_EXPERIENCE', 25, [10, 10, 10, 10]);
    await refer('S5', {}, otherCm); // no hours at all, another case manager's caseload
    // Three two-parent families (35 hours a week combined, 30 core = 151.55 / 129.90 hours); two engaged.
    for (const name of ['T1', 'T2']) {
      const t = await twoParent(name);
      await hours(t.id, 'UNSUBSIDIZED_EMPLOYMENT', 25, [25, 25, 25, 25]);
      await hours(t.id, 'WORK_EXPERIENCE', 15, [15, 15, 15, 15], t.spouse);
    }
    const t3 = await twoParent('T3');
    await hours(t3.id, 'UNSUBSIDIZED_EMPLOYMENT', 20, [20, 20, 20, 20]);
    // Outside the rate: a Families First family (engaged), a case whose TA closed in September, a case of another office.
    await hours(await refer('F1', { track: 'FAMILIES_FIRST' }), 'WORK_EXPERIENCE', 25, [22, 22, 22, 22]);
    const closed = await refer('C1', { referralDate: '2026-08-03' });
    await hours(closed, 'WORK_EXPERIENCE', 25, [22, 22, 22, 22]);
    await gql(`mutation($input: CloseTemporaryAssistanceInput!) { closeTemporaryAssistance(input: $input) { toState { path } userErrors { code message } } }`,
      { input: { caseId: closed, expectedVersion: await versionOf(app, closed), closedOn: '2026-09-20', withWork: false } });
    // Excluded: under a work penalty in October, penalized in no more than 3 of the last 12 months (45 CFR 261.22(b)).
    const penalized = await refer('X1');
    await hours(penalized, 'WORK_EXPERIENCE', 25, [5, 5, 5, 5]);
    await penalize(penalized, '2026-10-01');
    const south = await referClient(app, app.token(app.fixtures.south.caseManager), { referralDate: '2026-09-01' });
    ids.SOUTH = south.id;
  });
  afterAll(() => app.close());

  const rate = (variables: Record<string, unknown>, token = supervisor) => app.gql(RATE, variables, token);

  it('WV-3: all families 5/8 = 62.5% meets 50%; two-parent 2/3 misses 75%; Families First, closed and penalized (45 CFR 261.22(b)) cases outside; with the cases behind each number', async () => {
    const res = await rate({ month: '2026-10' });
    expect(res.errors).toBeUndefined();
    const r = res.data.participationRate;
    expect(r).toMatchObject({ month: '2026-10', officeId: app.fixtures.north.officeId, caseManagerId: null, projected: false });
    expect(r.allFamilies).toMatchObject({ measure: 'ALL_FAMILIES', numerator: 5, denominator: 8, rate: 0.625, rateDisplay: '62.50%', target: 0.5, met: true, rule: expect.stringMatching(/WV-3/) });
    expect(r.twoParent).toMatchObject({ measure: 'TWO_PARENT', numerator: 2, denominator: 3, rateDisplay: '66.67%', target: 0.75, met: false, rule: expect.stringMatching(/WV-3/) });
    expect(r.twoParent.rate).toBeCloseTo(2 / 3, 10);

    const names = (list: Array<{ caseId: string }>) => list.map((c) => Object.keys(ids).find((k) => ids[k] === c.caseId)).sort();
    expect(names(r.allFamilies.numeratorCases)).toEqual(['S1', 'S2', 'S3', 'T1', 'T2']);
    expect(names(r.allFamilies.denominatorCases)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'T1', 'T2', 'T3']);
    expect(names(r.twoParent.numeratorCases)).toEqual(['T1', 'T2']);
    expect(names(r.twoParent.denominatorCases)).toEqual(['T1', 'T2', 'T3']);
    expect(names(r.cases)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'T1', 'T2', 'T3', 'X1']);

    const byName = (name: string) => r.cases.find((c: { caseId: string }) => c.caseId === ids[name]);
    expect(byName('S1')).toMatchObject({ clientName: 'S1 Case', status: 'ENGAGED', familyType: 'SINGLE_PARENT', countableHours: 88, additionalHoursNeeded: 0, verified: false, projected: false });
    expect(byName('S4')).toMatchObject({ status: 'NOT_ENGAGED', countableHours: 40, additionalHoursNeeded: 46.6 });
    expect(byName('S5')).toMatchObject({ status: 'NOT_ENGAGED', countableHours: 0, additionalHoursNeeded: 86.6, caseManagerName: 'cm2.NORTH@test' });
    expect(byName('T1')).toMatchObject({ status: 'ENGAGED', familyType: 'TWO_PARENT', countableHours: 160 });
    // 80 hours: 49.90 core short of 129.90 and 71.55 short of 151.55.
    expect(byName('T3')).toMatchObject({ status: 'NOT_ENGAGED', familyType: 'TWO_PARENT', countableHours: 80, additionalHoursNeeded: 71.55 });
    expect(byName('X1')).toMatchObject({ status: 'EXCLUDED', exclusionReason: 'WORK_PENALTY', countableHours: 20, additionalHoursNeeded: 0, phase: 'PARTICIPATING' });
  });

  it('a case manager\'s caseload alone, and every office for WSTA', async () => {
    const mine = await rate({ month: '2026-10', caseManager: app.fixtures.north.otherCaseManager });
    expect(mine.data.participationRate.allFamilies).toMatchObject({ numerator: 0, denominator: 1, rate: 0, met: false });
    expect(mine.data.participationRate.twoParent).toMatchObject({ numerator: 0, denominator: 0, rate: null, met: true });
    const all = await rate({ month: '2026-10' }, app.token(app.fixtures.wsta));
    expect(all.data.participationRate).toMatchObject({ officeId: null, allFamilies: { numerator: 5, denominator: 9 } });
    const north = await rate({ month: '2026-10', office: app.fixtures.north.officeId }, app.token(app.fixtures.wsta));
    expect(north.data.participationRate.allFamilies).toMatchObject({ numerator: 5, denominator: 8 });
  });

  it('is confined to the reader\'s own office (officeScope), and needs a signed-in user', async () => {
    const other = await rate({ month: '2026-10', office: app.fixtures.south.officeId });
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    const south = await rate({ month: '2026-10' }, app.token(app.fixtures.south.supervisor));
    expect(south.data.participationRate.allFamilies).toMatchObject({ numerator: 0, denominator: 1 });
    const anonymous = await app.gql(RATE, { month: '2026-10' });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed month and a month that has not begun with BAD_USER_INPUT', async () => {
    // A malformed month fails the YearMonth scalar while the variables are read (no field: it is the argument itself).
    for (const [month, expected] of [['2026-13', { constraint: 'isYearMonth' }], ['Oct 2026', { constraint: 'isYearMonth' }], ['2026-12', { field: 'month', constraint: 'notFutureMonth' }]] as const) {
      const res = await rate({ month });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...expected });
    }
  });

  it('csv: a header row, one row per case, fields quoted as RFC 4180 requires', async () => {
    const quoted = await refer('Q1', { client: { firstName: '=Ann', lastName: 'O\'Neil, "Jr"', dateOfBirth: '1990-01-01' } });
    const res = await rate({ month: '2026-10' });
    const csv: string = res.data.participationRate.csv;
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(1 + 10);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    const q = rows.find((r) => r[col('case_id')] === quoted)!;
    // A name that starts with "=" is not run as a spreadsheet formula.
    expect(q[col('client_name')]).toBe('\'=Ann O\'Neil, "Jr"');
    const s4 = rows.find((r) => r[col('case_id')] === ids.S4)!;
    expect(s4).toEqual(['2026-10', ids.S4, 'S4 Case', 'cm.NORTH@test', 'SINGLE_PARENT', 'NOT_ENGAGED', '', 'true', 'false', '20', '40.00', '40.00', '46.60', 'false', 'false']);
  });

  it('the current month is projected from entered hours plus scheduled hours for weeks not yet entered', async () => {
    const p1 = await refer('P1');
    const { assignActivity } = await gql(ASSIGN, { input: { caseId: p1, activity: 'WORK_EXPERIENCE', scheduledHoursPerWeek: 25, startDate: '2026-11-02', timesheetFrequency: 'WEEKLY' } });
    await gql(RECORD, { input: { assignmentId: assignActivity.assignment.id, month: '2026-11', weekStart: '2026-11-02', actualHours: 25 } });
    const res = await rate({ month: '2026-11' });
    expect(res.errors).toBeUndefined();
    expect(res.data.participationRate.projected).toBe(true);
    // 25 entered + 25/5 per business day on the 14 business days left (Nov 9-30 without Veterans Day and Thanksgiving) = 95.
    const row = res.data.participationRate.cases.find((c: { caseId: string }) => c.caseId === p1);
    expect(row).toMatchObject({ status: 'ENGAGED', countableHours: 95, projected: true });
    // The same case through Case.monthlyParticipation; October (past) is not projected.
    const one = await gql(`query($id: ID!) { case(id: $id) { nov: monthlyParticipation(month: "2026-11") { projected countableHours status }
      oct: monthlyParticipation(month: "2026-10") { projected countableHours status } } }`, { id: p1 });
    expect(one.case.nov).toEqual({ projected: true, countableHours: 95, status: 'ENGAGED' });
    expect(one.case.oct).toEqual({ projected: false, countableHours: 0, status: 'NOT_ENGAGED' });
    // Without the projection only the 25 entered hours would count: October's past-month figures are actual hours only.
    const oct = await rate({ month: '2026-10' });
    expect(oct.data.participationRate.projected).toBe(false);
  });

  it('loads a month for the office in a fixed number of SQL statements, whatever the number of cases', async () => {
    app.queries.reset();
    await rate({ month: '2026-10' });
    const statements = app.queries.statements.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(s));
    // the signed-in user, then cases, TA periods, households, the month's hours, earlier hours, verifications
    expect(statements.length).toBeLessThanOrEqual(8);
  });
});
