import { addDays, addMonthsToMonth, lastDayOf, lastFullMonth, monthOf, monthRange, type PlainDate } from '../dates';
import { actsOf, byAct, byNote, earliestEvidence, firstOf, notesOf } from './case-facts';
import { documentedAttempts, ENGAGING_ACTS, notEngagedSpans, together, type DocumentedAttempt } from './contact-attempts';
import { joinMetBy } from './met-by';
import type { CaseFacts, Evidence, ObligationDraft, Period } from './obligation.types';

/**
 * ENG-1 with ENG-2: contact the client within 1 business day of referral. Met by a contact that
 * reached the client, documented in its CLNO (a reached RECORD_CONTACT_ATTEMPT counts once its CLNO
 * is in, or a CONTACT CLNO on its own); or, when the client cannot be reached in person or by
 * phone, by that documented attempt together with the J016 giving a specific EA appointment time:
 * the manual's way forward for a client who cannot be reached, so a same-day attempt and J016
 * meet it on time.
 */
export function contactAfterReferral(facts: CaseFacts): ObligationDraft[] {
  const attempts = documentedAttempts(facts);
  const reached = attempts.filter((a) => a.reached).map((a) => a.evidence);
  const j016 = actsOf(facts, 'ISSUE_J016')[0];
  const missed = j016 && attempts.find((a) => !a.reached && a.act && (a.method === 'PHONE' || a.method === 'IN_PERSON') && a.on <= j016.on);
  const viaJ016 = j016 && missed ? [together(missed.evidence, byAct(j016))] : [];
  return [{
    key: 'ENG-1',
    ruleId: 'ENG-1',
    description: 'Reach the client within 1 business day of referral, or document the failed phone or in-person attempt and issue a J016 (ENG-2)',
    dueDate: facts.calendar.addBusinessDays(facts.context.referralDate, 1),
    met: earliestEvidence(...reached, ...notesOf(facts, 'CONTACT').map(byNote), ...viaJ016),
  }];
}

/**
 * ENG-6: an emergency the client disclosed is seen within 48 hours, whatever the track: due two
 * calendar days after the Alaska day staff heard of it (a weekend does not wait), met by an
 * in-person contact (a reached in-person or home-visit attempt, or a CONTACT note of that method)
 * on or after that day.
 */
export function emergencySeen(facts: CaseFacts): ObligationDraft[] {
  const inPerson = (method: unknown) => method === 'IN_PERSON' || method === 'HOME_VISIT';
  const visits = actsOf(facts, 'RECORD_CONTACT_ATTEMPT').filter((a) => a.payload.outcome === 'REACHED' && inPerson(a.payload.method));
  const notes = notesOf(facts, 'CONTACT').filter((n) => inPerson(n.method));
  return actsOf(facts, 'DISCLOSE_EMERGENCY').map((disclosure) => ({
    key: `ENG-6:v${disclosure.version}`,
    ruleId: 'ENG-6',
    description: `See the client in person within 48 hours of the emergency disclosed on ${disclosure.on}`,
    dueDate: addDays(disclosure.on, 2),
    met: firstOf(visits.filter((v) => v.on >= disclosure.on), notes.filter((n) => n.on >= disclosure.on)),
  }));
}

/**
 * The days the 30-day EA/FSSP/EPI clock started (ENG-3), with why: the referral, each case manager
 * change and each approved track change, dated as the chart dates them (the Alaska day of the event).
 */
function clockStarts(facts: CaseFacts): Array<{ on: PlainDate; why: string }> {
  const starts = new Map<PlainDate, string>([[facts.context.referralDate, 'referral']]);
  for (const a of facts.acts) {
    if (starts.has(a.on)) continue;
    if (a.event === 'CHANGE_CASE_MANAGER') starts.set(a.on, 'case manager change');
    if (a.event === 'DECIDE_TRACK_CHANGE' && a.payload.approved === true) starts.set(a.on, 'track change');
  }
  // The context is authoritative for the current clock, even when the history is incomplete.
  if (!starts.has(facts.context.engagementClockStart)) starts.set(facts.context.engagementClockStart, 'clock restart');
  return [...starts].map(([on, why]) => ({ on, why })).sort((a, b) => (a.on < b.on ? -1 : 1));
}

