import { versionOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Safe retries (issue 9): a clientMutationId is the idempotency key of a mutation, per user, for
 * 24 hours. A retry with the same key and input returns the first response and writes nothing;
 * the same key with other input (or another mutation) is refused with IDEMPOTENCY_KEY_REUSED.
 */
describe('safe retries with clientMutationId', () => {
  let app: TestApp;
  let cm: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());
  afterEach(() => app.clock.set('2026-11-02T18:00:00Z'));

  const REFER = `mutation($input: ReferClientInput!) {
    referClient(input: $input) { clientMutationId case { id version referralDate monthsUsed createdAt } ${USER_ERRORS} }
  }`;
  const CONTACT = `mutation($input: RecordContactAttemptInput!) {
    result: recordContactAttempt(input: $input) { clientMutationId case { id version } ${USER_ERRORS} }
  }`;
  const referral = (lastName: string, clientMutationId?: string) => ({
    clientMutationId, track: 'WORK_FIRST', referralDate: '2026-11-02', monthsUsed: 3,
    client: { firstName: 'Ana', lastName, dateOfBirth: '1994-05-17' }, household: [],
  });
  const count = async (sql: string, params: unknown[]) => (await app.dataSource.query(sql, params))[0].n as number;
  const clientsNamed = (lastName: string) => count('SELECT count(*)::int AS n FROM client WHERE last_name = $1', [lastName]);
  const historyOf = (caseId: string) => count('SELECT count(*)::int AS n FROM case_history WHERE case_id = $1', [caseId]);
  /** A referred case, without a key. */
  async function referClient(lastName = 'Case') {
    const res = await app.gql(REFER, { input: referral(lastName) }, cm);
    if (!res.data?.referClient?.case) throw new Error(JSON.stringify(res.errors ?? res.data.referClient.userErrors));
    return res.data.referClient.case as { id: string; version: number };
  }
  const contact = (input: Record<string, unknown>) => app.gql(CONTACT, { input }, cm);

  it('retrying referClient with the same clientMutationId writes one client and case and returns the same response', async () => {
    const input = referral('Retry', 'refer-1');
    const first = await app.gql(REFER, { input }, cm);
    expect(first.errors).toBeUndefined();
    expect(first.data.referClient.userErrors).toEqual([]);
    expect(first.data.referClient.clientMutationId).toBe('refer-1');
    app.clock.set('2026-11-02T19:00:00Z');
    const retry = await app.gql(REFER, { input }, cm);
    // The stored response, Dates included, serializes as the first one did.
    expect(retry.data).toEqual(first.data);
    expect(await clientsNamed('Retry')).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM work_case WHERE id = $1', [first.data.referClient.case.id])).toBe(1);
  });

  it('retrying a lifecycle mutation returns the first response, not VERSION_CONFLICT, and writes one history row', async () => {
    const kase = await referClient();
    const input = { caseId: kase.id, expectedVersion: kase.version, clientMutationId: 'contact-1', on: '2026-11-02', method: 'PHONE', outcome: 'NOT_REACHED' };
    const first = await contact(input);
    expect(first.data.result).toMatchObject({ userErrors: [], case: { id: kase.id, version: 2 } });
    // The case moved on to version 2; the retry still carries expectedVersion 1 and gets the first answer.
    const retry = await contact(input);
    expect(retry.data).toEqual(first.data);
    expect(await historyOf(kase.id)).toBe(2);
    expect(await versionOf(app, kase.id)).toBe(2);
  });

  it('the same key with other input, or with another mutation, is refused with IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    const first = await app.gql(REFER, { input: referral('Reused', 'refer-2') }, cm);
    const caseId = first.data.referClient.case.id;
    const other = await app.gql(REFER, { input: { ...referral('Reused', 'refer-2'), monthsUsed: 4 } }, cm);
    expect(other.errors).toBeUndefined();
    expect(other.data.referClient.case).toBeNull();
    expect(other.data.referClient.userErrors).toEqual([expect.objectContaining({
      __typename: 'IdempotencyKeyReusedError', code: 'IDEMPOTENCY_KEY_REUSED', clientMutationId: 'refer-2',
    })]);
    expect(await clientsNamed('Reused')).toBe(1);

    const note = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { caseNote { id } ${USER_ERRORS} } }`;
    const otherMutation = await app.gql(note, { input: { clientMutationId: 'refer-2', caseId, category: 'EXEMPTION_START_OR_END', text: 'A note' } }, cm);
    expect(otherMutation.data.addCaseNote.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count('SELECT count(*)::int AS n FROM case_note WHERE case_id = $1', [caseId])).toBe(0);
  });

  it('two identical requests at the same time write once and both get the same response', async () => {
    const input = referral('Twice', 'refer-3');
    const results = await Promise.all(Array.from({ length: 6 }, () => app.gql(REFER, { input }, cm)));
    expect(results.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
    expect(new Set(results.map((r) => JSON.stringify(r.data))).size).toBe(1);
    expect(results[0].data.referClient.case.id).toEqual(expect.any(String));
    expect(await clientsNamed('Twice')).toBe(1);
  });

  it('two identical lifecycle mutations at the same time: one history row, neither gets VERSION_CONFLICT', async () => {
    const kase = await referClient();
    const input = { caseId: kase.id, expectedVersion: kase.version, clientMutationId: 'contact-2', on: '2026-11-02', method: 'LETTER', outcome: 'NOT_REACHED' };
    const [a, b] = await Promise.all([1, 2].map(() => contact(input)));
    expect(a.data.result.userErrors).toEqual([]);
    expect(b.data).toEqual(a.data);
    expect(await historyOf(kase.id)).toBe(2);
  });

  it("keys are each user's own: the same key used by two users writes twice, whatever the input", async () => {
    const other = app.token(app.fixtures.north.otherCaseManager);
    const mine = await app.gql(REFER, { input: referral('Shared', 'shared-key') }, cm);
    const theirs = await app.gql(REFER, { input: { ...referral('Shared', 'shared-key'), monthsUsed: 9 } }, other);
    expect(mine.data.referClient.userErrors).toEqual([]);
    expect(theirs.data.referClient.userErrors).toEqual([]);
    expect(theirs.data.referClient.case.id).not.toBe(mine.data.referClient.case.id);
    expect(await clientsNamed('Shared')).toBe(2);
  });

  it('a key older than 24 hours is free again, and the purge deletes it after the margin', async () => {
    const first = await app.gql(REFER, { input: referral('Expired', 'refer-4') }, cm);
    app.clock.set('2026-11-03T18:00:01Z');
    // Other input under the same key: no longer a reuse, a new request.
    const later = await app.gql(REFER, { input: { ...referral('Expired', 'refer-4'), monthsUsed: 5 } }, cm);
    expect(later.data.referClient.userErrors).toEqual([]);
    expect(later.data.referClient.case.id).not.toBe(first.data.referClient.case.id);
    expect(await clientsNamed('Expired')).toBe(2);

    const keys = () => count(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = 'refer-1'`, []);
    expect(await keys()).toBe(1);
    app.clock.set('2026-11-03T18:30:00Z');
    await app.running.services.idempotency.purgeExpired();
    expect(await keys()).toBe(1); // 24.5 hours old: past the window, within the purge's margin
    app.clock.set('2026-11-03T20:00:00Z');
    await app.running.services.idempotency.purgeExpired();
    expect(await keys()).toBe(0);
  });

  it('a refused request stores nothing: its retry runs again', async () => {
    const kase = await referClient();
    const input = { caseId: kase.id, expectedVersion: 7, clientMutationId: 'stale-1', on: '2026-11-02', method: 'PHONE', outcome: 'NOT_REACHED' };
    const stale = await contact(input);
    expect(stale.data.result.userErrors[0].code).toBe('VERSION_CONFLICT');
    const fixed = await contact({ ...input, clientMutationId: 'stale-2', expectedVersion: 1 });
    expect(fixed.data.result.userErrors).toEqual([]);
    expect(await count(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = 'stale-1'`, [])).toBe(0);
  });

  it('acknowledging an Eligibility notice twice succeeds both times with the first acknowledgement', async () => {
    const partner = app.token(app.fixtures.north.partner);
    const { id, version } = await referClient();
    // MGT-5: closing TA tells Eligibility, through a notice in the outbox.
    const closed = await app.gql(`mutation($input: CloseTemporaryAssistanceInput!) { closeTemporaryAssistance(input: $input) { ${USER_ERRORS} } }`,
      { input: { caseId: id, expectedVersion: version, closedOn: '2026-11-02', withWork: false } }, cm);
    expect(closed.data.closeTemporaryAssistance.userErrors).toEqual([]);
    const [{ id: noticeId }] = await app.dataSource.query('SELECT id FROM eligibility_notice WHERE case_id = $1', [id]);
    const ack = `mutation($input: AcknowledgeEligibilityNoticeInput!) {
      acknowledgeEligibilityNotice(input: $input) { notice { id acknowledgedAt } ${USER_ERRORS} }
    }`;
    const first = await app.gql(ack, { input: { id: noticeId } }, partner);
    expect(first.data.acknowledgeEligibilityNotice).toMatchObject({ userErrors: [], notice: { id: expect.any(String), acknowledgedAt: '2026-11-02T18:00:00.000Z' } });
    app.clock.set('2026-11-02T20:00:00Z');
    const again = await app.gql(ack, { input: { id: noticeId } }, partner);
    expect(again.data).toEqual(first.data);
    const withKey = await app.gql(ack, { input: { id: noticeId, clientMutationId: 'ack-1' } }, partner);
    expect(withKey.data.acknowledgeEligibilityNotice.notice).toEqual(first.data.acknowledgeEligibilityNotice.notice);
  });
});
