import { bringToParticipation, dataOf, sendEvent } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { tableChecksums } from '../support/table-checksum';
import { startTestApp, type TestApp } from '../support/test-app';
import { CONTACT, CONTRACT, CREATE_EMPLOYER } from '../support/worksite-operations';

const payload = `{ __typename ${USER_ERRORS} }`;
const MUTATIONS = {
  recordFamilyNetwork: `mutation($input: RecordFamilyNetworkInput!) { recordFamilyNetwork(input: $input) ${payload} }`,
  recordFamilySupportTeam: `mutation($input: RecordFamilySupportTeamInput!) { recordFamilySupportTeam(input: $input) ${payload} }`,
  recordWeeklyCalendar: `mutation($input: RecordWeeklyCalendarInput!) { recordWeeklyCalendar(input: $input) ${payload} }`,
  recordFamilySupportTeamMeeting: `mutation($input: RecordFamilySupportTeamMeetingInput!) { recordFamilySupportTeamMeeting(input: $input) ${payload} }`,
  recordDisabilityVerification: `mutation($input: RecordDisabilityVerificationInput!) { recordDisabilityVerification(input: $input) ${payload} }`,
  recordTrackReadinessReview: `mutation($input: RecordTrackReadinessReviewInput!) { recordTrackReadinessReview(input: $input) ${payload} }`,
};
type RecordMutation = keyof typeof MUTATIONS;

/** Each Families First record on `day` (its date field named by `dayField`). */
const RECORDS: Array<[RecordMutation, string, (day: string) => Record<string, unknown>]> = [
  ['recordFamilyNetwork', 'effectiveOn', (day) => ({ effectiveOn: day, members: [{ name: 'Olga Kuzmin', relationshipToFamily: 'grandmother', supportProvided: 'child care' }] })],
  ['recordFamilySupportTeam', 'effectiveOn', (day) => ({ effectiveOn: day, members: [{ name: 'Dana Ray', agency: 'Tribal TANF', roleOnTeam: 'family advocate' }] })],
  ['recordWeeklyCalendar', 'effectiveOn', (day) => ({ effectiveOn: day, routines: [{ weekday: 'MONDAY', time: '07:30', routine: 'School drop-off' }] })],
  ['recordFamilySupportTeamMeeting', 'heldOn', (day) => ({ heldOn: day, attendees: ['Ana Kuzmin'], clientAttended: true, emergency: false })],
  ['recordDisabilityVerification', 'verifiedOn', (day) => ({ verifiedOn: day, verifiedBy: 'PHYSICIAN' })],
  ['recordTrackReadinessReview', 'reviewedOn', (day) => ({ reviewedOn: day, decision: 'NOT_READY', reason: 'Barriers remain' })],
];

/**
 * Issue 12 review, item 3: records checked against the case's own timeline. Families First
 * records (TRK-2, TRK-3, TRK-6, TRK-7: "Families First: ...") are for a case on that track and not
 * dated before it moved there (TRK-1's approved change); an emergency meeting's members are
 * contacted on or before it (TRK-6); an OJT contract starts once submitted (SITE-2). Each refusal is
 * BAD_USER_INPUT with its field and rule, and no table changes. (SITE-1's agreement dates:
 * worksite-bad-input.test.ts.)
 */
