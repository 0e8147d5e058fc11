import type { PlainDate } from '../dates';
import type { CaseContext, NonComplianceKind } from './case-lifecycle.types';

/** What currency reads: the plan now on file and, when kept, every signed version of it. */
type PlanRecord = Pick<CaseContext, 'fssp' | 'fsspVersions'>;

/**
 * FSSP-1 / FSSP-3: whether the case's signed plan is current on a date. A plan is valid only when
 * signed and current, and it expires after its last step review date, so currency follows from
 * the date alone: never from whether someone sent EXPIRE_FSSP (issue 10: `plan.current` stayed
 * current for months after the last step review date and an FSSP penalty was imposed on a lapsed
 * plan). The chart's plan region still records the expiry; no decision reads it.
 *
 * The date is judged under the version in force that day (`fsspVersions`: each signature and
 * update, in force until the next one), so a failure dated before the latest update is judged by
 * the earlier version's review dates. Snapshots from before versions were kept hold only the plan
 * now on file: a date before it was signed cannot be shown current there.
 *
 * @example
 * // signed 2026-01-20 (last step review date 2026-04-14), updated 2026-04-10 (review date 2026-07-14)
 * fsspCurrentOn(context, '2026-03-02') // true: the first version was current that day
 * fsspCurrentOn(context, '2026-07-15') // false: expired after its last review date (FSSP-3)
 * fsspCurrentOn(context, '2026-01-19') // false: not yet signed (FSSP-1)
 */
export function fsspCurrentOn(context: PlanRecord, date: PlainDate): boolean {
  return fsspNotCurrentReason(context, date) === null;
}

/**
 * FSSP-3: whether the plan now on file has lapsed by `date` (the day after its last step review
 * date or later): what EXPIRE_FSSP records, and when the lapse sweep sends it.
 *
 * @example
 * fsspLapsedOn({ fssp: { lastStepReviewDate: '2026-04-14', ... } }, '2026-04-14') // false: its last day
 * fsspLapsedOn({ fssp: { lastStepReviewDate: '2026-04-14', ... } }, '2026-04-15') // true
 */
export function fsspLapsedOn(context: Pick<CaseContext, 'fssp'>, date: PlainDate): boolean {
  const last = context.fssp.lastStepReviewDate;
  return last !== null && date > last;
}

/**
 * Why the plan is not current on `date` (null when it is), naming the dates: the reason a guard
 * shows, so the button and the refusal say the same.
 *
 * @example
 * fsspNotCurrentReason(context, '2026-04-15') // 'the FSSP expired after its last step review date 2026-04-14 (FSSP-3)'
 */
export function fsspNotCurrentReason(context: PlanRecord, date: PlainDate): string | null {
  const version = versionInForceOn(context, date);
  if (version === null) return `no FSSP signed on or before ${date} (FSSP-1)`;
  const { signedOn, lastStepReviewDate } = version;
  if (signedOn === null || date < signedOn) return `no FSSP signed on or before ${date} (FSSP-1)`;
  // FSSP-3: every step has its own review date; a plan without one is not SMART and cannot be current.
  if (lastStepReviewDate === null) return 'the FSSP has no step review date (FSSP-3)';
  if (date > lastStepReviewDate) return `the FSSP expired after its last step review date ${lastStepReviewDate} (FSSP-3)`;
  return null;
}

/**
 * The version of the plan in force on `date`: the last one signed on or before it (a same-day
 * update wins). Without kept versions (older snapshots), the plan now on file.
 *
 * @example
 * versionInForceOn({ fssp, fsspVersions: [{ signedOn: '2026-01-20', ... }, { signedOn: '2026-04-10', ... }] }, '2026-03-02')
 * // { signedOn: '2026-01-20', ... }
 */
export function versionInForceOn(context: PlanRecord, date: PlainDate): { signedOn: PlainDate | null; lastStepReviewDate: PlainDate | null } | null {
  const versions = context.fsspVersions;
  if (!versions || versions.length === 0) return context.fssp;
  // Ordered by signature date (stable, so of two signed the same day the later entered wins).
  return [...versions].sort((a, b) => a.signedOn.localeCompare(b.signedOn)).filter((v) => v.signedOn <= date).at(-1) ?? null;
}

/**
 * FSSP-1: a failure to follow the plan is a non-compliance only under a plan that was signed and
 * current on the day it occurred. A plan never signed is the other FSSP failure, failure to sign
 * (FSSP-1: "failure to sign without good cause can be penalized"), which needs no current plan.
 *
 * @example
 * fsspNonComplianceReason(context, 'FSSP', '2026-05-02')
 * // 'an FSSP non-compliance needs a plan signed and current on 2026-05-02: the FSSP expired after its last step review date 2026-04-14 (FSSP-3)'
 * fsspNonComplianceReason(context, 'WORK_ACTIVITY', '2026-05-02') // null
 * // never signed, drafted 2026-03-10: refusing to sign on 2026-03-20 is a non-compliance (FSSP-1)
 * fsspNonComplianceReason(unsigned, 'FSSP', '2026-03-20') // null
 */
export function fsspNonComplianceReason(context: PlanRecord, kind: NonComplianceKind, occurredOn: PlainDate): string | null {
  if (kind !== 'FSSP') return null;
  if (context.fssp.signedOn === null) {
    // A failure to sign is of a plan put to the client: drafted (and presented or mailed) by that day.
    const { draftedOn } = context.fssp;
    return draftedOn !== null && draftedOn <= occurredOn ? null : `a failure to sign needs an FSSP drafted on or before ${occurredOn} (FSSP-1)`;
  }
  const reason = fsspNotCurrentReason(context, occurredOn);
  return reason && `an FSSP non-compliance needs a plan signed and current on ${occurredOn}: ${reason}`;
}

/** The plan as Case.plan shows it on `today`: current or not by the date, and its last step review date. */
export interface PlanPosition {
  current: boolean;
  lastStepReviewDate: PlainDate | null;
}

/**
 * @example planPositionOn(context, '2026-04-15') // { current: false, lastStepReviewDate: '2026-04-14' }
 */
export function planPositionOn(context: PlanRecord, today: PlainDate): PlanPosition {
  return { current: fsspCurrentOn(context, today), lastStepReviewDate: context.fssp.lastStepReviewDate };
}
