import { randomUUID } from 'node:crypto';
import { addClientNote, userErrorOf } from '../support/api';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const ERRORS = `userErrors { __typename code message
  ... on InputError { field constraint }
  ... on ComplaintTransitionNotAllowedError { event state targetStatus blockedBy allowedEvents }
  ... on VersionConflictError { currentVersion expectedVersion } }`;
const INPUTS: Record<string, string> = {
  receiveComplaint: 'ReceiveComplaintInput', recordComplaintCallReturned: 'RecordComplaintCallReturnedInput', resolveComplaint: 'ResolveComplaintInput',
  notifyWstaOfComplaintResolution: 'NotifyWstaOfComplaintResolutionInput', forwardComplaintToWsta: 'ForwardComplaintToWstaInput',
  resolveForwardedComplaint: 'ResolveForwardedComplaintInput', recordWstaCaseReview: 'RecordWstaCaseReviewInput',
  recordWstaRecommendationsImplemented: 'RecordWstaRecommendationsImplementedInput',
};
const AT = '2026-11-03T17:00:00Z';
/** A valid input of each step but the complaint and its version. */
const STEP_INPUT: Record<string, Record<string, unknown>> = {
  recordComplaintCallReturned: { returnedAt: AT, channel: 'PHONE' },
  resolveComplaint: { resolvedAt: AT, noteId: randomUUID(), summary: 'Resolved' },
  notifyWstaOfComplaintResolution: { notifiedAt: AT, method: 'EMAIL' },
  forwardComplaintToWsta: { forwardedAt: AT, reason: 'Unresolved' },
  resolveForwardedComplaint: { resolvedAt: AT, summary: 'Resolved by WSTA' },
  recordWstaCaseReview: { recommendationsReceivedAt: AT, recommendations: 'Do this' },
  recordWstaRecommendationsImplemented: { implementedAt: AT, noteId: randomUUID(), summary: 'Done' },
};

/**
 * MGT-4's refusals, each writing nothing: TRANSITION_NOT_ALLOWED with the from and to statuses and
 * the events allowed instead, VERSION_CONFLICT, FORBIDDEN for another office's staff and for
 * PARTNER (a complaint is the client's own words, ROI-1), bad input; every complaint mutation in
 * the authorization matrix of the five roles; reads audited in the access log.
 */
