import type { AlaskaCalendar } from '../calendar/alaska-calendar';
import { alaskaDateOf, isPlainDate, type PlainDate } from '../dates';
import { phaseOfLeafPaths, type CasePhase } from '../machines/case-state';
import { metByText } from './met-by';
import type { Act, CaseFacts, CaseRecord, DatedNote, Evidence, NoteSubject, Period, Waiver } from './obligation.types';

/**
 * The payload field holding the date an act took effect. Staff often record an act a day or two
 * later (a contact on Friday entered on Monday); the rules count from when it happened, as the
 * chart does. Events without such a field count from the Alaska date they were accepted, and so do
 * notes (the EA note, the exit summary): "entered within 2 days" is about when it was entered, so
 * a back-dated `enteredOn` cannot meet EA-2 or EXIT-1.
 */
const ACT_DATE_FIELD: Readonly<Record<string, string>> = {
  RECORD_CONTACT_ATTEMPT: 'on',
  COMPLETE_EA: 'completedOn',
  COMPLETE_REASSESSMENT: 'completedOn',
  DRAFT_FSSP: 'draftedOn',
  MAIL_FSSP: 'mailedOn',
  SIGN_FSSP: 'signedOn',
  REVIEW_FSSP: 'reviewedOn',
  UPDATE_FSSP: 'updatedOn',
  REPORT_NON_COMPLIANCE: 'occurredOn',
  IMPOSE_PENALTY: 'noticeOn', // PEN-5: imposed with its written notice (older entries: the day accepted)
  RECORD_PENALTY_HOME_VISIT: 'visitedOn',
  START_EXEMPTION: 'startedOn',
  END_EXEMPTION: 'endedOn',
  SUBMIT_STAFFING_FORM: 'submittedOn',
  CLOSE_TA: 'closedOn',
  CLOSE_WORK_ACTIVITY_RECORD: 'closedOn',
  RECORD_POST_TA_CONTACT: 'contactedOn',
  REFER_AGAIN: 'referralDate',
};

