import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { addClientNote, bringToParticipation, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';

const DOC = 'document { id kind version effectiveOn changeSummary networkMembers { name relationshipToFamily supportProvided contact } supportTeamMembers { name agency roleOnTeam } routines { weekday time routine } }';
const NETWORK = `mutation($input: RecordFamilyNetworkInput!) { recordFamilyNetwork(input: $input) { ${DOC} ${USER_ERRORS} } }`;
const TEAM = `mutation($input: RecordFamilySupportTeamInput!) { recordFamilySupportTeam(input: $input) { ${DOC} ${USER_ERRORS} } }`;
const CALENDAR = `mutation($input: RecordWeeklyCalendarInput!) { recordWeeklyCalendar(input: $input) { ${DOC} ${USER_ERRORS} } }`;
const MEETING = `mutation($input: RecordFamilySupportTeamMeetingInput!) {
  recordFamilySupportTeamMeeting(input: $input) { meeting { id heldOn attendees clientAttended emergency membersContactedOn } ${USER_ERRORS} }
}`;
const VERIFY = `mutation($input: RecordDisabilityVerificationInput!) {
  recordDisabilityVerification(input: $input) { verification { id verifiedOn verifiedBy specialistReferralOn advocateReferralOn ssiApplicationOn } ${USER_ERRORS} }
}`;
const REVIEW = `mutation($input: RecordTrackReadinessReviewInput!) { recordTrackReadinessReview(input: $input) { review { id reviewedOn decision reason } ${USER_ERRORS} } }`;
const READ = `query($id: ID!) { case(id: $id) { track
  network: familiesFirstDocument(kind: FAMILY_NETWORK) { version changeSummary networkMembers { name } }
  familiesFirstDocuments(kind: FAMILY_NETWORK) { totalCount edges { node { version } } }
  familySupportTeamMeetings { totalCount } disabilityVerifications { totalCount } trackReadinessReviews { edges { node { decision } } }
} }`;

/** Families First records (issue 12 item 4): TRK-2, TRK-3, TRK-6, TRK-7. */
describe('Families First records (TRK-2, TRK-3, TRK-6, TRK-7)', () => {
  let app: TestApp;
  let cm: string;
  let caseId: string;
  const obligation = async (key: string) => (await app.dataSource.query(
    `SELECT due_date::text AS "dueDate", resolution, met_by AS "metBy", met_on::text AS "metOn" FROM obligation WHERE case_id = $1 AND key = $2`, [caseId, key]))[0];
  const count = async (table: string) => Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [caseId]))[0].n);
  const network = (change: Record<string, unknown> = {}) => ({
    caseId, effectiveOn: '2026-11-10', members: [{ name: 'Olga Kuzmin', relationshipToFamily: 'grandmother', supportProvided: 'child care Tuesdays', contact: '907-555-0199' }], ...change,
  });

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T20:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-11-02', track: 'FAMILIES_FIRST' }));
    await bringToParticipation(app, caseId, cm, { reached: '2026-11-02', lastStepReviewDate: '2027-03-02' });
    app.clock.set('2026-11-20T20:00:00Z');
  });
  afterAll(() => app.close());

  it('TRK-3: a document dated before the referral or in the future, an update without what changed, or a routine time that is not HH:MM is BAD_USER_INPUT and writes nothing', async () => {
    expect(userErrorOf(await app.gql(NETWORK, { input: network({ effectiveOn: '2026-11-01' }) }, cm), 'recordFamilyNetwork')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveOn', constraint: 'notBeforeReferral' });
    expect(userErrorOf(await app.gql(NETWORK, { input: network({ effectiveOn: '2026-11-21' }) }, cm), 'recordFamilyNetwork')).toMatchObject({ field: 'effectiveOn', constraint: 'notInFuture' });
    const badTime = await app.gql(CALENDAR, { input: { caseId, effectiveOn: '2026-11-10', routines: [{ weekday: 'MONDAY', time: '7:30', routine: 'School drop-off' }] } }, cm);
    expect(badTime.errors?.[0]?.extensions?.code ?? userErrorOf(badTime, 'recordWeeklyCalendar').code).toBe('BAD_USER_INPUT');
    expect(await count('families_first_document')).toBe(0);
  });

  it('TRK-3: the three documents are versioned records; an update is a new version; all three meet TRK-3', async () => {
    // 60 days from 2026-11-02 is New Year's Day 2027 (a Friday holiday): the next business day.
    expect(await obligation('TRK-3:2026-11-02')).toMatchObject({ dueDate: '2027-01-04', resolution: null });
    const first = (await app.gql(NETWORK, { input: network() }, cm)).data.recordFamilyNetwork;
    expect(first).toMatchObject({ userErrors: [], document: { kind: 'FAMILY_NETWORK', version: 1, changeSummary: null, networkMembers: [{ name: 'Olga Kuzmin', contact: '907-555-0199' }] } });
    expect(userErrorOf(await app.gql(NETWORK, { input: network({ effectiveOn: '2026-11-12' }) }, cm), 'recordFamilyNetwork')).toMatchObject({ field: 'changeSummary', constraint: 'requiredForUpdate' });
    expect(userErrorOf(await app.gql(NETWORK, { input: network({ effectiveOn: '2026-11-09', changeSummary: 'x' }) }, cm), 'recordFamilyNetwork')).toMatchObject({ field: 'effectiveOn', constraint: 'notBeforeEarlier' });
    const update = (await app.gql(NETWORK, { input: network({ effectiveOn: '2026-11-12', changeSummary: 'Neighbour added', members: [
      { name: 'Olga Kuzmin', relationshipToFamily: 'grandmother', supportProvided: 'child care Tuesdays' }, { name: 'Sam Lee', relationshipToFamily: 'neighbour', supportProvided: 'rides' },
    ] }) }, cm)).data.recordFamilyNetwork;
    expect(update.document).toMatchObject({ version: 2, changeSummary: 'Neighbour added' });
    expect((await obligation('TRK-3:2026-11-02')).resolution).toBeNull();
    await app.gql(TEAM, { input: { caseId, effectiveOn: '2026-11-13', members: [{ name: 'Dana Ray', agency: 'Tribal TANF', roleOnTeam: 'family advocate' }] } }, cm);
    const calendar = (await app.gql(CALENDAR, { input: { caseId, effectiveOn: '2026-11-14', routines: [{ weekday: 'MONDAY', time: '07:30', routine: 'School drop-off' }] } }, cm)).data.recordWeeklyCalendar;
    expect(calendar.document.routines).toEqual([{ weekday: 'MONDAY', time: '07:30', routine: 'School drop-off' }]);
    expect(await obligation('TRK-3:2026-11-02')).toMatchObject({ resolution: 'MET', metOn: '2026-11-14', metBy: expect.stringContaining(`FamiliesFirstDocument ${calendar.document.id}`) });
    const read = (await app.gql(READ, { id: caseId }, cm)).data.case;
    expect(read.network).toEqual({ version: 2, changeSummary: 'Neighbour added', networkMembers: [{ name: 'Olga Kuzmin' }, { name: 'Sam Lee' }] });
    expect(read.familiesFirstDocuments).toEqual({ totalCount: 2, edges: [{ node: { version: 1 } }, { node: { version: 2 } }] });
    await expect(app.dataSource.query('UPDATE families_first_document SET version = 9 WHERE case_id = $1', [caseId])).rejects.toThrow();
  });

  it('TRK-6: a Family Support Team meeting; an emergency needs the day the members were contacted', async () => {
    const base = { caseId, heldOn: '2026-11-18', attendees: ['Ana Kuzmin', 'Dana Ray'], clientAttended: true, emergency: true };
    expect(userErrorOf(await app.gql(MEETING, { input: base }, cm), 'recordFamilySupportTeamMeeting')).toMatchObject({ field: 'membersContactedOn', constraint: 'requiredInEmergency' });
    expect(userErrorOf(await app.gql(MEETING, { input: { ...base, emergency: false, membersContactedOn: '2026-11-18' } }, cm), 'recordFamilySupportTeamMeeting'))
      .toMatchObject({ field: 'membersContactedOn', constraint: 'onlyInEmergency' });
    expect(await count('family_support_team_meeting')).toBe(0);
    const ok = (await app.gql(MEETING, { input: { ...base, membersContactedOn: '2026-11-17' } }, cm)).data.recordFamilySupportTeamMeeting;
    expect(ok).toMatchObject({ userErrors: [], meeting: { heldOn: '2026-11-18', clientAttended: true, emergency: true, membersContactedOn: '2026-11-17' } });
  });

  it('TRK-7: a medical verification (TA10 or physician) and referrals after it', async () => {
    const base = { caseId, verifiedOn: '2026-11-15', verifiedBy: 'TA10', ssiApplicationOn: '2026-11-14' };
    expect(userErrorOf(await app.gql(VERIFY, { input: base }, cm), 'recordDisabilityVerification')).toMatchObject({ field: 'ssiApplicationOn', constraint: 'notBeforeEarlier' });
    expect(await count('disability_verification')).toBe(0);
    const ok = (await app.gql(VERIFY, { input: { ...base, ssiApplicationOn: '2026-11-19', advocateReferralOn: '2026-11-16' } }, cm)).data.recordDisabilityVerification;
    expect(ok.verification).toMatchObject({ verifiedBy: 'TA10', advocateReferralOn: '2026-11-16', ssiApplicationOn: '2026-11-19', specialistReferralOn: null });
  });

  it('TRK-2: the monthly readiness review is a recorded decision that meets the month; READY does not change the track', async () => {
    app.clock.set('2026-12-10T20:00:00Z');
    expect(userErrorOf(await app.gql(REVIEW, { input: { caseId, reviewedOn: '2026-12-11', decision: 'NOT_READY', reason: 'x' } }, cm), 'recordTrackReadinessReview'))
      .toMatchObject({ field: 'reviewedOn', constraint: 'notInFuture' });
    const res = (await app.gql(REVIEW, { input: { caseId, reviewedOn: '2026-12-09', decision: 'READY_FOR_WORK_FIRST', reason: 'Barriers resolved' } }, cm)).data.recordTrackReadinessReview;
    expect(res.userErrors).toEqual([]);
    expect(await obligation('TRK-2:2026-12')).toMatchObject({ resolution: 'MET', metBy: `TrackReadinessReview ${res.review.id}`, metOn: '2026-12-09' });
    const read = (await app.gql(READ, { id: caseId }, cm)).data.case;
    expect(read.track).toBe('FAMILIES_FIRST');
    expect(read.trackReadinessReviews.edges).toEqual([{ node: { decision: 'READY_FOR_WORK_FIRST' } }]);
  });

  it('TRK-2: the STAFFING CLNO that met a month before the decisions existed still meets it', async () => {
    app.clock.set('2027-01-10T20:00:00Z');
    const noteId = (await addClientNote(app, caseId, 'STAFFING', cm)).id as string;
    expect(await obligation('TRK-2:2027-01')).toMatchObject({ resolution: 'MET', metBy: `CLNO ${noteId}` });
  });

  it('TRK-2..7: a PARTNER reads none of it (free text of the case record, ROI-1), and another case manager may not enter it', async () => {
    const partner = await app.gql(READ, { id: caseId }, app.token(app.fixtures.north.partner));
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await app.gql(REVIEW, { input: { caseId, reviewedOn: '2027-01-10', decision: 'NOT_READY', reason: 'x' } }, app.token(app.fixtures.north.otherCaseManager));
    expect(userErrorOf(other, 'recordTrackReadinessReview')).toMatchObject({ code: 'FORBIDDEN' });
  });
});
