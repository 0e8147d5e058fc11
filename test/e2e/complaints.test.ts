import { addClientNote } from '../support/api';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const COMPLAINT = `id caseId source status version receivedAt summary channel
  callReturned { returnedAt channel } forwarded { forwardedAt reason }
  caseReview { recommendationsReceivedAt recommendationsDueAt recommendations }
  resolution { kind resolvedAt summary noteId noteEnteredOn } wstaNotice { notifiedAt method clientId noteDate }
  deadlines { kind obligationKey dueOn dueAt metAt status }
  history { version event statusBefore statusAfter actorRole }`;
const INPUTS: Record<string, string> = {
  receiveComplaint: 'ReceiveComplaintInput', recordComplaintCallReturned: 'RecordComplaintCallReturnedInput', resolveComplaint: 'ResolveComplaintInput',
  notifyWstaOfComplaintResolution: 'NotifyWstaOfComplaintResolutionInput', forwardComplaintToWsta: 'ForwardComplaintToWstaInput',
  resolveForwardedComplaint: 'ResolveForwardedComplaintInput', recordWstaCaseReview: 'RecordWstaCaseReviewInput',
  recordWstaRecommendationsImplemented: 'RecordWstaRecommendationsImplementedInput',
};
const OBLIGATIONS = `query($id: ID!) { case(id: $id) { client { id } obligations { edges { node {
  key ruleId dueDate status metOn metBy { __typename ... on MetByRecord { recordType recordId } } } } } } }`;

type Deadline = { kind: string; obligationKey: string; dueOn: string; dueAt: string; metAt: string | null; status: string };
type Obligation = { key: string; ruleId: string; dueDate: string; status: string; metOn: string | null; metBy: unknown[] };

/**
 * MGT-4 (issue 13 item 4, done when): a complaint walked through both paths, resolved locally and
 * brought by WSTA, meets and misses its deadlines, as the injected clock shows: the call returned
 * within 1 business day, WSTA told of each resolution, WSTA's recommendations implemented within
 * 24 hours of receipt (to the instant on the complaint; by the Alaska day on the worklist).
 */
