import type { GraphQLSchema } from 'graphql';
import { AgencyReferralResolver } from '../../src/resolvers/agency-referral.resolver';
import { AssessmentResolver } from '../../src/resolvers/assessment.resolver';
import { ContactResolver } from '../../src/resolvers/contact.resolver';
import { FamiliesFirstResolver } from '../../src/resolvers/families-first.resolver';
import { FsspResolver } from '../../src/resolvers/fssp.resolver';
import { ReleaseResolver } from '../../src/resolvers/release.resolver';
import { StaffingResolver } from '../../src/resolvers/staffing.resolver';
import { WorkFirstResolver } from '../../src/resolvers/work-first.resolver';
import { WORKSITE_RESOLVERS } from '../../src/resolvers/worksite-resolvers';
import { buildAppSchema } from '../../src/schema/build-schema';
import { addClientNote, bringToParticipation, dataOf, sendEvent, versionOf } from '../support/api';
import { checkAuthorization, mutationsOfResolvers, type AuthorizationEntry } from '../support/authorization-table';
import { EA_CONTENT, planGoals } from '../support/casework-walkthrough';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { CONTACT, assignWorkExperience, worksiteWithPosition } from '../support/worksite-operations';

/**
 * Issue 12 review, item 1: every mutation of the casework records (the EA, the FSSP document,
 * agency referrals and follow-ups, contacts and visits, Families First and Work First records,
 * staffings, releases; worksites, employers, placements, contracts, outreach: SITE-1..3) refuses
 * a PARTNER, WSTA and another office's staff; a write on a case also a CM of the same office whose
 * caseload it is not; a worksite write also a MANAGER (worksites are kept by CMs and supervisors)
 * and the case's own CM naming another office's employer or position. Each refusal is FORBIDDEN in
 * userErrors (README "Mutation results") with no table changed; then the permitted user sends the
 * same input and it succeeds, so the refusals were about who, not what. The mutations are read
 * from the resolver classes, so a new mutation there without an entry fails the first test.
 */
const RESOLVERS = [
  AssessmentResolver, FsspResolver, AgencyReferralResolver, ContactResolver, WorkFirstResolver, FamiliesFirstResolver, StaffingResolver, ReleaseResolver,
  ...WORKSITE_RESOLVERS,
];

let app: TestApp;
let caseId: string;
let extensionCaseId: string;
let ffCaseId: string;
const ids: Record<string, string> = {};
let stepIds: string[] = [];
/** Another office's employer and position, for writes that name a record of an office not the user's. */
let south: { employer: string; worksite: string; position: string };
const cm = () => app.token(app.fixtures.north.caseManager);
const onCase = (change: Record<string, unknown>) => ({ caseId, ...change });
const onFf = (change: Record<string, unknown>) => ({ caseId: ffCaseId, ...change });
const versioned = async (id: string, change: Record<string, unknown>) => ({ expectedVersion: await versionOf(app, id), ...change });
const casework = (input: AuthorizationEntry['input'], more: Partial<AuthorizationEntry> = {}): AuthorizationEntry => ({ scope: 'case', writers: 'casework', input, ...more });
const worksites = (scope: AuthorizationEntry['scope'], input: AuthorizationEntry['input'], more: Partial<AuthorizationEntry> = {}): AuthorizationEntry => ({ scope, writers: 'worksites', input, ...more });
const contract = (employerId: () => string) => () => ({
  caseId, employerId: employerId(), kind: 'OJT', startsOn: '2026-10-12', hourlyWage: 18.5, hoursPerWeek: 32, reimbursementPercent: 50, reimbursementCap: 2000, submittedOn: '2026-10-05',
});
const keep = (key: string, field: string) => (payload: Record<string, any>) => { ids[key] = payload[field].id as string; };
const releaseNote = async (key: string) => { ids[key] = (await addClientNote(app, caseId, 'RELEASE_OF_INFORMATION', cm())).id as string; };

