import { alaskaDateOf } from '../../src/dates';
import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import { USER_ERRORS, single } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { addCaseNote, addClientNote, dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';
import { openState } from '../support/state-paths';

/**
 * One Work First client from referral to closed after 12 months of Post-TA, through the API the
 * way a case manager and a supervisor would drive it; a second case gets good cause and no penalty.
 */
describe('full lifecycle of a Work First case', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-01-05T18:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);
  });
  afterAll(() => app.close());

  async function send(caseId: string, type: CaseEventType, input: Record<string, unknown>, opts: { token?: string; on?: string } = {}) {
    if (opts.on) app.clock.set(`${opts.on}T19:00:00Z`);
    return sendEvent(app, caseId, type, input, opts.token ?? cm);
  }
  /** PEN-1: the Good Cause Determination CLNO comes before the result is recorded. */
  async function goodCauseNote(caseId: string, determination: string) {
    const data = await dataOf(app, `mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { clientNote { id title } ${USER_ERRORS} } }`, { input: {
      caseId, subject: 'GOOD_CAUSE_DETERMINATION', sections: [
        { heading: 'Non-compliance', text: 'Missed the work activity' }, { heading: 'Client statement', text: 'See determination' },
        { heading: 'Determination and reason', text: determination }] } }, cm);
    expect(data.addClientNote.clientNote.id).toEqual(expect.any(String));
  }
  // Case.history is a connection (README "Relay"): its nodes, as a list.
  const historyAsList = (c: any) => ({ ...c, history: c.history.edges.map((e: { node: unknown }) => e.node) });
  const caseView = async (id: string) => historyAsList((await app.gql(`query($id: ID!) { case(id: $id) {
    state { path } phase track monthsUsed version caseManager { id } history { edges { node { version event stateBefore { path } stateAfter { path } actorRole payload } } }
    actions { event allowed blockedBy } } }`, { id }, cm)).data.case);

  it('walks referral -> track change -> penalty and cure -> exemption -> extension staffing -> exit with work -> Post-TA -> closed', async () => {
    const kase = await referClient(app, cm, { referralDate: '2026-01-05', monthsUsed: 56 });
    const id = kase.id;
    expect(kase).toMatchObject({ state: openState('open.phase.referral.awaitingContact'), version: 1 });

    // ENG-1 / ENG-2: a failed call, then the client is reached.
    await send(id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-01-06', method: 'PHONE', outcome: 'NOT_REACHED' }, { on: '2026-01-06' });
    const reached = await send(id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-01-06', method: 'IN_PERSON', outcome: 'REACHED' });
    expect(reached).toMatchObject({ fromState: openState('open.phase.referral.awaitingContact'), toState: openState('open.phase.assessment.eaPending') });
    await send(id, 'SCHEDULE_EA', { appointmentAt: '2026-01-08T18:00:00Z' });
    await send(id, 'COMPLETE_EA', { completedOn: '2026-01-08' }, { on: '2026-01-08' });
    app.clock.set('2026-01-09T19:00:00Z');
    const eaUndocumented = await app.gql(single('RECORD_EA_NOTE'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), enteredOn: '2026-01-09' } }, cm);
    expect(userErrorOf(eaUndocumented)).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'eaNoteRequired' });
    await addClientNote(app, id, 'EA', cm);
    await send(id, 'RECORD_EA_NOTE', { enteredOn: '2026-01-09' });
    await send(id, 'DRAFT_FSSP', { draftedOn: '2026-01-12', lastStepReviewDate: '2026-04-10' }, { on: '2026-01-12' });
    await send(id, 'MAIL_FSSP', { mailedOn: '2026-01-12', dueBackOn: '2026-01-26' });
    const signed = await send(id, 'SIGN_FSSP', { signedOn: '2026-01-20' }, { on: '2026-01-21' });
    expect(signed.toState).toContain('open.phase.participating.plan.current');

    // TRK-1: the case manager asks, the case manager cannot decide, the supervisor approves.
    await send(id, 'REQUEST_TRACK_CHANGE', { toTrack: 'FAMILIES_FIRST', reason: 'Untreated health barrier found at the EA' }, { on: '2026-02-02' });
    const cmDecides = await app.gql(single('DECIDE_TRACK_CHANGE'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), approved: true, reason: 'ok' } }, cm);
    expect(userErrorOf(cmDecides)).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const decided = await send(id, 'DECIDE_TRACK_CHANGE', { approved: true, reason: 'Agreed at consultation' }, { token: supervisor, on: '2026-02-03' });
    expect(decided.toState).toContain('track.steady');
    let view = await caseView(id);
    expect(view.track).toBe('FAMILIES_FIRST');

    // PEN-1..PEN-3: non-compliance, no good cause, penalty, cure back-dated to the earlier date.
    await send(id, 'REPORT_NON_COMPLIANCE', { kind: 'WORK_ACTIVITY', occurredOn: '2026-02-16' }, { on: '2026-02-17' });
    app.clock.set('2026-02-20T19:00:00Z');
    const undocumented = await app.gql(single('DETERMINE_GOOD_CAUSE'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), goodCause: false, reason: 'none given' } }, cm);
    expect(userErrorOf(undocumented)).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'goodCauseNoteRequired' });
    await goodCauseNote(id, 'No good cause: no reason given');
    await send(id, 'DETERMINE_GOOD_CAUSE', { goodCause: false, reason: 'Client gave no reason for missing the activity' });
    // NOTE-3: the request to impose is documented in a CANO first.
    const unrequested = await app.gql(single('REQUEST_PENALTY'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id) } }, cm);
    expect(userErrorOf(unrequested)).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'penaltyRequestCaseNoteRequired' });
    await addCaseNote(app, id, 'PENALTY_REQUEST', cm);
    await send(id, 'REQUEST_PENALTY', {});
    await send(id, 'IMPOSE_PENALTY', { noticeOn: '2026-02-18', effectiveOn: '2026-03-01' }, { on: '2026-02-27' });
    const escalate = await app.gql(single('ESCALATE_PENALTY'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id) } }, cm);
    expect(userErrorOf(escalate)).toMatchObject({ __typename: 'TransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED', event: 'ESCALATE_PENALTY', reason: 'stage 2 begins on 2026-07-01 (7 AAC 45.980)' });
    app.clock.set('2026-03-13T19:00:00Z');
    await addCaseNote(app, id, 'PENALTY_REQUEST', cm); // NOTE-3: the request to end the penalty
    const cured = await send(id, 'CURE_PENALTY', { intentToComplyOn: '2026-03-12', compliedOn: '2026-03-09' });
    expect(cured.toState).toContain('compliance.compliant');
    const penaltyEnd = await app.dataSource.query(`SELECT snapshot->'context'->'penaltyHistory'->0 AS p FROM work_case WHERE id = $1`, [id]);
    expect(penaltyEnd[0].p).toMatchObject({ endedOn: '2026-03-09', endReason: 'CURED', stage: 1 });

    // EXM-1: an exemption starts and ends.
    // NOTE-3: each start and end is documented in its own CANO first.
    app.clock.set('2026-03-16T19:00:00Z');
    await addCaseNote(app, id, 'EXEMPTION_START_OR_END', cm);
    await send(id, 'START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-03-16', documentedOn: '2026-03-16' });
    app.clock.set('2026-04-15T19:00:00Z');
    await addCaseNote(app, id, 'EXEMPTION_START_OR_END', cm);
    await send(id, 'END_EXEMPTION', { endedOn: '2026-04-15' });
    await send(id, 'UPDATE_FSSP', { updatedOn: '2026-04-15', lastStepReviewDate: '2026-07-15' });

    // TL-1 / TL-2: month 58, staffing with the form a week ahead, supervisor approves.
    await send(id, 'RECORD_ASSISTANCE_MONTH', { month: '2026-03' });
    await send(id, 'RECORD_ASSISTANCE_MONTH', { month: '2026-04' });
    const twice = await app.gql(single('RECORD_ASSISTANCE_MONTH'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), month: '2026-04' } }, cm);
    expect(userErrorOf(twice)).toMatchObject({ __typename: 'TransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED', reason: '2026-04 is already counted (TL-1)' });
    await send(id, 'SCHEDULE_EXTENSION_STAFFING', { staffingOn: '2026-05-20' }, { on: '2026-05-01' });
    await send(id, 'SUBMIT_STAFFING_FORM', { submittedOn: '2026-05-12' }, { on: '2026-05-12' });
    app.clock.set('2026-05-20T19:00:00Z');
    await addCaseNote(app, id, 'EXTENSION_DECISION', supervisor); // NOTE-3
    // DOMAIN.md "Time limit" (issue 10): the approval names the criterion the (one) parent meets.
    const extended = await send(id, 'DECIDE_EXTENSION', { approved: true, reason: 'TA10 supports the extension', criteria: [{ criteria: ['MEDICAL_INABILITY_TA10'] }] }, { token: supervisor });
    expect(extended.toState).toContain('timeLimit.extended');

    // EXIT-1..EXIT-3: closes with work, exit summary, record closed, 12 months of Post-TA.
    await send(id, 'CLOSE_TA', { closedOn: '2026-06-30', withWork: true }, { on: '2026-06-30' });
    await send(id, 'RECORD_EXIT_SUMMARY', { enteredOn: '2026-07-10' }, { on: '2026-07-10' });
    const postTa = await send(id, 'CLOSE_WORK_ACTIVITY_RECORD', { closedOn: '2026-07-31' }, { on: '2026-07-31' });
    expect(postTa).toMatchObject({ fromState: 'exit.summaryRecorded', toState: 'postTa' });
    for (let month = 8; month <= 12; month++) {
      const day = `2026-${String(month).padStart(2, '0')}-15`;
      await send(id, 'RECORD_POST_TA_CONTACT', { contactedOn: day }, { on: day });
    }
    const ahead = await app.gql(single('RECORD_POST_TA_CONTACT'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), contactedOn: '2027-01-15' } }, cm);
    expect(userErrorOf(ahead)).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'contactedOn', constraint: 'notInFuture' });
    const early = await app.gql(single('COMPLETE_POST_TA'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id) } }, cm);
    expect(userErrorOf(early)).toMatchObject({ __typename: 'TransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED', state: { path: 'postTa', nodes: ['POST_TA'] } });
    const done = await send(id, 'COMPLETE_POST_TA', {}, { on: '2027-06-30' });
    expect(done).toMatchObject({ fromState: 'postTa', toState: 'closed' });

    view = await caseView(id);
    expect(view.phase).toBe('CLOSED');
    expect(view.history[0]).toMatchObject({ version: 1, event: 'REFERRED', stateBefore: null });
    expect(view.history.map((h: { version: number }) => h.version)).toEqual(view.history.map((_: unknown, i: number) => i + 1));
    expect(view.history.find((h: { event: string }) => h.event === 'DECIDE_TRACK_CHANGE')).toMatchObject({ actorRole: 'SUPERVISOR', payload: { approved: true } });
    expect(view.actions.find((a: { event: string }) => a.event === 'REFER_AGAIN')).toMatchObject({ allowed: true, blockedBy: null });
  });

  it('a second case gets a good cause finding and no penalty', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-01-05', client: { firstName: 'Lena', lastName: 'Good', dateOfBirth: '1992-02-02' } });
    app.clock.set('2026-01-06T19:00:00Z');
    await send(id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-01-06', method: 'PHONE', outcome: 'REACHED' });
    await send(id, 'COMPLETE_EA', { completedOn: '2026-01-06' });
    await addClientNote(app, id, 'EA', cm);
    await send(id, 'RECORD_EA_NOTE', { enteredOn: '2026-01-06' });
    await send(id, 'DRAFT_FSSP', { draftedOn: '2026-01-06', lastStepReviewDate: '2026-04-06' });
    await send(id, 'SIGN_FSSP', { signedOn: '2026-01-06' });
    await send(id, 'REPORT_NON_COMPLIANCE', { kind: 'WORK_ACTIVITY', occurredOn: '2026-01-05' });
    const determine = async () => (await caseView(id)).actions.find((a: { event: string }) => a.event === 'DETERMINE_GOOD_CAUSE');
    // PEN-1: actions says what the mutation would: the note first.
    expect(await determine()).toMatchObject({ allowed: false, blockedBy: 'Enter the Good Cause Determination client note first (PEN-1)' });
    await goodCauseNote(id, 'Good cause: child hospitalized');
    expect(await determine()).toMatchObject({ allowed: true, blockedBy: null });
    const goodCause = await send(id, 'DETERMINE_GOOD_CAUSE', { goodCause: true, reason: 'Child hospitalized that week' });
    expect(goodCause.toState).toContain('compliance.compliant');
    const view = await caseView(id);
    expect(view.actions.find((a: { event: string }) => a.event === 'REQUEST_PENALTY').allowed).toBe(false);
    expect(view.history.map((h: { event: string }) => h.event)).not.toContain('IMPOSE_PENALTY');
  });

  it('PEN-4: a penalty is raised to stage 2 in the 5th month from the finding, after a home visit and its CANO', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-01-05', client: { firstName: 'Pia', lastName: 'Stage', dateOfBirth: '1991-01-01' } });
    app.clock.set('2026-01-06T19:00:00Z');
    await send(id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-01-06', method: 'PHONE', outcome: 'REACHED' });
    await send(id, 'COMPLETE_EA', { completedOn: '2026-01-06' });
    await addClientNote(app, id, 'EA', cm);
    await send(id, 'RECORD_EA_NOTE', { enteredOn: '2026-01-06' });
    await send(id, 'DRAFT_FSSP', { draftedOn: '2026-01-06', lastStepReviewDate: '2026-12-31' });
    await send(id, 'SIGN_FSSP', { signedOn: '2026-01-06' });
    await send(id, 'REPORT_NON_COMPLIANCE', { kind: 'WORK_ACTIVITY', occurredOn: '2026-01-06' });
    await goodCauseNote(id, 'No good cause');
    await send(id, 'DETERMINE_GOOD_CAUSE', { goodCause: false, reason: 'none' });
    await addCaseNote(app, id, 'PENALTY_REQUEST', cm); // NOTE-3
    await send(id, 'REQUEST_PENALTY', {});
    await send(id, 'IMPOSE_PENALTY', { noticeOn: '2026-01-06' });
    await send(id, 'RECORD_PENALTY_HOME_VISIT', { visitedOn: '2026-07-01', childSafetyDetermined: true }, { on: '2026-07-01' });
    app.clock.set('2026-07-02T19:00:00Z');
    const withoutCano = await app.gql(single('ESCALATE_PENALTY'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id) } }, cm);
    expect(userErrorOf(withoutCano)).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'homeVisitCaseNoteRequired' });
    const cano = await dataOf(app, `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { caseNote { id } ${USER_ERRORS} } }`,
      { input: { caseId: id, category: 'PENALTY_HOME_VISIT', text: 'Home visit held; child safe; decision to raise the penalty to 75%' } }, cm);
    expect(cano.addCaseNote.caseNote.id).toEqual(expect.any(String));
    await send(id, 'ESCALATE_PENALTY', {});
    const [row] = await app.dataSource.query(`SELECT snapshot->'context'->'penalty'->>'stage' AS stage FROM work_case WHERE id = $1`, [id]);
    expect(row.stage).toBe('2');
  });

  it('refuses an event the chart does not allow with TRANSITION_NOT_ALLOWED, the state and the allowed events', async () => {
    const { id } = await referClient(app, cm);
    const res = await app.gql(single('SIGN_FSSP'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), signedOn: alaskaDateOf(app.clock.now()) } }, cm);
    expect(res.data.result).toMatchObject({ case: null, fromState: null, toState: null });
    expect(userErrorOf(res)).toMatchObject({
      __typename: 'TransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED', event: 'SIGN_FSSP', state: { path: openState('open.phase.referral.awaitingContact'), phase: 'REFERRAL' },
      allowedEvents: expect.arrayContaining(['RECORD_CONTACT_ATTEMPT', 'CLOSE_TA']),
    });
    expect((await caseView(id)).version).toBe(1);
  });

  it('refuses a case manager acting on a colleague\'s case, and read-only roles, with FORBIDDEN', async () => {
    const { id } = await referClient(app, cm);
    for (const staff of [app.fixtures.north.otherCaseManager, app.fixtures.north.partner, app.fixtures.wsta, app.fixtures.south.supervisor]) {
      const res = await app.gql(single('RECORD_CONTACT_ATTEMPT'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), on: '2026-01-06', method: 'PHONE', outcome: 'REACHED' } }, app.token(staff));
      expect(userErrorOf(res)).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
      expect(res.data.result.case).toBeNull();
    }
    expect((await caseView(id)).version).toBe(1);
  });

  it('ENG-3: a supervisor reassigns the case to an active case manager of the office only', async () => {
    const { id } = await referClient(app, cm);
    const bad = await app.gql(single('CHANGE_CASE_MANAGER'), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), caseManagerId: app.fixtures.south.caseManager } }, supervisor);
    expect(userErrorOf(bad)).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'caseManagerId' });
    app.clock.set('2026-02-10T19:00:00Z');
    await send(id, 'CHANGE_CASE_MANAGER', { caseManagerId: app.fixtures.north.otherCaseManager }, { token: supervisor });
    const [row] = await app.dataSource.query(`SELECT case_manager_id, snapshot->'context'->>'engagementClockStart' AS clock FROM work_case WHERE id = $1`, [id]);
    expect(row).toEqual({ case_manager_id: app.fixtures.north.otherCaseManager, clock: '2026-02-10' });
  });
});

