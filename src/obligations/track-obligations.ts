import type { Track } from '../machines/case-lifecycle.types';
import { addMonths, addMonthsToMonth, lastDayOf, lastFullMonth, monthOf, monthRange, type PlainDate } from '../dates';
import { actsOf, earliestEvidence, firstOf, notesOf } from './case-facts';
import { joinMetBy, metByText, type RecordType } from './met-by';
import type { CaseFacts, Evidence, ObligationDraft } from './obligation.types';
import { NO_TRACK_RECORDS, type TrackRecordFacts } from './track-record-facts';

const minDate = (a: PlainDate, b: PlainDate): PlainDate => (a < b ? a : b);
const otherTrack = (track: Track): Track => (track === 'WORK_FIRST' ? 'FAMILIES_FIRST' : 'WORK_FIRST');
const recordsOf = (facts: CaseFacts): TrackRecordFacts => facts.trackRecords ?? NO_TRACK_RECORDS;
const byRecord = (recordType: RecordType, id: string, on: PlainDate): Evidence => ({ by: metByText({ kind: 'RECORD', recordType, id }), on });

/**
 * Several records that met an obligation together (each kind's first on or after `since`): the
 * day is the last of them; null while one kind is missing.
 */
function allOf<K extends string, R extends { id: string }>(
  kinds: readonly K[], records: readonly R[], kindOf: (r: R) => K, dayOf: (r: R) => PlainDate, since: PlainDate, recordType: RecordType,
): { met: Evidence | null; missing: K[] } {
  const first = new Map<K, R>();
  for (const r of records) {
    if (dayOf(r) < since) continue;
    const prior = first.get(kindOf(r));
    if (!prior || dayOf(r) < dayOf(prior)) first.set(kindOf(r), r);
  }
  const missing = kinds.filter((k) => !first.has(k));
  if (missing.length) return { met: null, missing };
  const parts = kinds.map((k) => first.get(k)!);
  const on = parts.map(dayOf).sort().at(-1)!;
  return { met: { by: joinMetBy(...parts.map((r) => metByText({ kind: 'RECORD', recordType, id: r.id }))), on }, missing: [] };
}

/**
 * The case's track over time. With two tracks every approved change flips it, so the track at
 * referral follows from the current one and the number of approved changes (TRK-1).
 */
export function trackTimeline(facts: CaseFacts): { trackOn: (date: PlainDate) => Track; currentSince: PlainDate } {
  const changes = actsOf(facts, 'DECIDE_TRACK_CHANGE').filter((a) => a.payload.approved === true).map((a) => a.on);
  const atReferral = changes.length % 2 ? otherTrack(facts.context.track) : facts.context.track;
  return {
    trackOn: (date) => changes.filter((on) => on <= date).reduce<Track>((t) => otherTrack(t), atReferral),
    currentSince: changes.at(-1) ?? facts.context.referralDate,
  };
}

/**
 * TRK-2: every Families First case is reviewed at least monthly for readiness to move to Work
 * First. The review is recorded as a decision (recordTrackReadinessReview: READY_FOR_WORK_FIRST or
 * NOT_READY) and a review in the month meets it; an FSSP_REVIEW or STAFFING CLNO in the month,
 * the evidence before the decision was recorded, still meets it, so nothing already met turns
 * overdue. One per month of participation (as ENG-4) in which the case was on Families First at
 * the month's end (or today).
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
      met: earliestEvidence(
        ...recordsOf(facts).readinessReviews.filter((r) => monthOf(r.reviewedOn) === month).map((r) => byRecord('TrackReadinessReview', r.id, r.reviewedOn)),
        firstOf([], notes.filter((n) => monthOf(n.on) === month)),
      ),
    }));
}

/**
 * TRK-3: Families First: Family Network, Family Support Team and Weekly Calendar of Routines within
 * 60 days of referral to the track (the referral, or the approved change to Families First). Met
 * when each of the three documents has a version in effect on or after that day (the last of them
 * is the day it was met); a STAFFING CLNO on or after that day, the evidence before the documents
 * were records, still meets it. Only the current Families First stint has one; leaving the track
 * makes it moot.
 */
export function familiesFirstSupports(facts: CaseFacts): ObligationDraft[] {
  if (facts.context.track !== 'FAMILIES_FIRST') return [];
  const since = trackTimeline(facts).currentSince;
  const docs = allOf(['FAMILY_NETWORK', 'SUPPORT_TEAM', 'WEEKLY_CALENDAR'] as const, recordsOf(facts).familiesFirstDocuments, (d) => d.kind, (d) => d.effectiveOn, since, 'FamiliesFirstDocument');
  return [{
    key: `TRK-3:${since}`,
    ruleId: 'TRK-3',
    description: 'Family Network, Family Support Team and Weekly Calendar of Routines in place',
    dueDate: facts.calendar.deadlineAfterCalendarDays(since, 60),
    met: earliestEvidence(docs.met, firstOf([], notesOf(facts, 'STAFFING').filter((n) => n.on >= since))),
  }];
}

const ITEM_WORDS = { ALEXSYS_REGISTRATION: 'ALEXsys registration', RESUME: 'résumé', GENERAL_APPLICATION: 'general application', BUDGET: 'budget' } as const;

/**
 * TRK-4: Work First: ALEXsys registration, résumé, general application and budget within 1 month
 * of referral to the track. Each item is recorded when completed (recordWorkFirstReadinessItem);
 * the four together on or after the referral to the track meet it, on the day the last was done,
 * and the description names the items still missing. An FSSP_REVIEW CLNO on or after the referral
 * (its "Steps reviewed" heading, the evidence before the items were records) still meets it. One
 * month is counted as calendar months (addMonths), then moved to a business day (AS 01.10.080).
 */
export function workFirstJobReadiness(facts: CaseFacts): ObligationDraft[] {
  if (facts.context.track !== 'WORK_FIRST') return [];
  const since = trackTimeline(facts).currentSince;
  const items = allOf(['ALEXSYS_REGISTRATION', 'RESUME', 'GENERAL_APPLICATION', 'BUDGET'] as const, recordsOf(facts).readinessItems, (i) => i.item, (i) => i.completedOn, since, 'WorkFirstReadinessItem');
  const met = earliestEvidence(items.met, firstOf([], notesOf(facts, 'FSSP_REVIEW').filter((n) => n.on >= since)));
  const left = !met && items.missing.length < 4 ? ` (still to do: ${items.missing.map((i) => ITEM_WORDS[i]).join(', ')})` : '';
  return [{
    key: `TRK-4:${since}`,
    ruleId: 'TRK-4',
    description: `ALEXsys registration, résumé, general application and budget completed${left}`,
    dueDate: facts.calendar.nextBusinessDayOnOrAfter(addMonths(since, 1)),
    met,
  }];
}
