import { addMonths, alaskaDateOf, monthOf, type PlainDate } from '../../src/dates';
import { CASE_EVENT_TYPES } from '../../src/machines/case-event-catalog';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import { familyMonthsUsed } from '../../src/machines/time-limit-clock';
import type { CaseContext, CaseEvent, CaseEventOf, CaseEventType } from '../../src/machines/case-lifecycle.types';
import type { CaseSnapshot } from '../../src/machines/case-snapshot';
import { leafPaths, stateString } from '../../src/machines/case-state';
import { exploreCaseModel, MODEL_AT, modelEvents, modelStep } from '../support/case-model';

/**
 * The transition table, written by hand from DOMAIN.md, not read from the chart: which events
 * each state (or each region, for every state inside it) accepts, and on what condition.
 * An event a state does not list is refused. `when` reads the case's facts, the event and the
 * Alaska date of the event (`today`), as the rule states them.
 */
interface Row<T extends CaseEventType = CaseEventType> {
  event: T;
  rule: string;
  when?: (c: CaseContext, e: CaseEventOf<T>, today: PlainDate) => boolean;
}
const row = <T extends CaseEventType>(event: T, rule: string, when?: Row<T>['when']): Row => ({ event, rule, when } as Row);

/**
 * FSSP-1 / FSSP-3: valid only when signed and current; it expires after its last review date (by
 * the date, not by EXPIRE_FSSP), judged under the version signed last on or before that date.
 */
const planCurrentOn = (c: CaseContext, date: PlainDate): boolean => {
  const versions = c.fsspVersions?.length ? c.fsspVersions : [c.fssp];
  const inForce = versions.filter((v) => !!v.signedOn && v.signedOn <= date).sort((a, b) => a.signedOn!.localeCompare(b.signedOn!)).at(-1);
  return !!inForce?.lastStepReviewDate && date <= inForce.lastStepReviewDate;
};
/**
 * FSSP-1: failing the plan is a non-compliance only under a plan current that day; a plan never
 * signed is a failure to sign, of a plan drafted (put to the client) by that day (issue 10).
 */
const fsspFailureMayCount = (c: CaseContext, kind: string, occurredOn: PlainDate): boolean =>
  kind !== 'FSSP' || (c.fssp.signedOn ? planCurrentOn(c, occurredOn) : !!c.fssp.draftedOn && c.fssp.draftedOn <= occurredOn);

