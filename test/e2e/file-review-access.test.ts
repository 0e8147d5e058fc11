import { FILE_REVIEW_ITEMS } from '../../src/file-reviews/file-review-checklist';
import { dataOf, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, TEST_APP_ROLE, type TestApp } from '../support/test-app';

const DRAW = `mutation($input: DrawFileReviewSampleInput!) { result: drawFileReviewSample(input: $input) {
  clientMutationId draw { id sampleSize cases(first: 50) { edges { node { id caseId reviewerId caseManagerId } } } } ${USER_ERRORS} } }`;
const ADD = `mutation($input: AddFileReviewCaseInput!) { result: addFileReviewCase(input: $input) { sampleCase { id source } ${USER_ERRORS} } }`;
const REVIEW = `mutation($input: RecordFileReviewInput!) { result: recordFileReview(input: $input) { review { id } ${USER_ERRORS} } }`;
const CORRECT = `mutation($input: RecordFileReviewCorrectionInput!) { result: recordFileReviewCorrection(input: $input) { correction { id } ${USER_ERRORS} } }`;
const READ_DRAW = `query FileReviewSample($o: ID!) { fileReviewDraw(officeId: $o, month: "2026-11") { id cases(first: 50) { edges { node { caseId reason checklist { item suggestedResult } } } } } }`;
const QA = `query($o: ID!, $from: LocalDate!, $to: LocalDate!) { qualityAssurance(officeId: $o, from: $from, to: $to) { office { reviews } } }`;
const CASE_REVIEWS = `query($id: ID!) { case(id: $id) { fileReviews { totalCount edges { node { id score corrections { item } } } } } }`;

const answers = (fails: Record<string, string> = {}) => FILE_REVIEW_ITEMS.map((item) => (item in fails ? { item, result: 'FAIL', comment: fails[item] } : { item, result: 'PASS' }));
const code = (res: { errors?: Array<{ extensions: { code: string } }> }) => res.errors?.[0]?.extensions.code;

/**
 * Who may draw, add, review, correct and read (all five roles and another office's staff), what
 * bad input is refused with (writing nothing), and that the tables are append-only for the app.
 */
