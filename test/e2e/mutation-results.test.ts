import { mutationFor, USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { openState } from '../support/state-paths';

const EA_PENDING_NODES = ['OPEN_COMPLIANCE_COMPLIANT', 'OPEN_EXEMPTION_NOT_EXEMPT', 'OPEN_PHASE_ASSESSMENT_EA_PENDING', 'OPEN_TIME_LIMIT_WITHIN_LIMIT'];

/**
 * The contract a front end switches on: every mutation returns its payload with `userErrors`, so
 * a refusal is data and a document keeps each mutation's outcome; reads that fail per record are
 * null beside the rest of the document.
 */
describe('mutation results and per-record reads', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); app.clock.set('2026-11-03T19:00:00Z'); });
  afterAll(() => app.close());

  const historyCount = async (caseId: string): Promise<number> =>
    (await app.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM case_history WHERE case_id = $1', [caseId]))[0].n;

  it('keeps the committed result of the first mutation and gives the second its typed error', async () => {
    const cm = app.token(app.fixtures.north.caseManager);
    const kase = await referClient(app, cm, { referralDate: '2026-11-02' });
    const contact = mutationFor('RECORD_CONTACT_ATTEMPT', 'contact');
    const sign = mutationFor('SIGN_FSSP', 'sign');
    const res = await app.gql(
      `mutation($contactInput: RecordContactAttemptInput!, $signInput: RecordFsspSignedInput!) { ${contact.document} ${sign.document} }`,
      {
        contactInput: { caseId: kase.id, expectedVersion: kase.version, on: '2026-11-03', method: 'PHONE', outcome: 'REACHED' },
        signInput: { caseId: kase.id, expectedVersion: kase.version + 1, signedOn: '2026-11-03' },
      }, cm);
    expect(res.errors).toBeUndefined();
    expect(res.data.contact).toMatchObject({
      userErrors: [], fromState: { path: openState('open.phase.referral.awaitingContact') }, toState: { path: openState('open.phase.assessment.eaPending') },
      case: { id: kase.id, version: 2, state: { path: openState('open.phase.assessment.eaPending') } },
    });
    expect(res.data.sign).toMatchObject({ case: null, fromState: null, toState: null });
    expect(res.data.sign.userErrors).toEqual([expect.objectContaining({
      __typename: 'TransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED', event: 'SIGN_FSSP',
      state: expect.objectContaining({ path: openState('open.phase.assessment.eaPending'), nodes: EA_PENDING_NODES }), allowedEvents: expect.arrayContaining(['SCHEDULE_EA', 'COMPLETE_EA']),
    })]);
    expect(await historyCount(kase.id)).toBe(2);
    // The committed state as a client switches on it: the active nodes and the phase, not the path text (issue 9 item 3).
    const read = await app.gql('query($id: ID!) { case(id: $id) { state { nodes phase path } } }', { id: kase.id }, cm);
    expect(read.data.case.state).toEqual({ nodes: EA_PENDING_NODES, phase: 'ASSESSMENT', path: openState('open.phase.assessment.eaPending') });
  });

  it('answers each mutation of a document from the record as its own write left it (no loader cache carried over)', async () => {
    const cm = app.token(app.fixtures.north.caseManager);
    const kase = await referClient(app, cm, { referralDate: '2026-11-02' });
    const attempt = (alias: string) => `${alias}: recordContactAttempt(input: $${alias}) { case { version history { totalCount } } userErrors { code } }`;
    const input = (expectedVersion: number) => ({ caseId: kase.id, expectedVersion, on: '2026-11-03', method: 'PHONE', outcome: 'NOT_REACHED' });
    const res = await app.gql(`mutation($a: RecordContactAttemptInput!, $b: RecordContactAttemptInput!) { ${attempt('a')} ${attempt('b')} }`, { a: input(1), b: input(2) }, cm);
    expect(res.data.a.case).toEqual({ version: 2, history: { totalCount: 2 } });
    expect(res.data.b.case).toEqual({ version: 3, history: { totalCount: 3 } });
  });

  it('returns a stale expectedVersion as VersionConflictError with the current version, writing nothing', async () => {
    const cm = app.token(app.fixtures.north.caseManager);
    const kase = await referClient(app, cm, { referralDate: '2026-11-02' });
    const { document } = mutationFor('RECORD_CONTACT_ATTEMPT');
    const input = { caseId: kase.id, on: '2026-11-03', method: 'PHONE', outcome: 'NOT_REACHED' };
    await app.gql(`mutation($resultInput: RecordContactAttemptInput!) { ${document} }`, { resultInput: { ...input, expectedVersion: 1 } }, cm);
    const stale = await app.gql(`mutation($resultInput: RecordContactAttemptInput!) { ${document} }`, { resultInput: { ...input, expectedVersion: 1 } }, cm);
    expect(stale.data.result.userErrors).toEqual([expect.objectContaining({ __typename: 'VersionConflictError', code: 'VERSION_CONFLICT', currentVersion: 2, expectedVersion: 1 })]);
    expect(await historyCount(kase.id)).toBe(2);
  });

  it('returns a role the mutation is not for, and invalid input, as typed user errors, not top-level errors', async () => {
    const cm = app.token(app.fixtures.north.caseManager);
    const kase = await referClient(app, cm, { referralDate: '2026-11-02' });
    const { document } = mutationFor('RECORD_CONTACT_ATTEMPT');
    const partner = await app.gql(`mutation($resultInput: RecordContactAttemptInput!) { ${document} }`,
      { resultInput: { caseId: kase.id, expectedVersion: 1, on: '2026-11-03', method: 'PHONE', outcome: 'REACHED' } }, app.token(app.fixtures.north.partner));
    expect(partner.errors).toBeUndefined();
    expect(partner.data.result.userErrors).toEqual([expect.objectContaining({ __typename: 'ForbiddenError', code: 'FORBIDDEN' })]);
    const invalid = await app.gql(`mutation($resultInput: RecordContactAttemptInput!) { ${document} }`,
      { resultInput: { caseId: 'not-a-uuid', expectedVersion: 1, on: '2026-11-03', method: 'PHONE', outcome: 'REACHED' } }, cm);
    expect(invalid.errors).toBeUndefined();
    expect(invalid.data.result.userErrors[0]).toMatchObject({
      __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'caseId', constraint: 'isUuid',
      invalid: [expect.objectContaining({ field: 'caseId', constraint: 'isUuid' })],
    });
    expect(await historyCount(kase.id)).toBe(1);
  });

  it('answers a missing case as null with NOT_FOUND at its path, and the rest of the document still answers', async () => {
    const res = await app.gql('query($id: ID!) { me { name } case(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, app.token(app.fixtures.north.caseManager));
    expect(res.data.me.name).toBeTruthy();
    expect(res.data.case).toBeNull();
    expect(res.errors).toEqual([expect.objectContaining({ path: ['case'], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
  });

  it('answers a referral with its payload and a refused referral with userErrors naming the field', async () => {
    const cm = app.token(app.fixtures.north.caseManager);
    const refer = `mutation($input: ReferClientInput!) { referClient(input: $input) { case { id } ${USER_ERRORS} } }`;
    const future = await app.gql(refer, { input: { client: { firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01' }, track: 'WORK_FIRST', referralDate: '2026-12-01', monthsUsed: 0 } }, cm);
    expect(future.data.referClient).toMatchObject({ case: null, userErrors: [expect.objectContaining({ __typename: 'InputError', field: 'referralDate', constraint: 'notInFuture' })] });
  });
});
