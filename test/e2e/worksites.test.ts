import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { dataOf, userErrorOf } from '../support/api';
import {
  ADD_POSITION, CHANGE_POSITION, CONTACT, CREATE_WORKSITE, END_PLACEMENT, PLACE, PROGRESS, SITE_AGREEMENT, assignWorkExperience, worksiteWithPosition,
} from '../support/worksite-operations';

const CASE_PLACEMENTS = `query($id: ID!) { case(id: $id) { worksitePlacements { totalCount edges { node {
  id startsOn hoursPerWeek endedOn documentUrl worksite { name } position { title } progressNotes { notedOn text } } } } } }`;
const CHANGE_WORKSITE = `mutation($input: ChangeWorksiteInput!) { changeWorksite(input: $input) { worksite { id number phone contactName } userErrors { code message } } }`;
const WORKSITES = `query { worksites { edges { node { id name kind employer { name } positions { title slots slotsTaken } siteAgreements { documentUrl } } } } }`;

/**
 * SITE-1 / TRK-5 (issue 12 item 7): worksites with their positions, site agreements, CWE
 * placements linked to a WORK_EXPERIENCE assignment with a generated placement agreement, full
 * positions refused, office scoping.
 */
describe('worksites and placements (SITE-1, TRK-5)', () => {
  let app: TestApp;
  let cm: string;
  let manager: string;
  let southCm: string;
  const count = async (table: string) => (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const placeIn = (caseId: string, positionId: string, assignmentId: string, token = cm, startsOn = '2026-11-02') =>
    app.gql(PLACE, { input: { caseId, positionId, assignmentId, startsOn, hoursPerWeek: 20, supervisorName: 'Ruth <Boss> & Co' } }, token);
  const get = (path: string, token?: string) => {
    const req = app.http().get(path);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };
  const newClient = async (lastName: string) => {
    const { id } = await referClient(app, cm, { client: { firstName: 'Ana', lastName, dateOfBirth: '1994-05-17', phone: '907-555-0101', community: 'Bethel' } });
    return { caseId: id, assignmentId: await assignWorkExperience(app, id, cm, '2026-11-02') };
  };

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    manager = app.token(app.fixtures.north.manager);
    southCm = app.token(app.fixtures.south.caseManager);
  });
  afterAll(() => app.close());

  it('SITE-1: keeps worksites with positions (hours, skills, slots) and a printable site agreement', async () => {
    const { worksite, position } = await worksiteWithPosition(app, cm, { name: 'Bethel Food Bank', slots: 2 });
    const agreement = (await dataOf(app, SITE_AGREEMENT, { input: { worksiteId: worksite, signedOn: '2026-11-01', effectiveFrom: '2026-11-01', agencySigner: 'Dana CM', siteSigner: 'Ann Site' } }, cm))
      .recordSiteAgreement.siteAgreement;
    expect(agreement.documentUrl).toBe(`/documents/site-agreements/${agreement.id}`);
    const page = await get(agreement.documentUrl, manager);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Bethel Food Bank');
    expect(page.text).toContain('Dana CM');
    // A change is the position's next version; the worksite lists it in force.
    const changed = (await dataOf(app, CHANGE_POSITION, { input: { positionId: position, title: 'Warehouse sorter', hoursPerWeek: 20, skills: ['sorting'], slots: 3, active: true } }, cm)).changeWorksitePosition.position;
    expect(changed).toMatchObject({ number: 2, slots: 3, slotsTaken: 0 });
    // The site's contact facts change by versions too; the agreement prints the ones in force.
    const site = (await dataOf(app, CHANGE_WORKSITE, { input: { worksiteId: worksite, name: 'Bethel Food Bank', address: '2 River Rd', phone: '907-555-0123', contactName: 'Bo New' } }, cm)).changeWorksite.worksite;
    expect(site).toMatchObject({ number: 2, phone: '907-555-0123', contactName: 'Bo New' });
    expect((await get(agreement.documentUrl, manager)).text).toContain('907-555-0123');
    expect(await count('worksite_version')).toBe(1);
    const list = (await dataOf(app, WORKSITES, {}, manager)).worksites.edges.map((e: { node: unknown }) => e.node);
    expect(list).toEqual([expect.objectContaining({ name: 'Bethel Food Bank', kind: 'CWE', employer: { name: 'Bethel Food Bank Inc.' }, positions: [{ title: 'Warehouse sorter', slots: 3, slotsTaken: 0 }] })]);
    // Bad input writes nothing.
    const bad = await app.gql(ADD_POSITION, { input: { worksiteId: worksite, title: 'Clerk', hoursPerWeek: 41, skills: [], slots: 1 } }, cm);
    expect(userErrorOf(bad, 'addWorksitePosition')).toMatchObject({ __typename: 'InputError', field: 'hoursPerWeek', constraint: 'withinWeeklyLimit' });
    const badAgreement = await app.gql(SITE_AGREEMENT, { input: { worksiteId: worksite, signedOn: '2026-11-03', effectiveFrom: '2026-11-01', agencySigner: 'x', siteSigner: 'y' } }, cm);
    expect(userErrorOf(badAgreement, 'recordSiteAgreement')).toMatchObject({ field: 'signedOn', constraint: 'notInFuture' });
    expect(await count('worksite_position')).toBe(1);
    expect(await count('site_agreement')).toBe(1);
  });

  it('SITE-1 / TRK-5: a CWE placement through the WORK_EXPERIENCE assignment, with its placement agreement over HTTP (escaped)', async () => {
    const { position } = await worksiteWithPosition(app, cm, { name: 'Kuskokwim <Thrift> & "Books"', slots: 1, hours: 25 });
    const { caseId, assignmentId } = await newClient('Kuzmin');
    const placement = (await dataOf(app, PLACE, { input: { caseId, positionId: position, assignmentId, startsOn: '2026-11-02', hoursPerWeek: 20, supervisorName: 'Ruth <Boss> & Co' } }, cm))
      .placeAtWorksite.placement;
    expect(placement).toMatchObject({ caseId, assignmentId, hoursPerWeek: 20, endedOn: null, position: { id: position, slotsTaken: 1 }, worksite: { name: 'Kuskokwim <Thrift> & "Books"' } });
    expect(placement.documentUrl).toBe(`/documents/placement-agreements/${placement.id}`);

    const page = await get(placement.documentUrl, cm);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Ana Kuzmin');
    expect(page.text).toContain('Kuskokwim &lt;Thrift&gt; &amp; &quot;Books&quot;');
    expect(page.text).not.toContain('<Thrift>');
    expect(page.text).toContain('Warehouse sorter');
    expect(page.text).toContain('<dt>Hours per week</dt><dd>20</dd>');
    expect(page.text).toContain('Ruth &lt;Boss&gt; &amp; Co');
    // The page's CSP allows its own inline style and nothing else (no script, no external resource).
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; /);
    expect(page.text).not.toMatch(/<script|<link|src=|href=/);
    // Reading it is a read of the client's record.
    expect((await app.dataSource.query(`SELECT field_groups FROM access_log WHERE operation_name = 'GET placement agreement'`))[0].field_groups.sort()).toEqual(['ACTIVITIES', 'CLIENT']);

    // SITE-1: progress monitored, on the case.
    await dataOf(app, PROGRESS, { input: { placementId: placement.id, notedOn: '2026-11-02', text: 'On time, learning the scanner' } }, cm);
    const onCase = (await dataOf(app, CASE_PLACEMENTS, { id: caseId }, cm)).case.worksitePlacements;
    expect(onCase.totalCount).toBe(1);
    const logged = await app.dataSource.query(`SELECT field_groups FROM access_log WHERE $1 = ANY(case_ids) AND operation_name IS DISTINCT FROM 'GET placement agreement'`, [caseId]);
    expect(logged.flatMap((r: { field_groups: string[] }) => r.field_groups)).toContain('ACTIVITIES');
    expect(onCase.edges[0].node).toMatchObject({ startsOn: '2026-11-02', worksite: { name: 'Kuskokwim <Thrift> & "Books"' }, position: { title: 'Warehouse sorter' }, progressNotes: [{ notedOn: '2026-11-02', text: 'On time, learning the scanner' }] });
  });

  it('the agreement routes answer like the API: 401 without a token, 403 for PARTNER or another office, 404 for nothing', async () => {
    const [{ id }] = await app.dataSource.query('SELECT id FROM worksite_placement LIMIT 1');
    const path = `/documents/placement-agreements/${id}`;
    const refused = async (token: string | undefined, status: number, code: string) => {
      const res = await get(path.replace(id, status === 404 ? '00000000-0000-4000-8000-000000000000' : id), token);
      expect(res.status).toBe(status);
      expect(res.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
    };
    await refused(undefined, 401, 'UNAUTHENTICATED');
    await refused('not-a-token', 401, 'UNAUTHENTICATED');
    await refused(app.token(app.fixtures.north.partner), 403, 'FORBIDDEN');
    await refused(southCm, 403, 'FORBIDDEN');
    await refused(cm, 404, 'NOT_FOUND');
    expect((await get('/documents/placement-agreements/nope', cm)).status).toBe(404);
    expect((await get(path, manager)).status).toBe(200);
  });

  it('SITE-1: a placement at a full position is BAD_USER_INPUT positionFull and writes nothing; ending one frees the slot', async () => {
    const { position } = await worksiteWithPosition(app, cm, { name: 'Tundra Crafts', slots: 1 });
    const first = await newClient('One');
    const second = await newClient('Two');
    const placed = (await dataOf(app, PLACE, { input: { caseId: first.caseId, positionId: position, assignmentId: first.assignmentId, startsOn: '2026-11-02', hoursPerWeek: 20, supervisorName: 'Ruth' } }, cm)).placeAtWorksite.placement;
    const before = await count('worksite_placement');
    expect(userErrorOf(await placeIn(second.caseId, position, second.assignmentId), 'placeAtWorksite')).toMatchObject({ __typename: 'InputError', field: 'positionId', constraint: 'positionFull' });
    expect(await count('worksite_placement')).toBe(before);
    // Not a work experience assignment: refused too.
    const { id: otherCase } = await referClient(app, cm);
    const jsjr = (await dataOf(app, `mutation($input: AssignActivityInput!) { assignActivity(input: $input) { assignment { id } userErrors { code } } }`,
      { input: { caseId: otherCase, activity: 'JOB_SEARCH_JOB_READINESS', scheduledHoursPerWeek: 20, startDate: '2026-11-02', timesheetFrequency: 'WEEKLY' } }, cm)).assignActivity.assignment.id;
    expect(userErrorOf(await placeIn(otherCase, position, jsjr), 'placeAtWorksite')).toMatchObject({ constraint: 'workExperienceAssignment' });

    await dataOf(app, END_PLACEMENT, { input: { placementId: placed.id, endedOn: '2026-11-02', reason: 'Found a job' } }, cm);
    const again = await placeIn(second.caseId, position, second.assignmentId);
    expect(again.data.placeAtWorksite.userErrors).toEqual([]);
    expect(again.data.placeAtWorksite.placement.position.slotsTaken).toBe(1);
  });

  it('SITE-1: two placements into the last slot at once: exactly one succeeds (the position row is locked)', async () => {
    const { position } = await worksiteWithPosition(app, cm, { name: 'Last Slot Cannery', slots: 1 });
    const a = await newClient('Alpha');
    const b = await newClient('Beta');
    const results = await Promise.all([placeIn(a.caseId, position, a.assignmentId), placeIn(b.caseId, position, b.assignmentId)]);
    const outcomes = results.map((r) => (r.data.placeAtWorksite.placement ? 'placed' : r.data.placeAtWorksite.userErrors[0].constraint)).sort();
    expect(outcomes).toEqual(['placed', 'positionFull']);
    expect((await app.dataSource.query('SELECT count(*)::int AS n FROM worksite_placement WHERE position_id = $1', [position]))[0].n).toBe(1);
  });

  it('a retried placeAtWorksite (same clientMutationId) answers the first placement and takes no second slot', async () => {
    const { position } = await worksiteWithPosition(app, cm, { name: 'Retry Bakery', slots: 2 });
    const { caseId, assignmentId } = await newClient('Retry');
    const input = { clientMutationId: 'place-retry-1', caseId, positionId: position, assignmentId, startsOn: '2026-11-02', hoursPerWeek: 20, supervisorName: 'Ruth' };
    const [first, retry] = [await app.gql(PLACE, { input }, cm), await app.gql(PLACE, { input }, cm)];
    expect(retry.data.placeAtWorksite.placement.id).toBe(first.data.placeAtWorksite.placement.id);
    expect((await app.dataSource.query('SELECT count(*)::int AS n FROM worksite_placement WHERE position_id = $1', [position]))[0].n).toBe(1);
  });

  it('FORBIDDEN across offices and roles: another office neither sees nor changes a worksite; MANAGER reads only; PARTNER nothing', async () => {
    const { worksite, position } = await worksiteWithPosition(app, cm, { name: 'North Only', slots: 1 });
    expect(userErrorOf(await app.gql(ADD_POSITION, { input: { worksiteId: worksite, title: 'Clerk', hoursPerWeek: 10, skills: [], slots: 1 } }, southCm), 'addWorksitePosition'))
      .toMatchObject({ code: 'FORBIDDEN' });
    expect(userErrorOf(await app.gql(CREATE_WORKSITE, { input: { name: 'M', kind: 'BWE', ...CONTACT } }, manager), 'createWorksite')).toMatchObject({ code: 'FORBIDDEN' });
    const south = await dataOf(app, WORKSITES, {}, southCm);
    expect(south.worksites.edges).toEqual([]);
    const node = await app.gql(`query($id: ID!) { node(id: $id) { id ... on WorksitePosition { title } } }`, { id: position }, southCm);
    expect(node.data.node).toBeNull();
    expect(node.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await app.gql(`query($id: ID!) { node(id: $id) { id ... on Worksite { name } } }`, { id: worksite }, manager)).data.node).toEqual({ id: worksite, name: 'North Only' });
    const partner = await app.gql(WORKSITES, {}, app.token(app.fixtures.north.partner));
    expect(partner.errors?.[0].extensions.code).toBe('FORBIDDEN');
    // A placement of a south case into a north position: the position's office is not the user's.
    const { id: southCase } = await referClient(app, southCm);
    const southAssignment = await assignWorkExperience(app, southCase, southCm, '2026-11-02');
    expect(userErrorOf(await placeIn(southCase, position, southAssignment, southCm), 'placeAtWorksite')).toMatchObject({ code: 'FORBIDDEN' });
  });
});
