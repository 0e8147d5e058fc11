import { parseGlobalId } from '../../src/schema/node.id';
import { WORKLIST } from '../support/casework-walkthrough';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { addClientNote, bringToParticipation, dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';

/**
 * Issue 12 item 1: the FSSP as a document with versions, over HTTP. Each write records its rows
 * and sends the chart's event in one transaction, so Case.plan (FSSP-1/3) follows the signed
 * document; bad input is BAD_USER_INPUT naming field and constraint, and writes nothing.
 */
const ERRORS = 'userErrors { __typename code message ... on InputError { field constraint invalid { field constraint } } }';
const VERSION = `id number draftedOn changeSummary lastStepReviewOn current
  signature { method signedOn fieldPlanOn fieldGoal fieldNote } mailing { mailedOn dueBackOn }
  goals { text measure targetOn steps { id text reviewOn } intermediateGoals { text steps { id text startsOn reviewOn } } }
  steps { id text reviewOn } servicePlans { agency summary } reviews { id reviewedOn progress { stepId status comment } }`;
const PAYLOAD = `fsspVersion { ${VERSION} } case { version phase plan { current lastStepReviewDate } } ${ERRORS}`;
const DRAFT = `mutation($input: DraftFsspVersionInput!) { r: draftFsspVersion(input: $input) { ${PAYLOAD} } }`;
const MAIL = `mutation($input: MailFsspVersionInput!) { r: mailFsspVersion(input: $input) { ${PAYLOAD} } }`;
const SIGN = `mutation($input: SignFsspVersionInput!) { r: signFsspVersion(input: $input) { ${PAYLOAD} } }`;
const REVIEW = `mutation($input: ReviewFsspVersionInput!) { r: reviewFsspVersion(input: $input) { ${PAYLOAD} } }`;
const SCHEDULE = `mutation($input: ScheduleFsspUpdateInput!) { r: scheduleFsspUpdate(input: $input) { appointment { id scheduledFor recordedOn } fsspVersion { number } ${ERRORS} } }`;

const step = (text: string, startsOn: string, reviewOn: string, endsOn: string | null = null) => ({ text, startsOn, endsOn, reviewOn });
/** Two goals, one with an intermediate goal, three steps; the last step review date is `last`. */
const twoGoals = (start: string, last: string, [first, second, ends] = ['2026-11-15', '2026-12-15', '2026-10-20']) => [
  {
    text: 'Work as a line cook', measure: 'A written job offer', targetOn: '2027-03-31',
    intermediateGoals: [{ text: 'Food handler card', measure: 'Card copy in the file', targetOn: '2026-12-31', steps: [step('Take the food handler course', start, first, ends)] }],
    steps: [step('Apply to five restaurants', start, second)],
  },
  { text: 'Child care in place', measure: 'Child care authorization issued', targetOn: '2027-01-31', steps: [step('Apply for child care assistance', start, last)] },
];

describe('The FSSP as a document: versions, signature, reviews, updates (FSSP-1..6, EA-4, ENG-4)', () => {
  let app: TestApp;
  let cm: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-10-02T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());

  const on = (day: string) => app.clock.set(`${day}T19:00:00Z`);
  const send = async (mutation: string, input: Record<string, unknown>, token = cm) => app.gql(mutation, { input }, token);
  const ok = async (mutation: string, input: Record<string, unknown>) => (await dataOf(app, mutation, { input }, cm)).r;
  const rows = async (table: string, caseId: string) => {
    const where = ['fssp_version', 'fssp_review', 'fssp_update_appointment'].includes(table)
      ? 'case_id = $1' : 'version_id IN (SELECT id FROM fssp_version WHERE case_id = $1)';
    return (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, [caseId]))[0].n as number;
  };
  /** A referred client with the EA done and noted: the plan is next. */
  const assessed = async (day: string) => {
    on(day);
    const { id } = await referClient(app, cm, { referralDate: day });
    await sendEvent(app, id, 'RECORD_CONTACT_ATTEMPT', { on: day, method: 'PHONE', outcome: 'REACHED' }, cm);
    await sendEvent(app, id, 'COMPLETE_EA', { completedOn: day }, cm);
    await addClientNote(app, id, 'EA', cm);
    await sendEvent(app, id, 'RECORD_EA_NOTE', { enteredOn: day }, cm);
    return id;
  };
  const draftInput = async (caseId: string, draftedOn: string, last: string, extra: Record<string, unknown> = {}) => ({
    caseId, expectedVersion: await versionOf(app, caseId), draftedOn, goals: twoGoals(draftedOn, last), ...extra,
  });
  const signedPlan = async (day: string, last: string) => {
    const id = await assessed(day);
    const v1 = (await ok(DRAFT, await draftInput(id, day, last))).fsspVersion;
    await ok(SIGN, { versionId: v1.id, expectedVersion: await versionOf(app, id), method: 'IN_PERSON', signedOn: day });
    return { id, v1 };
  };
  const planOf = async (id: string) => (await dataOf(app, `query($id: ID!) { case(id: $id) { plan { current lastStepReviewDate } fssp { number current } } }`, { id }, cm)).case;

  it('FSSP-3, EA-4, FSSP-6, FSSP-1: two goals (one intermediate) and three steps, drafted, mailed, signed by mail: the case participates, current until the last step review date', async () => {
    const id = await assessed('2026-10-02');
    on('2026-10-05');
    const drafted = await ok(DRAFT, await draftInput(id, '2026-10-05', '2027-01-15', { servicePlans: [{ agency: 'Vocational Rehabilitation', summary: 'Job coaching twice a month' }] }));
    expect(drafted.fsspVersion).toMatchObject({
      number: 1, draftedOn: '2026-10-05', lastStepReviewOn: '2027-01-15', current: false, signature: null, changeSummary: null,
      servicePlans: [{ agency: 'Vocational Rehabilitation', summary: 'Job coaching twice a month' }],
    });
    expect(drafted.fsspVersion.goals).toHaveLength(2);
    expect(drafted.fsspVersion.goals[0].intermediateGoals[0].steps[0]).toMatchObject({ text: 'Take the food handler course', reviewOn: '2026-11-15' });
    expect(drafted.fsspVersion.steps).toHaveLength(3);
    expect(drafted.case.plan).toEqual({ current: false, lastStepReviewDate: '2027-01-15' });

    const mailed = await ok(MAIL, { versionId: drafted.fsspVersion.id, expectedVersion: await versionOf(app, id), mailedOn: '2026-10-05', dueBackOn: '2026-10-19' });
    expect(mailed.fsspVersion.mailing).toEqual({ mailedOn: '2026-10-05', dueBackOn: '2026-10-19' });
    const history = async () => (await app.dataSource.query('SELECT event FROM case_history WHERE case_id = $1 ORDER BY version', [id])).map((h: { event: string }) => h.event);
    expect((await history()).slice(-2)).toEqual(['DRAFT_FSSP', 'MAIL_FSSP']);

    on('2026-10-12');
    const signed = await ok(SIGN, { versionId: drafted.fsspVersion.id, expectedVersion: await versionOf(app, id), method: 'MAILED', signedOn: '2026-10-12' });
    expect(signed.fsspVersion).toMatchObject({ current: true, signature: { method: 'MAILED', signedOn: '2026-10-12', fieldNote: null } });
    expect(signed.case).toMatchObject({ phase: 'PARTICIPATING', plan: { current: true, lastStepReviewDate: '2027-01-15' } });
    expect((await history()).at(-1)).toBe('SIGN_FSSP');
    on('2027-01-15');
    expect((await planOf(id)).plan.current).toBe(true);
    on('2027-01-16');
    expect(await planOf(id)).toEqual({ plan: { current: false, lastStepReviewDate: '2027-01-15' }, fssp: { number: 1, current: false } });
  });

  it('FSSP-2, ENG-4: a monthly review records progress per step; an update is version 2 with what changed, current once signed', async () => {
    const { id, v1 } = await signedPlan('2026-10-02', '2027-01-15');
    on('2026-11-10');
    const [s1, s2, s3] = v1.steps.map((s: { id: string }) => s.id);
    const progress = [{ stepId: s1, status: 'DONE' }, { stepId: s2, status: 'IN_PROGRESS', comment: 'Two applications so far' }, { stepId: s3, status: 'BEHIND' }];
    const reviewed = await ok(REVIEW, { versionId: v1.id, expectedVersion: await versionOf(app, id), reviewedOn: '2026-11-10', progress });
    expect(reviewed.fsspVersion.reviews).toEqual([{ id: expect.any(String), reviewedOn: '2026-11-10', progress: expect.arrayContaining([{ stepId: s2, status: 'IN_PROGRESS', comment: 'Two applications so far' }]) }]);
    expect((await app.dataSource.query('SELECT event FROM case_history WHERE case_id = $1 ORDER BY version DESC LIMIT 1', [id]))[0].event).toBe('REVIEW_FSSP');
    // ENG-4: the month's FSSP review is the month's meaningful contact.
    const eng4 = await app.dataSource.query(`SELECT resolution, met_by AS "metBy" FROM obligation WHERE case_id = $1 AND key = 'ENG-4:2026-11'`, [id]);
    expect(eng4).toEqual([{ resolution: 'MET', metBy: expect.stringMatching(/^REVIEW_FSSP \(history v\d+\)$/) }]);

    on('2026-12-01');
    const beforeDraft = await versionOf(app, id);
    const v2 = (await ok(DRAFT, await draftInput(id, '2026-12-01', '2027-03-15', {
      changeSummary: 'Child care applied for; next review moved to March', goals: twoGoals('2026-12-01', '2027-03-15', ['2026-12-20', '2027-01-15', '2026-12-15']),
    }))).fsspVersion;
    expect(v2).toMatchObject({ number: 2, changeSummary: 'Child care applied for; next review moved to March', current: false, signature: null });
    // A draft of an update sends no chart event: the case keeps its signed plan.
    expect(await versionOf(app, id)).toBe(beforeDraft);
    expect(await planOf(id)).toEqual({ plan: { current: true, lastStepReviewDate: '2027-01-15' }, fssp: { number: 1, current: true } });

    on('2026-12-03');
    const signed = await ok(SIGN, { versionId: v2.id, expectedVersion: await versionOf(app, id), method: 'IN_PERSON', signedOn: '2026-12-03' });
    expect(signed.fsspVersion.current).toBe(true);
    expect(signed.case.plan).toEqual({ current: true, lastStepReviewDate: '2027-03-15' });
    expect(await planOf(id)).toMatchObject({ fssp: { number: 2, current: true } });
    const versions = await dataOf(app, `query($id: ID!) { case(id: $id) { fsspVersions { totalCount edges { node { number current } } } } }`, { id }, cm);
    expect(versions.case.fsspVersions).toEqual({ totalCount: 2, edges: [{ node: { number: 2, current: true } }, { node: { number: 1, current: false } }] });
    // Relay: every record of the document refetches with node(id), checked as Case.fssp is.
    const node = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on FsspVersion { number } ... on FsspStep { reviewOn } ... on FsspReview { reviewedOn } } }`;
    const ids = [v2.id, v1.steps[0].id, reviewed.fsspVersion.reviews[0].id];
    expect((await dataOf(app, node, { ids }, cm)).nodes).toEqual([
      { __typename: 'FsspVersion', number: 2 }, { __typename: 'FsspStep', reviewOn: v1.steps[0].reviewOn }, { __typename: 'FsspReview', reviewedOn: '2026-11-10' },
    ]);
    // What was signed is never edited: an update is a new version (append-only, as case_history).
    await expect(app.dataSource.query(`UPDATE fssp_signature SET signed_on = '2026-12-04' WHERE version_id = $1`, [v2.id])).rejects.toThrow();
    await expect(app.dataSource.query('DELETE FROM fssp_step WHERE version_id = $1', [v1.id])).rejects.toThrow();
    const refused = await app.gql(node, { ids }, app.token(app.fixtures.south.caseManager));
    expect(refused.data?.nodes).toEqual([null, null, null]);
    expect(refused.errors?.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('FSSP-6: an update mailed for signature is due back by its date (OPEN, then OVERDUE) and met by the signature of that version', async () => {
    const { id } = await signedPlan('2026-10-05', '2027-01-15');
    on('2026-12-01');
    const v2 = (await ok(DRAFT, await draftInput(id, '2026-12-01', '2027-03-15', {
      changeSummary: 'New goal dates', goals: twoGoals('2026-12-01', '2027-03-15', ['2026-12-20', '2027-01-15', '2026-12-15']),
    }))).fsspVersion;
    await ok(MAIL, { versionId: v2.id, expectedVersion: await versionOf(app, id), mailedOn: '2026-12-01', dueBackOn: '2026-12-11' });
    const fssp6 = async () => app.dataSource.query(`SELECT key, due_date::text AS "dueDate", resolution, met_by AS "metBy" FROM obligation WHERE case_id = $1 AND rule_id = 'FSSP-6' ORDER BY key`, [id]);
    const worklist = async () => (await dataOf(app, WORKLIST, { cm: app.fixtures.north.caseManager, ruleIds: ['FSSP-6'] }, cm)).obligations.edges
      .map((e: { node: { key: string; dueDate: string; status: string; case: { id: string } } }) => e.node).filter((o: { case: { id: string } }) => o.case.id === id)
      .map((o: { key: string; dueDate: string; status: string }) => [o.key, o.dueDate, o.status]);
    expect(await worklist()).toEqual([['FSSP-6:fssp-v2', '2026-12-11', 'OPEN']]);
    on('2026-12-12');
    expect(await worklist()).toEqual([['FSSP-6:fssp-v2', '2026-12-11', 'OVERDUE']]);
    await ok(SIGN, { versionId: v2.id, expectedVersion: await versionOf(app, id), method: 'MAILED', signedOn: '2026-12-12' });
    expect(await fssp6()).toEqual([{ key: 'FSSP-6:fssp-v2', dueDate: '2026-12-11', resolution: 'MET', metBy: `FsspVersion ${parseGlobalId(v2.id)?.id}` }]);
  });

  it('bad input is BAD_USER_INPUT with field and constraint and writes nothing (FSSP-3, FSSP-1, FSSP-6, FSSP-5)', async () => {
    const id = await assessed('2026-10-02');
    on('2026-10-05');
    const caseVersion = await versionOf(app, id);
    const early = await draftInput(id, '2026-10-05', '2027-01-15');
    early.goals[1].steps = [step('Apply for child care assistance', '2026-10-10', '2026-10-09')];
    expect(userErrorOf(await send(DRAFT, early), 'r')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'goals[1].steps[0].reviewOn', constraint: 'notBeforeStart' });
    expect(userErrorOf(await send(DRAFT, { ...early, goals: [] }), 'r')).toMatchObject({ field: 'goals', constraint: 'arrayNotEmpty' });
    expect(await rows('fssp_version', id)).toBe(0);
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM fssp_step s JOIN fssp_version v ON v.id = s.version_id WHERE v.case_id = $1', [id])).toEqual([{ n: 0 }]);
    expect(await versionOf(app, id)).toBe(caseVersion);

    const v1 = (await ok(DRAFT, await draftInput(id, '2026-10-05', '2027-01-15'))).fsspVersion;
    const expectedVersion = await versionOf(app, id);
    expect(userErrorOf(await send(MAIL, { versionId: v1.id, expectedVersion, mailedOn: '2026-10-05', dueBackOn: '2026-10-04' }), 'r'))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueBackOn', constraint: 'afterMailed' });
    expect(await rows('fssp_mailing', id)).toBe(0);
    expect(userErrorOf(await send(SIGN, { versionId: v1.id, expectedVersion, method: 'IN_PERSON', signedOn: '2026-10-04' }), 'r'))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'signedOn', constraint: 'notBeforeDraft' });
    const field = userErrorOf(await send(SIGN, { versionId: v1.id, expectedVersion, method: 'FIELD', signedOn: '2026-10-05' }), 'r');
    expect(field).toMatchObject({ code: 'BAD_USER_INPUT', field: 'field.planOn', constraint: 'requiredForField' });
    expect(field.invalid.map((i: { field: string }) => i.field)).toEqual(['field.planOn', 'field.goalOn', 'field.goal']);
    expect(await rows('fssp_signature', id)).toBe(0);
    expect(await versionOf(app, id)).toBe(expectedVersion);
    // An update without what changed is refused too (FSSP-2), once a version is signed.
    const fieldSigned = await ok(SIGN, { versionId: v1.id, expectedVersion, method: 'FIELD', signedOn: '2026-10-05', field: { planOn: '2026-10-05', goalOn: '2027-03-31', goal: 'Work as a line cook' } });
    expect(fieldSigned.fsspVersion.signature).toEqual({ method: 'FIELD', signedOn: '2026-10-05', fieldPlanOn: '2026-10-05', fieldGoal: 'Work as a line cook', fieldNote: 'Field FSSP, original in file' });
    expect(userErrorOf(await send(DRAFT, await draftInput(id, '2026-10-05', '2027-02-15')), 'r')).toMatchObject({ field: 'changeSummary', constraint: 'requiredForUpdate' });
    expect(await rows('fssp_version', id)).toBe(1);
    // The chart's refusal leaves no document row either (VERSION_CONFLICT on a stale case version).
    const stale = userErrorOf(await send(REVIEW, { versionId: v1.id, expectedVersion: 1, reviewedOn: '2026-10-05', progress: [{ stepId: v1.steps[0].id, status: 'DONE' }] }), 'r');
    expect(stale).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(await rows('fssp_review', id)).toBe(0);
  });

  it('one transaction: the chart refusing the event (no EA yet) leaves no document row; a retry with the same clientMutationId writes once', async () => {
    on('2026-10-02');
    const { id } = await referClient(app, cm, { referralDate: '2026-10-02' });
    const refused = userErrorOf(await send(DRAFT, await draftInput(id, '2026-10-02', '2027-01-15')), 'r');
    expect(refused).toMatchObject({ __typename: 'TransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED' });
    expect(await rows('fssp_version', id)).toBe(0);

    const ready = await assessed('2026-10-02');
    const input = { ...(await draftInput(ready, '2026-10-02', '2027-01-15')), clientMutationId: 'fssp-draft-1' };
    const first = await ok(DRAFT, input);
    const retry = await ok(DRAFT, input);
    expect(retry.fsspVersion.id).toBe(first.fsspVersion.id);
    expect(await rows('fssp_version', ready)).toBe(1);
  });

  it('FSSP-1: a plan signed through the older lifecycle mutations: the first document version is its update (UPDATE_FSSP when signed)', async () => {
    on('2026-10-02');
    const { id } = await referClient(app, cm, { referralDate: '2026-10-02' });
    await bringToParticipation(app, id, cm, { reached: '2026-10-02', lastStepReviewDate: '2026-11-30' });
    on('2026-11-20');
    const drafted = await ok(DRAFT, await draftInput(id, '2026-11-20', '2027-02-15', { goals: twoGoals('2026-11-20', '2027-02-15', ['2026-12-15', '2027-01-15', '2026-12-01']) }));
    expect(drafted.case.plan).toEqual({ current: true, lastStepReviewDate: '2026-11-30' });
    const signed = await ok(SIGN, { versionId: drafted.fsspVersion.id, expectedVersion: await versionOf(app, id), method: 'IN_PERSON', signedOn: '2026-11-20' });
    expect(signed.case.plan).toEqual({ current: true, lastStepReviewDate: '2027-02-15' });
    expect((await app.dataSource.query('SELECT event FROM case_history WHERE case_id = $1 ORDER BY version DESC LIMIT 1', [id]))[0].event).toBe('UPDATE_FSSP');
  });

  it('FORBIDDEN for another office, and nothing is written; PARTNER reads Case.plan, not the plan\'s text (ROI-1)', async () => {
    const id = await assessed('2026-10-02');
    const south = app.token(app.fixtures.south.caseManager);
    expect(userErrorOf(await send(DRAFT, await draftInput(id, '2026-10-02', '2027-01-15'), south), 'r')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows('fssp_version', id)).toBe(0);
    const partner = await app.gql(`query($id: ID!) { case(id: $id) { plan { current } fssp { number } } }`, { id }, app.token(app.fixtures.north.partner));
    expect(partner.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(partner.data?.case?.plan).toEqual({ current: false });
  });

  it('FSSP-3 / FSSP-4: past the last step review date the plan is not current and the worklist shows FSSP-4 overdue when no update appointment was scheduled; an appointment scheduled before expiry meets it', async () => {
    const lapsed = await signedPlan('2026-10-02', '2026-12-15');
    const kept = await signedPlan('2026-10-02', '2026-12-15');
    on('2026-12-01');
    const scheduled = await ok(SCHEDULE, { caseId: kept.id, scheduledFor: '2026-12-10' });
    expect(scheduled).toMatchObject({ appointment: { scheduledFor: '2026-12-10', recordedOn: '2026-12-01' }, fsspVersion: { number: 1 } });
    expect(userErrorOf(await send(SCHEDULE, { caseId: kept.id, scheduledFor: '2026-11-30' }), 'r')).toMatchObject({ field: 'scheduledFor', constraint: 'notInPast' });

    on('2026-12-16');
    expect((await planOf(lapsed.id)).plan).toEqual({ current: false, lastStepReviewDate: '2026-12-15' });
    const worklist = await dataOf(app, `query { obligations(filter: { ruleIds: ["FSSP-4"] }) { edges { node { status dueDate case { id } metBy { __typename ... on MetByRecord { recordType recordId } } } } } }`, {}, cm);
    const of = (caseId: string) => worklist.obligations.edges.map((e: { node: any }) => e.node).find((n: { case: { id: string } }) => n.case.id === caseId);
    expect(of(lapsed.id)).toMatchObject({ status: 'OVERDUE', dueDate: '2026-12-15', metBy: [] });
    expect(of(kept.id)).toMatchObject({ status: 'MET', metBy: [{ __typename: 'MetByRecord', recordType: 'FsspUpdateAppointment', recordId: scheduled.appointment.id }] });
  });
});