const TABLE: Record<string, Row[]> = {
  // Whatever the phase while TA is open (DOMAIN "Lifecycle of a case").
  open: [
    row('CLOSE_TA', 'Lifecycle: TA closure ends any open phase'),
    row('DISCLOSE_EMERGENCY', 'ENG-6: an emergency is seen within 48 hours, whatever the track'),
    row('CHANGE_CASE_MANAGER', 'ENG-3: a change of case manager (to someone else) restarts the clock', (c, e) => e.caseManagerId !== c.caseManagerId),
    row('COMPLETE_REASSESSMENT', 'ENG-3 / EA-1: a new EA once a change of case manager or track restarted the clock after the last EA',
      (c) => !!c.ea.completedOn && c.engagementClockStart > c.ea.completedOn),
    // TL-1 (issue 10): 60 on the family's clock, the larger of the parents' months ("either parent reaches 60").
    row('RECORD_ASSISTANCE_MONTH', 'TL-1: every month of assistance counts once, once it has begun; 60 unless extended', (c, e, today) =>
      (familyMonthsUsed(c) < 60 || c.extension?.decision === 'APPROVED') && !c.assistanceMonths.includes(e.month) && e.month <= monthOf(today)
      // AS 47.27.085 (issue 10): a full family sanction (stage 3, from the 9th month after the finding) ends assistance.
      && !(c.penalty?.stage === 3 && !!c.penalty.imposedOn && e.month >= monthOf(addMonths(c.penalty.imposedOn, 8)))),
  ],
  'open.phase.referral.awaitingContact': [
    row('RECORD_CONTACT_ATTEMPT', 'ENG-1 / ENG-2: every contact attempt is recorded; reaching the client starts assessment'),
    row('ISSUE_J016', 'ENG-2: a J016 once the client could not be reached in person or by phone', (c) =>
      c.contactAttempts.some((a) => a.outcome === 'NOT_REACHED' && (a.method === 'PHONE' || a.method === 'IN_PERSON'))),
  ],
  'open.phase.referral.j016Issued': [row('RECORD_CONTACT_ATTEMPT', 'ENG-2: contact attempts continue after the J016')],
  'open.phase.assessment.eaPending': [row('SCHEDULE_EA', 'EA-1: at the first available interview slot'), row('COMPLETE_EA', 'EA-1')],
  'open.phase.assessment.eaScheduled': [row('SCHEDULE_EA', 'EA-1: a slot can be moved'), row('COMPLETE_EA', 'EA-1')],
  'open.phase.assessment.eaCompleted': [row('RECORD_EA_NOTE', 'EA-2: the EA CLNO follows the EA')],
  'open.phase.planning.drafting': [row('DRAFT_FSSP', 'FSSP-3: goals and steps with review dates')],
  'open.phase.planning.drafted': [
    row('DRAFT_FSSP', 'FSSP-3: a draft can be redone before signature'),
    row('MAIL_FSSP', 'FSSP-6: mailed for signature, with a due-back date'),
    row('SIGN_FSSP', 'FSSP-1: valid once signed'),
  ],
  'open.phase.planning.awaitingSignature': [row('MAIL_FSSP', 'FSSP-6: mailed again'), row('SIGN_FSSP', 'FSSP-1')],
  'open.phase.participating.plan.current': [
    row('REVIEW_FSSP', 'FSSP-2: monthly review of a current plan (FSSP-3: current until its last step review date)', (c, _e, today) => planCurrentOn(c, today)),
    row('UPDATE_FSSP', 'FSSP-2: updated when the situation changes'),
    row('EXPIRE_FSSP', 'FSSP-3: the plan expires after its last review date', (c, _e, today) => !!c.fssp.lastStepReviewDate && today > c.fssp.lastStepReviewDate),
  ],
  'open.phase.participating.plan.expired': [row('UPDATE_FSSP', 'FSSP-4: an update makes the plan current again')],
  'open.phase.participating.track.steady': [row('REQUEST_TRACK_CHANGE', 'TRK-1: a consultation asks for the other track', (c, e) => e.toTrack !== c.track)],
  'open.phase.participating.track.consultationRequested': [row('DECIDE_TRACK_CHANGE', 'TRK-1: a supervisor approves or denies')],
  'open.compliance.compliant': [
    row('REPORT_NON_COMPLIANCE', 'PEN-1: requested when the non-compliance occurs; AS 47.27.035: not for a work activity (or its timesheet) of a day the client was exempt', (c, e) =>
      !(['WORK_ACTIVITY', 'MISSING_TIMESHEET'].includes(e.kind) && !!c.exemption && c.exemption.startedOn <= e.occurredOn
        && (c.exemption.endedOn === null || e.occurredOn <= c.exemption.endedOn))
      // FSSP-1 / FSSP-3 (issue 10): an FSSP failure only under a plan signed and current on the day it occurred.
      && fsspFailureMayCount(c, e.kind, e.occurredOn)),
  ],
  // PEN-2 (issue 10): a missing timesheet without good cause closes without a penalty, back to compliant.
  'open.compliance.goodCausePending': [row('DETERMINE_GOOD_CAUSE', 'PEN-1: good cause is determined first')],
  'open.compliance.noGoodCause': [
    row('REQUEST_PENALTY', 'PEN-2: no penalty for a missing timesheet alone', (c) => c.penalty?.kind !== 'MISSING_TIMESHEET'),
  ],
  'open.compliance.penaltyRequested': [
    // PEN-5: the effective date follows from the notice; a typed one that differs is bad input (timeline.test.ts), not a state question.
    row('IMPOSE_PENALTY', 'PEN-5 / FSSP-1: on the written notice; an FSSP penalty only on a plan current when the failure occurred',
      (c) => !c.penalty || fsspFailureMayCount(c, c.penalty.kind, c.penalty.occurredOn)),
    row('REMOVE_PENALTY_FOR_GOOD_CAUSE', 'Penalty stages: good cause found later removes the penalty'),
    row('CURE_PENALTY', 'PEN-3 / PEN-5 (issue 10): the client may comply within the notice period, before the penalty takes effect'),
  ],
  'open.compliance.penalized': [
    row('RECORD_PENALTY_HOME_VISIT', 'PEN-4 / ENG-8: the Penalty Resolution home visit is recorded'),
    row('ESCALATE_PENALTY', 'Penalty stages / PEN-4: 75% in months 5 to 8 from the finding, closure past month 8, each after a home visit with a child-safety determination',
      (c, _e, today) => {
        const p = c.penalty;
        if (!p?.imposedOn || p.stage < 1 || p.stage >= 3 || !p.homeVisitOn) return false;
        // Month 1 is the month of the finding date, so month 5 starts 4 months after it (DOMAIN example: Dec 2026 -> Apr 2027).
        return today >= addMonths(p.imposedOn, p.stage === 1 ? 4 : 8);
      }),
    row('CURE_PENALTY', 'PEN-3: a cure ends the penalty'),
    row('REMOVE_PENALTY_FOR_GOOD_CAUSE', 'Penalty stages: good cause found after imposition removes it'),
  ],
  'open.exemption.notExempt': [row('START_EXEMPTION', 'EXM-1')],
  'open.exemption.exempt': [row('END_EXEMPTION', 'EXM-1')],
  'open.timeLimit.withinLimit': [
    row('SCHEDULE_EXTENSION_STAFFING', 'TL-1 / 7 AAC 45.600: the extension review staffing happens at month 58 of the family\'s clock', (c) => familyMonthsUsed(c) >= 58),
  ],
  'open.timeLimit.staffingScheduled': [
    row('SCHEDULE_EXTENSION_STAFFING', 'TL-2: a staffing can be moved'),
    row('SUBMIT_STAFFING_FORM', 'TL-2: the staffing form goes to the supervisor'),
    // Issue 10: a late form is the CM's missed TL-2 obligation; the supervisor still approves or denies.
    row('DECIDE_EXTENSION', 'TL-2: the supervisor decides on the submitted staffing form', (c) => !!c.extension?.formSubmittedOn),
  ],
  'open.timeLimit.extended': [],
  'open.timeLimit.extensionDenied': [],
  'exit.summaryPending': [row('RECORD_EXIT_SUMMARY', 'EXIT-1')],
  'exit.summaryRecorded': [row('CLOSE_WORK_ACTIVITY_RECORD', 'EXIT-2 (EXIT-3: Post-TA follows a closure with work)')],
  postTa: [
    row('RECORD_POST_TA_CONTACT', 'EXIT-3: job retention and advancement services'),
    row('COMPLETE_POST_TA', 'EXIT-3: 12 months after TA closure', (c, _e, today) => !!c.exit && today >= addMonths(c.exit.closedOn, 12)),
    row('REFER_AGAIN', 'Lifecycle: a client can return'),
  ],
  closed: [row('REFER_AGAIN', 'Lifecycle: a client can return')],
};

