import { createHmac } from 'node:crypto';
import { FILE_REVIEW_ITEMS } from '../../src/file-reviews/file-review-checklist';
import { dataOf, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const SAMPLE = `id caseId position source reviewerId caseManagerId reason addedBy`;
const DRAW_FIELDS = `id month drawnOn seed seedSource method populationSize sampleSize drawnBy redrawMatches
  cases(first: 500) { totalCount edges { node { ${SAMPLE} } } }`;
const DRAW = `mutation($input: DrawFileReviewSampleInput!) { result: drawFileReviewSample(input: $input) { draw { ${DRAW_FIELDS} } ${USER_ERRORS} } }`;
const ADD = `mutation($input: AddFileReviewCaseInput!) { result: addFileReviewCase(input: $input) { sampleCase { ${SAMPLE} } ${USER_ERRORS} } }`;
const REVIEW = `mutation($input: RecordFileReviewInput!) { result: recordFileReview(input: $input) {
  review { id sampleCaseId caseId caseManagerId reviewedOn passed applicable score correctionsDueOn items { item ruleId result comment } } ${USER_ERRORS} } }`;
const CORRECT = `mutation($input: RecordFileReviewCorrectionInput!) { result: recordFileReviewCorrection(input: $input) { correction { id item correctedOn } ${USER_ERRORS} } }`;
const WORKLIST = `{ obligations(first: 100, filter: { ruleIds: ["MGT-2"] }) { edges { node { caseId key ruleId dueDate status metOn metBy { __typename ... on MetByRecord { recordType recordId } } } } } }`;
const QA = `query($office: ID!) { qualityAssurance(officeId: $office, from: "2026-11-01", to: "2026-11-30") {
  target office { reviews rate meetsTarget } staff { caseManagerId caseManager { role } reviews rate meetsTarget } } }`;

type Sample = { id: string; caseId: string; position: number; source: string; reviewerId: string; caseManagerId: string; reason: string | null; addedBy: string };

/** The method as the README states it, computed here with node:crypto alone: HMAC-SHA256(seed bytes, case id), ascending, first ceil(10%). */
const redraw = (seed: string, population: string[]) => population
  .map((id) => ({ id, key: createHmac('sha256', Buffer.from(seed, 'hex')).update(id).digest('hex') }))
  .sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, Math.ceil(population.length / 10)).map((e) => e.id);

/**
 * MGT-1..3 end to end: an office of 300 open cases (bulk-inserted by SQL, copies of one referred
 * case), the month's draw, a review with findings, the findings on the case manager's worklist
 * (OPEN on the 10th business day, OVERDUE on the 11th), corrections and the QA rates.
 */
