import { referClient } from '../support/referrals';
import { single, USER_ERRORS } from '../support/case-mutations';
import { startTestApp, type TestApp } from '../support/test-app';
import { addCaseNote, addClientNote, bringToParticipation, sendEvent, userErrorOf, versionOf } from '../support/api';

const CASE_OBLIGATIONS = `query($id: ID!) { case(id: $id) { obligations { edges { node { key ruleId dueDate status metBy { __typename
  ... on MetByHistoryEntry { version event } ... on MetByNote { noteId kind } ... on MetByMonthVerification { month } ... on MetByWaiver { reason } } } } } } }`;
const ADD_NOTE = `mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { clientNote { id title subject correctsNoteId } ${USER_ERRORS} } }`;
const contactSections = [{ heading: 'Contact method', text: 'Phone' }, { heading: 'Discussion', text: 'Orientation' }, { heading: 'Next steps', text: 'EA Monday' }];

/** Deadlines stored per case and read as a worklist; notes (CLNO/CANO) on the record. */
describe('obligations, worklist and notes', () => {
  let app: TestApp;
  let cm: string;
  beforeAll(async () => {
    // Friday 2026-11-06: ENG-1's one business day lands on Monday 2026-11-09.
    app = await startTestApp({ now: '2026-11-06T18:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());

  const obligationsOf = async (id: string) => (await app.gql(CASE_OBLIGATIONS, { id }, cm)).data.case.obligations.edges.map((e: { node: unknown }) => e.node) as Array<{ key: string; ruleId: string; dueDate: string; status: string; metBy: Array<Record<string, unknown>> }>;

  it('ENG-1: a referral creates its contact deadline, met by reaching the client and documenting it (ENG-2)', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-11-06' });
    const eng1 = (await obligationsOf(id)).find((o) => o.ruleId === 'ENG-1')!;
    expect(eng1).toMatchObject({ dueDate: '2026-11-09', status: 'OPEN' });
    app.clock.set('2026-11-09T19:00:00Z');
    const reached = await app.gql(single('RECORD_CONTACT_ATTEMPT'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), on: '2026-11-09', method: 'PHONE', outcome: 'REACHED' } }, cm);
    expect(reached.data.result.userErrors).toEqual([]);
    // ENG-2: the contact counts once its CLNO is entered.
    expect((await obligationsOf(id)).find((o) => o.ruleId === 'ENG-1')).toMatchObject({ status: 'OPEN', metBy: [] });
    const clno = (await app.gql(ADD_NOTE, { input: { caseId: id, subject: 'CONTACT', contactMethod: 'PHONE', sections: contactSections } }, cm)).data.addClientNote.clientNote;
    // What met it, as typed references: the history entry (version 2: the referral is version 1) and its CLNO.
    expect((await obligationsOf(id)).find((o) => o.ruleId === 'ENG-1')).toMatchObject({
      status: 'MET', metBy: [{ __typename: 'MetByHistoryEntry', version: 2, event: 'RECORD_CONTACT_ATTEMPT' }, { __typename: 'MetByNote', noteId: clno.id, kind: 'CLNO' }],
    });
  });

  it('lists an office worklist by due date, with OVERDUE decided by today, and refuses an unknown rule id', async () => {
    app.clock.set('2026-11-06T18:00:00Z');
    const { id } = await referClient(app, cm, { referralDate: '2026-11-06' });
    app.clock.set('2026-11-12T18:00:00Z');
    const res = await app.gql(`{ obligations(first: 50, filter: { status: OVERDUE, ruleIds: ["ENG-1"] }) { edges { node { caseId ruleId dueDate status } } } }`, {}, cm);
    expect(res.data.obligations.edges.map((e: any) => e.node)).toContainEqual({ caseId: id, ruleId: 'ENG-1', dueDate: '2026-11-09', status: 'OVERDUE' });
    // A to-do list in one query: OPEN and OVERDUE together, nothing MET or WAIVED.
    await sendEvent(app, id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-12', method: 'PHONE', outcome: 'REACHED' }, cm);
    await addClientNote(app, id, 'CONTACT', cm);
    const todo = await app.gql(`{ obligations(first: 100, filter: { unresolved: true }) { edges { node { caseId ruleId status } } } }`, {}, cm);
    const mine = todo.data.obligations.edges.map((e: any) => e.node).filter((o: { caseId: string }) => o.caseId === id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((o: { status: string }) => o.status === 'OPEN' || o.status === 'OVERDUE')).toBe(true);
    expect((await obligationsOf(id)).find((o) => o.ruleId === 'ENG-1')).toMatchObject({ status: 'MET' });
    expect(mine.map((o: { ruleId: string }) => o.ruleId)).not.toContain('ENG-1');
    const bad = await app.gql(`{ obligations(first: 5, filter: { ruleIds: ["XYZ-9"] }) { edges { cursor } } }`, {}, cm);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruleIds' });
  });

  it('waiving needs a SUPERVISOR, a coded reason that applies to the rule and free text, and writes nothing otherwise', async () => {
    app.clock.set('2026-11-06T18:00:00Z');
    const { id } = await referClient(app, cm, { referralDate: '2026-11-06' });
    // EA on Monday 2026-11-09 without its CLNO: EA-2 is open, the one rule extenuating circumstances waive.
    app.clock.set('2026-11-09T19:00:00Z');
    await sendEvent(app, id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-09', method: 'PHONE', outcome: 'REACHED' }, cm);
    await sendEvent(app, id, 'COMPLETE_EA', { completedOn: '2026-11-09' }, cm);
    const key = (await obligationsOf(id)).find((o) => o.ruleId === 'EA-2')!.key;
    const waive = `mutation($input: WaiveObligationInput!) { waiveObligation(input: $input) { obligation { key status waiverReason waiverReasonCode metBy { ... on MetByWaiver { reasonCode reason } } } ${USER_ERRORS} } }`;
    const refusal = async (input: Record<string, unknown>, token: string) => userErrorOf(await app.gql(waive, { input }, token), 'waiveObligation');
    const valid = { caseId: id, key, reasonCode: 'EXTENUATING_CIRCUMSTANCES', reason: 'Client hospitalized all week' };
    expect(await refusal(valid, cm)).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const sup = app.token(app.fixtures.north.supervisor);
    expect(await refusal({ ...valid, reason: '' }, sup)).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await refusal({ ...valid, key: 'ENG-99' }, sup)).toMatchObject({ code: 'BAD_USER_INPUT' });
    // ENG-1, ENG-3, TRK-4: never waived ("busy week in the office"); a reason of another rule is refused too.
    for (const other of ['ENG-1', 'ENG-3:2026-11-06', 'TRK-4:2026-11-06']) {
      expect(await refusal({ ...valid, key: other, reason: 'busy week in the office' }, sup))
        .toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'reasonCode', constraint: 'waiverReasonNotForRule' });
    }
    // Nullable in the schema (so older documents validate), required by the server.
    const { reasonCode: _omitted, ...uncoded } = valid;
    expect(await refusal(uncoded, sup)).toMatchObject({ __typename: 'InputError', field: 'reasonCode', constraint: 'isDefined' });
    expect(await refusal({ ...valid, reasonCode: 'CLIENT_DECLINED_POST_TA' }, sup))
      .toMatchObject({ field: 'reasonCode', constraint: 'waiverReasonNotForRule', message: expect.stringContaining('EXTENUATING_CIRCUMSTANCES') });
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM obligation_waiver');
    expect(n).toBe(0);
    const ok = await app.gql(waive, { input: valid }, sup);
    expect(ok.data.waiveObligation).toEqual({
      obligation: {
        key, status: 'WAIVED', waiverReason: 'Client hospitalized all week', waiverReasonCode: 'EXTENUATING_CIRCUMSTANCES',
        metBy: [{ reasonCode: 'EXTENUATING_CIRCUMSTANCES', reason: 'Client hospitalized all week' }],
      },
      userErrors: [],
    });
    const [stored] = await app.dataSource.query('SELECT reason_code FROM obligation_waiver');
    expect(stored.reason_code).toBe('EXTENUATING_CIRCUMSTANCES');
  });

  it('NOTE-1: a client note takes the standard title and headings; a correction is an addendum to an existing note', async () => {
    const { id } = await referClient(app, cm);
    const wrong = await app.gql(ADD_NOTE, { input: { caseId: id, subject: 'CONTACT', sections: [{ heading: 'Whatever', text: 'x' }] } }, cm);
    expect(userErrorOf(wrong, 'addClientNote')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'sections' });
    expect(wrong.data.addClientNote.clientNote).toBeNull();
    const note = (await app.gql(ADD_NOTE, { input: { caseId: id, subject: 'CONTACT', sections: contactSections } }, cm)).data.addClientNote.clientNote;
    expect(note).toMatchObject({ title: 'Client Contact', subject: 'CONTACT', correctsNoteId: null });
    const addendum = await app.gql(ADD_NOTE, { input: { caseId: id, subject: 'CONTACT', sections: contactSections, correctsNoteId: note.id } }, cm);
    expect(addendum.data.addClientNote).toMatchObject({ clientNote: { title: 'Addendum: Client Contact', correctsNoteId: note.id }, userErrors: [] });
    const missing = await app.gql(ADD_NOTE, { input: { caseId: id, subject: 'CONTACT', sections: contactSections, correctsNoteId: '6f1c7d1e-0000-4000-8000-000000000000' } }, cm);
    expect(userErrorOf(missing, 'addClientNote')).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', id: '6f1c7d1e-0000-4000-8000-000000000000' });
    await expect(app.dataSource.query(`UPDATE client_note SET title = 'x'`)).rejects.toThrow(/append-only/);
  });

  it('refuses a note on another office\'s case', async () => {
    const { id } = await referClient(app, cm);
    const res = await app.gql(ADD_NOTE, { input: { caseId: id, subject: 'CONTACT', sections: contactSections } }, app.token(app.fixtures.south.caseManager));
    expect(userErrorOf(res, 'addClientNote')).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(res.data.addClientNote.clientNote).toBeNull();
  });

  it('NOTE-3: a case note takes one of five categories and raises an "E" alert visible to the office', async () => {
    const { id } = await referClient(app, cm);
    const add = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { caseNote { id category } ${USER_ERRORS} } }`;
    // An unknown category fails the enum while the variables are read: a top-level error, before the mutation runs.
    expect((await app.gql(add, { input: { caseId: id, category: 'LUNCH_PLANS', text: 'no' } }, cm)).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const added = await app.gql(add, { input: { caseId: id, category: 'JOB_START_OR_OJT_PLACEMENT', text: 'Started at the cannery' } }, cm);
    expect(added.data.addCaseNote).toMatchObject({ caseNote: { category: 'JOB_START_OR_OJT_PLACEMENT' }, userErrors: [] });
    // NOTE-3: information on a potential job-quit disqualification is a CANO category of its own.
    const jobQuit = await app.gql(add, { input: { caseId: id, category: 'POTENTIAL_JOB_QUIT', text: 'Quit the cannery job on 11/20 without notice' } }, cm);
    expect(jobQuit.data.addCaseNote).toMatchObject({ caseNote: { category: 'POTENTIAL_JOB_QUIT' }, userErrors: [] });
    const alerts = await app.gql('{ caseAlerts { edges { node { caseId kind category } } } }', {}, app.token(app.fixtures.north.supervisor));
    expect(alerts.data.caseAlerts.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ caseId: id, kind: 'E', category: 'JOB_START_OR_OJT_PLACEMENT' });
    const south = await app.gql('{ caseAlerts { totalCount edges { node { caseId } } } }', {}, app.token(app.fixtures.south.supervisor));
    expect(south.data.caseAlerts).toEqual({ totalCount: 0, edges: [] });
  });

  it('serves the Alaska calendar read-only, as the server counts', async () => {
    const res = await app.gql(`{ calendar { isBusinessDay(date: "2026-11-11") addBusinessDays(from: "2026-11-25", days: 1) holidays(year: 2026) { date name } } }`);
    expect(res.data.calendar.isBusinessDay).toBe(false);
    expect(res.data.calendar.addBusinessDays).toBe('2026-11-27');
    expect(res.data.calendar.holidays).toContainEqual({ date: '2026-07-03', name: 'Independence Day' });
    expect((await app.gql(`{ calendar { addBusinessDays(from: "2026-11-25", days: -1) } }`)).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    // Dates before 1900 would meet the tz database's pre-1867 Anchorage offset: refused up front.
    const addDays = `query($from: LocalDate!) { calendar { addBusinessDays(from: $from, days: 1) } }`;
    for (const from of ['1800-01-01', '0050-01-01', '2101-01-01']) {
      expect((await app.gql(addDays, { from })).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
    // Holidays are listed from statehood (AS 44.12.010 is a state law) to LAST_YEAR of src/dates.
    const holidays = `query($year: Int!) { calendar { holidays(year: $year) { date } } }`;
    for (const year of [1958, 2101]) {
      expect((await app.gql(holidays, { year })).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect((await app.gql(holidays, { year: 2100 })).data.calendar.holidays).toContainEqual({ date: '2100-12-31' });
    const before2025 = await app.gql(`{ calendar { holidays(year: 2024) { name } } }`);
    expect(before2025.data.calendar.holidays.map((h: { name: string }) => h.name)).not.toContain('Juneteenth');
  });

  it('TL-1: the case shows its position on the 60-month clock', async () => {
    const { id } = await referClient(app, cm, { monthsUsed: 58 });
    const res = await app.gql(`query($id: ID!) { case(id: $id) { timeLimit { monthsUsed monthsLeft extensionStaffingDue } } }`, { id }, cm);
    expect(res.data.case.timeLimit).toEqual({ monthsUsed: 58, monthsLeft: 2, extensionStaffingDue: true });
  });
});

describe('monthly obligations appear when the month turns, without a change to the case', () => {
  let app: TestApp;
  afterAll(() => app.close());

  it('ENG-5: a new month brings its contact-attempt obligation after refreshStale', async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    const cm = app.token(app.fixtures.north.caseManager);
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02' });
    const keys = async () => ((await app.gql(CASE_OBLIGATIONS, { id }, cm)).data.case.obligations.edges.map((e: { node: unknown }) => e.node) as Array<{ key: string }>).map((o) => o.key);
    expect(await keys()).not.toContain('ENG-5:2026-12');
    app.clock.set('2026-12-01T18:00:00Z');
    expect(await app.running.services.obligations.refreshStale()).toBe(1);
    expect(await keys()).toContain('ENG-5:2026-12');
    expect(await app.running.services.obligations.refreshStale()).toBe(0);
  });
});

describe('Eligibility outbox', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp({ now: '2026-11-02T18:00:00Z' }); });
  afterAll(() => app.close());

  it('EXM-1: an exemption start is queued for Eligibility the same day, in the same transaction, and acknowledged once by the PARTNER', async () => {
    const cm = app.token(app.fixtures.north.caseManager);
    const partner = app.token(app.fixtures.north.partner);
    const { id } = await referClient(app, cm);
    await bringToParticipation(app, id, cm, { reached: '2026-11-02', lastStepReviewDate: '2027-01-29' });
    await addCaseNote(app, id, 'EXEMPTION_START_OR_END', cm); // NOTE-3
    await sendEvent(app, id, 'START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02', documentedOn: '2026-11-02' }, cm);
    const list = `{ eligibilityNotices { edges { node { id caseId event ruleId dueOn overdue payload case { id } } } } }`;
    const noticesOf = async (token: string) => (await app.gql(list, {}, token)).data.eligibilityNotices.edges.map((e: { node: unknown }) => e.node);
    const pending = await noticesOf(partner);
    // A PARTNER reads the notice's case as case(id) gives it (Relay: EligibilityNotice.case).
    expect(pending[0].case).toEqual({ id });
    // ROI-1 (issue 11): the reason and its documentation are medical facts; without a current HIPAA
    // release to Eligibility the PARTNER reads the start only (test/e2e/releases.test.ts: with one).
    expect(pending).toEqual([expect.objectContaining({ caseId: id, event: 'START_EXEMPTION', ruleId: 'EXM-1', dueOn: '2026-11-02', overdue: false, payload: { startedOn: '2026-11-02' } })]);
    app.clock.set('2026-11-03T18:00:00Z');
    expect((await noticesOf(partner))[0].overdue).toBe(true);
    const ack = `mutation($input: AcknowledgeEligibilityNoticeInput!) { acknowledgeEligibilityNotice(input: $input) { notice { id acknowledgedAt } ${USER_ERRORS} } }`;
    const acknowledge = (token: string) => app.gql(ack, { input: { id: pending[0].id } }, token);
    expect(userErrorOf(await acknowledge(cm), 'acknowledgeEligibilityNotice')).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(userErrorOf(await acknowledge(app.token(app.fixtures.south.partner)), 'acknowledgeEligibilityNotice'))
      .toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', id: pending[0].id });
    const first = (await acknowledge(partner)).data.acknowledgeEligibilityNotice;
    expect(first).toMatchObject({ notice: { id: pending[0].id, acknowledgedAt: expect.any(String) }, userErrors: [] });
    // Acknowledging again (a retry after a timeout) is a success, not an error (issue 9 item 2): the same acknowledgement.
    const again = await acknowledge(partner);
    expect(again.errors).toBeUndefined();
    expect(again.data.acknowledgeEligibilityNotice).toEqual({ notice: { id: pending[0].id, acknowledgedAt: first.notice.acknowledgedAt }, userErrors: [] });
    expect(await noticesOf(partner)).toEqual([]);
  });
});
