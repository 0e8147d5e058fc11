import { addMonths, alaskaDateOf, firstDayOf, isMonth, isPlainDate, lastDayOf, monthOf, partsOf, FIRST_DATE, LAST_DATE, type PlainDate } from '../dates';
import type { CaseContext, CaseEvent, CaseEventOf, CaseEventType } from './case-lifecycle.types';
import { penaltyEffectiveOn } from './penalty-stages';

/**
 * The timeline of a case's own record: every date an event carries must follow the facts it is
 * about (a cure follows the non-compliance it cures, an exemption ends after it starts) and may lie
 * ahead of today only as far as the event allows. A record that accepted otherwise would say
 * things that cannot be true (issue 10: a cure dated before the non-compliance wiped the penalty;
 * a work activity record closed before TA closed showed EXIT-2 as met).
 *
 * Pure: the case's context and the event (its `at` gives today) are all it reads. It runs before
 * the chart, in the one decision Case.actions and the mutations share (available-actions.ts).
 */

/** One value refused: the input field, the rule it breaks, and a message naming both dates. */
export interface TimelineRefusal { field: string; constraint: string; message: string }

/** A fact of the case's own record that a date must not precede. */
interface EarlierFact {
  /** The constraint a refusal names, e.g. `notBeforeNonCompliance`. */
  constraint: string;
  /** What the fact is, for the message: "the non-compliance". */
  name: string;
  dateOf(context: CaseContext): PlainDate | null;
}

/**
 * How far past today a date may lie: `today` for something done, a number of months for something
 * planned, or to the end of a month ahead (`endOfMonths: 1`: the last day of next month).
 */
type Horizon = 'today' | { months: number } | { endOfMonths: number } | null;

interface DateRule {
  field: string;
  /** A plain date, an instant (read as its Alaska date) or a month (YYYY-MM). */
  kind?: 'date' | 'instant' | 'month';
  notBefore?: readonly EarlierFact[];
  /** The date cannot lie before today (an appointment being set). */
  notInPast?: boolean;
  ahead: Horizon;
  /** 7 AAC 45.980(d): a penalty takes effect on the 1st of a month. */
  firstOfMonth?: boolean;
  /** The one date the value may be, computed from the event's other dates (checked last). */
  equals?: ComputedDate;
}

/** A date that follows from the event's other dates: a typed value must be that date. */
interface ComputedDate {
  /** The constraint a refusal names, e.g. `effectiveDateFollowsNotice`. */
  constraint: string;
  /** What the date is and what it is computed from, for the message. */
  describe(event: Record<string, unknown>): string;
  dateOf(event: Record<string, unknown>): PlainDate | null;
}

/**
 * PEN-5 / 7 AAC 45.980(d): the penalty takes effect on the 1st of the first month that starts at
 * least 10 days after the written notice; a typed effective date is bad input unless it is that day.
 */
const EFFECTIVE_FROM_NOTICE: ComputedDate = {
  constraint: 'effectiveDateFollowsNotice',
  describe: (e) => `the effective date computed from the notice of ${String(e.noticeOn)} (the 1st of the first month at least 10 days after it; PEN-5, 7 AAC 45.980(d))`,
  dateOf: (e) => (typeof e.noticeOn === 'string' && isPlainDate(e.noticeOn) ? penaltyEffectiveOn(e.noticeOn) : null),
};

interface EventTimeline {
  dates: readonly DateRule[];
  /** A reason the record may no longer change at all, checked before the dates. */
  settled?(context: CaseContext): TimelineRefusal | null;
}

const NON_COMPLIANCE: EarlierFact = { constraint: 'notBeforeNonCompliance', name: 'the non-compliance', dateOf: (c) => c.penalty?.occurredOn ?? null };
const REFERRAL: EarlierFact = { constraint: 'notBeforeReferral', name: 'the referral', dateOf: (c) => c.referralDate };
const TA_CLOSURE: EarlierFact = { constraint: 'notBeforeTaClosure', name: 'the TA closure', dateOf: (c) => c.exit?.closedOn ?? null };
const EXEMPTION_START: EarlierFact = { constraint: 'notBeforeExemptionStart', name: 'the start of the exemption', dateOf: (c) => c.exemption?.startedOn ?? null };
/** TL-2: a form re-entered with an earlier date would turn a late form into one on time. */
const LAST_STAFFING_FORM: EarlierFact = {
  constraint: 'notBeforeLastSubmission', name: 'the staffing form already recorded', dateOf: (c) => c.extension?.formSubmittedOn ?? null,
};

