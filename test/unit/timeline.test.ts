import { initialTransition } from 'xstate';
import { checkEvent } from '../../src/machines/available-actions';
import { CASE_EVENTS, CASE_EVENT_TYPES } from '../../src/machines/case-event-catalog';
import { initialCaseContext } from '../../src/machines/case-lifecycle.actions';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import type { CaseContext, CaseEvent, PenaltyRecord } from '../../src/machines/case-lifecycle.types';
import { checkTimeline, TIMELINE } from '../../src/machines/timeline';
import { exploreCaseModel, MODEL_AT } from '../support/case-model';

/**
 * Issue 10, "Dates the record accepted": each event's dates must follow the earlier facts of the
 * case's own record, and lie ahead of today only as far as the event allows (src/machines/timeline.ts).
 */
const TODAY = '2026-11-03';
const AT = '2026-11-03T20:00:00.000Z';
const REFERRED = '2026-10-01';
const OCCURRED = '2026-10-05';

const penalty = (over: Partial<PenaltyRecord> = {}): PenaltyRecord => ({
  kind: 'WORK_ACTIVITY', occurredOn: OCCURRED, reportedOn: OCCURRED, goodCause: false, goodCauseReason: 'none', stage: 1,
  imposedOn: '2026-11-01', homeVisitOn: null, homeVisitRecordedOn: null, endedOn: null, endReason: null, ...over,
});
const context = (over: Partial<CaseContext> = {}): CaseContext => ({
  ...initialCaseContext({ track: 'WORK_FIRST', caseManagerId: 'cm-1', referralDate: REFERRED, monthsUsed: 10 }), ...over,
});
type Command = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'at'> & { at?: string } : never) : never;
const check = (c: CaseContext, command: Command) => checkTimeline(c, { at: AT, ...command });

