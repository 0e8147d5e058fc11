import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { dataOf, userErrorOf } from '../support/api';
import { CONTACT, CONTRACT, CREATE_EMPLOYER, OUTREACH, REIMBURSE } from '../support/worksite-operations';

const CASE_CONTRACTS = `query($id: ID!) { case(id: $id) { employerContracts { totalCount edges { node {
  id kind reimbursementCap reimbursedTotal remaining reimbursements { periodStart periodEnd amount paidOn } } } } } }`;
const OUTREACH_LIST = `query { employerOutreach { totalCount edges { node { kind heldOn organizationName employer { name } notes } } } }`;

/** SITE-2 (OJT and Job Start contracts, reimbursements within the cap) and SITE-3 (employer outreach), issue 12 item 7. */
describe('employer contracts and outreach (SITE-2, SITE-3)', () => {
  let app: TestApp;
  let cm: string;
  let employerId: string;
  let caseId: string;
  const count = async (table: string) => (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const contract = (input: Record<string, unknown>, token = cm) => app.gql(CONTRACT, { input: {
    caseId, employerId, kind: 'OJT', startsOn: '2026-10-05', hourlyWage: 18.5, hoursPerWeek: 32, reimbursementPercent: 50, reimbursementCap: 2000, submittedOn: '2026-10-01', ...input,
  } }, token);
  const reimburse = (contractId: string, input: Record<string, unknown>) =>
    app.gql(REIMBURSE, { input: { contractId, periodStart: '2026-10-05', periodEnd: '2026-10-18', amount: 592, ...input } }, cm);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    employerId = (await dataOf(app, CREATE_EMPLOYER, { input: { name: 'Yukon Machine Shop', ...CONTACT } }, cm)).createEmployer.employer.id;
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-09-15' }));
  });
  afterAll(() => app.close());

  it('SITE-2: an OJT contract is recorded with its wage, hours, rate and cap', async () => {
    const res = await contract({});
    expect(res.data.recordEmployerContract).toMatchObject({ userErrors: [], contract: {
      kind: 'OJT', startsOn: '2026-10-05', hourlyWage: 18.5, hoursPerWeek: 32, reimbursementPercent: 50, reimbursementCap: 2000, reimbursedTotal: 0, remaining: 2000,
      submittedOn: '2026-10-01', employer: { id: employerId },
    } });
  });

  it('SITE-2: bad contract input is BAD_USER_INPUT and writes nothing; another office or MANAGER is FORBIDDEN', async () => {
    const before = await count('employer_contract');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ submittedOn: '2026-09-14' }, 'submittedOn', 'notBeforeReferral'],
      [{ submittedOn: '2026-11-03' }, 'submittedOn', 'notInFuture'],
      [{ hourlyWage: 18.555 }, 'hourlyWage', 'isMoney'],
      [{ reimbursementPercent: 0 }, 'reimbursementPercent', 'isPercent'],
    ];
    for (const [change, field, constraint] of cases) {
      expect(userErrorOf(await contract(change), 'recordEmployerContract')).toMatchObject({ __typename: 'InputError', field, constraint });
    }
    expect(userErrorOf(await contract({}, app.token(app.fixtures.north.manager)), 'recordEmployerContract')).toMatchObject({ code: 'FORBIDDEN' });
    expect(userErrorOf(await contract({}, app.token(app.fixtures.south.supervisor)), 'recordEmployerContract')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count('employer_contract')).toBe(before);
  });

  it('SITE-2: reimbursements are tracked and their total never exceeds the contract cap (withinCap)', async () => {
    const contractId = (await dataOf(app, CONTRACT, { input: {
      caseId, employerId, kind: 'JOB_START', startsOn: '2026-10-05', hourlyWage: 17, hoursPerWeek: 30, reimbursementPercent: 100, reimbursementCap: 1000, submittedOn: '2026-10-02',
    } }, cm)).recordEmployerContract.contract.id as string;
    expect((await reimburse(contractId, { amount: 600, paidOn: '2026-10-25' })).data.recordEmployerReimbursement.userErrors).toEqual([]);
    const over = await reimburse(contractId, { periodStart: '2026-10-19', periodEnd: '2026-11-01', amount: 400.01 });
    expect(userErrorOf(over, 'recordEmployerReimbursement')).toMatchObject({ __typename: 'InputError', field: 'amount', constraint: 'withinCap' });
    expect(userErrorOf(await reimburse(contractId, { periodStart: '2026-10-01' }), 'recordEmployerReimbursement')).toMatchObject({ field: 'periodStart', constraint: 'notBeforeContract' });
    expect(userErrorOf(await reimburse(contractId, { periodEnd: '2026-11-03' }), 'recordEmployerReimbursement')).toMatchObject({ field: 'periodEnd', constraint: 'notInFuture' });
    expect(await count('employer_reimbursement')).toBe(1);
    // The cap exactly is allowed.
    expect((await reimburse(contractId, { periodStart: '2026-10-19', periodEnd: '2026-11-01', amount: 400 })).data.recordEmployerReimbursement.reimbursement.amount).toBe(400);

    const contracts = (await dataOf(app, CASE_CONTRACTS, { id: caseId }, cm)).case.employerContracts;
    expect(contracts.totalCount).toBe(2);
    expect(contracts.edges.find((e: { node: { id: string } }) => e.node.id === contractId).node).toEqual({
      id: contractId, kind: 'JOB_START', reimbursementCap: 1000, reimbursedTotal: 1000, remaining: 0, reimbursements: [
        { periodStart: '2026-10-05', periodEnd: '2026-10-18', amount: 600, paidOn: '2026-10-25' },
        { periodStart: '2026-10-19', periodEnd: '2026-11-01', amount: 400, paidOn: null },
      ],
    });
  });

  it('SITE-2: two reimbursements at once cannot together pass the cap (the contract\'s case is locked)', async () => {
    const contractId = (await dataOf(app, CONTRACT, { input: {
      caseId, employerId, kind: 'OJT', startsOn: '2026-10-05', hourlyWage: 20, hoursPerWeek: 20, reimbursementPercent: 50, reimbursementCap: 500, submittedOn: '2026-10-02',
    } }, cm)).recordEmployerContract.contract.id as string;
    const results = await Promise.all([reimburse(contractId, { amount: 300 }), reimburse(contractId, { amount: 300 })]);
    const outcomes = results.map((r) => (r.data.recordEmployerReimbursement.reimbursement ? 'paid' : r.data.recordEmployerReimbursement.userErrors[0].constraint)).sort();
    expect(outcomes).toEqual(['paid', 'withinCap']);
  });

  it('SITE-3: employer outreach is recorded for an employer or an organization, and listed for the office', async () => {
    await dataOf(app, OUTREACH, { input: { kind: 'EMPLOYER_VISIT', heldOn: '2026-10-20', employerId, notes: 'Toured the shop' } }, cm);
    await dataOf(app, OUTREACH, { input: { kind: 'INCENTIVE_EDUCATION', heldOn: '2026-10-28', organizationName: 'Bethel Chamber of Commerce', notes: 'WOTC and OJT incentives' } }, cm);
    const both = await app.gql(OUTREACH, { input: { kind: 'JOB_FAIR', heldOn: '2026-10-28', employerId, organizationName: 'Both', notes: '' } }, cm);
    expect(userErrorOf(both, 'recordEmployerOutreach')).toMatchObject({ field: 'employerId', constraint: 'employerOrOrganization' });
    expect(userErrorOf(await app.gql(OUTREACH, { input: { kind: 'JOB_FAIR', heldOn: '2026-11-03', organizationName: 'Fair', notes: '' } }, cm), 'recordEmployerOutreach'))
      .toMatchObject({ field: 'heldOn', constraint: 'notInFuture' });
    const list = (await dataOf(app, OUTREACH_LIST, {}, app.token(app.fixtures.north.manager))).employerOutreach;
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { kind: 'INCENTIVE_EDUCATION', heldOn: '2026-10-28', organizationName: 'Bethel Chamber of Commerce', employer: null, notes: 'WOTC and OJT incentives' },
      { kind: 'EMPLOYER_VISIT', heldOn: '2026-10-20', organizationName: null, employer: { name: 'Yukon Machine Shop' }, notes: 'Toured the shop' },
    ]);
    // Another office sees none of it; its staff cannot record outreach with this office's employer.
    expect((await dataOf(app, OUTREACH_LIST, {}, app.token(app.fixtures.south.caseManager))).employerOutreach.totalCount).toBe(0);
    expect(userErrorOf(await app.gql(OUTREACH, { input: { kind: 'EMPLOYER_VISIT', heldOn: '2026-10-20', employerId, notes: '' } }, app.token(app.fixtures.south.caseManager)), 'recordEmployerOutreach'))
      .toMatchObject({ code: 'FORBIDDEN' });
  });

  it('SITE-1/2: an employer\'s contact facts change by versions, by its own office only', async () => {
    const change = (token: string) => app.gql(`mutation($input: ChangeEmployerInput!) { changeEmployer(input: $input) { employer { id name number contactName } userErrors { code } } }`,
      { input: { employerId, name: 'Yukon Machine & Weld', ...CONTACT, contactName: 'Lee' } }, token);
    expect(userErrorOf(await change(app.token(app.fixtures.south.supervisor)), 'changeEmployer')).toMatchObject({ code: 'FORBIDDEN' });
    expect((await change(cm)).data.changeEmployer.employer).toEqual({ id: employerId, name: 'Yukon Machine & Weld', number: 2, contactName: 'Lee' });
    const employers = (await dataOf(app, 'query { employers { edges { node { name number } } } }', {}, app.token(app.fixtures.north.manager))).employers.edges;
    expect(employers).toEqual([{ node: { name: 'Yukon Machine & Weld', number: 2 } }]);
    expect((await app.dataSource.query('SELECT name FROM employer WHERE id = $1', [employerId]))[0].name).toBe('Yukon Machine Shop');
  });
});