/** The FSSP drafted: a signature, a mailing or a review cannot come before the plan existed (FSSP-1). */
const CLOCK_RESTART: EarlierFact = { constraint: 'notBeforeClockRestart', name: 'the change of case manager or track', dateOf: (c) => c.engagementClockStart };
const FSSP_DRAFT: EarlierFact = { constraint: 'notBeforeFsspDraft', name: 'the FSSP draft', dateOf: (c) => c.fssp?.draftedOn ?? null };
/** EXIT-1: the exit summary is entered in the month TA closed or after. */
const TA_CLOSURE_MONTH: EarlierFact = {
  constraint: 'notBeforeTaClosureMonth', name: 'the month TA closed', dateOf: (c) => (c.exit?.closedOn ? firstDayOf(monthOf(c.exit.closedOn)) : null),
};

/**
 * A record of something done: not after today in Alaska (it would meet deadlines in advance), and
 * not before the referral it belongs to (a plan signed, a non-compliance or an exit summary before
 * the case existed cannot be true), nor before the other facts `after` names.
 */
const done = <F extends string>(...fields: F[]): Array<DateRule & { field: F }> => fields.map((field) => ({ field, notBefore: [REFERRAL], ahead: 'today' }));
const doneAfter = <F extends string>(field: F, ...after: EarlierFact[]): Array<DateRule & { field: F }> => [{ field, notBefore: [REFERRAL, ...after], ahead: 'today' }];

/** Fields are checked against the event's own payload type, so a renamed field is a compile error. */
type Rules = { [T in CaseEventType]?: EventTimeline & { dates: ReadonlyArray<DateRule & { field: keyof CaseEventOf<T> & string }> } };