describe('timeline: dates follow the record they are about', () => {
  describe('PEN-3: a cure cannot predate the non-compliance it cures', () => {
    const penalized = context({ penalty: penalty() });
    it('refuses intentToComplyOn before the non-compliance, naming both dates', () => {
      expect(check(penalized, { type: 'CURE_PENALTY', intentToComplyOn: '2026-10-01', compliedOn: null })).toEqual({
        field: 'intentToComplyOn', constraint: 'notBeforeNonCompliance', message: expect.stringMatching(/2026-10-01.*the non-compliance.*2026-10-05/),
      });
    });
    it('refuses compliedOn before the non-compliance too', () => {
      expect(check(penalized, { type: 'CURE_PENALTY', intentToComplyOn: null, compliedOn: '2026-09-30' }))
        .toMatchObject({ field: 'compliedOn', constraint: 'notBeforeNonCompliance' });
    });
    it('accepts a cure on the day of the non-compliance or later', () => {
      expect(check(penalized, { type: 'CURE_PENALTY', intentToComplyOn: OCCURRED, compliedOn: '2026-11-02' })).toBeNull();
    });
  });

  it('PEN-1 (good cause after imposition): removal dated 2025-01-01 reaches before the non-compliance and is refused', () => {
    expect(check(context({ penalty: penalty() }), { type: 'REMOVE_PENALTY_FOR_GOOD_CAUSE', goodCauseBeganOn: '2025-01-01', reason: 'hospitalized' }))
      .toMatchObject({ field: 'goodCauseBeganOn', constraint: 'notBeforeNonCompliance', message: expect.stringContaining('2025-01-01') });
  });

  describe('PEN-5 / 7 AAC 45.980(d): imposePenalty', () => {
    const requested = context({ penalty: penalty({ stage: 0, imposedOn: null }) });
    const impose = (effectiveOn: string, noticeOn = '2026-10-20') => check(requested, { type: 'IMPOSE_PENALTY', noticeOn, effectiveOn });
    it('refuses an effective date in mid-month', () => {
      expect(impose('2026-12-15')).toMatchObject({ field: 'effectiveOn', constraint: 'firstOfMonth', message: expect.stringContaining('2027-01-01') });
    });
    it('refuses an effective date before the non-compliance', () => {
      expect(impose('2026-10-01')).toMatchObject({ field: 'effectiveOn', constraint: 'notBeforeNonCompliance', message: expect.stringContaining(OCCURRED) });
    });
    it('refuses an effective date years ahead', () => {
      expect(impose('2029-01-01')).toMatchObject({ field: 'effectiveOn', constraint: 'notTooFarAhead' });
    });
    it('refuses a notice before the non-compliance, or not yet given', () => {
      expect(impose('2026-12-01', '2026-10-01')).toMatchObject({ field: 'noticeOn', constraint: 'notBeforeNonCompliance' });
      expect(impose('2026-12-01', '2026-11-20')).toMatchObject({ field: 'noticeOn', constraint: 'notInFuture' });
    });
    it('PEN-5: refuses a typed effective date that is not the one computed from the notice, naming both dates', () => {
      // Notice 2026-10-20 -> the 1st of the first month at least 10 days after it: 2026-11-01 (7 AAC 45.980(d)).
      expect(impose('2026-12-01')).toEqual({
        field: 'effectiveOn', constraint: 'effectiveDateFollowsNotice', message: expect.stringMatching(/2026-12-01 is not 2026-11-01.*notice of 2026-10-20.*PEN-5/),
      });
      // 10 days exactly is enough; 9 are too few (DOMAIN "Penalty stages").
      expect(check(requested, { type: 'IMPOSE_PENALTY', noticeOn: '2026-10-22', effectiveOn: '2026-11-01' })).toBeNull();
      expect(check(requested, { type: 'IMPOSE_PENALTY', noticeOn: '2026-10-23', effectiveOn: '2026-11-01' }))
        .toMatchObject({ field: 'effectiveOn', constraint: 'effectiveDateFollowsNotice', message: expect.stringContaining('2026-12-01') });
    });
    it('PEN-5: the same refusal through checkEvent is TIMELINE (bad input), before the chart', () => {
      const s = caseLifecycleMachine.resolveState({ value: { open: { phase: { participating: { plan: 'current', track: 'steady' } }, compliance: 'penaltyRequested', exemption: 'notExempt', timeLimit: 'withinLimit' } }, context: requested });
      expect(checkEvent(s, { type: 'IMPOSE_PENALTY', noticeOn: '2026-10-20', effectiveOn: '2026-12-01', at: AT }, { documentation: new Map() }))
        .toMatchObject({ by: 'TIMELINE', constraint: 'effectiveDateFollowsNotice' });
    });
    it('accepts the computed 1st of a coming month, and a notice alone', () => {
      expect(impose('2026-11-01')).toBeNull();
      expect(check(requested, { type: 'IMPOSE_PENALTY', noticeOn: TODAY, effectiveOn: null })).toBeNull();
    });
  });

  describe('EXIT-3: closeTemporaryAssistance', () => {
    it('refuses a closure before the referral', () => {
      expect(check(context(), { type: 'CLOSE_TA', closedOn: '2026-09-30', withWork: true }))
        .toMatchObject({ field: 'closedOn', constraint: 'notBeforeReferral', message: expect.stringMatching(/2026-09-30.*2026-10-01/) });
    });
    it('refuses a closure years ahead, and accepts one at the end of next month', () => {
      expect(check(context(), { type: 'CLOSE_TA', closedOn: '2029-11-30', withWork: true })).toMatchObject({ field: 'closedOn', constraint: 'notTooFarAhead' });
      expect(check(context(), { type: 'CLOSE_TA', closedOn: '2026-11-30', withWork: true })).toBeNull();
    });
  });

  describe('EXIT-2: closeWorkActivityRecord', () => {
    const exited = context({ exit: { closedOn: '2026-10-31', withWork: true, summaryOn: '2026-11-02', recordClosedOn: null } });
    it('refuses closedOn before the TA closure (EXIT-2 would show MET and Post-TA start early)', () => {
      expect(check(exited, { type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: '2026-10-15' }))
        .toMatchObject({ field: 'closedOn', constraint: 'notBeforeTaClosure', message: expect.stringMatching(/2026-10-15.*the TA closure.*2026-10-31/) });
    });
    it('refuses closedOn in 2030', () => {
      expect(check(exited, { type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: '2030-11-30' })).toMatchObject({ field: 'closedOn', constraint: 'notInFuture' });
    });
  });

  it('a re-referral cannot predate the TA closure of the last referral', () => {
    const closed = context({ exit: { closedOn: '2026-10-31', withWork: false, summaryOn: '2026-11-02', recordClosedOn: '2026-11-02' } });
    expect(check(closed, { type: 'REFER_AGAIN', referralDate: '2026-10-20', track: 'WORK_FIRST', caseManagerId: 'cm-1', monthsUsed: 10 }))
      .toMatchObject({ field: 'referralDate', constraint: 'notBeforeTaClosure', message: expect.stringMatching(/2026-10-20.*2026-10-31/) });
  });

  it('EXM-1: an exemption cannot end before it starts', () => {
    const exempt = context({ exemption: { reason: 'MEDICAL_INABILITY', startedOn: '2026-10-20', endedOn: null } });
    expect(check(exempt, { type: 'END_EXEMPTION', endedOn: '2026-10-10' }))
      .toMatchObject({ field: 'endedOn', constraint: 'notBeforeExemptionStart', message: expect.stringMatching(/2026-10-10.*2026-10-20/) });
    expect(check(exempt, { type: 'END_EXEMPTION', endedOn: '2026-10-20' })).toBeNull();
  });

  describe('ENG-2 / EA-1: appointment instants are bounded like dates', () => {
    it('refuses a J016 with an EA appointment in 2020', () => {
      expect(check(context(), { type: 'ISSUE_J016', eaAppointmentAt: '2020-03-02T18:00:00.000Z' }))
        .toMatchObject({ field: 'eaAppointmentAt', constraint: 'notBeforeReferral' });
    });
    it('refuses an appointment earlier today-in-Alaska than today, or more than a year ahead', () => {
      expect(check(context(), { type: 'SCHEDULE_EA', appointmentAt: '2026-10-20T18:00:00.000Z' })).toMatchObject({ constraint: 'notInPast' });
      expect(check(context(), { type: 'SCHEDULE_EA', appointmentAt: '2028-01-10T18:00:00.000Z' })).toMatchObject({ constraint: 'notTooFarAhead' });
      expect(check(context(), { type: 'SCHEDULE_EA', appointmentAt: '2026-11-05T18:00:00.000Z' })).toBeNull();
    });
    it.each(['0001-01-01T00:00:00.000Z', '9999-12-31T00:00:00.000Z'])('refuses scheduleEmployabilityAssessment at %s', (appointmentAt) => {
      expect(check(context(), { type: 'SCHEDULE_EA', appointmentAt })).toMatchObject({ field: 'appointmentAt', constraint: 'inSupportedRange' });
    });
  });

  describe('TL-1 / TL-2: the extension staffing', () => {
    it('refuses a staffing dated before the referral', () => {
      expect(check(context({ monthsUsed: 58 }), { type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: '2026-09-15' }))
        .toMatchObject({ field: 'staffingOn', constraint: 'notBeforeReferral' });
    });
    it('TL-2: refuses a staffing form re-entered with an earlier submittedOn (a late form would become on time)', () => {
      const late = context({ extension: { staffingOn: '2026-11-06', formSubmittedOn: '2026-11-02', decision: null } });
      expect(check(late, { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-10-20' }))
        .toMatchObject({ field: 'submittedOn', constraint: 'notBeforeLastSubmission', message: expect.stringMatching(/2026-10-20.*2026-11-02/) });
      expect(check(late, { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-11-03' })).toBeNull();
    });
    it('TL-2: a decided staffing keeps its form', () => {
      const decided = context({ extension: { staffingOn: '2026-11-06', formSubmittedOn: '2026-10-20', decision: 'DENIED' } });
      expect(check(decided, { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-11-03' })).toMatchObject({ field: 'submittedOn', constraint: 'staffingDecided' });
    });
  });

  describe('TL-1: recordAssistanceMonth', () => {
    it.each(['0001-01', '1000-06', '1899-12'])('refuses %s, outside the supported range', (month) => {
      expect(check(context(), { type: 'RECORD_ASSISTANCE_MONTH', month })).toMatchObject({ field: 'month', constraint: 'inSupportedRange' });
    });
    it('refuses a month before the referral month, naming the referral month', () => {
      expect(check(context(), { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-09' }))
        .toEqual({ field: 'month', constraint: 'notBeforeReferral', message: 'month 2026-09 is before the referral (2026-10)' });
      expect(check(context(), { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-10' })).toBeNull();
    });
    it('refuses a month that has not begun, naming this month', () => {
      expect(check(context(), { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-12' }))
        .toEqual({ field: 'month', constraint: 'notInFuture', message: 'month 2026-12 has not begun (this month is 2026-11)' });
    });
  });

  describe('things done are not dated after today (the former pastDates of the event catalog)', () => {
    const done: Command[] = [
      { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-11-04', method: 'PHONE', outcome: 'REACHED' },
      { type: 'COMPLETE_EA', completedOn: '2026-11-04' },
      { type: 'RECORD_EA_NOTE', enteredOn: '2026-11-04' },
      { type: 'DRAFT_FSSP', draftedOn: '2026-11-04', lastStepReviewDate: '2027-01-04' },
      { type: 'MAIL_FSSP', mailedOn: '2026-11-04', dueBackOn: '2026-11-18' },
      { type: 'SIGN_FSSP', signedOn: '2026-11-04' },
      { type: 'REVIEW_FSSP', reviewedOn: '2026-11-04' },
      { type: 'UPDATE_FSSP', updatedOn: '2026-11-04', lastStepReviewDate: '2027-01-04' },
      { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-11-04' },
      { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2026-11-04', childSafetyDetermined: true },
      { type: 'CURE_PENALTY', intentToComplyOn: '2026-11-04', compliedOn: null },
      { type: 'REMOVE_PENALTY_FOR_GOOD_CAUSE', goodCauseBeganOn: '2026-11-04', reason: 'hospitalized' },
      { type: 'END_EXEMPTION', endedOn: '2026-11-04' },
      { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-11-04' },
      { type: 'RECORD_EXIT_SUMMARY', enteredOn: '2026-11-04' },
      { type: 'RECORD_POST_TA_CONTACT', contactedOn: '2026-11-04' },
      { type: 'REFER_AGAIN', referralDate: '2026-11-04', track: 'WORK_FIRST', caseManagerId: 'cm-1', monthsUsed: 10 },
    ];
    it.each(done.map((c) => [c.type, c] as const))('%s: tomorrow is refused as notInFuture', (_type, command) => {
      expect(check(context({ penalty: penalty() }), command)).toMatchObject({ constraint: 'notInFuture', message: expect.stringContaining(`(${TODAY})`) });
    });
  });

  it('runs first in checkEvent, the one decision of Case.actions and the mutations, as a TIMELINE refusal', () => {
    const [start] = initialTransition(caseLifecycleMachine, { track: 'WORK_FIRST', caseManagerId: 'cm-1', referralDate: REFERRED, monthsUsed: 10 });
    const refusal = checkEvent(start, { type: 'CLOSE_TA', closedOn: '2026-09-30', withWork: false, at: AT }, { documentation: new Map() });
    expect(refusal).toMatchObject({ by: 'TIMELINE', field: 'closedOn', constraint: 'notBeforeReferral' });
  });

  it("keeps Case.actions' probes passing it wherever the chart accepts them, in every reachable state", () => {
    // The model's moves say which event types the chart accepts in each state; `can()` runs only for those.
    const failing = exploreCaseModel().flatMap(({ snapshot, key, moves }) => [...new Set(moves.map((m) => m.event.type))]
      .map((type) => ({ key, type, probe: CASE_EVENTS[type].probe(snapshot.context, MODEL_AT) }))
      .filter(({ probe }) => snapshot.can(probe))
      .map(({ key, type, probe }) => ({ key, type, refusal: checkTimeline(snapshot.context, probe) }))
      .filter((r) => r.refusal !== null));
    expect(failing).toEqual([]);
  });

  it('declares only fields of events the catalog knows', () => {
    for (const type of Object.keys(TIMELINE)) expect(CASE_EVENT_TYPES).toContain(type);
  });
});

/** Review of issue 10's fix: dates that still escaped the timeline. */
describe('timeline: no date before the referral, no exemption that can never end', () => {
  it('EXM-1: refuses an exemption starting in the future (its end could never be entered) or before the referral', () => {
    expect(check(context(), { type: 'START_EXEMPTION', reason: 'UNREASONABLE_HARDSHIP', startedOn: '2099-12-01' }))
      .toMatchObject({ field: 'startedOn', constraint: 'notInFuture' });
    expect(check(context(), { type: 'START_EXEMPTION', reason: 'UNREASONABLE_HARDSHIP', startedOn: '1950-01-01' }))
      .toMatchObject({ field: 'startedOn', constraint: 'notBeforeReferral', message: expect.stringContaining(REFERRED) });
    expect(check(context(), { type: 'START_EXEMPTION', reason: 'UNREASONABLE_HARDSHIP', startedOn: TODAY })).toBeNull();
  });

  it('PEN-1: refuses a non-compliance dated before the referral', () => {
    expect(check(context(), { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '1950-01-01' }))
      .toMatchObject({ field: 'occurredOn', constraint: 'notBeforeReferral' });
  });

  it('FSSP-1: refuses a signature before the draft it signs', () => {
    const drafted = context({ fssp: { ...context().fssp, draftedOn: '2026-10-20' } });
    expect(check(drafted, { type: 'SIGN_FSSP', signedOn: '2026-10-19' })).toMatchObject({ field: 'signedOn', constraint: 'notBeforeFsspDraft' });
    expect(check(drafted, { type: 'SIGN_FSSP', signedOn: '2026-10-20' })).toBeNull();
  });

  it('EXIT-1: refuses an exit summary before the month TA closed', () => {
    const closed = context({ exit: { closedOn: '2026-11-02', withWork: true, summaryOn: null, recordClosedOn: null } });
    expect(check(closed, { type: 'RECORD_EXIT_SUMMARY', enteredOn: '2026-10-31' })).toMatchObject({ field: 'enteredOn', constraint: 'notBeforeTaClosureMonth' });
    expect(check(closed, { type: 'RECORD_EXIT_SUMMARY', enteredOn: '2026-11-01' })).toBeNull();
  });

  it('EXIT-3: a TA closure may be entered ahead to the end of next month, not beyond', () => {
    expect(check(context(), { type: 'CLOSE_TA', closedOn: '2026-12-31', withWork: true })).toBeNull();
    expect(check(context(), { type: 'CLOSE_TA', closedOn: '2027-01-01', withWork: true })).toMatchObject({ field: 'closedOn', constraint: 'notTooFarAhead' });
  });
});
