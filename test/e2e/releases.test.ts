import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { addCaseNote, addClientNote, bringToParticipation, sendEvent, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';

const RECORD = `mutation($input: RecordReleaseInput!) {
  recordRelease(input: $input) { release { id type scope signedOn expiresOn revokedOn current noteId parties { code } } ${USER_ERRORS} }
}`;
const REVOKE = `mutation($input: RevokeReleaseInput!) { revokeRelease(input: $input) { release { id revokedOn current revocationNoteId } ${USER_ERRORS} } }`;
const NOTICES = `query Outbox { eligibilityNotices(pending: false) { edges { node { caseId event payload } } } }`;

/**
 * ROI-1 (issue 11 item 7): a release is a record the CM enters with its CLNO; medical information
 * reaches a PARTNER only under a current HIPAA release to its agency; a PARTNER reads no free text.
 */
describe('releases of information (ROI-1)', () => {
  let app: TestApp;
  let cm: string;
  let partner: string;
  let caseId: string;
  let eligibility: string;
  let otherAgency: string;

  const record = (input: Record<string, unknown>, token = cm) => app.gql(RECORD, { input: { caseId, ...input } }, token);
  const releaseNote = async () => (await addClientNote(app, caseId, 'RELEASE_OF_INFORMATION', cm)).id as string;
  const exemptionPayload = async () => {
    const res = await app.gql(NOTICES, {}, partner);
    expect(res.errors).toBeUndefined();
    return res.data.eligibilityNotices.edges.map((e: { node: { payload: unknown } }) => e.node.payload)[0];
  };

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-09-01T18:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    partner = app.token(app.fixtures.north.partner);
    // The PARTNER account reads for DPA Eligibility (the migration's agency); a second agency for contrast.
    [{ id: eligibility }] = await app.dataSource.query(`SELECT id FROM partner_agency WHERE code = 'DPA_ELIGIBILITY'`);
    await app.dataSource.query('INSERT INTO partner_agency_member (staff_id, agency_id) VALUES ($1, $2)', [app.fixtures.north.partner, eligibility]);
    [{ id: otherAgency }] = await app.dataSource.query(`INSERT INTO partner_agency (code, name) VALUES ('DVR', 'Vocational Rehabilitation') RETURNING id`);
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-09-01' }));
    await bringToParticipation(app, caseId, cm, { reached: '2026-09-01', lastStepReviewDate: '2026-12-15' });
    await addCaseNote(app, caseId, 'EXEMPTION_START_OR_END', cm);
    await sendEvent(app, caseId, 'START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-09-01', documentedOn: '2026-08-28' }, cm);
  });
  afterAll(() => app.close());

  it('without any release a PARTNER reads the exemption notice without its reason and TA10 date', async () => {
    expect(await exemptionPayload()).toEqual({ startedOn: '2026-09-01' });
    // Staff who work the case read it whole.
    const sup = await app.gql(NOTICES, {}, app.token(app.fixtures.north.supervisor));
    expect(sup.data.eligibilityNotices.edges[0].node.payload).toEqual({ reason: 'MEDICAL_INABILITY', startedOn: '2026-09-01', documentedOn: '2026-08-28' });
  });

  it('refuses a release whose dates, type or CLNO do not hold, and writes nothing', async () => {
    const noteId = await releaseNote();
    const base = { type: 'HIPAA', partyAgencyIds: [eligibility], scope: ['MEDICAL'], signedOn: '2026-09-01', noteId };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ signedOn: '2026-08-31' }, 'signedOn', 'notBeforeReferral'],
      [{ signedOn: '2026-09-02' }, 'signedOn', 'notInFuture'],
      [{ expiresOn: '2026-09-01' }, 'expiresOn', 'afterSigned'],
      [{ type: 'GENERAL' }, 'scope', 'medicalNeedsHipaa'],
      [{ noteId: (await addClientNote(app, caseId, 'CONTACT', cm)).id }, 'noteId', 'releaseNote'],
    ];
    for (const [change, field, constraint] of cases) {
      expect(userErrorOf(await record({ ...base, ...change }), 'recordRelease')).toMatchObject({ __typename: 'InputError', field, constraint });
    }
    expect(userErrorOf(await record({ ...base, partyAgencyIds: ['00000000-0000-4000-8000-000000000000'] }), 'recordRelease')).toMatchObject({ code: 'NOT_FOUND' });
    // Another case manager's caseload, and a PARTNER, may not enter one.
    expect(userErrorOf(await record(base, app.token(app.fixtures.north.otherCaseManager)), 'recordRelease')).toMatchObject({ code: 'FORBIDDEN' });
    expect(userErrorOf(await record(base, partner), 'recordRelease')).toMatchObject({ code: 'FORBIDDEN' });
    expect((await app.dataSource.query('SELECT count(*)::int AS n FROM release_of_information'))[0].n).toBe(0);
  });

  it('a general release, an agency-specific one, or a HIPAA release to another agency shows no medical fact', async () => {
    const noteId = await releaseNote();
    for (const release of [
      { type: 'GENERAL', partyAgencyIds: [eligibility], scope: ['CASE_STATUS', 'EMPLOYMENT_AND_ACTIVITIES'] },
      { type: 'AGENCY_SPECIFIC', partyAgencyIds: [eligibility], scope: ['CASE_STATUS'] },
      { type: 'HIPAA', partyAgencyIds: [otherAgency], scope: ['MEDICAL'] },
    ]) {
      const res = await record({ ...release, signedOn: '2026-09-01', noteId });
      expect(res.data.recordRelease.userErrors).toEqual([]);
      expect(res.data.recordRelease.release).toMatchObject({ type: release.type, current: true, noteId });
    }
    expect(await exemptionPayload()).toEqual({ startedOn: '2026-09-01' });
  });

  it('an expired HIPAA release shows none; a current one shows them; once revoked, none again', async () => {
    const noteId = await releaseNote();
    const expired = await record({ type: 'HIPAA', partyAgencyIds: [eligibility], scope: ['MEDICAL'], signedOn: '2026-09-01', expiresOn: '2026-10-01', noteId });
    expect(expired.data.recordRelease.userErrors).toEqual([]);
    app.clock.set('2026-10-01T18:00:00Z');
    expect((await app.gql(`query($id: ID!) { case(id: $id) { releases { id current } } }`, { id: caseId }, cm)).data.case.releases)
      .toContainEqual({ id: expired.data.recordRelease.release.id, current: false });
    expect(await exemptionPayload()).toEqual({ startedOn: '2026-09-01' });

    const current = await record({ type: 'HIPAA', partyAgencyIds: [eligibility, otherAgency], scope: ['MEDICAL', 'CASE_STATUS'], signedOn: '2026-10-01', noteId: await releaseNote() });
    expect(current.data.recordRelease.release).toMatchObject({ current: true, parties: expect.arrayContaining([{ code: 'DPA_ELIGIBILITY' }, { code: 'DVR' }]) });
    expect(await exemptionPayload()).toEqual({ reason: 'MEDICAL_INABILITY', startedOn: '2026-09-01', documentedOn: '2026-08-28' });
    // The access log says the PARTNER was shown medical information.
    const [logged] = await app.dataSource.query(`SELECT field_groups FROM access_log WHERE staff_id = $1 AND 'MEDICAL' = ANY(field_groups)`, [app.fixtures.north.partner]);
    expect(logged.field_groups).toEqual(expect.arrayContaining(['MEDICAL', 'NOTICES']));

    const id = current.data.recordRelease.release.id as string;
    app.clock.set('2026-10-05T18:00:00Z');
    const revocationNote = await releaseNote();
    expect(userErrorOf(await app.gql(REVOKE, { input: { releaseId: id, revokedOn: '2026-09-30', noteId: revocationNote } }, cm), 'revokeRelease'))
      .toMatchObject({ field: 'revokedOn', constraint: 'notBeforeSigned' });
    expect(userErrorOf(await app.gql(REVOKE, { input: { releaseId: id, revokedOn: '2026-10-06', noteId: revocationNote } }, cm), 'revokeRelease'))
      .toMatchObject({ field: 'revokedOn', constraint: 'notInFuture' });
    const revoked = await app.gql(REVOKE, { input: { releaseId: id, revokedOn: '2026-10-05', noteId: revocationNote } }, cm);
    expect(revoked.data.revokeRelease).toMatchObject({ release: { id, revokedOn: '2026-10-05', current: false, revocationNoteId: revocationNote }, userErrors: [] });
    expect(await exemptionPayload()).toEqual({ startedOn: '2026-09-01' });
    expect(userErrorOf(await app.gql(REVOKE, { input: { releaseId: id, revokedOn: '2026-10-05', noteId: revocationNote } }, cm), 'revokeRelease'))
      .toMatchObject({ field: 'releaseId', constraint: 'notRevoked' });
    // Relay: a release is a Node, refetched with the case record's checks (a PARTNER is refused).
    const node = `query($id: ID!) { node(id: $id) { __typename id ... on Release { revokedOn parties { __typename id } } } }`;
    expect((await app.gql(node, { id }, cm)).data.node).toMatchObject({ __typename: 'Release', id, revokedOn: '2026-10-05', parties: expect.arrayContaining([{ __typename: 'PartnerAgency', id: eligibility }]) });
    expect((await app.gql(node, { id }, partner)).errors![0].extensions.code).toBe('FORBIDDEN');
    // What was signed never changes, in the database too.
    await expect(app.dataSource.query(`UPDATE release_of_information SET scope = '{CASE_STATUS}' WHERE id = $1`, [id])).rejects.toThrow(/keeps what was signed/);
    await expect(app.dataSource.query('DELETE FROM release_of_information WHERE id = $1', [id])).rejects.toThrow(/keeps what was signed/);
  });

  it('a PARTNER without an agency sees no medical fact even under a HIPAA release; a retry with the same clientMutationId writes once', async () => {
    app.clock.set('2026-10-06T18:00:00Z');
    const input = { type: 'HIPAA', partyAgencyIds: [eligibility], scope: ['MEDICAL'], signedOn: '2026-10-06', noteId: await releaseNote(), clientMutationId: 'roi-2026-10-06' };
    const first = await record(input);
    const retry = await record(input);
    expect(retry.data.recordRelease).toEqual(first.data.recordRelease);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM release_of_information WHERE signed_on = '2026-10-06'`))[0].n).toBe(1);
    expect(await exemptionPayload()).toEqual({ reason: 'MEDICAL_INABILITY', startedOn: '2026-09-01', documentedOn: '2026-08-28' });
    await app.dataSource.query('INSERT INTO staff (email, name, role, office_id) VALUES ($1, $1, $2, $3)', ['partner2@test', 'PARTNER', app.fixtures.north.officeId]);
    const [{ id: stranger }] = await app.dataSource.query(`SELECT id FROM staff WHERE email = 'partner2@test'`);
    const res = await app.gql(NOTICES, {}, app.token(stranger));
    expect(res.data.eligibilityNotices.edges[0].node.payload).toEqual({ startedOn: '2026-09-01' });
  });

  it('a PARTNER reads no free text (a waiver reason, the community): FORBIDDEN or empty; the coded facts stay', async () => {
    app.clock.set('2026-11-06T18:00:00Z');
    const { id } = await referClient(app, cm, { referralDate: '2026-11-06' });
    app.clock.set('2026-11-09T19:00:00Z');
    await sendEvent(app, id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-09', method: 'PHONE', outcome: 'REACHED' }, cm);
    await sendEvent(app, id, 'COMPLETE_EA', { completedOn: '2026-11-09' }, cm);
    const sup = app.token(app.fixtures.north.supervisor);
    const [{ key }] = await app.dataSource.query(`SELECT key FROM obligation WHERE case_id = $1 AND rule_id = 'EA-2'`, [id]);
    const waived = await app.gql(`mutation($input: WaiveObligationInput!) { waiveObligation(input: $input) { obligation { key } ${USER_ERRORS} } }`,
      { input: { caseId: id, key, reasonCode: 'EXTENUATING_CIRCUMSTANCES', reason: 'Client hospitalized all week' } }, sup);
    expect(waived.data.waiveObligation.userErrors).toEqual([]);
    const query = `query($id: ID!) { case(id: $id) { client { firstName community } obligations { edges { node { ruleId status waiverReasonCode waiverReason metBy { ... on MetByWaiver { reasonCode reason } } } } } } }`;
    const asPartner = await app.gql(query, { id }, partner);
    const ea2 = asPartner.data.case.obligations.edges.map((e: { node: { ruleId: string } }) => e.node).find((o: { ruleId: string }) => o.ruleId === 'EA-2');
    expect(ea2).toEqual({ ruleId: 'EA-2', status: 'WAIVED', waiverReasonCode: 'EXTENUATING_CIRCUMSTANCES', waiverReason: null, metBy: [{ reasonCode: 'EXTENUATING_CIRCUMSTANCES', reason: '' }] });
    expect(asPartner.data.case.client).toEqual({ firstName: 'Ana', community: null });
    const refused = asPartner.errors!.map((e: { path: unknown[]; extensions: { code: string } }) => [e.path.at(-1), e.extensions.code]);
    expect(refused).toEqual(expect.arrayContaining([['community', 'FORBIDDEN'], ['waiverReason', 'FORBIDDEN']]));
    expect(JSON.stringify(asPartner.data)).not.toContain('hospitalized');
    // The supervisor reads it all.
    const asSupervisor = await app.gql(query, { id }, sup);
    expect(asSupervisor.errors).toBeUndefined();
    expect(JSON.stringify(asSupervisor.data)).toContain('Client hospitalized all week');
    expect(asSupervisor.data.case.client.community).toBe('Bethel');
  });
});

describe('ROI-1: extension criteria resting on a TA10 are medical information', () => {
  let app: TestApp;
  afterAll(() => app.close());

  it('a PARTNER reads the extension without its TA10 criterion, and with it under a current HIPAA release', async () => {
    app = await startTestApp({ now: '2026-11-02T20:00:00Z' });
    const cm = app.token(app.fixtures.north.caseManager);
    const supervisor = app.token(app.fixtures.north.supervisor);
    const partner = app.token(app.fixtures.north.partner);
    const [{ id: eligibility }] = await app.dataSource.query(`SELECT id FROM partner_agency WHERE code = 'DPA_ELIGIBILITY'`);
    await app.dataSource.query('INSERT INTO partner_agency_member (staff_id, agency_id) VALUES ($1, $2)', [app.fixtures.north.partner, eligibility]);
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02', monthsUsed: 58 });
    await bringToParticipation(app, id, cm, { reached: '2026-11-02', lastStepReviewDate: '2027-02-02' });
    await sendEvent(app, id, 'SCHEDULE_EXTENSION_STAFFING', { staffingOn: '2026-11-20' }, cm);
    await sendEvent(app, id, 'SUBMIT_STAFFING_FORM', { submittedOn: '2026-11-02' }, cm);
    app.clock.set('2026-11-20T20:00:00Z');
    await addCaseNote(app, id, 'EXTENSION_DECISION', supervisor);
    await sendEvent(app, id, 'DECIDE_EXTENSION', { approved: true, reason: 'TA10 on file', criteria: [{ criteria: ['MEDICAL_INABILITY_TA10', 'UNREASONABLE_HARDSHIP'] }] }, supervisor);
    const query = `query($id: ID!) { case(id: $id) { timeLimit { extensionDecision parents { extensionCriteria } } } }`;
    const criteriaAs = async (token: string) => (await app.gql(query, { id }, token)).data.case.timeLimit;
    expect(await criteriaAs(partner)).toEqual({ extensionDecision: 'APPROVED', parents: [{ extensionCriteria: ['UNREASONABLE_HARDSHIP'] }] });
    expect(await criteriaAs(cm)).toEqual({ extensionDecision: 'APPROVED', parents: [{ extensionCriteria: ['MEDICAL_INABILITY_TA10', 'UNREASONABLE_HARDSHIP'] }] });
    const noteId = (await addClientNote(app, id, 'RELEASE_OF_INFORMATION', cm)).id;
    const res = await app.gql(RECORD, { input: { caseId: id, type: 'HIPAA', partyAgencyIds: [eligibility], scope: ['MEDICAL'], signedOn: '2026-11-20', noteId } }, cm);
    expect(res.data.recordRelease.userErrors).toEqual([]);
    expect(await criteriaAs(partner)).toEqual({ extensionDecision: 'APPROVED', parents: [{ extensionCriteria: ['MEDICAL_INABILITY_TA10', 'UNREASONABLE_HARDSHIP'] }] });
  });
});