/** Which earlier facts each event's dates must follow, and how far ahead each may be. */
export const TIMELINE: Rules = {
  RECORD_CONTACT_ATTEMPT: { dates: [{ field: 'on', notBefore: [REFERRAL], ahead: 'today' }] },
  /** ENG-2: the J016 names a specific EA appointment, to come, within a year. */
  ISSUE_J016: { dates: [{ field: 'eaAppointmentAt', kind: 'instant', notBefore: [REFERRAL], notInPast: true, ahead: { months: 12 } }] },
  /** EA-1: the appointment is set for the first available slot, not in the past, within a year. */
  SCHEDULE_EA: { dates: [{ field: 'appointmentAt', kind: 'instant', notBefore: [REFERRAL], notInPast: true, ahead: { months: 12 } }] },
  COMPLETE_EA: { dates: done('completedOn') },
  RECORD_EA_NOTE: { dates: done('enteredOn') },
  /** ENG-3: the new EA answers the change that restarted the clock, so it cannot precede it. */
  COMPLETE_REASSESSMENT: { dates: doneAfter('completedOn', CLOCK_RESTART) },
  DRAFT_FSSP: { dates: done('draftedOn') },
  MAIL_FSSP: { dates: doneAfter('mailedOn', FSSP_DRAFT) },
  SIGN_FSSP: { dates: doneAfter('signedOn', FSSP_DRAFT) },
  REVIEW_FSSP: { dates: done('reviewedOn') },
  UPDATE_FSSP: { dates: done('updatedOn') },
  REPORT_NON_COMPLIANCE: { dates: done('occurredOn') },
  /**
   * PEN-5: the written notice follows the non-compliance and has been given; the effective date is
   * the 1st of the first month at least 10 days after it (7 AAC 45.980(d)), so at most two months out.
   */
  IMPOSE_PENALTY: {
    dates: [
      { field: 'noticeOn', notBefore: [NON_COMPLIANCE], ahead: 'today' },
      { field: 'effectiveOn', notBefore: [NON_COMPLIANCE], ahead: { months: 2 }, firstOfMonth: true, equals: EFFECTIVE_FROM_NOTICE },
    ],
  },
  RECORD_PENALTY_HOME_VISIT: { dates: doneAfter('visitedOn', NON_COMPLIANCE) },
  /** PEN-3: the penalty ends back-dated to intent or compliance, never to before the non-compliance it cures. */
  CURE_PENALTY: {
    dates: [
      { field: 'intentToComplyOn', notBefore: [NON_COMPLIANCE], ahead: 'today' },
      { field: 'compliedOn', notBefore: [NON_COMPLIANCE], ahead: 'today' },
    ],
  },
  /** Penalty stages: removed back to the day good cause began, which cannot reach before the non-compliance. */
  REMOVE_PENALTY_FOR_GOOD_CAUSE: { dates: [{ field: 'goodCauseBeganOn', notBefore: [NON_COMPLIANCE], ahead: 'today' }] },
  /**
   * EXM-1: an exemption starts within this referral and on a day that has come (a start years ahead
   * could never be ended: its end would be in the future or before its start).
   */
  START_EXEMPTION: { dates: [{ field: 'startedOn', notBefore: [REFERRAL], ahead: 'today' }, { field: 'documentedOn', notBefore: [], ahead: 'today' }] },
  /** EXM-1: an exemption ends on or after the day it started. */
  END_EXEMPTION: { dates: [{ field: 'endedOn', notBefore: [EXEMPTION_START], ahead: 'today' }] },
  /** TL-1: a month of assistance of this referral, in the supported range, that has begun. */
  RECORD_ASSISTANCE_MONTH: { dates: [{ field: 'month', kind: 'month', notBefore: [REFERRAL], ahead: 'today' }] },
  /** TL-1: the month-58 staffing is planned ahead, never before the referral. */
  SCHEDULE_EXTENSION_STAFFING: { dates: [{ field: 'staffingOn', notBefore: [REFERRAL], ahead: { months: 6 } }] },
  /** TL-2: a past date, no earlier than the form already recorded; a decided staffing stays as decided. */
  SUBMIT_STAFFING_FORM: {
    dates: [{ field: 'submittedOn', notBefore: [REFERRAL, LAST_STAFFING_FORM], ahead: 'today' }],
    settled: (c) => (c.extension?.decision
      ? { field: 'submittedOn', constraint: 'staffingDecided', message: `the extension staffing of ${c.extension.staffingOn} is decided (${c.extension.decision}); its form cannot change (TL-2)` }
      : null),
  },
  /** EXIT-3: TA closes after the referral; a closure may be entered ahead, to the end of next month. */
  CLOSE_TA: { dates: [{ field: 'closedOn', notBefore: [REFERRAL], ahead: { endOfMonths: 1 } }] },
  /** EXIT-1: in the month of TA closure or after, so it may precede a closure entered ahead. */
  RECORD_EXIT_SUMMARY: { dates: doneAfter('enteredOn', TA_CLOSURE_MONTH) },
  /** EXIT-2: the work activity record closes after TA closed, on a day that has come. */
  CLOSE_WORK_ACTIVITY_RECORD: { dates: [{ field: 'closedOn', notBefore: [TA_CLOSURE], ahead: 'today' }] },
  RECORD_POST_TA_CONTACT: { dates: [{ field: 'contactedOn', notBefore: [TA_CLOSURE], ahead: 'today' }] },
  /** A returning client is referred again after the TA closure of the last referral, never ahead of today. */
  REFER_AGAIN: { dates: [{ field: 'referralDate', notBefore: [TA_CLOSURE], ahead: 'today' }] },
};

/** The latest date a horizon allows from today (null: no limit but the supported range). */
function latestDate(horizon: Horizon, today: PlainDate): PlainDate | null {
  if (horizon === null) return null;
  if (horizon === 'today') return today;
  return 'months' in horizon ? addMonths(today, horizon.months) : lastDayOf(monthOf(addMonths(firstDayOf(monthOf(today)), horizon.endOfMonths)));
}