/**
 * ENG-3: EA, signed FSSP and EPI within 30 days of each clock start. The EPI is the EA's guideline
 * and has no act of its own, so the EA stands for it. After a track change the chart no longer takes
 * COMPLETE_EA (EA-1 asks for a new EA), so an EA CLNO also proves the EA; SIGN_FSSP or UPDATE_FSSP
 * proves the plan.
 *
 * A restart before the deadline replaces the old clock: the superseded instance is dropped unless it
 * was already met or already late (a real lapse stays on the record).
 */
export function engagementClock(facts: CaseFacts): ObligationDraft[] {
  const starts = clockStarts(facts);
  const inWindow = <T extends { on: PlainDate }>(items: T[], from: PlainDate, until: PlainDate | null) =>
    items.filter((i) => i.on >= from && (until === null || i.on < until));
  const drafts: ObligationDraft[] = [];
  starts.forEach(({ on: start, why }, i) => {
    const next = starts[i + 1]?.on ?? null;
    const dueDate = facts.calendar.deadlineAfterCalendarDays(start, 30);
    const ea = firstOf(inWindow(actsOf(facts, 'COMPLETE_EA', 'COMPLETE_REASSESSMENT'), start, next), inWindow(notesOf(facts, 'EA'), start, next));
    const plan = firstOf(inWindow(actsOf(facts, 'SIGN_FSSP', 'UPDATE_FSSP'), start, next), []);
    const met: Evidence | null = ea && plan ? { by: joinMetBy(ea.by, plan.by), on: ea.on > plan.on ? ea.on : plan.on } : null;
    if (next !== null && !met && dueDate >= next) return; // superseded before it fell due
    drafts.push({
      key: `ENG-3:${start}`,
      ruleId: 'ENG-3',
      description: `Complete the EA (with EPI) and a signed FSSP within 30 days of the ${why} on ${start}`,
      dueDate,
      met,
    });
  });
  return drafts;
}

const inMonth = <T extends { on: PlainDate }>(items: T[], month: string): T[] => items.filter((i) => monthOf(i.on) === month);

/**
 * ENG-4 (with FSSP-2's monthly review): a meaningful contact including an FSSP review every month
 * of participation, starting the month after the signature (the signing meeting covers its own month).
 */
export function monthlyFsspReview(facts: CaseFacts): ObligationDraft[] {
  const period = facts.participation;
  if (!period) return [];
  const reviews = actsOf(facts, 'REVIEW_FSSP', 'UPDATE_FSSP');
  const notes = notesOf(facts, 'FSSP_REVIEW');
  return monthRange(addMonthsToMonth(monthOf(period.start), 1), lastFullMonth(period.end, facts.today)).map((month) => ({
    key: `ENG-4:${month}`,
    ruleId: 'ENG-4',
    description: `Meaningful contact with the client including an FSSP review in ${month}`,
    dueDate: lastDayOf(month),
    met: firstOf(inMonth(reviews, month), inMonth(notes, month)),
  }));
}

/**
 * ENG-5 with ENG-2: each month the client stays not engaged through its last day (notEngagedSpans:
 * unreached since referral, or again after a documented failed attempt), at least 2 contact
 * attempts by more than one method. Only attempts documented in a CLNO count; an attempt is often
 * both a RECORD_CONTACT_ATTEMPT and its CLNO, so distinct methods, not rows, are counted.
 */
export function attemptsWhileUnreached(facts: CaseFacts): ObligationDraft[] {
  const attempts = documentedAttempts(facts);
  const months = new Set(notEngagedSpans(facts).flatMap(({ start, end }) => monthRange(monthOf(start), lastFullMonth(end, facts.today))));
  return [...months].sort().map((month) => {
    const methods = new Set<string>();
    let met: Evidence | null = null;
    for (const attempt of inMonth(attempts, month)) {
      if (attempt.method) methods.add(attempt.method);
      if (methods.size >= 2) { met = attempt.evidence; break; }
    }
    return {
      key: `ENG-5:${month}`,
      ruleId: 'ENG-5',
      description: `At least 2 contact attempts by more than one method (phone, letter, home visit), each documented in a CLNO, in ${month}`,
      dueDate: lastDayOf(month),
      met,
    };
  });
}

/**
 * The documented attempt that completes ENG-5's minimum within one span of not being engaged: the
 * first by which some month of the span holds 2 unanswered attempts by more than one method.
 */
function minimumAttemptsMade(attempts: DocumentedAttempt[], span: Period): DocumentedAttempt | null {
  const methodsByMonth = new Map<string, Set<string>>();
  for (const attempt of attempts) {
    if (attempt.reached || !attempt.method || attempt.on < span.start || (span.end !== null && attempt.on >= span.end)) continue;
    const methods = methodsByMonth.get(monthOf(attempt.on)) ?? new Set<string>();
    methodsByMonth.set(monthOf(attempt.on), methods.add(attempt.method));
    if (methods.size >= 2) return attempt;
  }
  return null;
}

