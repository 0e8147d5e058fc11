import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import { addMonthsToMonth } from '../../src/dates';
import { addCaseNote, bringToParticipation, dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';
import { single, USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const HOUSEHOLD = `query($id: ID!) { case(id: $id) { client { household { id relationship } } } }`;
const TIME_LIMIT = `query($id: ID!) { case(id: $id) { timeLimit { monthsUsed familyMonthsUsed monthsLeft extensionStaffingDue extensionDecision
  parents { householdMemberId monthsUsed extensionCriteria } } } }`;
const SPOUSE = { firstName: 'Lee', lastName: 'Twoparent', relationship: 'SPOUSE', dateOfBirth: '1990-02-02' };
const CHILD = { firstName: 'Kit', lastName: 'Twoparent', relationship: 'CHILD', dateOfBirth: '2020-06-01' };

/**
 * A two-parent family at month 58 (issue 10; DOMAIN.md "Time limit": the limit is reached when
 * either parent reaches 60, and each parent must meet an extension criterion).
 */
describe('two-parent time limit (TL-1, TL-2)', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;
  let id: string;
  let spouseId: string;
  let childId: string;

  const send = (type: CaseEventType, input: Record<string, unknown>, token = cm) => sendEvent(app, id, type, input, token);
  const attempt = async (type: CaseEventType, input: Record<string, unknown>, token = cm) =>
    app.gql(single(type), { resultInput: { caseId: id, expectedVersion: await versionOf(app, id), ...input } }, token);
  const timeLimit = async () => (await dataOf(app, TIME_LIMIT, { id }, cm)).case.timeLimit;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T20:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);
    id = (await referClient(app, cm, { referralDate: '2026-11-02', monthsUsed: 10, client: { firstName: 'Rae', lastName: 'Twoparent', dateOfBirth: '1991-04-04' }, household: [SPOUSE, CHILD] })).id;
    await bringToParticipation(app, id, cm, { reached: '2026-11-02', lastStepReviewDate: '2027-02-02' });
    const household: Array<{ id: string; relationship: string }> = (await dataOf(app, HOUSEHOLD, { id }, cm)).case.client.household;
    spouseId = household.find((m) => m.relationship === 'SPOUSE')!.id;
    childId = household.find((m) => m.relationship === 'CHILD')!.id;
  });
  afterAll(() => app.close());

  it('TL-1: Case.timeLimit shows the household\'s second parent before any month is recorded for them', async () => {
    expect((await timeLimit()).parents).toEqual([
      { householdMemberId: null, monthsUsed: 10, extensionCriteria: [] }, { householdMemberId: spouseId, monthsUsed: 0, extensionCriteria: [] },
    ]);
  });

  it('TL-1: a month names the second parent; a child or a stranger is refused as InputError', async () => {
    for (const householdMemberId of [childId, '00000000-0000-4000-8000-000000000000']) {
      expect(userErrorOf(await attempt('RECORD_ASSISTANCE_MONTH', { month: '2026-11', householdMemberId }))).toMatchObject({
        __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'householdMemberId', constraint: 'isSecondParent',
      });
    }
    await send('RECORD_ASSISTANCE_MONTH', { month: '2026-11', householdMemberId: spouseId });
    await send('RECORD_ASSISTANCE_MONTH', { month: '2026-11' });
    expect(await timeLimit()).toEqual({
      monthsUsed: 11, familyMonthsUsed: 11, monthsLeft: 49, extensionStaffingDue: false, extensionDecision: null,
      parents: [{ householdMemberId: null, monthsUsed: 11, extensionCriteria: [] }, { householdMemberId: spouseId, monthsUsed: 1, extensionCriteria: [] }],
    });
    const [row] = await app.dataSource.query(`SELECT payload FROM case_history WHERE case_id = $1 AND event = 'RECORD_ASSISTANCE_MONTH' ORDER BY version LIMIT 1`, [id]);
    expect(row.payload).toEqual({ month: '2026-11', householdMemberId: spouseId });
  });

  it('TL-1: the second parent reaching 58 brings the month-58 staffing, though the client has 11', async () => {
    const refused = userErrorOf(await attempt('SCHEDULE_EXTENSION_STAFFING', { staffingOn: '2026-11-20' }));
    expect(refused).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', reason: expect.stringContaining("11 months used on the family's clock") });
    app.clock.set('2031-09-02T20:00:00Z');
    for (let i = 1; i < 58; i += 1) await send('RECORD_ASSISTANCE_MONTH', { month: addMonthsToMonth('2026-11', i), householdMemberId: spouseId });
    expect(await timeLimit()).toMatchObject({ monthsUsed: 11, familyMonthsUsed: 58, monthsLeft: 2, extensionStaffingDue: true });
    const obligations = await app.dataSource.query(`SELECT rule_id, due_date::text AS due FROM obligation WHERE case_id = $1 AND key = 'TL-1'`, [id]);
    expect(obligations).toEqual([{ rule_id: 'TL-1', due: '2031-08-31' }]);
  });

  it('TL-2: approving needs a criterion for each parent (InputError); the decision keeps them per parent', async () => {
    await send('SCHEDULE_EXTENSION_STAFFING', { staffingOn: '2031-09-20' });
    await send('SUBMIT_STAFFING_FORM', { submittedOn: '2031-09-02' });
    app.clock.set('2031-09-20T20:00:00Z');
    await addCaseNote(app, id, 'EXTENSION_DECISION', supervisor); // NOTE-3
    const clientOnly = [{ criteria: ['MEDICAL_INABILITY_TA10'] }];
    expect(userErrorOf(await attempt('DECIDE_EXTENSION', { approved: true, reason: 'TA10 on file', criteria: clientOnly }, supervisor))).toMatchObject({
      __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'criteria', constraint: 'eachParentMeetsCriterion', message: expect.stringContaining(`household member ${spouseId}`),
    });
    expect(userErrorOf(await attempt('DECIDE_EXTENSION', { approved: true, reason: 'TA10 on file' }, supervisor))).toMatchObject({ constraint: 'eachParentMeetsCriterion' });
    expect(userErrorOf(await attempt('DECIDE_EXTENSION', {
      approved: true, reason: 'TA10 on file', criteria: [...clientOnly, { householdMemberId: childId, criteria: ['PARTNER_AGENCY_INPUT'] }],
    }, supervisor))).toMatchObject({ field: 'householdMemberId', constraint: 'isSecondParent' });
    const criteria = [...clientOnly, { householdMemberId: spouseId, criteria: ['PARTNER_AGENCY_INPUT', 'DOMESTIC_VIOLENCE'] }];
    const extended = await send('DECIDE_EXTENSION', { approved: true, reason: 'TA10 and partner agency input', criteria }, supervisor);
    expect(extended.toState).toContain('timeLimit.extended');
    expect((await timeLimit()).parents).toEqual([
      { householdMemberId: null, monthsUsed: 11, extensionCriteria: ['MEDICAL_INABILITY_TA10'] },
      { householdMemberId: spouseId, monthsUsed: 58, extensionCriteria: ['PARTNER_AGENCY_INPUT', 'DOMESTIC_VIOLENCE'] },
    ]);
    const [row] = await app.dataSource.query(`SELECT payload FROM case_history WHERE case_id = $1 AND event = 'DECIDE_EXTENSION'`, [id]);
    expect(row.payload).toEqual({ approved: true, reason: 'TA10 and partner agency input', criteria: [{ householdMemberId: null, criteria: ['MEDICAL_INABILITY_TA10'] }, criteria[1]] });
  });

  it('TL-1: a spouse\'s months used elsewhere are given at referral and count on the family\'s clock; not for a child (InputError)', async () => {
    const REFER = `mutation($input: ReferClientInput!) { referClient(input: $input) { case { id } ${USER_ERRORS} } }`;
    const input = (household: unknown[]) => ({
      client: { firstName: 'Sol', lastName: 'Priormonths', dateOfBirth: '1990-01-01' }, household, track: 'WORK_FIRST',
      referralDate: '2031-09-20', monthsUsed: 12,
    });
    expect(userErrorOf(await app.gql(REFER, { input: input([SPOUSE, { ...CHILD, monthsUsed: 3 }]) }, cm), 'referClient')).toMatchObject({
      __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'household.1.monthsUsed', constraint: 'isSecondParent',
    });
    const res = await app.gql(REFER, { input: input([{ ...SPOUSE, monthsUsed: 57 }, CHILD]) }, cm);
    const referred: string = res.data.referClient.case.id;
    const household: Array<{ id: string; relationship: string }> = (await dataOf(app, HOUSEHOLD, { id: referred }, cm)).case.client.household;
    const spouse = household.find((m) => m.relationship === 'SPOUSE')!.id;
    expect((await dataOf(app, TIME_LIMIT, { id: referred }, cm)).case.timeLimit).toMatchObject({
      monthsUsed: 12, familyMonthsUsed: 57, monthsLeft: 3,
      parents: [{ householdMemberId: null, monthsUsed: 12, extensionCriteria: [] }, { householdMemberId: spouse, monthsUsed: 57, extensionCriteria: [] }],
    });
  });
});
