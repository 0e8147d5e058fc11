import type { Track } from '../machines/case-lifecycle.types';
import { addMonths, addMonthsToMonth, lastDayOf, lastFullMonth, monthOf, monthRange, type PlainDate } from '../dates';
import { actsOf, firstOf, notesOf } from './case-facts';
import type { CaseFacts, ObligationDraft } from './obligation.types';

const minDate = (a: PlainDate, b: PlainDate): PlainDate => (a < b ? a : b);
const otherTrack = (track: Track): Track => (track === 'WORK_FIRST' ? 'FAMILIES_FIRST' : 'WORK_FIRST');

/**
 * The case's track over time. With two tracks every approved change flips it, so the track at
 * referral follows from the current one and the number of approved changes (TRK-1).
 */
function trackTimeline(facts: CaseFacts): { trackOn: (date: PlainDate) => Track; currentSince: PlainDate } {
  const changes = actsOf(facts, 'DECIDE_TRACK_CHANGE').filter((a) => a.payload.approved === true).map((a) => a.on);
  const atReferral = changes.length % 2 ? otherTrack(facts.context.track) : facts.context.track;
  return {
    trackOn: (date) => changes.filter((on) => on <= date).reduce<Track>((t) => otherTrack(t), atReferral),
    currentSince: changes.at(-1) ?? facts.context.referralDate,
  };
}

/**
 * TRK-2: every Families First case is reviewed at least monthly for readiness to move to Work
 * First. There is no readiness act in the chart; the review is part of the monthly FSSP review or
 * a staffing, so an FSSP_REVIEW or STAFFING CLNO in the month meets it. One per month of
 * participation (as ENG-4) in which the case was on Families First at the month's end (or today).
 */
export function familiesFirstReadiness(facts: CaseFacts): ObligationDraft[] {
  const period = facts.participation;
  if (!period) return [];
  const { trackOn } = trackTimeline(facts);
  const notes = notesOf(facts, 'FSSP_REVIEW', 'STAFFING');
  return monthRange(addMonthsToMonth(monthOf(period.start), 1), lastFullMonth(period.end, facts.today))
    .filter((month) => trackOn(minDate(lastDayOf(month), facts.today)) === 'FAMILIES_FIRST')
    .map((month) => ({
      key: `TRK-2:${month}`,
      ruleId: 'TRK-2',
      description: `Review the Families First case for readiness to move to Work First in ${month}`,
      dueDate: lastDayOf(month),
      met: firstOf([], notes.filter((n) => monthOf(n.on) === month)),
    }));
}

/**
 * TRK-3: Families First: Family Network, Family Support Team and Weekly Calendar of Routines within
 * 60 days of referral to the track (the referral, or the approved change to Families First). They
 * are built with the family and its partners at a staffing, so a STAFFING CLNO on or after that
 * day meets it. Only the current Families First stint has one; leaving the track makes it moot.
 */
export function familiesFirstSupports(facts: CaseFacts): ObligationDraft[] {
  if (facts.context.track !== 'FAMILIES_FIRST') return [];
  const since = trackTimeline(facts).currentSince;
  return [{
    key: `TRK-3:${since}`,
    ruleId: 'TRK-3',
    description: 'Family Network, Family Support Team and Weekly Calendar of Routines in place',
    dueDate: facts.calendar.deadlineAfterCalendarDays(since, 60),
    met: firstOf([], notesOf(facts, 'STAFFING').filter((n) => n.on >= since)),
  }];
}

/**
 * TRK-4: Work First: ALEXsys registration, résumé, general application and budget within 1 month
 * of referral to the track. They are steps of the plan, and the FSSP_REVIEW CLNO's "Steps
 * reviewed" heading is where their completion is recorded, so an FSSP_REVIEW CLNO on or after the
 * referral meets it (a plain CONTACT note does not show the steps). One month is counted as
 * calendar months (addMonths), then moved to a business day (AS 01.10.080).
 */
export function workFirstJobReadiness(facts: CaseFacts): ObligationDraft[] {
  if (facts.context.track !== 'WORK_FIRST') return [];
  const since = trackTimeline(facts).currentSince;
  return [{
    key: `TRK-4:${since}`,
    ruleId: 'TRK-4',
    description: 'ALEXsys registration, résumé, general application and budget completed',
    dueDate: facts.calendar.nextBusinessDayOnOrAfter(addMonths(since, 1)),
    met: firstOf([], notesOf(facts, 'FSSP_REVIEW').filter((n) => n.on >= since)),
  }];
}
