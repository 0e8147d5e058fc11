import { bringToParticipation, dataOf } from '../support/api';
import { referClient } from '../support/referrals';
import { tableChecksums } from '../support/table-checksum';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  ADD_POSITION, CHANGE_POSITION, CONTACT, CREATE_EMPLOYER, CREATE_WORKSITE, END_PLACEMENT, PLACE, PROGRESS, SITE_AGREEMENT, assignWorkExperience, worksiteWithPosition,
} from '../support/worksite-operations';
import { USER_ERRORS } from '../support/case-mutations';

const CHANGE_EMPLOYER = `mutation($input: ChangeEmployerInput!) { changeEmployer(input: $input) { employer { id } ${USER_ERRORS} } }`;
const CHANGE_WORKSITE = `mutation($input: ChangeWorksiteInput!) { changeWorksite(input: $input) { worksite { id } ${USER_ERRORS} } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Expected = { code: 'BAD_USER_INPUT'; field: string; constraint: string } | { code: 'NOT_FOUND'; id: string };
type Case = [name: string, document: string, input: Record<string, unknown>, expected: Expected];
const bad = (field: string, constraint: string): Expected => ({ code: 'BAD_USER_INPUT', field, constraint });
const notFound: Expected = { code: 'NOT_FOUND', id: UNKNOWN };

/**
 * Issue 12 review, item 2 (SITE-1): bad input to the placement's end and progress notes and to
 * the employer and worksite writes is refused in userErrors, BAD_USER_INPUT with the field and
 * the rule (or NOT_FOUND with the id), never a 500, and writes nothing in any table.
 */
describe('worksites and placements: bad input writes nothing (SITE-1)', () => {
  let app: TestApp;
  let cm: string;
  let site: { employer: string; worksite: string; position: string };
  let placement: string;
  let ended: string;

  /** Each case's userErrors against what it expects, then every table as it was. */
  const expectRefused = async (cases: Case[]) => {
    const before = await tableChecksums(app.dataSource);
    const outcomes = [];
    for (const [name, document, input] of cases) {
      const res = await app.gql(document, { input }, cm);
      const payload = res.data && Object.values(res.data as Record<string, { userErrors: Array<Record<string, unknown>> }>)[0];
      const error = payload?.userErrors[0];
      outcomes.push({ name, status: res.status, errors: res.errors, error: error && { code: error.code, ...(error.code === 'NOT_FOUND' ? { id: error.id } : { field: error.field, constraint: error.constraint }) } });
    }
    expect(outcomes).toEqual(cases.map(([name, , , expected]) => ({ name, status: 200, errors: undefined, error: expected })));
    expect(await tableChecksums(app.dataSource)).toEqual(before);
  };

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T20:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    const { id: caseId } = await referClient(app, cm, { referralDate: '2026-10-01' });
    await bringToParticipation(app, caseId, cm, { reached: '2026-10-01', lastStepReviewDate: '2026-12-15' });
    site = await worksiteWithPosition(app, cm, { name: 'Bethel Food Bank', slots: 2 });
    const place = async (startsOn: string) => (await dataOf(app, PLACE, { input: {
      caseId, positionId: site.position, assignmentId: await assignWorkExperience(app, caseId, cm, startsOn), startsOn, hoursPerWeek: 20, supervisorName: 'Ruth Andrew',
    } }, cm)).placeAtWorksite.placement.id as string;
    placement = await place('2026-10-19');
    ended = await place('2026-10-12');
    await dataOf(app, END_PLACEMENT, { input: { placementId: ended, endedOn: '2026-10-23', reason: 'Moved to Anchorage' } }, cm);
  });
  afterAll(() => app.close());

  it('SITE-1: a placement ends once, not before it started, not in the future, with a reason; an unknown placement is NOT_FOUND', async () => {
    const end = (change: Record<string, unknown>) => ({ placementId: placement, endedOn: '2026-10-30', reason: 'Hired', ...change });
    await expectRefused([
      ['end before the start', END_PLACEMENT, end({ endedOn: '2026-10-18' }), bad('endedOn', 'notBeforeStart')],
      ['end in the future', END_PLACEMENT, end({ endedOn: '2026-11-03' }), bad('endedOn', 'notInFuture')],
      ['a second end', END_PLACEMENT, end({ placementId: ended }), bad('placementId', 'notEnded')],
      ['a blank reason', END_PLACEMENT, end({ reason: '   ' }), bad('reason', 'isNotEmpty')],
      ['no reason', END_PLACEMENT, end({ reason: '' }), bad('reason', 'isLength')],
      ['an unknown placement', END_PLACEMENT, end({ placementId: UNKNOWN }), notFound],
    ]);
  });

  it('SITE-1: a progress note is on a day of the placement (not before its start, after its end or in the future) and says something', async () => {
    const note = (change: Record<string, unknown>) => ({ placementId: placement, notedOn: '2026-10-26', text: 'On time', ...change });
    await expectRefused([
      ['before the start', PROGRESS, note({ notedOn: '2026-10-18' }), bad('notedOn', 'notBeforeStart')],
      ['after the end', PROGRESS, note({ placementId: ended, notedOn: '2026-10-24' }), bad('notedOn', 'notAfterEnd')],
      ['in the future', PROGRESS, note({ notedOn: '2026-11-03' }), bad('notedOn', 'notInFuture')],
      ['blank text', PROGRESS, note({ text: '  ' }), bad('text', 'isNotEmpty')],
      ['an unknown placement', PROGRESS, note({ placementId: UNKNOWN }), notFound],
    ]);
  });

  it('SITE-1: an employer or worksite has a name and contact facts (not blank); an unknown employer or worksite is NOT_FOUND', async () => {
    const facts = { name: 'Yukon Machine Shop', ...CONTACT };
    await expectRefused([
      ['an empty employer name', CREATE_EMPLOYER, { ...facts, name: '' }, bad('name', 'isLength')],
      ['a blank employer name', CREATE_EMPLOYER, { ...facts, name: '   ' }, bad('name', 'isNotEmpty')],
      ['a blank contact', CREATE_EMPLOYER, { ...facts, contactName: ' ' }, bad('contactName', 'isNotEmpty')],
      ['a blank worksite name', CREATE_WORKSITE, { ...facts, kind: 'CWE', name: '\t' }, bad('name', 'isNotEmpty')],
      ['a blank worksite phone', CREATE_WORKSITE, { ...facts, kind: 'BWE', phone: '  ' }, bad('phone', 'isNotEmpty')],
      ['a worksite of an unknown employer', CREATE_WORKSITE, { ...facts, kind: 'CWE', employerId: UNKNOWN }, notFound],
      ['a blank name on a change', CHANGE_EMPLOYER, { ...facts, employerId: site.employer, name: ' ' }, bad('name', 'isNotEmpty')],
      ['a change of an unknown employer', CHANGE_EMPLOYER, { ...facts, employerId: UNKNOWN }, notFound],
      ['a blank address on a change', CHANGE_WORKSITE, { ...facts, worksiteId: site.worksite, address: '  ' }, bad('address', 'isNotEmpty')],
      ['a change of an unknown worksite', CHANGE_WORKSITE, { ...facts, worksiteId: UNKNOWN }, notFound],
    ]);
  });

  it('SITE-1: a position has a title, more than 0 and at most 40 hours, 0..1000 slots; an unknown worksite or position is NOT_FOUND', async () => {
    const add = (change: Record<string, unknown>) => ({ worksiteId: site.worksite, title: 'Clerk', hoursPerWeek: 10, skills: ['filing'], slots: 1, ...change });
    const change = (c: Record<string, unknown>) => ({ positionId: site.position, title: 'Clerk', hoursPerWeek: 10, skills: ['filing'], slots: 1, active: true, ...c });
    await expectRefused([
      ['negative slots', ADD_POSITION, add({ slots: -1 }), bad('slots', 'min')],
      ['zero hours', ADD_POSITION, add({ hoursPerWeek: 0 }), bad('hoursPerWeek', 'withinWeeklyLimit')],
      ['negative hours', ADD_POSITION, add({ hoursPerWeek: -5 }), bad('hoursPerWeek', 'isCentiHourPrecision')],
      ['a blank title', ADD_POSITION, add({ title: '  ' }), bad('title', 'isNotEmpty')],
      ['a position at an unknown worksite', ADD_POSITION, add({ worksiteId: UNKNOWN }), notFound],
      ['negative slots on a change', CHANGE_POSITION, change({ slots: -2 }), bad('slots', 'min')],
      ['zero hours on a change', CHANGE_POSITION, change({ hoursPerWeek: 0 }), bad('hoursPerWeek', 'withinWeeklyLimit')],
      ['a change of an unknown position', CHANGE_POSITION, change({ positionId: UNKNOWN }), notFound],
    ]);
  });

  it('SITE-1: a site agreement holds from its signature (not before it), its period in order, signed by both; an unknown worksite is NOT_FOUND', async () => {
    const agreement = (change: Record<string, unknown>) => ({ worksiteId: site.worksite, signedOn: '2026-10-15', effectiveFrom: '2026-10-15', agencySigner: 'Dana CM', siteSigner: 'Ann Site', ...change });
    await expectRefused([
      ['effective before it was signed', SITE_AGREEMENT, agreement({ effectiveFrom: '2026-10-14' }), bad('effectiveFrom', 'notBeforeSigned')],
      ['ends before it starts', SITE_AGREEMENT, agreement({ effectiveFrom: '2026-10-20', effectiveTo: '2026-10-19' }), bad('effectiveTo', 'notBeforeEffectiveFrom')],
      ['signed in the future', SITE_AGREEMENT, agreement({ signedOn: '2026-11-03', effectiveFrom: '2026-11-03' }), bad('signedOn', 'notInFuture')],
      ['a blank signer', SITE_AGREEMENT, agreement({ siteSigner: ' ' }), bad('siteSigner', 'isNotEmpty')],
      ['an agreement of an unknown worksite', SITE_AGREEMENT, agreement({ worksiteId: UNKNOWN }), notFound],
    ]);
  });
});
