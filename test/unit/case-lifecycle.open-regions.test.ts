import { leafPaths, phaseOf } from '../../src/machines/case-state';
import { at, blocked, drive, type Command } from '../support/chart-drive';

/**
 * Issue 10, dead ends before the plan is signed: compliance, exemption and the time limit run
 * beside the casework phase for the whole open case (machine version 2), so a client who never
 * engages after a J016 (ENG-5), will not sign a mailed plan (FSSP-1) or needs an exemption
 * before signing (AS 47.27.035) can be reported or exempted, and month 58 is staffed in any phase (TL-1).
 */
const regions = (commands: Command[], monthsUsed?: number) => {
  const s = drive(commands, monthsUsed);
  return { s, phase: phaseOf(s.value), leaves: leafPaths(s.value) };
};

const j016: Command[] = [
  { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-03-03', method: 'PHONE', outcome: 'NOT_REACHED' },
  { type: 'ISSUE_J016', eaAppointmentAt: '2026-03-09T18:00:00.000Z' },
];
const toMailedPlan: Command[] = [
  { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-03-03', method: 'PHONE', outcome: 'REACHED' },
  { type: 'COMPLETE_EA', completedOn: '2026-03-04' },
  { type: 'RECORD_EA_NOTE', enteredOn: '2026-03-05' },
  { type: 'DRAFT_FSSP', draftedOn: '2026-03-06', lastStepReviewDate: '2026-06-01' },
  { type: 'MAIL_FSSP', mailedOn: '2026-03-06', dueBackOn: '2026-03-20' },
];
const noGoodCause: Command[] = [
  { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'no reason given', at: at('2026-03-24') },
  { type: 'REQUEST_PENALTY', at: at('2026-03-24') },
];

describe('issue 10: no dead ends before the FSSP is signed (machine version 2)', () => {
  it('ENG-5: a client who never engages after a J016 is reported, penalized, and cures by engaging', () => {
    const { s, phase } = regions(j016);
    expect(phase).toBe('REFERRAL');
    expect(blocked(s, 'REPORT_NON_COMPLIANCE')).toBeNull();
    const penalized = regions([...j016,
      { type: 'REPORT_NON_COMPLIANCE', kind: 'NOT_ENGAGED', occurredOn: '2026-03-23', at: at('2026-03-23') },
      ...noGoodCause,
      { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-25', at: at('2026-03-25') },
    ]);
    expect(penalized.phase).toBe('REFERRAL');
    expect(penalized.leaves).toEqual(expect.arrayContaining(['open.compliance.penalized', 'open.phase.referral.j016Issued']));
    expect(penalized.s.context.penalty).toMatchObject({ kind: 'NOT_ENGAGED', stage: 1, imposedOn: '2026-05-01' });
    // The client comes in: the casework moves on while the penalty stands, and engaging cures it (PEN-3).
    const engaged = regions([...j016,
      { type: 'REPORT_NON_COMPLIANCE', kind: 'NOT_ENGAGED', occurredOn: '2026-03-23', at: at('2026-03-23') }, ...noGoodCause,
      { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-25', at: at('2026-03-25') },
      { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-05-04', method: 'IN_PERSON', outcome: 'REACHED', at: at('2026-05-04') },
      { type: 'CURE_PENALTY', intentToComplyOn: '2026-05-04', compliedOn: '2026-05-04', at: at('2026-05-04') },
    ]);
    expect(engaged.phase).toBe('ASSESSMENT');
    expect(engaged.leaves).toContain('open.compliance.compliant');
    expect(engaged.s.context.penaltyHistory.at(-1)).toMatchObject({ kind: 'NOT_ENGAGED', endReason: 'CURED' });
  });

  it('FSSP-1: refusing to sign a mailed plan is a non-compliance; before any plan is drafted there is nothing to refuse', () => {
    const mailed = regions(toMailedPlan);
    expect(mailed.leaves).toContain('open.phase.planning.awaitingSignature');
    expect(blocked(mailed.s, 'REPORT_NON_COMPLIANCE')).toBeNull();
    const reported = regions([...toMailedPlan, { type: 'REPORT_NON_COMPLIANCE', kind: 'FSSP', occurredOn: '2026-03-23', at: at('2026-03-23') }, ...noGoodCause,
      { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-25', at: at('2026-03-25') }]);
    expect(reported.phase).toBe('PLANNING');
    expect(reported.leaves).toContain('open.compliance.penalized');
    // Signed later, the case participates; the penalty stands until it is cured or removed (PEN-3).
    const signed = regions([...toMailedPlan, { type: 'REPORT_NON_COMPLIANCE', kind: 'FSSP', occurredOn: '2026-03-23', at: at('2026-03-23') }, ...noGoodCause,
      { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-25', at: at('2026-03-25') }, { type: 'SIGN_FSSP', signedOn: '2026-04-02', at: at('2026-04-02') }]);
    expect(signed.phase).toBe('PARTICIPATING');
    expect(signed.leaves).toEqual(expect.arrayContaining(['open.compliance.penalized', 'open.phase.participating.plan.current']));

    const beforeDraft = drive([toMailedPlan[0], toMailedPlan[1], toMailedPlan[2]]);
    expect(beforeDraft.can({ type: 'REPORT_NON_COMPLIANCE', kind: 'FSSP', occurredOn: '2026-03-06', at: at('2026-03-10') })).toBe(false);
    expect(blocked(beforeDraft, 'REPORT_NON_COMPLIANCE')).toBeNull(); // other kinds (NOT_ENGAGED...) may still be reported
  });

  it('AS 47.27.035: an exemption starts before the plan is signed and carries into participation', () => {
    const assessing = drive([toMailedPlan[0]]);
    expect(blocked(assessing, 'START_EXEMPTION')).toBeNull();
    const exempt = regions([toMailedPlan[0], { type: 'START_EXEMPTION', reason: 'MEDICAL_INABILITY', startedOn: '2026-03-04', documentedOn: '2026-03-03' }]);
    expect(exempt.phase).toBe('ASSESSMENT');
    expect(exempt.leaves).toContain('open.exemption.exempt');
    const later = regions([toMailedPlan[0], { type: 'START_EXEMPTION', reason: 'MEDICAL_INABILITY', startedOn: '2026-03-04', documentedOn: '2026-03-03' },
      ...toMailedPlan.slice(1), { type: 'SIGN_FSSP', signedOn: '2026-03-09' }]);
    expect(later.leaves).toEqual(expect.arrayContaining(['open.exemption.exempt', 'open.phase.participating.plan.current']));
  });

  it('TL-1: month 58 is staffed in whatever phase it arrives, not only once a plan is signed', () => {
    const referred = drive([], 58);
    expect(blocked(referred, 'SCHEDULE_EXTENSION_STAFFING')).toBeNull();
    const staffed = regions([{ type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: '2026-03-20' }], 58);
    expect(staffed.phase).toBe('REFERRAL');
    expect(staffed.leaves).toContain('open.timeLimit.staffingScheduled');
  });
});