describe('complaints: refusals and access (MGT-4)', () => {
  let app: TestApp;
  let cm: string;
  let caseId: string;
  let complaint: { id: string; version: number };

  const send = (mutation: string, input: Record<string, unknown>, token: string) =>
    app.gql(`mutation($input: ${INPUTS[mutation]}!) { result: ${mutation}(input: $input) { complaint { id status version } ${ERRORS} } }`, { input }, token);
  const counts = async () => (await app.dataSource.query<Array<{ c: number; h: number }>>(
    'SELECT (SELECT count(*)::int FROM complaint) AS c, (SELECT count(*)::int FROM complaint_history) AS h'))[0];
  const receive = (input: Record<string, unknown>, token = cm) =>
    send('receiveComplaint', { caseId, source: 'CLIENT', receivedAt: AT, channel: 'PHONE', summary: 'Nobody called me back', ...input }, token);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-03T18:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-11-02' }));
    complaint = (await receive({})).data.result.complaint;
  });
  afterAll(() => app.close());

  it('MGT-4: an event the chart refuses is TRANSITION_NOT_ALLOWED with its from and to statuses and what may be sent instead; nothing written', async () => {
    const before = await counts();
    const res = await send('resolveComplaint', { complaintId: complaint.id, expectedVersion: 1, ...STEP_INPUT.resolveComplaint,
      noteId: (await addClientNote(app, caseId, 'COMPLAINT', cm)).id }, cm);
    expect(userErrorOf(res)).toMatchObject({
      __typename: 'ComplaintTransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED', event: 'RESOLVE', state: 'RECEIVED', targetStatus: 'RESOLVED',
      allowedEvents: ['RETURN_CALL', 'FORWARD_TO_WSTA'], blockedBy: expect.stringContaining('call was returned'),
    });
    expect(res.data.result.complaint).toBeNull();
    const review = await send('recordWstaCaseReview', { complaintId: complaint.id, expectedVersion: 1, ...STEP_INPUT.recordWstaCaseReview }, cm);
    expect(userErrorOf(review)).toMatchObject({ event: 'RECORD_CASE_REVIEW', state: 'RECEIVED', targetStatus: 'CASE_REVIEWED', blockedBy: expect.stringContaining('MGT-4') });
    expect(await counts()).toEqual(before);
  });

  it('MGT-4: a stale expectedVersion is VERSION_CONFLICT with the current version; nothing written', async () => {
    const ok = await send('recordComplaintCallReturned', { complaintId: complaint.id, expectedVersion: 1, ...STEP_INPUT.recordComplaintCallReturned }, cm);
    expect(ok.data.result).toMatchObject({ userErrors: [], complaint: { status: 'CALL_RETURNED', version: 2 } });
    const before = await counts();
    const stale = await send('forwardComplaintToWsta', { complaintId: complaint.id, expectedVersion: 1, ...STEP_INPUT.forwardComplaintToWsta }, cm);
    expect(userErrorOf(stale)).toMatchObject({ __typename: 'VersionConflictError', code: 'VERSION_CONFLICT', currentVersion: 2, expectedVersion: 1 });
    expect(await counts()).toEqual(before);
    complaint = ok.data.result.complaint;
  });

  it('MGT-4: another office\'s CM is FORBIDDEN to receive, work or read the office\'s complaints; another CM of the office may work them', async () => {
    const south = app.token(app.fixtures.south.caseManager);
    const before = await counts();
    expect(userErrorOf(await receive({}, south))).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(userErrorOf(await send('forwardComplaintToWsta', { complaintId: complaint.id, expectedVersion: 2, ...STEP_INPUT.forwardComplaintToWsta }, south)))
      .toMatchObject({ code: 'FORBIDDEN' });
    expect(await counts()).toEqual(before);
    const node = await app.gql('query($id: ID!) { node(id: $id) { id } }', { id: complaint.id }, south);
    expect(node.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const list = await app.gql('query($o: ID) { complaints(filter: { officeId: $o }) { totalCount } }', { o: app.fixtures.north.officeId }, south);
    expect(list.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await app.gql('{ complaints { totalCount } }', {}, south)).data.complaints.totalCount).toBe(0);
    // Not the CM's own caseload, but the office's complaint: a peer CM of the office works it.
    const peer = app.token(app.fixtures.north.otherCaseManager);
    const forwarded = await send('forwardComplaintToWsta', { complaintId: complaint.id, expectedVersion: 2, ...STEP_INPUT.forwardComplaintToWsta }, peer);
    expect(forwarded.data.result).toMatchObject({ userErrors: [], complaint: { status: 'FORWARDED', version: 3 } });
  });

  it('MGT-4: PARTNER never reads a complaint (the client\'s own words, ROI-1); WSTA reads every office\'s', async () => {
    const partner = app.token(app.fixtures.north.partner);
    expect((await app.gql('{ complaints { totalCount } }', {}, partner)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const viaCase = await app.gql('query($id: ID!) { case(id: $id) { id complaints { totalCount } } }', { id: caseId }, partner);
    expect(viaCase.errors?.[0]).toMatchObject({ path: ['case', 'complaints'], extensions: { code: 'FORBIDDEN' } });
    expect((await app.gql('query($id: ID!) { node(id: $id) { id } }', { id: complaint.id }, partner)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const wsta = app.token(app.fixtures.wsta);
    const all = await app.gql('query($o: ID) { complaints(filter: { officeId: $o }) { edges { node { id summary } } } }', { o: app.fixtures.north.officeId }, wsta);
    expect(all.data.complaints.edges).toEqual([{ node: { id: complaint.id, summary: 'Nobody called me back' } }]);
  });

  it('MGT-4: bad input is BAD_USER_INPUT naming the field and rule, and writes nothing', async () => {
    const before = await counts();
    expect(userErrorOf(await receive({ receivedAt: '2026-11-04T00:00:00Z' }))).toMatchObject({ field: 'receivedAt', constraint: 'notInFuture' });
    expect(userErrorOf(await receive({ receivedAt: '2026-11-01T20:00:00Z' }))).toMatchObject({ field: 'receivedAt', constraint: 'notBeforeReferral' });
    expect(userErrorOf(await receive({ summary: '   ' }))).toMatchObject({ field: 'summary', constraint: 'isNotEmpty' });
    expect(userErrorOf(await receive({ source: 'CLIENT' }, app.token(app.fixtures.wsta)))).toMatchObject({ field: 'source', constraint: 'wstaBringsWstaComplaints' });
    const fresh = (await receive({ receivedAt: '2026-11-03T17:30:00Z' })).data.result.complaint;
    const afterFresh = await counts();
    const early = await send('recordComplaintCallReturned', { complaintId: fresh.id, expectedVersion: 1, returnedAt: '2026-11-03T17:00:00Z', channel: 'PHONE' }, cm);
    expect(userErrorOf(early)).toMatchObject({ field: 'returnedAt', constraint: 'notBeforeReceived' });
    await send('recordComplaintCallReturned', { complaintId: fresh.id, expectedVersion: 1, returnedAt: '2026-11-03T17:45:00Z', channel: 'PHONE' }, cm);
    const contactNote = (await addClientNote(app, caseId, 'CONTACT', cm)).id;
    const wrongNote = await send('resolveComplaint', { complaintId: fresh.id, expectedVersion: 2, resolvedAt: '2026-11-03T17:50:00Z', noteId: contactNote, summary: 'x' }, cm);
    expect(userErrorOf(wrongNote)).toMatchObject({ field: 'noteId', constraint: 'isComplaintNote' });
    const other = await referClient(app, cm, { client: { firstName: 'Oleg', lastName: 'Other', dateOfBirth: '1990-02-02' }, referralDate: '2026-11-02' });
    const otherNote = (await addClientNote(app, other.id, 'COMPLAINT', cm)).id;
    const otherCase = await send('resolveComplaint', { complaintId: fresh.id, expectedVersion: 2, resolvedAt: '2026-11-03T17:50:00Z', noteId: otherNote, summary: 'x' }, cm);
    expect(userErrorOf(otherCase)).toMatchObject({ field: 'noteId', constraint: 'isNoteOfCase' });
    const validation = await send('recordComplaintCallReturned', { complaintId: 'not-a-uuid', expectedVersion: 0, returnedAt: AT, channel: 'PHONE' }, cm);
    expect(userErrorOf(validation)).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT' });
    expect(await counts()).toEqual({ c: afterFresh.c, h: afterFresh.h + 1 });
    expect(afterFresh).toEqual({ c: before.c + 1, h: before.h + 1 });
  });

  it('MGT-4: every complaint mutation in the authorization matrix of the five roles (FORBIDDEN, or past the role gate to NOT_FOUND)', async () => {
    const f = app.fixtures;
    const roles = { CASE_MANAGER: f.north.caseManager, SUPERVISOR: f.north.supervisor, MANAGER: f.north.manager, WSTA: f.wsta, PARTNER: f.north.partner };
    const mayAct: Record<string, string[]> = {
      receiveComplaint: ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA'],
      recordComplaintCallReturned: ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER'], resolveComplaint: ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER'],
      notifyWstaOfComplaintResolution: ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER'], forwardComplaintToWsta: ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER'],
      resolveForwardedComplaint: ['WSTA'], recordWstaCaseReview: ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA'],
      recordWstaRecommendationsImplemented: ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER'],
    };
    const outcomes: string[] = [];
    for (const mutation of Object.keys(INPUTS)) {
      for (const [role, staff] of Object.entries(roles)) {
        const input = mutation === 'receiveComplaint'
          ? { caseId: randomUUID(), source: 'WSTA', receivedAt: AT, channel: 'PHONE', summary: 'x' }
          : { complaintId: randomUUID(), expectedVersion: 1, ...STEP_INPUT[mutation] };
        const code = userErrorOf(await send(mutation, input, app.token(staff))).code as string;
        outcomes.push(`${mutation} ${role} ${code}`);
        expect(`${mutation} ${role} ${code}`).toBe(`${mutation} ${role} ${mayAct[mutation].includes(role) ? 'NOT_FOUND' : 'FORBIDDEN'}`);
      }
    }
    expect(outcomes).toHaveLength(40);
  });

  it('MGT-4: a retry with its clientMutationId answers the first receipt and writes nothing more', async () => {
    const before = await counts();
    const first = (await receive({ clientMutationId: 'complaint-retry-1', receivedAt: '2026-11-03T17:40:00Z' })).data.result;
    const retry = (await receive({ clientMutationId: 'complaint-retry-1', receivedAt: '2026-11-03T17:40:00Z' })).data.result;
    expect(retry).toEqual(first);
    expect(await counts()).toEqual({ c: before.c + 1, h: before.h + 1 });
  });

  it('MGT-4: a resolution naming a CLNO entered days before it (which cannot summarize it) is BAD_USER_INPUT; nothing written', async () => {
    app.clock.set('2026-11-04T18:00:00Z');
    const fresh = (await receive({ receivedAt: '2026-11-04T17:00:00Z' })).data.result.complaint;
    const returned = (await send('recordComplaintCallReturned', { complaintId: fresh.id, expectedVersion: 1, returnedAt: '2026-11-04T17:30:00Z', channel: 'PHONE' }, cm)).data.result.complaint;
    const intakeNote = (await addClientNote(app, caseId, 'COMPLAINT', cm)).id;
    app.clock.set('2026-11-06T20:00:00Z');
    const before = await counts();
    const stale = await send('resolveComplaint', { complaintId: fresh.id, expectedVersion: returned.version, resolvedAt: '2026-11-06T19:00:00Z', noteId: intakeNote, summary: 'Resolved' }, cm);
    expect(userErrorOf(stale)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'noteId', constraint: 'noteNotBeforeResolution' });
    expect(await counts()).toEqual(before);
    const note = (await addClientNote(app, caseId, 'COMPLAINT', cm)).id;
    const ok = await send('resolveComplaint', { complaintId: fresh.id, expectedVersion: returned.version, resolvedAt: '2026-11-06T19:00:00Z', noteId: note, summary: 'Resolved' }, cm);
    expect(ok.data.result).toMatchObject({ userErrors: [], complaint: { status: 'RESOLVED' } });
  });

  it('MGT-4: a read of a complaint is logged as COMPLAINTS in the access log; its history is append-only', async () => {
    await app.gql('query ReadComplaint($id: ID!) { node(id: $id) { ... on Complaint { summary } } }', { id: complaint.id }, cm);
    const [row] = await app.dataSource.query<Array<{ field_groups: string[] }>>("SELECT field_groups FROM access_log WHERE operation_name = 'ReadComplaint'");
    expect(row.field_groups).toEqual(['COMPLAINTS']);
    await expect(app.dataSource.query('UPDATE complaint_history SET event = event')).rejects.toThrow();
    await expect(app.dataSource.query('DELETE FROM complaint_history')).rejects.toThrow();
  });
});
