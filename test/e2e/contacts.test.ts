import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { dataOf, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';

const LOG = `mutation($input: LogContactInput!) {
  logContact(input: $input) { contact { id direction channel fromParty receivedAt emergent summary response { respondedAt } } ${USER_ERRORS} }
}`;
const RESPOND = `mutation($input: RecordContactResponseInput!) {
  recordContactResponse(input: $input) { contact { id response { respondedAt channel summary } } ${USER_ERRORS} }
}`;
const VISIT = `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id visitedOn kind purpose outcome } ${USER_ERRORS} } }`;
const READ = `query($id: ID!) { case(id: $id) {
  contacts { totalCount edges { node { id emergent response { channel } } } }
  visits { edges { node { kind purpose visitedOn } } }
  obligations { edges { node { key ruleId dueDate status metOn metBy { __typename ... on MetByRecord { recordType recordId } } } } }
} }`;

type Ob = { key: string; ruleId: string; dueDate: string; status: string; metOn: string | null };

/** ENG-7 and ENG-8 (issue 12 item 8): the contact log with its 1-business-day response obligation, and visits as records. */
describe('contacts and visits (ENG-7, ENG-8)', () => {
  let app: TestApp;
  let cm: string;
  let caseId: string;

  const eng7 = async (): Promise<Ob[]> =>
    (await dataOf(app, READ, { id: caseId }, cm))!.case.obligations.edges.map((e: { node: Ob }) => e.node).filter((o: Ob) => o.ruleId === 'ENG-7');
  const log = (input: Record<string, unknown>) =>
    app.gql(LOG, { input: { caseId, direction: 'INBOUND', channel: 'PHONE', fromParty: 'CLIENT', summary: 'Asked about bus passes', ...input } }, cm);
  const count = async (table: string) => Number((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-23T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-11-23' }));
    app.clock.set('2026-11-25T20:00:00Z');
  });
  afterAll(() => app.close());

  it('ENG-7: a call on the day before Thanksgiving is due the next business day (Friday), OVERDUE after it, MET by its response', async () => {
    const contact = (await dataOf(app, (LOG), { input: {
      caseId, direction: 'INBOUND', channel: 'PHONE', fromParty: 'CLIENT', receivedAt: '2026-11-25T18:30:00Z', summary: 'Asked about bus passes',
    } }, cm))!.logContact.contact;
    expect(contact).toMatchObject({ emergent: false, response: null });
    expect(await eng7()).toEqual([expect.objectContaining({ key: `ENG-7:${contact.id}`, dueDate: '2026-11-27', status: 'OPEN' })]);
    app.clock.set('2026-11-28T20:00:00Z');
    expect(await eng7()).toEqual([expect.objectContaining({ status: 'OVERDUE' })]);
    const res = (await dataOf(app, RESPOND, { input: { contactId: contact.id, respondedAt: '2026-11-28T19:00:00Z', channel: 'PHONE', summary: 'Bus pass mailed' } }, cm))!;
    expect(res.recordContactResponse.contact.response).toMatchObject({ channel: 'PHONE', summary: 'Bus pass mailed' });
    const [met] = await eng7();
    expect(met).toMatchObject({ status: 'MET', metOn: '2026-11-28', metBy: [{ __typename: 'MetByRecord', recordType: 'ContactResponse', recordId: contact.id }] });
    // Once: a second response is refused.
    const again = await app.gql(RESPOND, { input: { contactId: contact.id, respondedAt: '2026-11-28T19:30:00Z', channel: 'EMAIL', summary: 'again' } }, cm);
    expect(userErrorOf(again, 'recordContactResponse')).toMatchObject({ __typename: 'InputError', field: 'contactId', constraint: 'notResponded' });
  });

  it('ENG-7: an emergent need is due the same day; an outbound contact owes nothing', async () => {
    app.clock.set('2026-11-30T22:00:00Z');
    const emergent = (await dataOf(app, LOG, { input: {
      caseId, direction: 'INBOUND', channel: 'PHONE', fromParty: 'PARTNER', receivedAt: '2026-11-30T17:00:00Z', emergent: true, summary: 'Family without heat',
    } }, cm))!.logContact.contact;
    await dataOf(app, LOG, { input: { caseId, direction: 'OUTBOUND', channel: 'EMAIL', fromParty: 'CLIENT', receivedAt: '2026-11-30T18:00:00Z', summary: 'Sent forms' } }, cm);
    const open = (await eng7()).filter((o) => o.key === `ENG-7:${emergent.id}`);
    expect(open).toEqual([expect.objectContaining({ dueDate: '2026-11-30', status: 'OPEN' })]);
    expect((await eng7()).length).toBe(2);
    app.clock.set('2026-12-01T19:00:00Z');
    expect((await eng7()).find((o) => o.key === `ENG-7:${emergent.id}`)).toMatchObject({ status: 'OVERDUE' });
  });

  it('bad input is BAD_USER_INPUT and writes nothing: a contact before the referral or in the future, a response before the contact or in the future', async () => {
    app.clock.set('2026-12-01T19:00:00Z');
    const before = { contacts: await count('contact_log'), responses: await count('contact_response') };
    expect(userErrorOf(await log({ receivedAt: '2026-11-22T20:00:00Z' }), 'logContact')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'receivedAt', constraint: 'notBeforeReferral' });
    expect(userErrorOf(await log({ receivedAt: '2026-12-01T19:30:00Z' }), 'logContact')).toMatchObject({ field: 'receivedAt', constraint: 'notInFuture' });
    const contact = (await dataOf(app, LOG, { input: {
      caseId, direction: 'INBOUND', channel: 'EMAIL', fromParty: 'OTHER', receivedAt: '2026-12-01T18:00:00Z', summary: 'Landlord asks for a letter',
    } }, cm))!.logContact.contact;
    for (const [respondedAt, constraint] of [['2026-12-01T17:59:59Z', 'notBeforeReceived'], ['2026-12-01T19:00:01Z', 'notInFuture']]) {
      const res = await app.gql(RESPOND, { input: { contactId: contact.id, respondedAt, channel: 'EMAIL', summary: 'Letter sent' } }, cm);
      expect(userErrorOf(res, 'recordContactResponse')).toMatchObject({ __typename: 'InputError', field: 'respondedAt', constraint });
    }
    expect({ contacts: await count('contact_log'), responses: await count('contact_response') }).toEqual({ contacts: before.contacts + 1, responses: before.responses });
  });

  it('ENG-8: home, community and village visits are records of the case; a visit in the future is refused', async () => {
    app.clock.set('2026-12-01T19:00:00Z');
    const visit = (await dataOf(app, VISIT, { input: { caseId, visitedOn: '2026-11-30', kind: 'HOME', purpose: 'KNOW_THE_FAMILY', outcome: 'Met the children; client will attend' } }, cm))!;
    expect(visit.recordVisit.visit).toMatchObject({ kind: 'HOME', purpose: 'KNOW_THE_FAMILY', visitedOn: '2026-11-30' });
    await dataOf(app, VISIT, { input: { caseId, visitedOn: '2026-12-01', kind: 'VILLAGE', purpose: 'FSSP', outcome: 'Field FSSP signed' } }, cm);
    const future = await app.gql(VISIT, { input: { caseId, visitedOn: '2026-12-02', kind: 'COMMUNITY', purpose: 'ENGAGEMENT', outcome: 'x' } }, cm);
    expect(userErrorOf(future, 'recordVisit')).toMatchObject({ __typename: 'InputError', field: 'visitedOn', constraint: 'notInFuture' });
    const read = (await dataOf(app, READ, { id: caseId }, cm))!.case;
    expect(read.visits.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['HOME', 'VILLAGE']);
    // Relay: node(id) refetches it.
    const node = await dataOf(app, `query($id: ID!) { node(id: $id) { __typename id ... on CaseVisit { kind } } }`, { id: visit.recordVisit.visit.id }, cm);
    expect(node!.node).toEqual({ __typename: 'CaseVisit', id: visit.recordVisit.visit.id, kind: 'HOME' });
    // A PARTNER reads none of it (free text, ROI-1).
    const partner = await app.gql(`query($id: ID!) { case(id: $id) { visits { totalCount } } }`, { id: caseId }, app.token(app.fixtures.north.partner));
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await expect(app.dataSource.query(`UPDATE case_visit SET outcome = 'changed'`)).rejects.toThrow(/append-only/);
  });
  it('a caseload page with every casework list runs the same number of statements for 1 case or 3 (loaders)', async () => {
    const PAGE = `query($first: Int!) { cases(first: $first) { edges { node { id
      latestAssessment { number } assessments { totalCount } agencyReferrals { edges { node { outcomes { status } } } }
      assignmentFollowUps { totalCount } contacts { edges { node { response { channel } } } } visits { totalCount } } } } }`;
    for (let i = 0; i < 2; i++) await referClient(app, cm, { referralDate: '2026-12-01' });
    const statements = async (first: number) => {
      app.queries.reset();
      const res = await app.gql(PAGE, { first }, cm);
      expect(res.errors).toBeUndefined();
      expect(res.data.cases.edges).toHaveLength(first);
      return app.queries.count;
    };
    expect(await statements(3)).toBe(await statements(1));
  });
});
