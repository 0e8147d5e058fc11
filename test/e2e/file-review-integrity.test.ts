import { FILE_REVIEW_ITEMS } from '../../src/file-reviews/file-review-checklist';
import { drawSample } from '../../src/file-reviews/file-review-draw';
import { FileReviewService } from '../../src/file-reviews/file-review.service';
import { dataOf, sendEvent, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const DRAW = `mutation($input: DrawFileReviewSampleInput!) { result: drawFileReviewSample(input: $input) {
  draw { id seed seedSource cases(first: 50) { edges { node { id caseId reviewerId caseManagerId } } } } ${USER_ERRORS} } }`;
const REVIEW = `mutation($input: RecordFileReviewInput!) { result: recordFileReview(input: $input) { review { id reviewedOn correctionsDueOn } ${USER_ERRORS} } }`;
const WORKLIST = `{ obligations(first: 100, filter: { ruleIds: ["MGT-2"] }) { edges { node { caseId key dueDate status } } } }`;
const CASES = `{ cases(first: 100) { edges { node { id } } } }`;

/**
 * MGT-1's draw cannot be steered by whoever draws it (no supplied seed, no seed-dependent refusal,
 * no reviewer who has since become the case manager), and MGT-2's 10 business days are the case
 * manager's to use (the quality review of issue 13, /work/notes/REVIEW13-quality.md).
 */
describe('file reviews: a draw nobody can steer, corrections due from when they are known (MGT-1, MGT-2)', () => {
  let app: TestApp;
  let f: TestApp['fixtures'];
  let samples: Array<{ id: string; caseId: string; reviewerId: string; caseManagerId: string }>;
  const t = (id: string) => app.token(id);
  const count = async (table: string) => (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const seedOf = (n: number) => n.toString(16).padStart(64, '0');

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    f = app.fixtures;
    for (let i = 0; i < 20; i++) {
      await referClient(app, t(i % 2 ? f.north.caseManager : f.north.otherCaseManager), {
        referralDate: '2026-10-20', client: { firstName: `P${i}`, lastName: 'Integrity', dateOfBirth: '1990-03-04' },
      });
    }
  });
  afterAll(() => app.close());

  it('MGT-1: a manager who has read the caseload cannot supply a seed that leaves a chosen case out (BAD_USER_INPUT, nothing written)', async () => {
    // The manager reads the office's open cases (the population), then tries seeds offline until the file they fear is not drawn.
    const population: string[] = (await dataOf(app, CASES, {}, t(f.north.manager))).cases.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(population).toHaveLength(20);
    const feared = population[0];
    let n = 1;
    while (drawSample(seedOf(n), population).includes(feared)) n += 1;
    const chosen = seedOf(n);
    const res = await app.gql(DRAW, { input: { officeId: f.north.officeId, month: '2026-11', seed: chosen } }, t(f.north.manager));
    expect(userErrorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seed', constraint: 'isServerGenerated' });
    expect(await count('file_review_draw')).toBe(0);
    expect(await count('file_review_sample')).toBe(0);
    // Nor past the server: the database takes no draw with a supplied seed.
    await expect(app.dataSource.query(`INSERT INTO file_review_draw (office_id, month, drawn_on, seed, seed_source, method, population_size, population_case_ids, sample_size, drawn_by, drawn_at)
      VALUES ($1, '2026-11', '2026-11-02', $2, 'SUPPLIED', 'HMAC_SHA256_ORDER', 0, '{}', 0, $3, now())`, [f.north.officeId, chosen, f.north.manager])).rejects.toThrow(/never a supplied one/);
  });

  it('MGT-1: whether a draw is refused for want of a reviewer does not depend on which cases the seed picks (no redraw until a file is missed)', async () => {
    // A case held by the office's only eligible reviewer (a case manager promoted to SUPERVISOR without handing over the caseload, with the manager away):
    // nobody may review it. Drawn or not, the month's draw is refused, so retrying cannot keep it out of the sample.
    const east = (await app.dataSource.query(`INSERT INTO office (code, name) VALUES ('EAST', 'East') RETURNING id`))[0].id as string;
    const staff = async (email: string, role: string) =>
      (await app.dataSource.query('INSERT INTO staff (email, name, role, office_id) VALUES ($1, $1, $2, $3) RETURNING id', [email, role, east]))[0].id as string;
    const cm = await staff('cm.east@test', 'CASE_MANAGER');
    const promoted = await staff('sup.east@test', 'CASE_MANAGER');
    const held: string[] = [];
    for (let i = 0; i < 10; i++) held.push((await referClient(app, t(i ? cm : promoted), { referralDate: '2026-10-20', client: { firstName: `E${i}`, lastName: 'East', dateOfBirth: '1990-03-04' } })).id);
    await app.dataSource.query(`UPDATE staff SET role = 'SUPERVISOR' WHERE id = $1`, [promoted]);
    const population = (await app.dataSource.query(`SELECT id FROM work_case WHERE office_id = $1`, [east])).map((r: { id: string }) => r.id);
    // A seed whose single drawn case is not the unreviewable one: before the fix this draw succeeded, and a refusal told the manager to retry.
    let n = 1;
    while (drawSample(seedOf(n), population).includes(held[0])) n += 1;
    const seeded = new FileReviewService(app.dataSource, app.clock, (m, id) => app.running.services.obligations.recompute(m, id), () => seedOf(n));
    const [{ id: system }] = await app.dataSource.query(`SELECT id FROM staff WHERE office_id = $1 AND role = 'SYSTEM'`, [east]);
    await expect(seeded.drawAs(system, { officeId: east, month: '2026-11' }))
      .rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'officeId', constraint: 'hasEligibleReviewer' } });
    expect(await count('file_review_draw')).toBe(0);
  });

  it('MGT-2: a review recorded after the day it is dated gives the case manager 10 business days from the day it was recorded, not OVERDUE on arrival', async () => {
    const draw = (await dataOf(app, DRAW, { input: { officeId: f.north.officeId, month: '2026-11' } }, t(f.north.manager))).result.draw;
    expect(draw.seedSource).toBe('GENERATED');
    samples = draw.cases.edges.map((e: { node: unknown }) => e.node);
    const sample = samples[0];
    // Reviewed on paper on Monday 2 November; entered on Tuesday 1 December (Thanksgiving on the 26th).
    app.clock.set('2026-12-01T19:00:00Z');
    const items = FILE_REVIEW_ITEMS.map((item) => (item === 'ENG_4' ? { item, result: 'FAIL', comment: 'No contact in October' } : { item, result: 'PASS' }));
    const review = (await dataOf(app, REVIEW, { input: { sampleCaseId: sample.id, reviewedOn: '2026-11-02', items } }, t(sample.reviewerId))).result.review;
    // 10 business days after Tue 1 Dec: 2, 3, 4, 7, 8, 9, 10, 11, 14, 15 December.
    expect(review).toMatchObject({ reviewedOn: '2026-11-02', correctionsDueOn: '2026-12-15' });
    const mine = (await dataOf(app, WORKLIST, {}, t(sample.caseManagerId))).obligations.edges.map((e: { node: { caseId: string } }) => e.node)
      .filter((o: { caseId: string }) => o.caseId === sample.caseId);
    expect(mine).toEqual([{ caseId: sample.caseId, key: `MGT-2:${review.id}:ENG_4`, dueDate: '2026-12-15', status: 'OPEN' }]);
  });

  it('MGT-1: a reviewer whom the case was reassigned to after the draw (now its case manager) may not review it; nothing written', async () => {
    const sample = samples[1];
    const reviewer = sample.reviewerId;
    const [{ role }] = await app.dataSource.query('SELECT role FROM staff WHERE id = $1', [reviewer]);
    const [{ id: otherSupervisor }] = await app.dataSource.query(
      `INSERT INTO staff (email, name, role, office_id) VALUES ('sup2.north@test', 'sup2', 'SUPERVISOR', $1) RETURNING id`, [f.north.officeId]);
    // The reviewer covers a caseload for a while: provisioned as a case manager, given the case by a supervisor, then back to their role.
    await app.dataSource.query(`UPDATE staff SET role = 'CASE_MANAGER' WHERE id = $1`, [reviewer]);
    await sendEvent(app, sample.caseId, 'CHANGE_CASE_MANAGER', { caseManagerId: reviewer }, t(otherSupervisor));
    await app.dataSource.query('UPDATE staff SET role = $2 WHERE id = $1', [reviewer, role]);
    const before = await count('file_review');
    const items = FILE_REVIEW_ITEMS.map((item) => ({ item, result: 'PASS' }));
    const own = await app.gql(REVIEW, { input: { sampleCaseId: sample.id, reviewedOn: '2026-12-01', items } }, t(reviewer));
    expect(userErrorOf(own)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('own case manager') });
    expect(await count('file_review')).toBe(before);
    // The database refuses it too: a review's reviewer is never the case manager whose file it is.
    await expect(app.dataSource.query(`INSERT INTO file_review (sample_id, case_id, office_id, case_manager_id, reviewed_on, items, passed, applicable, reviewed_by, recorded_at)
      VALUES ($1, $2, $3, $4, '2026-12-01', '[]', 1, 1, $4, now())`, [sample.id, sample.caseId, f.north.officeId, reviewer])).rejects.toThrow(/file_review_reviewer_check/);
  });
});