/** The rows that apply to a snapshot: those of each active leaf state and of every region above it. */
function rowsFor(snapshot: CaseSnapshot): Row[] {
  const keys = new Set(leafPaths(snapshot.value).flatMap((leaf) => leaf.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
  return [...keys].flatMap((key) => TABLE[key] ?? []);
}

/** The Alaska date of an instant; the model sends thousands of events at the same few instants. */
const todays = new Map<string, PlainDate>();
const todayOf = (at: string) => todays.get(at) ?? todays.set(at, alaskaDateOf(at)).get(at)!;

/** What DOMAIN.md says: accepted when a row for the event applies and its condition holds. */
function tableAccepts(snapshot: CaseSnapshot, event: CaseEvent, rows = rowsFor(snapshot)): Row | null {
  const today = todayOf(event.at);
  return rows.find((r) => r.event === event.type && (!r.when || r.when(snapshot.context, event as never, today))) ?? null;
}

/** What the chart does (the server refuses exactly what `can()` refuses: CaseTransitionService via checkEvent). */
const chartAccepts = (snapshot: CaseSnapshot, event: CaseEvent): boolean => snapshot.can(event);

describe('case lifecycle transition table (DOMAIN.md), on the pure chart', () => {
  // Every distinct reachable state of the model (value + the facts guards read), grouped by state string.
  const states = exploreCaseModel();
  const byState = new Map<string, CaseSnapshot[]>();
  for (const { snapshot } of states) byState.set(stateString(snapshot.value), [...(byState.get(stateString(snapshot.value)) ?? []), snapshot]);

  it('names every leaf state of the chart, and the model sends every event type of the catalog', () => {
    const leaves = new Set([...byState.keys()].flatMap((s) => s.split(', ')));
    expect([...leaves].filter((leaf) => !(leaf in TABLE)).sort()).toEqual([]);
    expect(Object.keys(TABLE).filter((key) => !leaves.has(key) && !['open'].includes(key))).toEqual([]);
    const sent = new Set(modelEvents(states[0].snapshot).map((e) => e.type));
    expect(CASE_EVENT_TYPES.filter((t) => !sent.has(t))).toEqual([]);
    expect(byState.size).toBeGreaterThan(100);
  });

  // One sweep of every model state x every model event, shared by the tests below (run on first use).
  let sweep: { disagreements: Map<string, string[]>; used: Set<Row> } | undefined;
  const swept = () => {
    if (sweep) return sweep;
    const disagreements = new Map<string, string[]>();
    const used = new Set<Row>();
    for (const [state, snapshots] of byState) {
      const found = new Set<string>();
      for (const snapshot of snapshots) {
        const rows = rowsFor(snapshot);
        for (const event of modelEvents(snapshot)) {
          const expected = tableAccepts(snapshot, event, rows);
          if (expected) used.add(expected);
          const actual = chartAccepts(snapshot, event);
          if (actual !== !!expected) found.add(`${JSON.stringify(event)}: DOMAIN ${expected ? `accepts (${expected.rule})` : 'refuses'}, chart ${actual ? 'accepts' : 'refuses'}`);
        }
      }
      disagreements.set(state, [...found]);
    }
    return (sweep = { disagreements, used });
  };

  it.each([...byState.keys()])('in %s, the chart accepts exactly the events DOMAIN.md lists', (state) => {
    expect(swept().disagreements.get(state)).toEqual([]);
  });

  it('uses every row of the table (no row is dead)', () => {
    const { used } = swept();
    expect(Object.entries(TABLE).flatMap(([key, rows]) => rows.filter((r) => !used.has(r)).map((r) => `${key} ${r.event}`))).toEqual([]);
  });
});

/** The first model state in `leaf`, with its facts changed as a row needs. */
function caseIn(leaf: string, patch: (c: CaseContext) => Partial<CaseContext> = () => ({})): CaseSnapshot {
  const found = exploreCaseModel().find((s) => leafPaths(s.snapshot.value).includes(leaf));
  if (!found) throw new Error(`no model state in ${leaf}`);
  const { value, context } = found.snapshot;
  return caseLifecycleMachine.resolveState({ value, context: { ...context, ...patch(context) } });
}

/** An Alaska wall-clock instant: 'YYYY-MM-DD' at noon, or a full ISO instant as given. */
const at = (when: string) => (when.length === 10 ? `${when}T20:00:00.000Z` : when);

const penalty = (c: CaseContext, p: Partial<NonNullable<CaseContext['penalty']>>): Partial<CaseContext> => ({
  penalty: { ...c.penalty!, ...p },
});

/**
 * The rows where a date, a count or a payload decides, at their edges. The model above runs at
 * one instant (MODEL_AT) with one payload per variant; these pin each condition from both sides.
 */
describe('transition table (DOMAIN.md) at the edges of its conditions', () => {
  const penalized = (p: Partial<NonNullable<CaseContext['penalty']>>) =>
    caseIn('open.compliance.penalized', (c) => penalty(c, { stage: 1, imposedOn: '2026-12-01', homeVisitOn: null, homeVisitRecordedOn: null, ...p }));
  const requested = caseIn('open.compliance.penaltyRequested', (c) => penalty(c, { occurredOn: '2026-11-02' }));
  const lapsing = (leaf: string, p?: Partial<NonNullable<CaseContext['penalty']>>) => caseIn(leaf, (c) => ({
    fssp: { ...c.fssp, signedOn: '2026-01-20', lastStepReviewDate: '2026-04-14' }, ...(p ? penalty(c, p) : {}),
  }));
  const withPlan = (lastStepReviewDate: string) => caseIn('open.phase.participating.plan.current', (c) => ({ fssp: { ...c.fssp, lastStepReviewDate } }));
  const staffing = (formSubmittedOn: string | null) =>
    caseIn('open.timeLimit.staffingScheduled', () => ({ extension: { staffingOn: '2026-03-20', formSubmittedOn, decision: null } }));
  const inPostTa = caseIn('postTa', (c) => ({ exit: { ...c.exit!, closedOn: '2026-05-31' }, postTa: { ...c.postTa!, startedOn: '2026-05-31' } }));
  const decide = (approved: boolean, when = '2026-03-20'): CaseEvent => ({ type: 'DECIDE_EXTENSION', approved, reason: 'staffing', at: at(when) });

  const rows: Array<[string, CaseSnapshot, CaseEvent, boolean]> = [
    // Penalty stages: notice 2026-11-09 -> effective 2026-12-01; 40% Dec-Mar; 75% Apr-Jul 2027; closure from 2027-08-01.
    ['stage 2 not before month 5 (still 40% in March 2027)', penalized({ homeVisitOn: '2027-03-20' }), { type: 'ESCALATE_PENALTY', at: at('2027-03-31') }, false],
    ['stage 2 (75%) from April 2027, month 5 counted from the finding date', penalized({ homeVisitOn: '2027-03-20' }), { type: 'ESCALATE_PENALTY', at: at('2027-04-01') }, true],
    ['stage 3 not before month 9', penalized({ stage: 2, homeVisitOn: '2027-07-20' }), { type: 'ESCALATE_PENALTY', at: at('2027-07-31') }, false],
    ['stage 3 (closure) from 2027-08-01', penalized({ stage: 2, homeVisitOn: '2027-07-20' }), { type: 'ESCALATE_PENALTY', at: at('2027-08-01') }, true],
    ['PEN-4: no escalation without the home visit', penalized({}), { type: 'ESCALATE_PENALTY', at: at('2027-06-01') }, false],
    ['no stage after stage 3', penalized({ stage: 3, homeVisitOn: '2027-09-01' }), { type: 'ESCALATE_PENALTY', at: at('2027-12-01') }, false],
    ['PEN-4: a visit without the child-safety determination does not allow stage 2',
      modelStep(penalized({}), { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2027-04-02', childSafetyDetermined: false, at: at('2027-04-02') }),
      { type: 'ESCALATE_PENALTY', at: at('2027-06-01') }, false],
    // PEN-5 / 7 AAC 45.980(d): notice 2026-11-09 -> effective 2026-12-01. A typed effective date that
    // differs is refused as bad input by timeline.ts (effectiveDateFollowsNotice), before the chart.
    ['PEN-5: imposed on the written notice alone', requested, { type: 'IMPOSE_PENALTY', noticeOn: '2026-11-09', at: at('2026-11-10') }, true],
    ['PEN-5: a typed effective date equal to the computed one', requested, { type: 'IMPOSE_PENALTY', noticeOn: '2026-11-09', effectiveOn: '2026-12-01', at: at('2026-11-10') }, true],
    // FSSP-1 / FSSP-3 (issue 10): plan signed 2026-01-20, last step review date 2026-04-14, EXPIRE_FSSP never sent.
    ['FSSP-1 / FSSP-3: an FSSP non-compliance on the last step review date', lapsing('open.compliance.compliant'),
      { type: 'REPORT_NON_COMPLIANCE', kind: 'FSSP', occurredOn: '2026-04-14', at: at('2026-05-05') }, true],
    ['FSSP-1 / FSSP-3: no FSSP non-compliance on a lapsed plan, though EXPIRE_FSSP was never sent', lapsing('open.compliance.compliant'),
      { type: 'REPORT_NON_COMPLIANCE', kind: 'FSSP', occurredOn: '2026-04-15', at: at('2026-05-05') }, false],
    ['FSSP-1: a work activity failure does not need a current plan', lapsing('open.compliance.compliant'),
      { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-04-15', at: at('2026-05-05') }, true],
    ['FSSP-1 / FSSP-3: an FSSP penalty for a failure under the current plan', lapsing('open.compliance.penaltyRequested', { kind: 'FSSP', occurredOn: '2026-04-10' }),
      { type: 'IMPOSE_PENALTY', noticeOn: '2026-05-04', at: at('2026-05-05') }, true],
    ['FSSP-1 / FSSP-3: no FSSP penalty for a failure on a lapsed plan', lapsing('open.compliance.penaltyRequested', { kind: 'FSSP', occurredOn: '2026-04-20' }),
      { type: 'IMPOSE_PENALTY', noticeOn: '2026-05-04', at: at('2026-05-05') }, false],
    // AS 47.27.085: the full family sanction (finding 2026-12-01, stage 3 from 2027-08-01) ends assistance months.
    ['AS 47.27.085: July 2027 still counts under stage 3', penalized({ stage: 3 }), { type: 'RECORD_ASSISTANCE_MONTH', month: '2027-07', at: at('2027-08-02') }, true],
    ['AS 47.27.085: no assistance month from the full family sanction on', penalized({ stage: 3 }), { type: 'RECORD_ASSISTANCE_MONTH', month: '2027-08', at: at('2027-08-02') }, false],
    ['AS 47.27.085: stage 2 does not end assistance', penalized({ stage: 2 }), { type: 'RECORD_ASSISTANCE_MONTH', month: '2027-08', at: at('2027-08-02') }, true],
    // FSSP-3, in Alaska time: 2026-04-15T07:00Z is still 2026-04-14 in Anchorage (AKDT, UTC-8).
    ['FSSP-3: current through its last step review date (Alaska evening)', withPlan('2026-04-14'), { type: 'EXPIRE_FSSP', at: '2026-04-15T07:00:00.000Z' }, false],
    ['FSSP-3: expires the day after (Alaska)', withPlan('2026-04-14'), { type: 'EXPIRE_FSSP', at: '2026-04-15T09:00:00.000Z' }, true],
    ['FSSP-2: reviewed on its last step review date', withPlan('2026-04-14'), { type: 'REVIEW_FSSP', reviewedOn: '2026-04-14', at: '2026-04-15T07:00:00.000Z' }, true],
    ['FSSP-3: no review of an expired plan', withPlan('2026-04-14'), { type: 'REVIEW_FSSP', reviewedOn: '2026-04-15', at: '2026-04-15T09:00:00.000Z' }, false],
    // TL-1
    ['TL-1: a month is counted once it has begun in Alaska', caseIn('open.phase.referral.awaitingContact', () => ({ monthsUsed: 10 })), { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', at: '2026-03-01T09:00:00.000Z' }, true],
    ['TL-1: not before (still February in Alaska)', caseIn('open.phase.referral.awaitingContact', () => ({ monthsUsed: 10 })), { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', at: '2026-03-01T07:00:00.000Z' }, false],
    ['TL-1: each month once', caseIn('open.phase.referral.awaitingContact', () => ({ monthsUsed: 10, assistanceMonths: ['2026-02'] })), { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-02', at: at('2026-03-02') }, false],
    ['TL-1: none past 60 without an extension', caseIn('open.timeLimit.extensionDenied', () => ({ monthsUsed: 60, assistanceMonths: [] })), { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-02', at: at('2026-03-02') }, false],
    ['TL-1: months past 60 count under an extension', caseIn('open.timeLimit.extended', (c) => ({ monthsUsed: 60, assistanceMonths: [], extension: { ...c.extension!, decision: 'APPROVED' } })), { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-02', at: at('2026-03-02') }, true],
    ['TL-1: no staffing at month 57', caseIn('open.timeLimit.withinLimit', () => ({ monthsUsed: 57 })), { type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: '2026-03-20', at: at('2026-03-02') }, false],
    ['TL-1: the staffing at month 58', caseIn('open.timeLimit.withinLimit', () => ({ monthsUsed: 58 })), { type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: '2026-03-20', at: at('2026-03-02') }, true],
    // TL-2: staffing 2026-03-20, so the form is due by 2026-03-13.
    ['TL-2: approved when the form came a week before', staffing('2026-03-13'), decide(true), true],
    ['TL-2: denied when the form came a week before', staffing('2026-03-13'), decide(false), true],
    // Issue 10: a late form no longer strands the family; TL-2 reports the late form as a missed obligation.
    ['TL-2: approved on a form 6 days before (late form: the supervisor still decides)', staffing('2026-03-14'), decide(true), true],
    ['TL-2: denied on a form 6 days before', staffing('2026-03-14'), decide(false), true],
    ['TL-2: no decision without the form', staffing(null), decide(true), false],
    // EXIT-3: TA closed 2026-05-31, so Post-TA runs until 2027-05-31.
    ['EXIT-3: Post-TA is not complete before 12 months', inPostTa, { type: 'COMPLETE_POST_TA', at: at('2027-05-30') }, false],
    ['EXIT-3: complete at 12 months', inPostTa, { type: 'COMPLETE_POST_TA', at: at('2027-05-31') }, true],
    // ENG-2, ENG-3, TRK-1
    ['ENG-2: no J016 after a letter alone', caseIn('open.phase.referral.awaitingContact', () => ({ contactAttempts: [{ on: '2026-01-06', method: 'LETTER', outcome: 'NOT_REACHED' }] })),
      { type: 'ISSUE_J016', eaAppointmentAt: '2026-01-12T18:00:00.000Z', at: MODEL_AT }, false],
    ['ENG-2: a J016 after an unsuccessful visit in person', caseIn('open.phase.referral.awaitingContact', () => ({ contactAttempts: [{ on: '2026-01-06', method: 'IN_PERSON', outcome: 'NOT_REACHED' }] })),
      { type: 'ISSUE_J016', eaAppointmentAt: '2026-01-12T18:00:00.000Z', at: MODEL_AT }, true],
    ['ENG-3: no change to the case manager already assigned', caseIn('open.phase.assessment.eaPending', () => ({ caseManagerId: 'cm-1' })), { type: 'CHANGE_CASE_MANAGER', caseManagerId: 'cm-1', at: MODEL_AT }, false],
    ['TRK-1: no consultation for the track the case is on', caseIn('open.phase.participating.track.steady', () => ({ track: 'WORK_FIRST' })),
      { type: 'REQUEST_TRACK_CHANGE', toTrack: 'WORK_FIRST', reason: 'same', at: MODEL_AT }, false],
  ];

  it.each(rows)('%s', (_title, snapshot, event, expected) => {
    // The table's own conditions must say the same as the row, and the chart must do it.
    expect({ table: !!tableAccepts(snapshot, event), chart: chartAccepts(snapshot, event) }).toEqual({ table: expected, chart: expected });
  });
});