/** The plain date a value stands for (instants: their Alaska date; months: their first day), or null when it is out of range. */
function dateOfValue(value: string, kind: DateRule['kind']): PlainDate | null {
  if (kind === 'month') return isMonth(value) ? firstDayOf(value) : null;
  if (kind === 'instant') {
    const ms = Date.parse(value);
    // Outside 1900..2100 an instant means nothing here (0001-01-01, 9999-12-31), exactly as a date would.
    if (Number.isNaN(ms) || value.slice(0, 10) < FIRST_DATE || value.slice(0, 10) > LAST_DATE) return null;
    const date = alaskaDateOf(value);
    return isPlainDate(date) ? date : null;
  }
  return isPlainDate(value) ? value : null;
}

function checkDate(rule: DateRule, value: string, context: CaseContext, today: PlainDate, event: Record<string, unknown>): TimelineRefusal | null {
  const { field, kind } = rule;
  const date = dateOfValue(value, kind);
  if (date === null) {
    const range = kind === 'month' ? `${monthOf(FIRST_DATE)} and ${monthOf(LAST_DATE)}` : `${FIRST_DATE} and ${LAST_DATE}`;
    return { field, constraint: 'inSupportedRange', message: `${field} ${value} is not between ${range}` };
  }
  // A month is compared as a month: the referral month counts, whatever day the referral fell on.
  const shown = (d: PlainDate) => (kind === 'month' ? monthOf(d) : d);
  const compared = (d: PlainDate) => (kind === 'month' ? firstDayOf(monthOf(d)) : d);
  for (const fact of rule.notBefore ?? []) {
    const factDate = fact.dateOf(context);
    if (factDate && date < compared(factDate)) {
      return { field, constraint: fact.constraint, message: `${field} ${value} is before ${fact.name} (${shown(factDate)})` };
    }
  }
  if (rule.notInPast && date < today) return { field, constraint: 'notInPast', message: `${field} ${value} is before today (${today})` };
  const latest = latestDate(rule.ahead, today);
  if (latest !== null && date > compared(latest)) {
    if (rule.ahead === 'today') {
      const what = kind === 'month' ? `has not begun (this month is ${monthOf(today)})` : `is after today (${today})`;
      return { field, constraint: 'notInFuture', message: `${field} ${value} ${what}` };
    }
    return { field, constraint: 'notTooFarAhead', message: `${field} ${value} is after ${latest}, the latest it may be from today (${today})` };
  }
  if (rule.firstOfMonth && partsOf(date)?.day !== 1) {
    const next = firstDayOf(monthOf(addMonths(date, 1)));
    return { field, constraint: 'firstOfMonth', message: `${field} ${value} is not the 1st of a month (7 AAC 45.980(d)); the next is ${next}` };
  }
  const computed = rule.equals?.dateOf(event) ?? null;
  if (rule.equals && computed !== null && date !== computed) {
    return { field, constraint: rule.equals.constraint, message: `${field} ${value} is not ${computed}, ${rule.equals.describe(event)}` };
  }
  return null;
}

/**
 * Why the event's dates cannot be true of this case's record (null when they can): the first
 * date that precedes an earlier fact, lies too far ahead, or falls outside the supported range.
 *
 * @example
 * checkTimeline(context, { type: 'CURE_PENALTY', intentToComplyOn: '2026-10-01', compliedOn: null, at })
 * // with penalty.occurredOn '2026-10-05':
 * // { field: 'intentToComplyOn', constraint: 'notBeforeNonCompliance', message: 'intentToComplyOn 2026-10-01 is before the non-compliance (2026-10-05)' }
 */
export function checkTimeline(context: CaseContext, event: CaseEvent): TimelineRefusal | null {
  const timeline = TIMELINE[event.type];
  if (!timeline) return null;
  const settled = timeline.settled?.(context) ?? null;
  if (settled) return settled;
  const today = alaskaDateOf(event.at);
  const payload = event as unknown as Record<string, unknown>;
  for (const rule of timeline.dates) {
    const value = payload[rule.field];
    if (typeof value !== 'string') continue;
    const refusal = checkDate(rule, value, context, today, payload);
    if (refusal) return refusal;
  }
  return null;
}
