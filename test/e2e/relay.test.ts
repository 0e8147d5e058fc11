import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Case { referralDate } ... on CaseNote { category } ... on Obligation { ruleId case { id } } } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;
const RECORD = `query($id: ID!) { case(id: $id) {
  id client { id household { id } } caseManager { id } office { id }
  obligations(first: 1) { edges { node { id } } } caseNotes { edges { node { id } } } alerts { edges { node { id } } } history { edges { node { id } } }
} }`;

/** Relay object identification: node(id) / nodes(ids) with the typed queries' access checks (README "Relay"). */
describe('node and nodes', () => {
  let app: TestApp;
  let caseId: string;
  let ids: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    const cm = app.token(app.fixtures.north.caseManager);
    caseId = (await referClient(app, cm)).id;
    await app.gql(`mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { caseNote { id } } }`,
      { input: { caseId, category: 'JOB_START_OR_OJT_PLACEMENT', text: 'Started at the cannery' } }, cm);
    const c = (await app.gql(RECORD, { id: caseId }, cm)).data.case;
    ids = {
      Case: c.id, Client: c.client.id, HouseholdMember: c.client.household[0].id, Staff: c.caseManager.id, Office: c.office.id,
      Obligation: c.obligations.edges[0].node.id, CaseNote: c.caseNotes.edges[0].node.id, CaseAlert: c.alerts.edges[0].node.id,
      CaseHistoryEntry: c.history.edges[0].node.id,
    };
  });
  afterAll(() => app.close());

  it('refetches every kind of object by the id it gave, as its own type', async () => {
    const res = await app.gql(NODES, { ids: Object.values(ids) }, app.token(app.fixtures.north.supervisor));
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes).toEqual(Object.entries(ids).map(([type, id]) => ({ __typename: type, id })));
    const obligation = await app.gql(NODE, { id: ids.Obligation }, app.token(app.fixtures.north.supervisor));
    expect(obligation.data.node).toMatchObject({ __typename: 'Obligation', case: { id: caseId } });
  });

  it('answers as case(id) does: FORBIDDEN for another office, NOT_FOUND for an unknown id', async () => {
    const south = app.token(app.fixtures.south.supervisor);
    const viaCase = await app.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: caseId }, south);
    const viaNode = await app.gql(NODE, { id: caseId }, south);
    expect(viaNode.data.node).toBeNull();
    expect(viaNode.errors![0].extensions.code).toBe(viaCase.errors![0].extensions.code);
    expect(viaNode.errors![0].extensions.code).toBe('FORBIDDEN');
    for (const id of ['6f1c7d1e-0000-4000-8000-000000000000', 'bm90LWEtbm9kZQ', '']) {
      expect((await app.gql(NODE, { id }, south)).errors![0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('keeps notes, history and alerts from PARTNER (ROI-1); nodes answers null for each one refused, with its error', async () => {
    const partner = app.token(app.fixtures.north.partner);
    const res = await app.gql(NODES, { ids: [ids.Case, ids.CaseNote, ids.CaseHistoryEntry, ids.CaseAlert, ids.Obligation] }, partner);
    expect(res.data.nodes).toEqual([{ __typename: 'Case', id: ids.Case }, null, null, null, { __typename: 'Obligation', id: ids.Obligation }]);
    expect(res.errors!.map((e) => [e.path, e.extensions.code])).toEqual([
      [['nodes', 1], 'FORBIDDEN'], [['nodes', 2], 'FORBIDDEN'], [['nodes', 3], 'FORBIDDEN'],
    ]);
  });
});
