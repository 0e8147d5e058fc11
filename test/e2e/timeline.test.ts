import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import { single } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { sendEvent, userErrorOf, versionOf } from '../support/api';

/**
 * Issue 10, "Dates the record accepted", over HTTP: a date that precedes the fact it is about is
 * refused as an InputError in the mutation's `userErrors`, naming the field and both dates, and
 * the case is left as it was (src/machines/timeline.ts).
 */
describe('timeline checks through the API', () => {
  let app: TestApp;
  let cm: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-03T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());

  async function attempt(caseId: string, type: CaseEventType, input: Record<string, unknown>) {
    const version = await versionOf(app, caseId);
    const res = await app.gql(single(type), { resultInput: { caseId, expectedVersion: version, ...input } }, cm);
    expect(await versionOf(app, caseId)).toBe(version);
    return userErrorOf(res);
  }

  it('EXIT-3: refuses closeTemporaryAssistance dated before the referral, naming both dates', async () => {
    const kase = await referClient(app, cm, { referralDate: '2026-11-02' });
    expect(await attempt(kase.id, 'CLOSE_TA', { closedOn: '2026-10-30', withWork: false })).toMatchObject({
      __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'closedOn', constraint: 'notBeforeReferral',
      message: 'closedOn 2026-10-30 is before the referral (2026-11-02)',
      invalid: [expect.objectContaining({ field: 'closedOn', constraint: 'notBeforeReferral' })],
    });
  });

  it('EXIT-2: refuses closeWorkActivityRecord before the TA closure, so Post-TA cannot start early', async () => {
    const kase = await referClient(app, cm, { referralDate: '2026-10-01' });
    await sendEvent(app, kase.id, 'CLOSE_TA', { closedOn: '2026-10-30', withWork: true }, cm);
    await sendEvent(app, kase.id, 'RECORD_EXIT_SUMMARY', { enteredOn: '2026-11-02' }, cm);
    expect(await attempt(kase.id, 'CLOSE_WORK_ACTIVITY_RECORD', { closedOn: '2026-10-15' })).toMatchObject({
      __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'closedOn', constraint: 'notBeforeTaClosure',
      message: expect.stringMatching(/2026-10-15.*2026-10-30/),
    });
    expect(await attempt(kase.id, 'CLOSE_WORK_ACTIVITY_RECORD', { closedOn: '2030-11-30' })).toMatchObject({ field: 'closedOn', constraint: 'notInFuture' });
  });

  it('TL-1: refuses recordAssistanceMonth before the referral month, naming that month', async () => {
    const kase = await referClient(app, cm, { referralDate: '2026-10-20' });
    expect(await attempt(kase.id, 'RECORD_ASSISTANCE_MONTH', { month: '2026-09' })).toMatchObject({
      __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'month', constraint: 'notBeforeReferral',
      message: 'month 2026-09 is before the referral (2026-10)',
    });
  });

  it.each(['0001-01-01T00:00:00Z', '9999-12-31T00:00:00Z'])('EA-1: refuses scheduleEmployabilityAssessment at %s', async (appointmentAt) => {
    const kase = await referClient(app, cm, { referralDate: '2026-11-02' });
    await sendEvent(app, kase.id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-03', method: 'PHONE', outcome: 'REACHED' }, cm);
    // Issue 11 item 4: an instant outside 1900-2100 is refused where the DateTime scalar reads it,
    // as dates are, before any resolver (and so before the timeline's own range check).
    const version = await versionOf(app, kase.id);
    const res = await app.gql(single('SCHEDULE_EA'), { resultInput: { caseId: kase.id, expectedVersion: version, appointmentAt } }, cm);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'appointmentAt', constraint: 'isDateTime' });
    expect(await versionOf(app, kase.id)).toBe(version);
  });
});