/** In the order they are sent: each one's successful write is what the next ones answer. */
const ENTRIES: Array<[string, AuthorizationEntry]> = [
  ['recordEmployabilityAssessment', casework(() => versioned(caseId, onCase({ completedOn: '2026-10-02', ...EA_CONTENT })))],
  ['draftFsspVersion', casework(() => versioned(caseId, onCase({ draftedOn: '2026-10-06', goals: planGoals('2026-10-06', ['2026-11-16', '2026-12-01', '2026-12-15']) })), {
    // EA-2: the EA CLNO moves the case to planning, where the first version is DRAFT_FSSP.
    before: async () => { await addClientNote(app, caseId, 'EA', cm()); await sendEvent(app, caseId, 'RECORD_EA_NOTE', { enteredOn: '2026-10-02' }, cm()); },
    select: 'fsspVersion { id steps { id } }',
    keep: (p) => { ids.version = p.fsspVersion.id as string; stepIds = (p.fsspVersion.steps as Array<{ id: string }>).map((s) => s.id); },
  })],
  ['mailFsspVersion', casework(() => versioned(caseId, { versionId: ids.version, mailedOn: '2026-10-06', dueBackOn: '2026-10-20' }))],
  ['signFsspVersion', casework(() => versioned(caseId, { versionId: ids.version, method: 'MAILED', signedOn: '2026-10-13' }))],
  ['reviewFsspVersion', casework(() => versioned(caseId, { versionId: ids.version, reviewedOn: '2026-11-02', progress: stepIds.map((stepId) => ({ stepId, status: 'IN_PROGRESS' })) }))],
  ['scheduleFsspUpdate', casework(() => onCase({ scheduledFor: '2026-12-10' }))],
  ['referToAgency', casework(() => onCase({ householdMemberId: ids.child, agency: 'Infant Learning Program', reason: 'Speech delay', referredOn: '2026-10-05', followUpOn: '2026-10-19' }), {
    keep: keep('referral', 'referral'),
  })],
  ['recordReferralOutcome', casework(() => ({ referralId: ids.referral, outcomeOn: '2026-10-20', status: 'CONNECTED', outcome: 'Evaluation set for Dec 3' }))],
  ['recordAssignmentFollowUp', casework(() => ({ assignmentId: ids.assignment, followedUpOn: '2026-11-02', summary: 'Full attendance', nextFollowUpOn: '2026-11-16' }), {
    before: async () => { ids.assignment = await assignWorkExperience(app, caseId, cm(), '2026-10-19'); },
  })],
  ['logContact', casework(() => onCase({ direction: 'INBOUND', channel: 'PHONE', fromParty: 'PARTNER', receivedAt: '2026-10-30T18:30:00Z', emergent: false, summary: 'Landlord asks for a letter' }), {
    keep: keep('contact', 'contact'),
  })],
  ['recordContactResponse', casework(() => ({ contactId: ids.contact, respondedAt: '2026-10-30T22:00:00Z', channel: 'EMAIL', summary: 'Letter sent' }))],
  ['recordVisit', casework(() => onCase({ visitedOn: '2026-10-28', kind: 'HOME', purpose: 'KNOW_THE_FAMILY', outcome: 'Met the family' }))],
  ['recordWorkFirstReadinessItem', casework(() => onCase({ item: 'RESUME', completedOn: '2026-10-15' }))],
  ['recordWorkSearchFinding', casework(() => onCase({ foundOn: '2026-10-26', path: 'DAILY_CHECK_IN', reason: 'No job club in Bethel' }))],
  ['recordDailyCheckIn', casework(() => onCase({ checkedInOn: '2026-10-27', summary: 'Applied at the store' }))],
  ['recordCaseReviewStaffing', casework(() => onCase({
    heldOn: '2026-10-30', progression: 'Attends job club', regression: 'none', discrepancies: 'Reports 20 hours; timesheets show 12', nextStaffingOn: '2027-01-29',
  }))],
  ['submitExtensionStaffingFormContent', casework(() => versioned(extensionCaseId, {
    caseId: extensionCaseId, staffingOn: '2026-11-20', submittedOn: '2026-11-02', completedWithClient: true,
    criteria: [{ criteria: ['MEDICAL_INABILITY_TA10'] }], ta10On: '2026-10-30',
    partnerInput: [{ agency: 'Vocational Rehabilitation', invitedOn: '2026-10-28', inputReceivedOn: '2026-11-01', input: 'Supports the extension' }],
  }))],
  ['recordRelease', casework(() => onCase({ type: 'HIPAA', partyAgencyIds: [ids.eligibility], scope: ['MEDICAL'], signedOn: '2026-10-05', noteId: ids.releaseNote }), {
    before: () => releaseNote('releaseNote'), keep: keep('release', 'release'),
  })],
  ['revokeRelease', casework(() => ({ releaseId: ids.release, revokedOn: '2026-11-02', noteId: ids.revocationNote }), { before: () => releaseNote('revocationNote') })],
  ['recordFamilyNetwork', casework(() => onFf({
    effectiveOn: '2026-10-10', members: [{ name: 'Olga Kuzmin', relationshipToFamily: 'grandmother', supportProvided: 'child care Tuesdays', contact: '907-555-0199' }],
  }))],
  ['recordFamilySupportTeam', casework(() => onFf({ effectiveOn: '2026-10-12', members: [{ name: 'Dana Ray', agency: 'Tribal TANF', roleOnTeam: 'family advocate' }] }))],
  ['recordWeeklyCalendar', casework(() => onFf({ effectiveOn: '2026-10-14', routines: [{ weekday: 'MONDAY', time: '07:30', routine: 'School drop-off' }] }))],
  ['recordFamilySupportTeamMeeting', casework(() => onFf({
    heldOn: '2026-10-20', attendees: ['Ana Kuzmin', 'Dana Ray'], clientAttended: true, emergency: true, membersContactedOn: '2026-10-19',
  }))],
  ['recordDisabilityVerification', casework(() => onFf({ verifiedOn: '2026-10-21', verifiedBy: 'TA10', specialistReferralOn: '2026-10-22', ssiApplicationOn: '2026-10-23' }))],
  ['recordTrackReadinessReview', casework(() => onFf({ reviewedOn: '2026-10-30', decision: 'NOT_READY', reason: 'Barriers remain' }))],
  // The office's worksites and employers; then the case's placement (at the assignment followed up above) and contract.
  // A new employer names no office but the writer's own: only the role rule applies.
  ['createEmployer', worksites('ownOffice', () => ({ name: 'Yukon Machine Shop', ...CONTACT }), { keep: keep('employer', 'employer') })],
  ['createWorksite', worksites('office', () => ({ name: 'Bethel Food Bank', kind: 'CWE', employerId: ids.employer, ...CONTACT }), {
    foreign: () => ({ name: 'Bethel Food Bank', kind: 'CWE', employerId: south.employer, ...CONTACT }), keep: keep('worksite', 'worksite'),
  })],
  ['changeEmployer', worksites('office', () => ({ employerId: ids.employer, name: 'Yukon Machine Shop LLC', ...CONTACT }))],
  ['changeWorksite', worksites('office', () => ({ worksiteId: ids.worksite, name: 'Bethel Food Bank', ...CONTACT, phone: '907-555-0111' }))],
  ['addWorksitePosition', worksites('office', () => ({ worksiteId: ids.worksite, title: 'Warehouse sorter', hoursPerWeek: 20, skills: ['sorting'], slots: 2 }), {
    keep: keep('position', 'position'),
  })],
  ['changeWorksitePosition', worksites('office', () => ({ positionId: ids.position, title: 'Warehouse sorter', hoursPerWeek: 20, skills: ['sorting'], slots: 3, active: true }))],
  ['recordSiteAgreement', worksites('office', () => ({ worksiteId: ids.worksite, signedOn: '2026-10-15', effectiveFrom: '2026-10-15', agencySigner: 'Dana CM', siteSigner: 'Ann Site' }))],
  ['recordEmployerOutreach', worksites('office', () => ({ kind: 'JOB_FAIR', heldOn: '2026-10-28', employerId: ids.employer, notes: 'Two openings' }), {
    foreign: () => ({ kind: 'JOB_FAIR', heldOn: '2026-10-28', employerId: south.employer, notes: 'Two openings' }),
  })],
  ['placeAtWorksite', worksites('case', () => ({ caseId, positionId: ids.position, assignmentId: ids.assignment, startsOn: '2026-10-19', hoursPerWeek: 20, supervisorName: 'Ruth Andrew' }), {
    foreign: () => ({ caseId, positionId: south.position, assignmentId: ids.assignment, startsOn: '2026-10-19', hoursPerWeek: 20, supervisorName: 'Ruth Andrew' }),
    keep: keep('placement', 'placement'),
  })],
  ['addPlacementProgressNote', worksites('case', () => ({ placementId: ids.placement, notedOn: '2026-10-26', text: 'On time every day' }))],
  ['endWorksitePlacement', worksites('case', () => ({ placementId: ids.placement, endedOn: '2026-10-30', reason: 'Hired' }))],
  ['recordEmployerContract', worksites('case', contract(() => ids.employer), { foreign: contract(() => south.employer), keep: keep('contract', 'contract') })],
  ['recordEmployerReimbursement', worksites('case', () => ({ contractId: ids.contract, periodStart: '2026-10-12', periodEnd: '2026-10-25', amount: 592, paidOn: '2026-10-30' }))],
];

