import { addCaseNote, addClientNote, dataOf, sendEvent } from '../support/api';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const STATE = 'query($id: ID!) { case(id: $id) { state { nodes phase } penalty { stage percentage } } }';

/**
 * Issue 10 through the API: before any FSSP is signed, a client who does not engage can be
 * reported and penalized (ENG-5), a mailed plan left unsigned is a non-compliance (FSSP-1), and an
 * exemption can start (AS 47.27.035), each while the casework phase stays where it is.
 */
describe('before the FSSP is signed (issue 10: ENG-5, FSSP-1, exemptions)', () => {
  let app: TestApp;
  let cm: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());
  const on = (day: string) => app.clock.set(`${day}T19:00:00Z`);
  const stateOf = async (id: string) => (await dataOf(app, STATE, { id }, cm)).case;

  it('ENG-5: a client not reached after a J016 is reported, found without good cause, and penalized in the referral phase', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02', monthsUsed: 4 });
    await sendEvent(app, id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-02', method: 'PHONE', outcome: 'NOT_REACHED' }, cm);
    await sendEvent(app, id, 'ISSUE_J016', { eaAppointmentAt: '2026-11-09T18:00:00.000Z' }, cm);
    on('2026-11-20');
    await sendEvent(app, id, 'REPORT_NON_COMPLIANCE', { kind: 'NOT_ENGAGED', occurredOn: '2026-11-19' }, cm);
    expect(await stateOf(id)).toMatchObject({ state: { phase: 'REFERRAL', nodes: expect.arrayContaining(['OPEN_COMPLIANCE_GOOD_CAUSE_PENDING', 'OPEN_PHASE_REFERRAL_J016_ISSUED']) } });
    await addClientNote(app, id, 'GOOD_CAUSE_DETERMINATION', cm);
    await sendEvent(app, id, 'DETERMINE_GOOD_CAUSE', { goodCause: false, reason: 'No contact, no reason given' }, cm);
    await addCaseNote(app, id, 'PENALTY_REQUEST', cm);
    await sendEvent(app, id, 'REQUEST_PENALTY', {}, cm);
    await sendEvent(app, id, 'IMPOSE_PENALTY', { noticeOn: '2026-11-20' }, cm);
    expect(await stateOf(id)).toMatchObject({
      state: { phase: 'REFERRAL', nodes: expect.arrayContaining(['OPEN_COMPLIANCE_PENALIZED', 'OPEN_PHASE_REFERRAL_J016_ISSUED']) },
      penalty: { stage: 1, percentage: 40 },
    });
  });

  it('FSSP-1: a mailed plan not signed is reported in the planning phase; an exemption starts before signing', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-11-02', monthsUsed: 4 });
    on('2026-11-03');
    await sendEvent(app, id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-03', method: 'PHONE', outcome: 'REACHED' }, cm);
    await sendEvent(app, id, 'COMPLETE_EA', { completedOn: '2026-11-03' }, cm);
    await addClientNote(app, id, 'EA', cm);
    await sendEvent(app, id, 'RECORD_EA_NOTE', { enteredOn: '2026-11-03' }, cm);
    await sendEvent(app, id, 'DRAFT_FSSP', { draftedOn: '2026-11-03', lastStepReviewDate: '2027-02-01' }, cm);
    await sendEvent(app, id, 'MAIL_FSSP', { mailedOn: '2026-11-03', dueBackOn: '2026-11-17' }, cm);
    on('2026-11-18');
    await sendEvent(app, id, 'REPORT_NON_COMPLIANCE', { kind: 'FSSP', occurredOn: '2026-11-17' }, cm);
    await addCaseNote(app, id, 'EXEMPTION_START_OR_END', cm);
    await sendEvent(app, id, 'START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-11-18', documentedOn: '2026-11-16' }, cm);
    expect(await stateOf(id)).toMatchObject({
      state: { phase: 'PLANNING', nodes: expect.arrayContaining(['OPEN_COMPLIANCE_GOOD_CAUSE_PENDING', 'OPEN_EXEMPTION_EXEMPT', 'OPEN_PHASE_PLANNING_AWAITING_SIGNATURE']) },
    });
  });
});
