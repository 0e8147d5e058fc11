import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { addClientNote, dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';
import { PLACE, assignWorkExperience, worksiteWithPosition } from '../support/worksite-operations';
import {
  CASE, DRAFT, EA_CONTENT, EXPIRE, MAIL, RECORD_EA, REFER_TO_AGENCY, REVIEW, SIGN, STAFFING, WORKLIST, planGoals, type Obligation,
} from '../support/casework-walkthrough';

/**
 * Issue 12, the first "Done when": one client walked through the casework over HTTP, the clock
 * moved day by day (Alaska dates, 10:00 AKST), checking at each step what the case manager relies
 * on: the lifecycle (Case.state), the plan's currency, the FSSP's versions and progress, the
 * obligations on the case and on the CM's own worklist, the staffing, the placement and its
 * printed agreement.
 */
describe('casework walkthrough: EA-1, EA-2, FSSP-1..6, EA-3, TL-3, SITE-1 for one client', () => {
  let app: TestApp;
  let cm: string;
  let cmId: string;
  let caseId: string;
  let childId: string;
  let referralId: string;
  let v1: { id: string; steps: Array<{ id: string; text: string }> };
  let v2: { id: string; steps: Array<{ id: string; text: string }> };

  const on = (day: string) => app.clock.set(`${day}T19:00:00Z`);
  const read = async () => (await dataOf(app, CASE, { id: caseId }, cm)).case;
  const obligations = async (ruleId: string): Promise<Obligation[]> =>
    (await read()).obligations.edges.map((e: { node: Obligation }) => e.node).filter((o: Obligation) => o.ruleId === ruleId);
  const worklist = async (ruleId: string, owner = cmId) => (await dataOf(app, WORKLIST, { cm: owner, ruleIds: [ruleId] }, cm)).obligations.edges
    .map((e: { node: { key: string; status: string; dueDate: string; case: { id: string } } }) => e.node).filter((o: { case: { id: string } }) => o.case.id === caseId);
  const write = async (mutation: string, input: Record<string, unknown>) =>
    (await dataOf(app, mutation, { input: { expectedVersion: await versionOf(app, caseId), ...input } }, cm)).r;
  const FINDING = `mutation($input: RecordWorkSearchFindingInput!) { r: recordWorkSearchFinding(input: $input) { finding { id path placement { id } } userErrors { code message } } }`;
  const stepId = (version: { steps: Array<{ id: string; text: string }> }, text: string) => version.steps.find((s) => s.text === text)!.id;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-10-01T19:00:00Z' });
    cmId = app.fixtures.north.caseManager;
    cm = app.token(cmId);
  });
  afterAll(() => app.close());

  it('EA-1, EA-2: referred with a child, reached, assessed with barriers; the EA CLNO moves the case to planning', async () => {
    on('2026-10-01');
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-10-01' }));
    await sendEvent(app, caseId, 'RECORD_CONTACT_ATTEMPT', { on: '2026-10-01', method: 'PHONE', outcome: 'REACHED' }, cm);
    const household = (await read()).client.household as Array<{ id: string; relationship: string; firstName: string }>;
    expect(household).toEqual([{ id: expect.any(String), relationship: 'CHILD', firstName: 'Mika' }]);
    childId = household[0].id;

    on('2026-10-02');
    const ea = await write(RECORD_EA, { caseId, completedOn: '2026-10-02', ...EA_CONTENT });
    expect(ea.assessment).toMatchObject({ number: 1, chartEvent: 'COMPLETE_EA' });
    expect(ea.assessment.barriers.map((b: { category: string }) => b.category)).toEqual(['TRANSPORTATION', 'CHILD_CARE']);
    expect(ea.case.phase).toBe('ASSESSMENT');
    expect(ea.case.state.nodes).toContain('OPEN_PHASE_ASSESSMENT_EA_COMPLETED');
    expect(await obligations('EA-2')).toEqual([expect.objectContaining({ status: 'OPEN' })]);

    await addClientNote(app, caseId, 'EA', cm);
    await sendEvent(app, caseId, 'RECORD_EA_NOTE', { enteredOn: '2026-10-02' }, cm);
    const kase = await read();
    expect(kase.state).toMatchObject({ phase: 'PLANNING', nodes: expect.arrayContaining(['OPEN_PHASE_PLANNING_DRAFTING']) });
    expect(kase.latestAssessment).toEqual({ number: 1, barriers: [{ category: 'TRANSPORTATION' }, { category: 'CHILD_CARE' }] });
    expect(await obligations('EA-2')).toEqual([expect.objectContaining({ status: 'MET', metOn: '2026-10-02' })]);
  });

  it('EA-3: the child is referred to an agency with a follow-up date: OPEN on the case', async () => {
    on('2026-10-05');
    const referral = (await dataOf(app, REFER_TO_AGENCY, { input: {
      caseId, householdMemberId: childId, agency: 'Infant Learning Program', reason: 'Speech delay noted at the EA', referredOn: '2026-10-05', followUpOn: '2026-10-19',
    } }, cm)).r.referral;
    expect(referral).toMatchObject({ householdMemberId: childId, followUpOn: '2026-10-19', latestOutcome: null });
    referralId = referral.id;
    expect(await obligations('EA-3')).toEqual([expect.objectContaining({ key: `EA-3:${referralId}`, dueDate: '2026-10-19', status: 'OPEN' })]);
    expect((await read()).agencyReferrals).toMatchObject({ totalCount: 1, edges: [{ node: { householdMemberId: childId, agency: 'Infant Learning Program' } }] });
  });

  it('FSSP-3, FSSP-6, FSSP-1: two goals and three steps drafted, mailed, signed by mail: participating, current until its last step review date', async () => {
    on('2026-10-06');
    const drafted = await write(DRAFT, { caseId, draftedOn: '2026-10-06', goals: planGoals('2026-10-06', ['2026-11-16', '2026-12-01', '2026-12-15']) });
    v1 = drafted.fsspVersion;
    expect(drafted.fsspVersion).toMatchObject({ number: 1, current: false, signature: null, lastStepReviewOn: '2026-12-15' });
    expect(drafted.fsspVersion.steps).toHaveLength(3);
    expect(drafted.case.plan).toEqual({ current: false, lastStepReviewDate: '2026-12-15' });
    expect(drafted.case.state.nodes).toContain('OPEN_PHASE_PLANNING_DRAFTED');

    const mailed = await write(MAIL, { versionId: v1.id, mailedOn: '2026-10-06', dueBackOn: '2026-10-20' });
    expect(mailed.fsspVersion.mailing).toEqual({ mailedOn: '2026-10-06', dueBackOn: '2026-10-20' });
    expect(mailed.case.state.nodes).toContain('OPEN_PHASE_PLANNING_AWAITING_SIGNATURE');
    expect(await obligations('FSSP-6')).toEqual([expect.objectContaining({ dueDate: '2026-10-20', status: 'OPEN' })]);

    on('2026-10-14');
    const signed = await write(SIGN, { versionId: v1.id, method: 'MAILED', signedOn: '2026-10-13' });
    expect(signed.fsspVersion).toMatchObject({ current: true, signature: { method: 'MAILED', signedOn: '2026-10-13', fieldNote: null } });
    expect(signed.case).toMatchObject({ phase: 'PARTICIPATING', plan: { current: true, lastStepReviewDate: '2026-12-15' } });
    expect(signed.case.state.nodes).toEqual(expect.arrayContaining(['OPEN_PHASE_PARTICIPATING_PLAN_CURRENT', 'OPEN_PHASE_PARTICIPATING_TRACK_STEADY']));
    expect(await obligations('FSSP-6')).toEqual([expect.objectContaining({ status: 'MET', metOn: '2026-10-13', metBy: [expect.objectContaining({ event: 'SIGN_FSSP' })] })]);
    // FSSP-4: the update appointment is due by the day the plan expires.
    expect(await obligations('FSSP-4')).toEqual([expect.objectContaining({ dueDate: '2026-12-15', status: 'OPEN' })]);
    expect((await read()).fssp).toMatchObject({ number: 1, current: true, signature: { method: 'MAILED' } });
  });

  it('EA-3: the child\'s follow-up is OPEN on its date and OVERDUE the day after, on the case and on the CM\'s worklist', async () => {
    on('2026-10-19');
    expect(await worklist('EA-3')).toEqual([expect.objectContaining({ key: `EA-3:${referralId}`, status: 'OPEN' })]);
    on('2026-10-20');
    expect(await obligations('EA-3')).toEqual([expect.objectContaining({ key: `EA-3:${referralId}`, status: 'OVERDUE' })]);
    expect(await worklist('EA-3')).toEqual([expect.objectContaining({ key: `EA-3:${referralId}`, dueDate: '2026-10-19', status: 'OVERDUE' })]);
  });

  it('TRK-5, SITE-1: no job readily available, so a CWE placement at a worksite position through the WORK_EXPERIENCE assignment, with its placement agreement', async () => {
    on('2026-10-21');
    const finding = await dataOf(app, FINDING, { input: { caseId, foundOn: '2026-10-21', path: 'CWE', reason: 'No openings in Bethel this month' } }, cm);
    expect(finding.r.finding).toMatchObject({ path: 'CWE', placement: null });
    const { position } = await worksiteWithPosition(app, cm, { name: 'Bethel Food Bank', kind: 'CWE', slots: 2, hours: 25 });
    const assignmentId = await assignWorkExperience(app, caseId, cm, '2026-10-26');
    const placement = (await dataOf(app, PLACE, { input: {
      caseId, positionId: position, assignmentId, startsOn: '2026-10-26', hoursPerWeek: 20, supervisorName: 'Ruth Andrew',
    } }, cm)).placeAtWorksite.placement;
    expect(placement).toMatchObject({ caseId, assignmentId, startsOn: '2026-10-26', hoursPerWeek: 20, position: { id: position, slotsTaken: 1 }, worksite: { name: 'Bethel Food Bank' } });
    expect((await read()).worksitePlacements).toEqual({ totalCount: 1, edges: [{ node: {
      id: placement.id, startsOn: '2026-10-26', hoursPerWeek: 20, documentUrl: `/documents/placement-agreements/${placement.id}`,
      worksite: { name: 'Bethel Food Bank', kind: 'CWE' }, position: { title: 'Warehouse sorter' },
    } }] });

    const page = await app.http().get(placement.documentUrl).set('authorization', `Bearer ${cm}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<title>Placement agreement: Ana Kuzmin</title>');
    expect(page.text).toContain('<dt>Participant</dt><dd>Ana Kuzmin</dd>');
    expect(page.text).toContain('<dt>Worksite</dt><dd>Bethel Food Bank</dd>');
    expect(page.text).toContain('<dt>Kind of placement</dt><dd>Community Work Experience (CWE)</dd>');
    expect(page.text).toContain('<dt>Position</dt><dd>Warehouse sorter</dd>');
    // The placement's hours (20), not the position's (25).
    expect(page.text).toContain('<dt>Hours per week</dt><dd>20</dd>');
    expect(page.text).toContain('<dt>Starts on</dt><dd>2026-10-26</dd>');
    // TRK-5: the finding now shows the placement it led to.
    const findings = await dataOf(app, `query($id: ID!) { case(id: $id) { workSearchFindings { edges { node { path placement { id startsOn } } } } } }`, { id: caseId }, cm);
    expect(findings.case.workSearchFindings.edges).toEqual([{ node: { path: 'CWE', placement: { id: placement.id, startsOn: '2026-10-26' } } }]);
  });

  it('FSSP-2: the monthly review records progress per step; TL-3: a case review staffing sets the next one on the worklist', async () => {
    on('2026-11-16');
    const [course, apply, care] = ['Take the food handler course', 'Apply to five restaurants', 'Apply for child care assistance'].map((t) => stepId(v1, t));
    const reviewed = await write(REVIEW, { versionId: v1.id, reviewedOn: '2026-11-16', progress: [
      { stepId: course, status: 'DONE', comment: 'Card earned Nov 9' },
      { stepId: apply, status: 'IN_PROGRESS', comment: 'Three applications so far' },
      { stepId: care, status: 'BEHIND', comment: 'Waiting on the child care office' },
    ] });
    expect(reviewed.case.plan.current).toBe(true);
    const progress = (await read()).fssp.reviews;
    expect(progress).toHaveLength(1);
    expect(progress[0].reviewedOn).toBe('2026-11-16');
    expect(progress[0].progress).toEqual(expect.arrayContaining([
      { stepId: course, status: 'DONE', comment: 'Card earned Nov 9' },
      { stepId: apply, status: 'IN_PROGRESS', comment: 'Three applications so far' },
      { stepId: care, status: 'BEHIND', comment: 'Waiting on the child care office' },
    ]));
    expect(progress[0].progress).toHaveLength(3);

    const staffing = (await dataOf(app, STAFFING, { input: {
      caseId, heldOn: '2026-11-16', progression: 'Food handler card earned; three applications',
      regression: 'Missed one job club', discrepancies: 'Reports daily job search; the log shows two days a week', nextStaffingOn: '2027-02-16',
    } }, cm)).r.staffing;
    expect(staffing).toMatchObject({ heldOn: '2026-11-16', regression: 'Missed one job club', nextStaffingOn: '2027-02-16' });
    expect((await read()).caseReviewStaffings).toEqual({ totalCount: 1, edges: [{ node: { heldOn: '2026-11-16', nextStaffingOn: '2027-02-16' } }] });
    expect(await worklist('TL-3')).toEqual([expect.objectContaining({ key: 'TL-3:2027-02-16', dueDate: '2027-02-16', status: 'OPEN' })]);
  });

  it('FSSP-2, FSSP-5: the update is version 2 with what changed, signed in the field; it replaces version 1 and meets version 1\'s FSSP-2 and FSSP-4', async () => {
    on('2026-12-01');
    const drafted = await write(DRAFT, {
      caseId, draftedOn: '2026-12-01', changeSummary: 'Food handler card done; child care application moved to January',
      goals: planGoals('2026-12-01', ['2026-12-15', '2027-01-04', '2027-01-15']),
    });
    v2 = drafted.fsspVersion;
    expect(drafted.fsspVersion).toMatchObject({ number: 2, current: false, changeSummary: 'Food handler card done; child care application moved to January', lastStepReviewOn: '2027-01-15' });
    // Until it is signed, version 1 is the plan.
    expect(drafted.case.plan).toEqual({ current: true, lastStepReviewDate: '2026-12-15' });
    expect((await read()).fssp).toMatchObject({ number: 1, current: true });

    on('2026-12-03');
    const signed = await write(SIGN, {
      versionId: v2.id, method: 'FIELD', signedOn: '2026-12-03', field: { planOn: '2026-12-01', goalOn: '2027-06-30', goal: 'Work as a line cook' },
    });
    expect(signed.fsspVersion).toMatchObject({ current: true, signature: { method: 'FIELD', signedOn: '2026-12-03', fieldGoal: 'Work as a line cook', fieldNote: 'Field FSSP, original in file' } });
    expect(signed.case.plan).toEqual({ current: true, lastStepReviewDate: '2027-01-15' });
    const kase = await read();
    expect(kase.fssp).toMatchObject({ number: 2, current: true, signature: { method: 'FIELD' }, reviews: [] });
    expect(kase.fsspVersions.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { number: 2, current: true, changeSummary: 'Food handler card done; child care application moved to January', lastStepReviewOn: '2027-01-15', signature: { method: 'FIELD', signedOn: '2026-12-03' } },
      { number: 1, current: false, changeSummary: null, lastStepReviewOn: '2026-12-15', signature: { method: 'MAILED', signedOn: '2026-10-13' } },
    ]);
    const [fssp4v1, fssp4v2] = await obligations('FSSP-4');
    expect(fssp4v1).toMatchObject({ dueDate: '2026-12-15', status: 'MET', metOn: '2026-12-03', metBy: [expect.objectContaining({ event: 'UPDATE_FSSP' })] });
    expect(fssp4v2).toMatchObject({ dueDate: '2027-01-15', status: 'OPEN' });
    expect((await obligations('FSSP-2'))[0]).toMatchObject({ status: 'MET', metBy: [expect.objectContaining({ event: 'UPDATE_FSSP' })] });
  });

  it('FSSP-2: version 2 is reviewed in January with progress on its own steps', async () => {
    on('2027-01-08');
    const progress = [
      { stepId: stepId(v2, 'Take the food handler course'), status: 'DONE', comment: null },
      { stepId: stepId(v2, 'Apply to five restaurants'), status: 'DONE', comment: 'Interview at the Longhouse Cafe' },
      { stepId: stepId(v2, 'Apply for child care assistance'), status: 'IN_PROGRESS', comment: 'Application in' },
    ];
    const reviewed = await write(REVIEW, { versionId: v2.id, reviewedOn: '2027-01-08', progress });
    expect(reviewed.fsspVersion.reviews).toEqual([{ reviewedOn: '2027-01-08', progress: expect.arrayContaining(progress) }]);
    // A step of version 1 is not a step of version 2.
    const refused = await app.gql(REVIEW, { input: { expectedVersion: await versionOf(app, caseId), versionId: v2.id, reviewedOn: '2027-01-08', progress: [{ stepId: stepId(v1, 'Apply to five restaurants'), status: 'DONE' }] } }, cm);
    expect(userErrorOf(refused, 'r')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'progress[0].stepId', constraint: 'stepOfVersion' });
  });

  it('FSSP-3, FSSP-4: no update appointment; the plan lapses after its last step review date: not current, FSSP-4 OVERDUE on the CM\'s worklist, the lifecycle shows it expired', async () => {
    on('2027-01-15');
    expect((await read()).plan).toEqual({ current: true, lastStepReviewDate: '2027-01-15' });
    // The worklist lists met obligations too: version 1's (met by the update) and version 2's, still open.
    const [v1Key, v2Key] = (await obligations('FSSP-4')).map((o) => o.key);
    expect(await worklist('FSSP-4')).toEqual([
      expect.objectContaining({ key: v1Key, dueDate: '2026-12-15', status: 'MET' }), expect.objectContaining({ key: v2Key, dueDate: '2027-01-15', status: 'OPEN' }),
    ]);
    // The chart refuses to record an expiry that has not happened yet, and the sweep sends none.
    const early = await app.gql(EXPIRE, { input: { caseId, expectedVersion: await versionOf(app, caseId) } }, cm);
    expect(userErrorOf(early, 'r')).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    expect(await app.running.services.fsspLapses.run()).toBe(0);

    on('2027-01-16');
    const lapsed = await read();
    expect(lapsed.plan).toEqual({ current: false, lastStepReviewDate: '2027-01-15' });
    expect(lapsed.fssp).toMatchObject({ number: 2, current: false });
    // Another case manager's worklist does not carry it.
    expect(await worklist('FSSP-4', app.fixtures.north.otherCaseManager)).toEqual([]);
    expect(await worklist('FSSP-4')).toEqual([
      expect.objectContaining({ key: v1Key, status: 'MET' }), expect.objectContaining({ key: v2Key, dueDate: '2027-01-15', status: 'OVERDUE' }),
    ]);
    // The lapse sweep (the hourly work of src/main.ts) records it in the chart by the office's SYSTEM actor, once.
    const version = await versionOf(app, caseId);
    expect(await app.running.services.fsspLapses.run()).toBe(1);
    expect(await app.running.services.fsspLapses.run()).toBe(0);
    const expired = await read();
    expect(expired).toMatchObject({ phase: 'PARTICIPATING', plan: { current: false } });
    expect(expired.state.nodes).toContain('OPEN_PHASE_PARTICIPATING_PLAN_EXPIRED');
    expect(expired.state.nodes).not.toContain('OPEN_PHASE_PARTICIPATING_PLAN_CURRENT');
    const [row] = await app.dataSource.query(
      `SELECT h.event, h.actor_role AS "actorRole", s.active, h.version FROM case_history h JOIN staff s ON s.id = h.actor_id WHERE h.case_id = $1 ORDER BY h.version DESC LIMIT 1`, [caseId]);
    expect(row).toEqual({ event: 'EXPIRE_FSSP', actorRole: 'SYSTEM', active: false, version: version + 1 });
    // A person can no longer send it: it has happened.
    const again = await app.gql(EXPIRE, { input: { caseId, expectedVersion: version + 1 } }, cm);
    expect(userErrorOf(again, 'r')).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    expect((await worklist('FSSP-4')).map((o: { status: string }) => o.status)).toEqual(['MET', 'OVERDUE']);

    // What is still open for this client on the CM's worklist: the child's follow-up and the next staffing.
    expect(await worklist('EA-3')).toEqual([expect.objectContaining({ key: `EA-3:${referralId}`, status: 'OVERDUE' })]);
    expect(await worklist('TL-3')).toEqual([expect.objectContaining({ key: 'TL-3:2027-02-16', status: 'OPEN' })]);
    expect((await read()).worksitePlacements.totalCount).toBe(1);
  });
});
