/**
 * The working state of one adult's hours computation (src/participation/adult-hours.ts): each
 * entry's candidate hours as the limits take them away, the record of what was not counted and
 * why, and the activity-level exclusions that come first in every week. Pure.
 */
import { FEDERAL_ACTIVITIES, type FederalActivity } from './activity-types';
import type { NotCountedHours, NotCountedReason, WeeklyActivityEntry } from './participation.types';
import { NOT_COUNTED_RULES } from './rules';

/** Counted parts of one activity entry. */
export interface CountedEntry {
  weekStart: string;
  activity: FederalActivity;
  core: boolean;
  actual: number;
  excused: number;
  holiday: number;
  /** Short-week proration added to a JSJR week (45 CFR 261.34(e)). */
  prorated: number;
}

/** One entry while its hours pass the limits: the candidates left, and what has been counted. */
export interface Work {
  index: number;
  entry: WeeklyActivityEntry;
  isJsjr: boolean;
  live: boolean;
  actualCandidate: number;
  holidayCandidates: Array<{ date: string; centiHours: number }>;
  excusedCandidate: number;
  counted: CountedEntry;
}

/** The entries of an adult's month as work items, in input order, holidays of an entry by date. */
export function toWorks(activities: readonly WeeklyActivityEntry[]): Work[] {
  return activities.map((entry, index) => ({
    index,
    entry,
    isJsjr: entry.activity === 'JOB_SEARCH_JOB_READINESS',
    live: true,
    actualCandidate: entry.actualCentiHours,
    holidayCandidates: [...(entry.holidays ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((h) => ({ ...h })),
    excusedCandidate: entry.excusedCentiHours ?? 0,
    counted: {
      weekStart: entry.weekStart,
      activity: entry.activity,
      core: FEDERAL_ACTIVITIES[entry.activity].core,
      actual: 0,
      excused: 0,
      holiday: 0,
      prorated: 0,
    },
  }));
}

export const holidayCandidateTotal = (w: Work): number => w.holidayCandidates.reduce((s, h) => s + h.centiHours, 0);

/** The hours not counted, one line per entry, kind and reason, with the rule that dropped them. */
export class NotCountedLedger {
  private readonly byKey = new Map<string, NotCountedHours>();

  constructor(private readonly adultId: string) {}

  /** Records `centiHours` of an entry's `kind` as not counted for `reason` (nothing when 0). */
  drop(w: Work, kind: NotCountedHours['kind'], reason: NotCountedReason, centiHours: number): void {
    if (centiHours <= 0) return;
    const key = `${w.index}|${kind}|${reason}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.centiHours += centiHours;
      return;
    }
    this.byKey.set(key, {
      adultId: this.adultId,
      weekStart: w.entry.weekStart,
      activity: w.entry.activity,
      kind,
      centiHours,
      reason,
      rule: NOT_COUNTED_RULES[reason].rule,
      text: NOT_COUNTED_RULES[reason].text,
    });
  }

  /** Drops every candidate hour of the entry for `reason`; the entry counts nothing more. */
  dropAll(w: Work, reason: NotCountedReason): void {
    this.drop(w, 'ACTUAL', reason, w.actualCandidate);
    this.drop(w, 'HOLIDAY', reason, holidayCandidateTotal(w));
    this.drop(w, 'EXCUSED', reason, w.excusedCandidate);
    w.actualCandidate = 0;
    w.holidayCandidates = [];
    w.excusedCandidate = 0;
    w.live = false;
  }

  lines(): NotCountedHours[] {
    return [...this.byKey.values()];
  }
}

/**
 * Step 1 of a week: activity-level exclusions and the "only where scheduled" test. VET beyond its
 * 12 lifetime months (45 CFR 261.33(a)) and JSJR without a justification (WV-2) count nothing;
 * a paid activity has no excused hours (45 CFR 261.60(b)); otherwise holidays, then other excused
 * hours, count only for the scheduled hours not worked (45 CFR 261.60(b)).
 */
export function applyActivityExclusions(week: readonly Work[], vetAllowed: boolean, ledger: NotCountedLedger): void {
  for (const w of week) {
    const activity = FEDERAL_ACTIVITIES[w.entry.activity];
    if (w.entry.activity === 'VOCATIONAL_EDUCATIONAL_TRAINING' && !vetAllowed) {
      ledger.dropAll(w, 'VET_LIFETIME_12_MONTHS'); // 45 CFR 261.33(a)
      continue;
    }
    if (w.isJsjr && w.entry.justificationPresent !== true) {
      ledger.dropAll(w, 'JSJR_WITHOUT_JUSTIFICATION'); // WV-2
      continue;
    }
    if (activity.paid) {
      // 45 CFR 261.60(b): excused absences only for unpaid activities.
      ledger.drop(w, 'HOLIDAY', 'EXCUSED_PAID_ACTIVITY', holidayCandidateTotal(w));
      ledger.drop(w, 'EXCUSED', 'EXCUSED_PAID_ACTIVITY', w.excusedCandidate);
      w.holidayCandidates = [];
      w.excusedCandidate = 0;
      continue;
    }
    // 45 CFR 261.60(b): only for the period the client was scheduled (scheduled - actual).
    let room = Math.max(0, (w.entry.scheduledCentiHours ?? 0) - w.actualCandidate);
    const kept: Array<{ date: string; centiHours: number }> = [];
    for (const h of w.holidayCandidates) {
      const c = Math.min(h.centiHours, room);
      room -= c;
      ledger.drop(w, 'HOLIDAY', 'EXCUSED_NOT_SCHEDULED', h.centiHours - c);
      if (c > 0) kept.push({ date: h.date, centiHours: c });
    }
    w.holidayCandidates = kept;
    const e = Math.min(w.excusedCandidate, room);
    ledger.drop(w, 'EXCUSED', 'EXCUSED_NOT_SCHEDULED', w.excusedCandidate - e);
    w.excusedCandidate = e;
  }
}