describe('casework records: who may write them (issue 12)', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T20:00:00Z' });
    schema = await buildAppSchema();
    [{ id: ids.eligibility }] = await app.dataSource.query(`SELECT id FROM partner_agency WHERE code = 'DPA_ELIGIBILITY'`);
    ({ id: caseId } = await referClient(app, cm(), { referralDate: '2026-10-01' }));
    await sendEvent(app, caseId, 'RECORD_CONTACT_ATTEMPT', { on: '2026-10-01', method: 'PHONE', outcome: 'REACHED' }, cm());
    ids.child = (await dataOf(app, `query($id: ID!) { case(id: $id) { client { household { id } } } }`, { id: caseId }, cm())).case.client.household[0].id as string;
    ({ id: ffCaseId } = await referClient(app, cm(), { referralDate: '2026-10-01', track: 'FAMILIES_FIRST' }));
    // TL-2: month 58, with the extension staffing scheduled, so the form's content can be submitted.
    ({ id: extensionCaseId } = await referClient(app, cm(), { referralDate: '2026-10-20', monthsUsed: 58 }));
    await bringToParticipation(app, extensionCaseId, cm(), { reached: '2026-10-20', lastStepReviewDate: '2027-02-02' });
    await sendEvent(app, extensionCaseId, 'SCHEDULE_EXTENSION_STAFFING', { staffingOn: '2026-11-20' }, cm());
    south = await worksiteWithPosition(app, app.token(app.fixtures.south.caseManager), { name: 'Kenai Cannery', slots: 5 });
  });
  afterAll(() => app.close());

  it('has an entry for every mutation of the casework and worksite resolvers, and each is in the schema', () => {
    const mutations = mutationsOfResolvers(RESOLVERS);
    expect(mutations.length).toBeGreaterThanOrEqual(38);
    expect(ENTRIES.map(([name]) => name).sort()).toEqual(mutations);
    expect(mutations.filter((m) => !schema.getMutationType()!.getFields()[m])).toEqual([]);
  });

  for (const [name, entry] of ENTRIES) {
    const who = [
      'PARTNER, WSTA', entry.writers === 'worksites' && 'a MANAGER', entry.scope !== 'ownOffice' && 'another office',
      entry.scope === 'case' && 'a CM whose caseload it is not', entry.foreign && 'a record of another office',
    ].filter(Boolean).join(', ');
    it(`${name}: FORBIDDEN for ${who}; nothing written; the permitted CM may`, async () => {
      await checkAuthorization(app, schema, name, entry, app.fixtures.north.caseManager);
    });
  }
});