describe('file reviews (MGT-1, MGT-2, MGT-3)', () => {
  let app: TestApp;
  let north: TestApp['fixtures']['north'];
  let thirdCm: string;
  let secondSupervisor: string;
  let draw: { id: string; seed: string; populationSize: number; sampleSize: number; redrawMatches: boolean; cases: { totalCount: number; edges: Array<{ node: Sample }> } } & Record<string, unknown>;
  let closedCase: string;
  let southCase: string;

  const token = (id: string) => app.token(id);
  const roleOf = async (id: string) => (await app.dataSource.query('SELECT role FROM staff WHERE id = $1', [id]))[0].role as string;
  const samples = () => draw.cases.edges.map((e) => e.node);
  const answers = (fails: Record<string, string>) => FILE_REVIEW_ITEMS.map((item) => (fails[item]
    ? { item, result: 'FAIL', comment: fails[item] } : { item, result: item.startsWith('SS_') ? 'NOT_APPLICABLE' : 'PASS' }));

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    north = app.fixtures.north;
    const staff = async (email: string, role: string) =>
      (await app.dataSource.query('INSERT INTO staff (email, name, role, office_id) VALUES ($1, $1, $2, $3) RETURNING id', [email, role, north.officeId]))[0].id as string;
    thirdCm = await staff('cm3.north@test', 'CASE_MANAGER');
    secondSupervisor = await staff('sup2.north@test', 'SUPERVISOR');
    const template = await referClient(app, token(north.caseManager), { referralDate: '2026-10-26' });
    // 299 more open cases of the office, as SQL copies of the referred one (on three caseloads): 300 in all.
    const clients: Array<{ id: string }> = await app.dataSource.query(
      `INSERT INTO client (first_name, last_name, date_of_birth) SELECT 'Bulk', 'Case ' || g, '1990-01-01' FROM generate_series(1, 299) g RETURNING id`);
    await app.dataSource.query(
      `INSERT INTO work_case (client_id, office_id, case_manager_id, track, referral_date, months_used, state, phase, snapshot, machine_version, version)
       SELECT c.id, t.office_id, m.cm, t.track, t.referral_date, t.months_used, t.state, t.phase,
              jsonb_set(t.snapshot, '{context,caseManagerId}', to_jsonb(m.cm::text)), t.machine_version, 1
         FROM unnest($2::uuid[]) WITH ORDINALITY AS c(id, n)
         CROSS JOIN LATERAL (SELECT ($3::uuid[])[1 + (c.n % 3)::int] AS cm) m
         JOIN work_case t ON t.id = $1`,
      [template.id, clients.map((c) => c.id), [north.caseManager, north.otherCaseManager, thirdCm]]);
    // Outside the population: a CLOSED case of the office and a case of another office.
    [{ id: closedCase }] = await app.dataSource.query(
      `INSERT INTO work_case (client_id, office_id, case_manager_id, track, referral_date, months_used, state, phase, snapshot, machine_version, version)
       SELECT client_id, office_id, case_manager_id, track, referral_date, months_used, 'closed', 'CLOSED', snapshot, machine_version, 1 FROM work_case WHERE id = $1 RETURNING id`, [template.id]);
    southCase = (await referClient(app, token(app.fixtures.south.caseManager), { referralDate: '2026-10-26' })).id;
  });
  afterAll(() => app.close());

  it('MGT-1: a month\'s draw for an office of 300 cases selects >= 30, is the same when redrawn from its seed, never assigns a case to its own CM or a peer CM', async () => {
    const res = await dataOf(app, DRAW, { input: { officeId: north.officeId, month: '2026-11' } }, token(north.manager));
    draw = res.result.draw;
    expect(draw).toMatchObject({ month: '2026-11', drawnOn: '2026-11-02', seedSource: 'GENERATED', method: 'HMAC_SHA256_ORDER', populationSize: 300, sampleSize: 30, drawnBy: north.manager, redrawMatches: true });
    expect(draw.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(draw.cases.totalCount).toBe(30);
    // The population: the office's cases open today (not CLOSED), not another office's.
    const open: Array<{ id: string }> = await app.dataSource.query(`SELECT id FROM work_case WHERE office_id = $1 AND phase <> 'CLOSED'`, [north.officeId]);
    const [stored] = await app.dataSource.query('SELECT population_case_ids::text[] AS ids FROM file_review_draw WHERE id = $1', [draw.id]);
    expect([...stored.ids].sort()).toEqual(open.map((r) => r.id).sort());
    expect(stored.ids).not.toContain(closedCase);
    expect(stored.ids).not.toContain(southCase);
    // Redrawn from the seed with node:crypto alone: the same cases, in the same order.
    expect(samples().map((s) => [s.position, s.source])).toEqual(samples().map((_, i) => [i + 1, 'DRAWN']));
    expect(samples().map((s) => s.caseId)).toEqual(redraw(draw.seed, stored.ids));
    // Reviewers: the management team, never the case's CM nor any (peer) case manager; balanced round-robin.
    const counts = new Map<string, number>();
    for (const s of samples()) {
      const [kase] = await app.dataSource.query('SELECT case_manager_id AS cm FROM work_case WHERE id = $1', [s.caseId]);
      expect(s.caseManagerId).toBe(kase.cm);
      expect(s.reviewerId).not.toBe(kase.cm);
      expect(['MANAGER', 'SUPERVISOR']).toContain(await roleOf(s.reviewerId));
      counts.set(s.reviewerId, (counts.get(s.reviewerId) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([north.manager, north.supervisor, secondSupervisor].sort());
    expect([...counts.values()].sort()).toEqual([10, 10, 10]);
  });

  it('MGT-1: one draw per office and month; another is refused and writes nothing', async () => {
    const error = userErrorOf(await app.gql(DRAW, { input: { officeId: north.officeId, month: '2026-11' } }, token(north.manager)));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month', constraint: 'oncePerMonth' });
    const notNow = userErrorOf(await app.gql(DRAW, { input: { officeId: north.officeId, month: '2026-12' } }, token(north.manager)));
    expect(notNow).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month', constraint: 'isCurrentMonth' });
    expect((await app.dataSource.query('SELECT count(*)::int AS n FROM file_review_draw'))[0].n).toBe(1);
  });

  it('MGT-1: a manager adds a case (who and why recorded) but cannot add a drawn one again, and nothing removes a drawn case', async () => {
    const drawnIds = new Set(samples().map((s) => s.caseId));
    const [{ id: extra }] = await app.dataSource.query(`SELECT id FROM work_case WHERE office_id = $1 AND phase <> 'CLOSED' AND NOT (id = ANY($2::uuid[])) LIMIT 1`, [north.officeId, [...drawnIds]]);
    const added = (await dataOf(app, ADD, { input: { drawId: draw.id, caseId: extra, reason: 'Complaint received about this file' } }, token(north.manager))).result.sampleCase;
    expect(added).toMatchObject({ caseId: extra, position: 31, source: 'ADDED', reason: 'Complaint received about this file', addedBy: north.manager });
    expect(['MANAGER', 'SUPERVISOR']).toContain(await roleOf(added.reviewerId));
    const again = userErrorOf(await app.gql(ADD, { input: { drawId: draw.id, caseId: samples()[0].caseId, reason: 'again' } }, token(north.manager)));
    expect(again).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', constraint: 'notAlreadySampled' });
    const byCm = userErrorOf(await app.gql(ADD, { input: { drawId: draw.id, caseId: extra, reviewerId: north.otherCaseManager, reason: 'x' } }, token(north.manager)));
    expect(byCm).toMatchObject({ code: 'BAD_USER_INPUT' });
    // No mutation removes or edits a sample entry; the database refuses it even to the owner (append-only trigger).
    const { data } = await app.gql('{ __schema { mutationType { fields { name } } } }', {}, token(north.manager));
    expect(data.__schema.mutationType.fields.map((f: { name: string }) => f.name).filter((n: string) => /FileReview/.test(n)).sort())
      .toEqual(['addFileReviewCase', 'drawFileReviewSample', 'recordFileReview', 'recordFileReviewCorrection']);
    await expect(app.dataSource.query('DELETE FROM file_review_sample WHERE draw_id = $1', [draw.id])).rejects.toThrow();
    await expect(app.dataSource.query(`UPDATE file_review_draw SET seed = repeat('0', 64) WHERE id = $1`, [draw.id])).rejects.toThrow();
    const count = await app.gql(`query($o: ID!) { fileReviewDraw(officeId: $o, month: "2026-11") { redrawMatches cases(first: 1) { totalCount } } }`, { o: north.officeId }, token(north.supervisor));
    expect(count.data.fileReviewDraw).toEqual({ redrawMatches: true, cases: { totalCount: 31 } });
  });

  it('MGT-1, MGT-2: the assigned reviewer records the checklist; each FAIL is a correction on the CM\'s worklist, OPEN on the 10th business day and OVERDUE on the 11th', async () => {
    const sample = samples()[0];
    const other = [north.manager, north.supervisor, secondSupervisor].find((id) => id !== sample.reviewerId)!;
    const notMine = userErrorOf(await app.gql(REVIEW, { input: { sampleCaseId: sample.id, reviewedOn: '2026-11-02', items: answers({}) } }, token(other)));
    expect(notMine.code).toBe('FORBIDDEN');
    const future = userErrorOf(await app.gql(REVIEW, { input: { sampleCaseId: sample.id, reviewedOn: '2026-11-04', items: answers({}) } }, token(sample.reviewerId)));
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewedOn', constraint: 'notInFuture' });
    app.clock.set('2026-11-03T18:00:00Z');
    const review = (await dataOf(app, REVIEW, {
      input: { sampleCaseId: sample.id, reviewedOn: '2026-11-03', items: answers({ ENG_1: 'Contact entered after 3 days', WV_1: 'No verification CLNO for October' }) },
    }, token(sample.reviewerId))).result.review;
    const applicable = FILE_REVIEW_ITEMS.filter((i) => !i.startsWith('SS_')).length;
    expect(review).toMatchObject({ sampleCaseId: sample.id, caseId: sample.caseId, caseManagerId: sample.caseManagerId, passed: applicable - 2, applicable, correctionsDueOn: '2026-11-18' });
    expect(review.score).toBeCloseTo((applicable - 2) / applicable);
    expect(review.items.find((i: { item: string }) => i.item === 'ENG_1')).toEqual({ item: 'ENG_1', ruleId: 'ENG-1', result: 'FAIL', comment: 'Contact entered after 3 days' });
    const twice = userErrorOf(await app.gql(REVIEW, { input: { sampleCaseId: sample.id, reviewedOn: '2026-11-03', items: answers({}) } }, token(sample.reviewerId)));
    expect(twice).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'oncePerSample' });

    const cm = token(sample.caseManagerId);
    const mine = async () => (await dataOf(app, WORKLIST, {}, cm)).obligations.edges.map((e: { node: Record<string, unknown> }) => e.node).filter((o: { caseId: string }) => o.caseId === sample.caseId);
    app.clock.set('2026-11-10T18:00:00Z');
    const correction = (await dataOf(app, CORRECT, { input: { reviewId: review.id, item: 'WV_1', correctedOn: '2026-11-10', summary: 'October verification CLNO entered' } }, cm)).result.correction;
    const early = userErrorOf(await app.gql(CORRECT, { input: { reviewId: review.id, item: 'ENG_1', correctedOn: '2026-11-02', summary: 'x' } }, cm));
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', field: 'correctedOn', constraint: 'notBeforeReview' });
    app.clock.set('2026-11-18T18:00:00Z');
    expect(await mine()).toEqual([
      expect.objectContaining({ key: `MGT-2:${review.id}:ENG_1`, dueDate: '2026-11-18', status: 'OPEN' }),
      expect.objectContaining({ key: `MGT-2:${review.id}:WV_1`, status: 'MET', metOn: '2026-11-10', metBy: [{ __typename: 'MetByRecord', recordType: 'FileReviewCorrection', recordId: correction.id }] }),
    ]);
    app.clock.set('2026-11-19T18:00:00Z');
    expect((await mine()).map((o: { status: string }) => o.status)).toEqual(['OVERDUE', 'MET']);
  });

  it('MGT-3: each case manager\'s QA rate and the office\'s against 80%, in a fixed number of statements', async () => {
    const qa = async () => {
      app.queries.reset();
      const res = await dataOf(app, QA, { office: north.officeId }, token(north.supervisor));
      return { qa: res.qualityAssurance, statements: app.queries.count };
    };
    const first = await qa();
    const reviewed = samples()[0];
    expect(first.qa.target).toBe(0.8);
    expect(first.qa.office).toMatchObject({ reviews: 1, meetsTarget: true });
    const byCm = Object.fromEntries(first.qa.staff.map((s: { caseManagerId: string }) => [s.caseManagerId, s]));
    expect(Object.keys(byCm).sort()).toEqual([north.caseManager, north.otherCaseManager, thirdCm].sort());
    expect(byCm[reviewed.caseManagerId]).toMatchObject({ reviews: 1, meetsTarget: true, caseManager: { role: 'CASE_MANAGER' } });
    const others = first.qa.staff.filter((s: { caseManagerId: string }) => s.caseManagerId !== reviewed.caseManagerId);
    expect(others.map((s: { reviews: number; rate: number | null }) => [s.reviews, s.rate])).toEqual([[0, null], [0, null]]);
    // A poor file of another case manager: below 80% for them, the office averages both.
    const second = samples().find((s) => s.caseManagerId !== reviewed.caseManagerId)!;
    const half = Object.fromEntries(FILE_REVIEW_ITEMS.filter((i) => !i.startsWith('SS_')).slice(0, 10).map((i) => [i, 'missing']));
    await dataOf(app, REVIEW, { input: { sampleCaseId: second.id, reviewedOn: '2026-11-19', items: answers(half) } }, token(second.reviewerId));
    const after = await qa();
    expect(after.statements).toBe(first.statements);
    const rate = Object.fromEntries(after.qa.staff.map((s: { caseManagerId: string; rate: number; meetsTarget: boolean }) => [s.caseManagerId, s]));
    expect(rate[second.caseManagerId]).toMatchObject({ reviews: 1, meetsTarget: false });
    expect(after.qa.office.reviews).toBe(2);
    expect(after.qa.office.rate).toBeCloseTo((rate[second.caseManagerId].rate + rate[reviewed.caseManagerId].rate) / 2);
  });

  it('MGT-1: the next month is drawn from a new seed of its own: last month\'s seed cannot be given again to review the same files', async () => {
    app.clock.set('2026-12-01T18:00:00Z');
    const reused = userErrorOf(await app.gql(DRAW, { input: { officeId: north.officeId, month: '2026-12', seed: draw.seed.toUpperCase() } }, token(north.manager)));
    expect(reused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seed', constraint: 'isServerGenerated' });
    const december = (await dataOf(app, DRAW, { input: { officeId: north.officeId, month: '2026-12' } }, token(north.manager))).result.draw;
    expect(december).toMatchObject({ seedSource: 'GENERATED', populationSize: 300, sampleSize: 30, redrawMatches: true });
    expect(december.seed).not.toBe(draw.seed);
    expect(december.cases.edges.map((e: { node: Sample }) => e.node.caseId)).not.toEqual(samples().map((s) => s.caseId));
  });
});
