import { bringToParticipation, dataOf, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const RECORD = `mutation($input: RecordChildCareAuthorizationInput!) { recordChildCareAuthorization(input: $input) { case { childCareAuthorized childCareFederallyFunded } ${USER_ERRORS} } }`;
const OBLIGATIONS = `query($id: ID!) { case(id: $id) { obligations { edges { node { ruleId key dueDate status } } } } }`;
const MONTH = `query($id: ID!, $month: YearMonth!) { case(id: $id) { monthlyParticipation(month: $month) { familyType requiredWeeklyHours requiredWeeklyCoreHours } } }`;

/** Child care authorization feeds SS-3 deadlines and the two-parent requirement (45 CFR 261.32). */
describe('child care authorization', () => {
  let app: TestApp;
  let cm: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-10T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());

  it('SS-3: authorized child care brings a request due before the 1st of each month', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02' });
    // SS-3 applies while the family participates: reached, assessed, FSSP signed.
    await bringToParticipation(app, id, cm, { reached: '2026-11-03', assessed: '2026-11-04', signed: '2026-11-06', lastStepReviewDate: '2027-02-05' });
    const ss3 = async () => ((await dataOf(app, OBLIGATIONS, { id }, cm)).case.obligations.edges.map((e: { node: unknown }) => e.node) as Array<{ ruleId: string; dueDate: string }>).filter((o) => o.ruleId === 'SS-3');
    expect(await ss3()).toEqual([]);
    expect((await dataOf(app, RECORD, { input: { caseId: id, authorized: true } }, cm)).recordChildCareAuthorization).toEqual({ case: { childCareAuthorized: true, childCareFederallyFunded: false }, userErrors: [] });
    expect((await ss3()).map((o) => o.dueDate)).toContain('2026-11-30');
  });

  it('SS-3: ending child care keeps the request that was already overdue; past months keep their federally funded child care', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02', household: [
      { firstName: 'Lee', lastName: 'Two', relationship: 'PARTNER', dateOfBirth: '1990-03-03' },
      { firstName: 'Ash', lastName: 'Two', relationship: 'CHILD', dateOfBirth: '2019-05-05' }] });
    await bringToParticipation(app, id, cm, { reached: '2026-11-03', assessed: '2026-11-04', signed: '2026-11-06', lastStepReviewDate: '2027-02-05' });
    await dataOf(app, RECORD, { input: { caseId: id, authorized: true, federallyFunded: true } }, cm);
    app.clock.set('2026-12-03T19:00:00Z');
    try {
      await dataOf(app, RECORD, { input: { caseId: id, authorized: false } }, cm);
      const obligations = (await dataOf(app, OBLIGATIONS, { id }, cm)).case.obligations.edges.map((e: { node: unknown }) => e.node) as Array<{ key: string; status: string }>;
      expect(obligations.filter((o) => o.key.startsWith('SS-3'))).toEqual([expect.objectContaining({ key: 'SS-3:2026-12', dueDate: '2026-11-30', status: 'OVERDUE' })]);
      const month = async (m: string) => (await dataOf(app, MONTH, { id, month: m }, cm)).case.monthlyParticipation;
      expect(await month('2026-11')).toMatchObject({ familyType: 'TWO_PARENT', requiredWeeklyHours: 55, requiredWeeklyCoreHours: 50 });
      expect(await month('2026-12')).toMatchObject({ requiredWeeklyHours: 55 }); // funded on 1-2 December
    } finally {
      app.clock.set('2026-11-10T19:00:00Z');
    }
  });

  it('45 CFR 261.32: federally funded child care raises a two-parent family to 55 hours, 50 core', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-09-01', household: [
      { firstName: 'Sam', lastName: 'Two', relationship: 'SPOUSE', dateOfBirth: '1990-02-02' },
      { firstName: 'Kit', lastName: 'Two', relationship: 'CHILD', dateOfBirth: '2019-05-05' }] });
    const month = async (m: string) => (await dataOf(app, MONTH, { id, month: m }, cm)).case.monthlyParticipation;
    expect(await month('2026-11')).toMatchObject({ familyType: 'TWO_PARENT', requiredWeeklyHours: 35, requiredWeeklyCoreHours: 30 });
    await dataOf(app, RECORD, { input: { caseId: id, authorized: true, federallyFunded: true } }, cm);
    expect(await month('2026-11')).toMatchObject({ requiredWeeklyHours: 55, requiredWeeklyCoreHours: 50 });
    // Facts as they were in the month (DOMAIN.md): October had no federally funded child care.
    expect(await month('2026-10')).toMatchObject({ requiredWeeklyHours: 35, requiredWeeklyCoreHours: 30 });
  });

  it('refuses federal funding without an authorization, and another office\'s case', async () => {
    const { id } = await referClient(app, cm);
    const unfunded = await app.gql(RECORD, { input: { caseId: id, authorized: false, federallyFunded: true } }, cm);
    expect(userErrorOf(unfunded, 'recordChildCareAuthorization')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'federallyFunded' });
    expect(unfunded.data.recordChildCareAuthorization.case).toBeNull();
    const elsewhere = await app.gql(RECORD, { input: { caseId: id, authorized: true } }, app.token(app.fixtures.south.caseManager));
    expect(userErrorOf(elsewhere, 'recordChildCareAuthorization')).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
  });
});