/** Milliseconds of an ISO instant; a bad one is refused by name rather than silently ignored. */
function instantMs(instant: string, what: string): number {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${what}: not a timestamp: ${JSON.stringify(instant)}`);
  return ms;
}

/** An instant as the Alaska date it falls on (never the UTC date). */
const alaskaDay = (instant: string, what: string): PlainDate => alaskaDateOf(new Date(instantMs(instant, what)));

/** A payload field when it is a real `YYYY-MM-DD` date, else null. */
export function payloadDate(payload: Record<string, unknown>, field: string): PlainDate | null {
  const value = payload[field];
  return typeof value === 'string' && isPlainDate(value) ? value : null;
}

/**
 * A re-referral (REFER_AGAIN) starts the case afresh: the chart resets its context, so acts,
 * notes and waivers from before it must not meet or waive the new referral's duties.
 */
function currentReferral(record: CaseRecord): { fromVersion: number; fromMs: number } {
  const restarts = record.history.filter((h) => h.event === 'REFER_AGAIN');
  const last = restarts.reduce<typeof restarts[number] | null>((a, h) => (!a || h.version > a.version ? h : a), null);
  return last
    ? { fromVersion: last.version, fromMs: instantMs(last.occurredAt, `history v${last.version} occurredAt`) }
    : { fromVersion: 0, fromMs: -Infinity };
}

/** Waivers of the current referral, the latest per key (a later waiver restates the reason). */
export function waiversByKey(record: CaseRecord): Map<string, Waiver> {
  const { fromMs } = currentReferral(record);
  const byKey = new Map<string, Waiver>();
  const dated = record.waivers.map((w) => ({ w, ms: instantMs(w.waivedAt, `waiver of ${w.obligationKey} waivedAt`) }));
  for (const { w } of dated.filter((d) => d.ms >= fromMs).sort((a, b) => a.ms - b.ms)) byKey.set(w.obligationKey, w);
  return byKey;
}

/** A span of states, from the first act that enters them to the first act that leaves them. */
function periodOf(acts: Act[], inside: (state: string) => boolean, nowInside: boolean, fallback: Period | null): Period | null {
  const enter = acts.find((a) => inside(a.stateAfter));
  if (!enter) return nowInside && fallback ? { start: fallback.start, end: null } : fallback;
  if (nowInside) return { start: enter.on, end: null };
  const leave = acts.find((a) => a.version > enter.version && !inside(a.stateAfter));
  return { start: enter.on, end: leave?.on ?? fallback?.end ?? enter.on };
}

/** Normalises the record once, so each rule reads Alaska dates of the current referral only. */
export function caseFacts(record: CaseRecord, today: PlainDate, calendar: AlaskaCalendar): CaseFacts {
  if (!isPlainDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
  const { context, state } = record;
  const { fromVersion, fromMs } = currentReferral(record);
  const acts: Act[] = record.history
    // The REFER_AGAIN row itself opens the new referral period, so it stays.
    .filter((h) => h.version >= fromVersion)
    .sort((a, b) => a.version - b.version)
    .map((h) => {
      const field = ACT_DATE_FIELD[h.event];
      const on = (field && payloadDate(h.payload, field)) || alaskaDay(h.occurredAt, `history v${h.version} occurredAt`);
      return { version: h.version, event: h.event, on, payload: h.payload, stateAfter: h.stateAfter };
    });
  const notes: DatedNote[] = record.notes
    .filter((n) => instantMs(n.enteredAt, `note ${n.id} enteredAt`) >= fromMs)
    .map((n) => ({ id: n.id, subject: n.subject, on: alaskaDay(n.enteredAt, `note ${n.id} enteredAt`), method: n.contactMethod?.toUpperCase() ?? null }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));

  // Without history (e.g. a record built from the snapshot alone) the context gives the dates.
  const reached = context.contactAttempts.find((a) => a.outcome === 'REACHED')?.on ?? context.referralDate;
  // By phase, not by path text: history rows keep the paths of the chart version that wrote them.
  const inPhase = (phase: CasePhase) => (s: string) => phaseOfLeafPaths(s.split(', ')) === phase;
  const referral = periodOf(acts, inPhase('REFERRAL'), inPhase('REFERRAL')(state), {
    start: context.referralDate,
    end: reached,
  })!;
  const participation = periodOf(acts, inPhase('PARTICIPATING'), inPhase('PARTICIPATING')(state),
    context.fssp.signedOn ? { start: context.fssp.signedOn, end: context.exit?.closedOn ?? null } : null);
  // The referral starts on the referral date, whatever day the REFERRED row was written.
  return {
    context, state, today, calendar, acts, notes, participation,
    referral: { start: context.referralDate, end: referral.end },
    childCareAuthorized: record.childCareAuthorized === true,
    childCareChanges: record.childCareChanges ?? null,
    agencyReferrals: record.agencyReferrals ?? [],
    assignmentFollowUps: record.assignmentFollowUps ?? [],
    contacts: record.contacts ?? [],
    trackRecords: record.trackRecords ?? null,
    fsspUpdateAppointments: record.fsspUpdateAppointments ?? [],
    fsspMailings: record.fsspMailings ?? [],
    fileReviews: record.fileReviews ?? [],
    complaints: record.complaints ?? [],
    verifications: record.verifications
      ? new Map(record.verifications.map((v) => [v.month, alaskaDay(v.verifiedAt, `verification ${v.month}`)]))
      : null,
  };
}

export const actsOf = (facts: CaseFacts, ...events: string[]): Act[] => facts.acts.filter((a) => events.includes(a.event));
export const notesOf = (facts: CaseFacts, ...subjects: NoteSubject[]): DatedNote[] => facts.notes.filter((n) => subjects.includes(n.subject));

// The met_by text is written by src/obligations/met-by.ts, which also reads it back for the API.
export const byAct = (act: Act): Evidence => ({ by: metByText({ kind: 'HISTORY_ENTRY', event: act.event, version: act.version }), on: act.on });
export const byNote = (note: DatedNote): Evidence => ({ by: metByText({ kind: 'CLIENT_NOTE', noteId: note.id }), on: note.on });

/**
 * The earliest of the candidates; on a tie the first listed (the chart's own record) wins.
 *
 * @example
 * earliestEvidence({ by: 'CLNO c-1', on: '2026-11-10' }, null, { by: 'CLNO c-2', on: '2026-11-09' }) // { by: 'CLNO c-2', on: '2026-11-09' }
 */
export function earliestEvidence(...candidates: Array<Evidence | null | undefined>): Evidence | null {
  return candidates.reduce<Evidence | null>((best, c) => (c && (!best || c.on < best.on) ? c : best), null);
}

/** The first act and the first note among those given, as one Evidence (or null). */
export function firstOf(acts: Act[], notes: DatedNote[]): Evidence | null {
  return earliestEvidence(...acts.map(byAct), ...notes.map(byNote));
}