describe('file reviews: access, bad input, append-only (MGT-1, MGT-2, MGT-3)', () => {
  let app: TestApp;
  let f: TestApp['fixtures'];
  let drawId: string;
  let sample: { id: string; caseId: string; reviewerId: string; caseManagerId: string };
  let reviewId: string;
  const count = async (table: string) => (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const t = (id: string) => app.token(id);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    f = app.fixtures;
    for (let i = 0; i < 12; i++) {
      const cm = i % 2 ? f.north.caseManager : f.north.otherCaseManager;
      await referClient(app, t(cm), { referralDate: '2026-10-20', client: { firstName: `C${i}`, lastName: 'Access', dateOfBirth: '1991-02-03' } });
    }
  });
  afterAll(() => app.close());

  it.each([
    ['CASE_MANAGER', () => f.north.caseManager], ['SUPERVISOR', () => f.north.supervisor], ['PARTNER', () => f.north.partner],
    ['WSTA', () => f.wsta], ['MANAGER of another office', () => f.south.manager],
  ])('MGT-1: %s may not draw the office\'s sample (FORBIDDEN, nothing written)', async (_who, who) => {
    const error = userErrorOf(await app.gql(DRAW, { input: { officeId: f.north.officeId, month: '2026-11' } }, t(who())));
    expect(error.code).toBe('FORBIDDEN');
    expect(await count('file_review_draw')).toBe(0);
  });

  it('MGT-1: a seed that is not hex is BAD_USER_INPUT; an office without an eligible reviewer is refused writing nothing', async () => {
    const bad = userErrorOf(await app.gql(DRAW, { input: { officeId: f.north.officeId, month: '2026-11', seed: 'not-a-seed' } }, t(f.north.manager)));
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seed' });
    // An office with case managers only: the monthly job (the office's system actor) cannot assign a reviewer.
    const [{ id: east }] = await app.dataSource.query(`INSERT INTO office (code, name) VALUES ('EAST', 'East') RETURNING id`);
    const [{ id: cm }] = await app.dataSource.query(`INSERT INTO staff (email, name, role, office_id) VALUES ('cm.east@test', 'cm', 'CASE_MANAGER', $1) RETURNING id`, [east]);
    const [{ id: system }] = await app.dataSource.query(`SELECT id FROM staff WHERE office_id = $1 AND role = 'SYSTEM'`, [east]);
    await referClient(app, t(cm), { referralDate: '2026-10-20' });
    await expect(app.running.services.fileReviews.drawAs(system, { officeId: east, month: '2026-11' }))
      .rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'officeId', constraint: 'hasEligibleReviewer' } });
    expect(await count('file_review_draw')).toBe(0);
    expect(await count('file_review_sample')).toBe(0);
  });

  it('MGT-1: the MANAGER draws; a retry with the same clientMutationId answers the same draw and writes nothing', async () => {
    const input = { clientMutationId: 'draw-2026-11', officeId: f.north.officeId, month: '2026-11' };
    const first = (await dataOf(app, DRAW, { input }, t(f.north.manager))).result;
    const again = (await dataOf(app, DRAW, { input }, t(f.north.manager))).result;
    expect(again).toEqual(first);
    expect(first.draw.sampleSize).toBe(2);
    drawId = first.draw.id;
    sample = first.draw.cases.edges[0].node;
    expect(await count('file_review_draw')).toBe(1);
  });

  it.each([
    ['CASE_MANAGER', () => f.north.caseManager], ['SUPERVISOR', () => f.north.supervisor], ['PARTNER', () => f.north.partner],
    ['WSTA', () => f.wsta], ['MANAGER of another office', () => f.south.manager],
  ])('MGT-1: %s may not add a case to the sample (FORBIDDEN)', async (_who, who) => {
    const error = userErrorOf(await app.gql(ADD, { input: { drawId, caseId: sample.caseId, reason: 'x' } }, t(who())));
    expect(error.code).toBe('FORBIDDEN');
    expect(await count('file_review_sample')).toBe(2);
  });

  it('MGT-1: an addition needs a reason and a case of the draw\'s office', async () => {
    const [{ id: other }] = await app.dataSource.query(`SELECT id FROM work_case WHERE office_id = $1 AND NOT (id = ANY($2::uuid[])) LIMIT 1`,
      [f.north.officeId, (await app.dataSource.query('SELECT array_agg(case_id) AS ids FROM file_review_sample'))[0].ids]);
    expect(userErrorOf(await app.gql(ADD, { input: { drawId, caseId: other, reason: '' } }, t(f.north.manager)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const south = (await referClient(app, t(f.south.caseManager), { referralDate: '2026-10-20' })).id;
    expect(userErrorOf(await app.gql(ADD, { input: { drawId, caseId: south, reason: 'x' } }, t(f.north.manager)))).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'ofDrawOffice' });
    expect(await count('file_review_sample')).toBe(2);
  });

  it('MGT-1: only the assigned reviewer records a review; the CM, PARTNER, WSTA and another office are FORBIDDEN; bad checklists write nothing', async () => {
    const input = { sampleCaseId: sample.id, reviewedOn: '2026-11-02', items: answers({ EA_2: 'EA CLNO a week late' }) };
    const management = [f.north.manager, f.north.supervisor].find((id) => id !== sample.reviewerId)!;
    for (const who of [sample.caseManagerId, f.north.partner, f.wsta, f.south.manager, f.south.supervisor, management]) {
      expect(userErrorOf(await app.gql(REVIEW, { input }, t(who))).code).toBe('FORBIDDEN');
    }
    const missing = userErrorOf(await app.gql(REVIEW, { input: { ...input, items: answers().slice(2) } }, t(sample.reviewerId)));
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items', constraint: 'everyItem' });
    const silentFail = userErrorOf(await app.gql(REVIEW, { input: { ...input, items: answers({ EA_2: '' }) } }, t(sample.reviewerId)));
    expect(silentFail).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'requiredOnFail' });
    const early = userErrorOf(await app.gql(REVIEW, { input: { ...input, reviewedOn: '2026-11-01' } }, t(sample.reviewerId)));
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewedOn', constraint: 'notBeforeSampled' });
    expect(userErrorOf(await app.gql(REVIEW, { input: { ...input, sampleCaseId: '00000000-0000-4000-8000-000000000000' } }, t(sample.reviewerId))).code).toBe('NOT_FOUND');
    expect(await count('file_review')).toBe(0);
    reviewId = (await dataOf(app, REVIEW, { input }, t(sample.reviewerId))).result.review.id;
  });

  it('MGT-2: the case\'s staff correct a finding; PARTNER, WSTA, a peer CM and another office may not', async () => {
    const input = { reviewId, item: 'EA_2', correctedOn: '2026-11-02', summary: 'EA CLNO completed with the discrepancies explained' };
    const peer = sample.caseManagerId === f.north.caseManager ? f.north.otherCaseManager : f.north.caseManager;
    for (const who of [f.north.partner, f.wsta, peer, f.south.caseManager, f.south.manager]) {
      expect(userErrorOf(await app.gql(CORRECT, { input }, t(who))).code).toBe('FORBIDDEN');
    }
    expect(userErrorOf(await app.gql(CORRECT, { input: { ...input, item: 'ENG_1' } }, t(sample.caseManagerId)))).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'isFinding' });
    expect(await count('file_review_correction')).toBe(0);
    await dataOf(app, CORRECT, { input }, t(sample.caseManagerId));
    expect(userErrorOf(await app.gql(CORRECT, { input }, t(sample.caseManagerId)))).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'oncePerFinding' });
  });

  it('MGT-1: the draw is read by the management team and WSTA, not by case managers or PARTNER; reading it is logged', async () => {
    for (const who of [f.north.caseManager, f.north.partner, f.south.manager]) expect(code(await app.gql(READ_DRAW, { o: f.north.officeId }, t(who)))).toBe('FORBIDDEN');
    for (const who of [f.north.supervisor, f.north.manager, f.wsta]) {
      const res = await app.gql(READ_DRAW, { o: f.north.officeId }, t(who));
      expect(res.errors).toBeUndefined();
      expect(res.data.fileReviewDraw.id).toBe(drawId);
    }
    // The checklist a reviewer opens suggests what the case's obligations show: ENG-1 (referred 2026-10-20, never contacted) is OVERDUE.
    const read = await app.gql(READ_DRAW, { o: f.north.officeId }, t(f.north.supervisor));
    const entry = read.data.fileReviewDraw.cases.edges.map((e: { node: { caseId: string } }) => e.node).find((n: { caseId: string }) => n.caseId === sample.caseId);
    expect(entry.checklist.find((c: { item: string }) => c.item === 'ENG_1').suggestedResult).toBe('FAIL');
    expect(entry.checklist.find((c: { item: string }) => c.item === 'ROI_1').suggestedResult).toBeNull();
    const nodes = await app.gql(`query($id: ID!) { node(id: $id) { __typename id } }`, { id: drawId }, t(f.north.caseManager));
    expect(code(nodes)).toBe('FORBIDDEN');
    const logged: Array<{ case_ids: string[]; field_groups: string[] }> = await app.dataSource.query(
      `SELECT case_ids::text[] AS case_ids, field_groups FROM access_log WHERE operation_name = 'FileReviewSample' AND staff_id = $1`, [f.wsta]);
    expect(logged.flatMap((r) => r.case_ids)).toContain(sample.caseId);
    expect(logged.flatMap((r) => r.field_groups)).toContain('FILE_REVIEWS');
  });

  it('MGT-1: a case\'s file reviews are its record: its CM reads them, PARTNER is FORBIDDEN', async () => {
    const cm = await app.gql(CASE_REVIEWS, { id: sample.caseId }, t(sample.caseManagerId));
    expect(cm.data.case.fileReviews).toMatchObject({ totalCount: 1, edges: [{ node: { id: reviewId, corrections: [{ item: 'EA_2' }] } }] });
    expect(code(await app.gql(CASE_REVIEWS, { id: sample.caseId }, t(f.north.partner)))).toBe('FORBIDDEN');
    const node = await app.gql(`query($id: ID!) { node(id: $id) { __typename ... on FileReview { caseId } } }`, { id: reviewId }, t(sample.caseManagerId));
    expect(node.data.node).toEqual({ __typename: 'FileReview', caseId: sample.caseId });
  });

  it('MGT-3: QA rates are for the management team and WSTA; a period that ends before it starts is BAD_USER_INPUT', async () => {
    const period = { o: f.north.officeId, from: '2026-11-01', to: '2026-11-30' };
    for (const who of [f.north.caseManager, f.north.partner, f.south.manager]) expect(code(await app.gql(QA, period, t(who)))).toBe('FORBIDDEN');
    for (const who of [f.north.supervisor, f.north.manager, f.wsta]) expect((await app.gql(QA, period, t(who))).data.qualityAssurance.office.reviews).toBe(1);
    const backwards = await app.gql(QA, { ...period, from: '2026-12-01' }, t(f.north.manager));
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('MGT-1: the app\'s role cannot UPDATE or DELETE a draw, a sample entry, a review or a correction (grants and trigger)', async () => {
    for (const table of ['file_review_draw', 'file_review_sample', 'file_review', 'file_review_correction']) {
      await expect(app.appDataSource.query(`UPDATE ${table} SET id = id`)).rejects.toThrow(/permission denied/);
      await expect(app.appDataSource.query(`DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
      await expect(app.dataSource.query(`DELETE FROM ${table}`)).rejects.toThrow();
      const [grants] = await app.dataSource.query(
        `SELECT has_table_privilege($1, $2, 'UPDATE') AS u, has_table_privilege($1, $2, 'DELETE') AS d, has_table_privilege($1, $2, 'INSERT') AS i`, [TEST_APP_ROLE, table]);
      expect(grants).toEqual({ u: false, d: false, i: true });
    }
  });
});