describe('casework records on the case\'s own timeline (TRK-2/3/6/7, SITE-2)', () => {
  let app: TestApp;
  let cm: string;
  let workFirst: string;
  let moved: string;

  const send = async (name: RecordMutation, input: Record<string, unknown>) => {
    const res = await app.gql(MUTATIONS[name], { input }, cm);
    const error = res.data?.[name]?.userErrors?.[0] as { code: string; field: string; constraint: string } | undefined;
    return { name, errors: res.errors, error: error && { code: error.code, field: error.field, constraint: error.constraint } };
  };
  const refusedAll = async (expected: (dayField: string) => Record<string, string>, caseId: string, day: string) => {
    const before = await tableChecksums(app.dataSource);
    const outcomes = [];
    for (const [name, , input] of RECORDS) outcomes.push(await send(name, { caseId, ...input(day) }));
    expect(outcomes).toEqual(RECORDS.map(([name, dayField]) => ({ name, errors: undefined, error: { code: 'BAD_USER_INPUT', ...expected(dayField) } })));
    expect(await tableChecksums(app.dataSource)).toEqual(before);
  };

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T20:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    ({ id: workFirst } = await referClient(app, cm, { referralDate: '2026-11-02' }));
    ({ id: moved } = await referClient(app, cm, { referralDate: '2026-11-02' }));
    await bringToParticipation(app, moved, cm, { reached: '2026-11-02', lastStepReviewDate: '2027-02-02' });
    // TRK-1: the move to Families First, approved on 2026-11-10 (Alaska day).
    app.clock.set('2026-11-10T20:00:00Z');
    await sendEvent(app, moved, 'REQUEST_TRACK_CHANGE', { toTrack: 'FAMILIES_FIRST', reason: 'Untreated health barrier' }, cm);
    await sendEvent(app, moved, 'DECIDE_TRACK_CHANGE', { approved: true, reason: 'Agreed at consultation' }, app.token(app.fixtures.north.supervisor));
    app.clock.set('2026-11-20T20:00:00Z');
  });
  afterAll(() => app.close());

  it('TRK-2/3/6/7: a Families First record for a Work First case is refused (caseId / familiesFirstCase) and writes nothing', async () => {
    await refusedAll(() => ({ field: 'caseId', constraint: 'familiesFirstCase' }), workFirst, '2026-11-12');
  });

  it('TRK-2/3/6/7: a record dated in the Work First stint before the move to Families First is refused (notBeforeEarlier); from the move on it is accepted', async () => {
    await refusedAll((dayField) => ({ field: dayField, constraint: 'notBeforeEarlier' }), moved, '2026-11-09');
    const accepted = [];
    for (const [name, , input] of RECORDS) accepted.push(await send(name, { caseId: moved, ...input('2026-11-10') }));
    expect(accepted).toEqual(RECORDS.map(([name]) => ({ name, errors: undefined, error: undefined })));
  });

  it('TRK-6: an emergency meeting\'s members are contacted on or before it, not after (membersContactedOn / notAfterMeeting)', async () => {
    const meeting = { caseId: moved, heldOn: '2026-11-16', attendees: ['Ana Kuzmin', 'Dana Ray'], clientAttended: true, emergency: true };
    const before = await tableChecksums(app.dataSource);
    expect(await send('recordFamilySupportTeamMeeting', { ...meeting, membersContactedOn: '2026-11-17' }))
      .toMatchObject({ errors: undefined, error: { code: 'BAD_USER_INPUT', field: 'membersContactedOn', constraint: 'notAfterMeeting' } });
    expect(await send('recordFamilySupportTeamMeeting', { ...meeting, membersContactedOn: '2026-11-01' }))
      .toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'membersContactedOn', constraint: 'notBeforeReferral' } });
    expect(await tableChecksums(app.dataSource)).toEqual(before);
    expect(await send('recordFamilySupportTeamMeeting', { ...meeting, membersContactedOn: '2026-11-16' })).toMatchObject({ error: undefined });
  });

  it('SITE-2: an OJT contract that starts before it was submitted is refused (startsOn / notBeforeSubmitted) and writes nothing', async () => {
    const employerId = (await dataOf(app, CREATE_EMPLOYER, { input: { name: 'Yukon Machine Shop', ...CONTACT } }, cm)).createEmployer.employer.id as string;
    const contract = { caseId: workFirst, employerId, kind: 'OJT', hourlyWage: 18.5, hoursPerWeek: 32, reimbursementPercent: 50, reimbursementCap: 2000 };
    const before = await tableChecksums(app.dataSource);
    const res = await app.gql(CONTRACT, { input: { ...contract, startsOn: '2026-11-09', submittedOn: '2026-11-10' } }, cm);
    expect(res.data.recordEmployerContract).toMatchObject({ contract: null, userErrors: [{ code: 'BAD_USER_INPUT', field: 'startsOn', constraint: 'notBeforeSubmitted' }] });
    expect(await tableChecksums(app.dataSource)).toEqual(before);
    const sameDay = await app.gql(CONTRACT, { input: { ...contract, startsOn: '2026-11-10', submittedOn: '2026-11-10' } }, cm);
    expect(sameDay.data.recordEmployerContract.userErrors).toEqual([]);
  });
});