describe('re-referral', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp({ now: '2026-01-05T18:00:00Z' }); });
  afterAll(() => app.close());

  it('keeps the lifetime months (TL-1) and lets only a supervisor choose another caseload', async () => {
    const cm = app.token(app.fixtures.north.caseManager);
    const { id } = await referClient(app, cm, { monthsUsed: 40 });
    for (const [type, input] of [['CLOSE_TA', { closedOn: '2026-01-05', withWork: false }], ['RECORD_EXIT_SUMMARY', { enteredOn: '2026-01-05' }],
      ['CLOSE_WORK_ACTIVITY_RECORD', { closedOn: '2026-01-05' }]] as const) {
      const res = await app.gql(single(type), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), ...input } }, cm);
      expect(res.errors).toBeUndefined();
      expect(res.data.result.userErrors).toEqual([]);
    }
    const again = { caseId: id, expectedVersion: await versionOf(app, id), referralDate: '2026-01-05', track: 'WORK_FIRST', monthsUsed: 0 };
    const colleague = await app.gql(single('REFER_AGAIN'), { resultInput: { ...again, caseManagerId: app.fixtures.north.otherCaseManager } }, cm);
    expect(userErrorOf(colleague)).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const own = await app.gql(single('REFER_AGAIN'), { resultInput: again }, cm);
    expect(own.data.result.userErrors).toEqual([]);
    expect(own.data.result.toState.path).toBe(openState('open.phase.referral.awaitingContact'));
    const [row] = await app.dataSource.query('SELECT months_used, case_manager_id FROM work_case WHERE id = $1', [id]);
    expect(row).toEqual({ months_used: 40, case_manager_id: app.fixtures.north.caseManager });
  });
});