/** What shows the client was reached on the day a span ended: a reached attempt, a CONTACT or FSSP_REVIEW CLNO, or an act done with the client. */
function reachedOn(facts: CaseFacts, day: PlainDate): Evidence | null {
  const acts = [
    ...actsOf(facts, 'RECORD_CONTACT_ATTEMPT').filter((a) => a.payload.outcome === 'REACHED'),
    ...actsOf(facts, ...ENGAGING_ACTS),
  ].filter((a) => a.on === day);
  return firstOf(acts, notesOf(facts, 'CONTACT', 'FSSP_REVIEW').filter((n) => n.on === day));
}

/**
 * ENG-5, its second half: "then a penalty must be requested for lack of engagement unless good
 * cause exists". Once a month of a span in which the client is not engaged (notEngagedSpans) holds
 * the 2 documented attempts by more than one method without reaching the client, a NOT_ENGAGED
 * non-compliance is to be reported: the report opens the good cause determination (PEN-1), so it
 * is the request, and good cause found there ends it without a penalty. One per span: a report
 * answers the whole episode, and reaching the client ends it (the client is engaged again).
 *
 * Due the last day of the month after the month of the attempts. Policy sets no number of days
 * (expectation 3, "On-going Engagement", states the duty; expectation 11, "Penalties", says only
 * "request penalties for non-compliance at the time the situation occurs and after determining
 * good cause"), so this default is ours, not the manual's: it leaves the month in which the
 * attempts were made, and the next, to report or reach the client.
 *
 * @example
 * // reached 2026-11-09; unanswered PHONE 2026-12-02 and LETTER 2026-12-04, each with its CLNO
 * penaltyForLackOfEngagement(facts)
 * // [{ key: 'ENG-5:penalty:2026-12-02', ruleId: 'ENG-5', dueDate: '2027-01-31', met: null, ... }]
 */
export function penaltyForLackOfEngagement(facts: CaseFacts): ObligationDraft[] {
  const attempts = documentedAttempts(facts);
  const closedOn = facts.context.exit?.closedOn ?? null;
  const reports = actsOf(facts, 'REPORT_NON_COMPLIANCE').filter((a) => a.payload.kind === 'NOT_ENGAGED');
  return notEngagedSpans(facts).flatMap((span) => {
    const minimum = minimumAttemptsMade(attempts, span);
    if (!minimum) return [];
    const report = reports.find((r) => r.on >= span.start && (span.end === null || r.on <= span.end));
    // A span ended by TA closure was not ended by reaching the client.
    const reached = span.end !== null && span.end !== closedOn ? reachedOn(facts, span.end) : null;
    return [{
      key: `ENG-5:penalty:${span.start}`,
      ruleId: 'ENG-5',
      description: `Request a penalty for lack of engagement (report a NOT_ENGAGED non-compliance; good cause is determined next), `
        + `or reach the client: 2 documented attempts by more than one method failed in ${monthOf(minimum.on)}`,
      dueDate: lastDayOf(addMonthsToMonth(monthOf(minimum.on), 1)),
      met: earliestEvidence(report ? byAct(report) : null, reached),
    }];
  });
}

/**
 * EA-2: the EA CLNO within 2 days of the EA; a deadline on a closed day runs to the next business
 * day (AS 01.10.080). A supervisor's approval of extenuating circumstances is a waiver.
 */
export function eaNote(facts: CaseFacts): ObligationDraft[] {
  const completedOn = facts.context.ea.completedOn;
  if (!completedOn) return [];
  const anchor = actsOf(facts, 'COMPLETE_EA', 'COMPLETE_REASSESSMENT').at(-1);
  const noteActs = actsOf(facts, 'RECORD_EA_NOTE').filter((a) => !anchor || a.version > anchor.version);
  return [{
    key: anchor ? `EA-2:v${anchor.version}` : `EA-2:${completedOn}`,
    ruleId: 'EA-2',
    description: `Enter the EA CLNO for the Employability Assessment of ${completedOn}`,
    dueDate: facts.calendar.deadlineAfterCalendarDays(completedOn, 2),
    met: firstOf(noteActs, notesOf(facts, 'EA').filter((n) => n.on >= completedOn)),
  }];
}