describe('complaints (MGT-4)', () => {
  let app: TestApp;
  let cm: string;
  let wsta: string;
  let caseId: string;
  let clientId: string;

  const send = async (mutation: string, input: Record<string, unknown>, token: string) => {
    const res = await app.gql(`mutation($input: ${INPUTS[mutation]}!) { result: ${mutation}(input: $input) { complaint { ${COMPLAINT} } userErrors { code message } } }`, { input }, token);
    if (res.errors) throw new Error(`${mutation}: ${JSON.stringify(res.errors[0])}`);
    if (res.data.result.userErrors.length) throw new Error(`${mutation}: ${JSON.stringify(res.data.result.userErrors[0])}`);
    return res.data.result.complaint;
  };
  const step = (mutation: string, complaint: { id: string; version: number }, input: Record<string, unknown>, token = cm) =>
    send(mutation, { complaintId: complaint.id, expectedVersion: complaint.version, ...input }, token);
  const obligations = async (): Promise<Record<string, Obligation>> => {
    const res = await app.gql(OBLIGATIONS, { id: caseId }, cm);
    const nodes = res.data.case.obligations.edges.map((e: { node: Obligation }) => e.node).filter((o: Obligation) => o.ruleId === 'MGT-4');
    return Object.fromEntries(nodes.map((o: Obligation) => [o.key, o]));
  };
  const deadline = (complaint: { deadlines: Deadline[] }, kind: string) => complaint.deadlines.find((d) => d.kind === kind)!;
  const read = async (id: string) => (await app.gql(`query($id: ID!) { node(id: $id) { ... on Complaint { ${COMPLAINT} } } }`, { id }, cm)).data.node;
  const complaintNote = async () => (await addClientNote(app, caseId, 'COMPLAINT', cm)).id as string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    wsta = app.token(app.fixtures.wsta);
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-11-02' }));
    clientId = (await app.gql(OBLIGATIONS, { id: caseId }, cm)).data.case.client.id;
  });
  afterAll(() => app.close());

  it('MGT-4, resolved locally in time: the call returned the next business day, resolved with its CLNO, WSTA told the next day, closed', async () => {
    app.clock.set('2026-11-03T18:00:00Z'); // Tuesday 09:00 in Anchorage
    let complaint = await send('receiveComplaint', { caseId, source: 'CLIENT', receivedAt: '2026-11-03T17:30:00Z', channel: 'PHONE', summary: 'My CM never calls back' }, cm);
    expect(complaint).toMatchObject({ status: 'RECEIVED', version: 1, source: 'CLIENT', summary: 'My CM never calls back', channel: 'PHONE' });
    expect(complaint.deadlines).toEqual([expect.objectContaining({ kind: 'CALL_RETURN', dueOn: '2026-11-04', dueAt: '2026-11-05T08:59:59.999Z', status: 'OPEN' })]);
    const callKey = `MGT-4:call:${complaint.id}`;
    expect((await obligations())[callKey]).toMatchObject({ dueDate: '2026-11-04', status: 'OPEN' });

    app.clock.set('2026-11-04T19:00:00Z');
    complaint = await step('recordComplaintCallReturned', complaint, { returnedAt: '2026-11-04T18:30:00Z', channel: 'PHONE' });
    expect(complaint).toMatchObject({ status: 'CALL_RETURNED', version: 2, callReturned: { returnedAt: '2026-11-04T18:30:00.000Z', channel: 'PHONE' } });
    expect(deadline(complaint, 'CALL_RETURN')).toMatchObject({ status: 'MET', metAt: '2026-11-04T18:30:00.000Z' });
    expect((await obligations())[callKey]).toMatchObject({ status: 'MET', metOn: '2026-11-04', metBy: [{ __typename: 'MetByRecord', recordType: 'Complaint', recordId: complaint.id }] });

    const noteId = await complaintNote();
    complaint = await step('resolveComplaint', complaint, { resolvedAt: '2026-11-04T19:00:00Z', noteId, summary: 'Daily check-in calls agreed' });
    expect(complaint).toMatchObject({ status: 'RESOLVED', resolution: { kind: 'LOCAL', noteId, noteEnteredOn: '2026-11-04', summary: 'Daily check-in calls agreed' } });
    const noticeKey = `MGT-4:wsta-notice:${complaint.id}`;
    expect(deadline(complaint, 'WSTA_NOTICE')).toMatchObject({ dueOn: '2026-11-05', status: 'OPEN' });
    expect((await obligations())[noticeKey]).toMatchObject({ dueDate: '2026-11-05', status: 'OPEN' });

    app.clock.set('2026-11-05T20:00:00Z');
    complaint = await step('notifyWstaOfComplaintResolution', complaint, { notifiedAt: '2026-11-05T19:30:00Z', method: 'EMAIL' });
    expect(complaint).toMatchObject({ status: 'CLOSED', version: 4, wstaNotice: { method: 'EMAIL', clientId, noteDate: '2026-11-04', notifiedAt: '2026-11-05T19:30:00.000Z' } });
    expect(complaint.deadlines.map((d: Deadline) => [d.kind, d.status])).toEqual([['CALL_RETURN', 'MET'], ['WSTA_NOTICE', 'MET']]);
    expect((await obligations())[noticeKey]).toMatchObject({ status: 'MET', metOn: '2026-11-05' });
    expect(complaint.history).toEqual([
      { version: 1, event: 'RECEIVE', statusBefore: null, statusAfter: 'RECEIVED', actorRole: 'CASE_MANAGER' },
      { version: 2, event: 'RETURN_CALL', statusBefore: 'RECEIVED', statusAfter: 'CALL_RETURNED', actorRole: 'CASE_MANAGER' },
      { version: 3, event: 'RESOLVE', statusBefore: 'CALL_RETURNED', statusAfter: 'RESOLVED', actorRole: 'CASE_MANAGER' },
      { version: 4, event: 'NOTIFY_WSTA', statusBefore: 'RESOLVED', statusAfter: 'CLOSED', actorRole: 'CASE_MANAGER' },
    ]);
  });

  it('MGT-4, a call returned late: OVERDUE after its business day, MET late; unresolved, forwarded to WSTA, which resolves it (no notice owed)', async () => {
    app.clock.set('2026-11-05T21:00:00Z'); // Thursday: the call is due Friday
    let complaint = await send('receiveComplaint', { caseId, source: 'CLIENT', receivedAt: '2026-11-05T20:00:00Z', channel: 'IN_PERSON', summary: 'Wants a new CM' }, cm);
    const callKey = `MGT-4:call:${complaint.id}`;
    app.clock.set('2026-11-07T19:00:00Z'); // Saturday
    expect((await obligations())[callKey]).toMatchObject({ dueDate: '2026-11-06', status: 'OVERDUE' });
    expect(deadline(await read(complaint.id), 'CALL_RETURN')).toMatchObject({ status: 'MISSED', metAt: null });

    app.clock.set('2026-11-09T19:00:00Z'); // Monday
    complaint = await step('recordComplaintCallReturned', complaint, { returnedAt: '2026-11-09T18:00:00Z', channel: 'PHONE' });
    expect(deadline(complaint, 'CALL_RETURN')).toMatchObject({ status: 'MET_LATE' });
    expect((await obligations())[callKey]).toMatchObject({ status: 'MET', metOn: '2026-11-09' });

    complaint = await step('forwardComplaintToWsta', complaint, { forwardedAt: '2026-11-09T18:30:00Z', reason: 'Client asks for another office' });
    expect(complaint).toMatchObject({ status: 'FORWARDED', forwarded: { reason: 'Client asks for another office' } });
    complaint = await step('resolveForwardedComplaint', complaint, { resolvedAt: '2026-11-09T18:45:00Z', summary: 'WSTA moved the case' }, wsta);
    expect(complaint).toMatchObject({ status: 'CLOSED', resolution: { kind: 'WSTA', noteId: null, noteEnteredOn: null }, wstaNotice: null });
    expect(complaint.deadlines.map((d: Deadline) => d.kind)).toEqual(['CALL_RETURN']);
    expect(complaint.history.at(-1)).toEqual({ version: 4, event: 'RESOLVE_FORWARDED', statusBefore: 'FORWARDED', statusAfter: 'CLOSED', actorRole: 'WSTA' });
  });

  it('MGT-4, brought by WSTA and met: its case review, the recommendations implemented within 24 hours of receipt (a CLNO), WSTA told', async () => {
    app.clock.set('2026-11-10T18:00:00Z');
    let complaint = await send('receiveComplaint', { caseId, source: 'WSTA', receivedAt: '2026-11-10T17:00:00Z', channel: 'EMAIL', summary: 'Client says the bus pass was refused' }, wsta);
    expect(complaint).toMatchObject({ source: 'WSTA', status: 'RECEIVED', deadlines: [] });
    complaint = await step('recordWstaCaseReview', complaint, { recommendationsReceivedAt: '2026-11-10T18:00:00Z', recommendations: 'Authorize the bus pass' }, wsta);
    expect(complaint).toMatchObject({ status: 'CASE_REVIEWED', caseReview: { recommendationsDueAt: '2026-11-11T18:00:00.000Z' } });
    expect(deadline(complaint, 'RECOMMENDATIONS')).toMatchObject({ dueAt: '2026-11-11T18:00:00.000Z', dueOn: '2026-11-11', status: 'OPEN' });
    const key = `MGT-4:recommendations:${complaint.id}`;
    expect((await obligations())[key]).toMatchObject({ dueDate: '2026-11-11', status: 'OPEN' });

    app.clock.set('2026-11-11T17:30:00Z'); // 23 1/2 hours later
    const noteId = await complaintNote();
    complaint = await step('recordWstaRecommendationsImplemented', complaint, { implementedAt: '2026-11-11T17:30:00Z', noteId, summary: 'Bus pass authorized' });
    expect(complaint).toMatchObject({ status: 'RESOLVED', resolution: { kind: 'RECOMMENDATIONS', noteId } });
    expect(deadline(complaint, 'RECOMMENDATIONS')).toMatchObject({ status: 'MET', metAt: '2026-11-11T17:30:00.000Z' });
    expect((await obligations())[key]).toMatchObject({ status: 'MET', metOn: '2026-11-11' });
    // Veterans Day (Wednesday 11 November) is not a business day: WSTA's notice is due Thursday.
    expect(deadline(complaint, 'WSTA_NOTICE')).toMatchObject({ dueOn: '2026-11-12', status: 'OPEN' });
    app.clock.set('2026-11-11T18:00:00Z');
    complaint = await step('notifyWstaOfComplaintResolution', complaint, { notifiedAt: '2026-11-11T17:45:00Z', method: 'EMAIL' });
    expect(complaint).toMatchObject({ status: 'CLOSED', wstaNotice: { clientId, noteDate: '2026-11-11' } });
  });

  it('MGT-4, brought by WSTA and missed: past receipt + 24 h it is MISSED on the complaint, OVERDUE on the worklist the next Alaska day, MET late', async () => {
    app.clock.set('2026-11-12T17:30:00Z');
    let complaint = await send('receiveComplaint', { caseId, source: 'WSTA', receivedAt: '2026-11-12T17:00:00Z', channel: 'EMAIL', summary: 'Client was not told of the sanction' }, cm);
    complaint = await step('recordWstaCaseReview', complaint, { recommendationsReceivedAt: '2026-11-12T17:00:00Z', recommendations: 'Explain the sanction in person' });
    const key = `MGT-4:recommendations:${complaint.id}`;

    app.clock.set('2026-11-13T20:00:00Z'); // 27 hours later, still 13 November in Anchorage
    expect(deadline(await read(complaint.id), 'RECOMMENDATIONS')).toMatchObject({ dueAt: '2026-11-13T17:00:00.000Z', status: 'MISSED' });
    expect((await obligations())[key]).toMatchObject({ dueDate: '2026-11-13', status: 'OPEN' });
    app.clock.set('2026-11-14T20:00:00Z');
    expect((await obligations())[key]).toMatchObject({ status: 'OVERDUE' });

    const noteId = await complaintNote();
    complaint = await step('recordWstaRecommendationsImplemented', complaint, { implementedAt: '2026-11-14T19:30:00Z', noteId, summary: 'Explained at a home visit' });
    expect(deadline(complaint, 'RECOMMENDATIONS')).toMatchObject({ status: 'MET_LATE' });
    expect((await obligations())[key]).toMatchObject({ status: 'MET', metOn: '2026-11-14' });
  });

  it('MGT-4: lists complaints by office, status and source, oldest first, keyset-paged; Case.complaints lists the case\'s', async () => {
    const LIST = `query($filter: ComplaintFilter, $after: String) { complaints(filter: $filter, first: 2, after: $after) {
      totalCount edges { node { source status receivedAt } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await app.gql(LIST, {}, cm)).data.complaints;
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = (await app.gql(LIST, { after: first.pageInfo.endCursor }, cm)).data.complaints;
    expect([...first.edges, ...second.edges].map((e: { node: { receivedAt: string } }) => e.node.receivedAt)).toEqual([
      '2026-11-03T17:30:00.000Z', '2026-11-05T20:00:00.000Z', '2026-11-10T17:00:00.000Z', '2026-11-12T17:00:00.000Z']);
    const wstaOnes = (await app.gql(LIST, { filter: { source: 'WSTA', status: 'RESOLVED' } }, wsta)).data.complaints;
    expect(wstaOnes.edges.map((e: { node: unknown }) => e.node)).toEqual([{ source: 'WSTA', status: 'RESOLVED', receivedAt: '2026-11-12T17:00:00.000Z' }]);
    const ofCase = await app.gql('query($id: ID!) { case(id: $id) { complaints { totalCount edges { node { status } } } } }', { id: caseId }, cm);
    expect(ofCase.data.case.complaints.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['CLOSED', 'CLOSED', 'CLOSED', 'RESOLVED']);
  });
});
