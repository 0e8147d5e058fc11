import { addMonths, type PlainDate } from '../dates';
import { actsOf, byAct, earliestEvidence, payloadDate } from './case-facts';
import { metByText } from './met-by';
import type { Act, CaseFacts, Evidence, FsspMailingFact, FsspUpdateAppointmentFact, ObligationDraft } from './obligation.types';

/** One signed version of the plan: the first signature, then each update (which the client signs again). */
interface PlanVersion {
  /** the history row, or null when only the context knows the plan */
  act: Act | null;
  signedOn: PlainDate;
  lastStepReviewDate: PlainDate | null;
}

const planKey = (rule: string, plan: PlanVersion): string => (plan.act ? `${rule}:v${plan.act.version}` : `${rule}:${plan.signedOn}`);

/** The chain of signed plans; a signature takes its step review dates from the draft before it. */
function planVersions(facts: CaseFacts): PlanVersion[] {
  const versions: PlanVersion[] = [];
  let draftReviewDate: PlainDate | null = null;
  for (const act of facts.acts) {
    if (act.event === 'DRAFT_FSSP') draftReviewDate = payloadDate(act.payload, 'lastStepReviewDate');
    if (act.event === 'SIGN_FSSP') versions.push({ act, signedOn: act.on, lastStepReviewDate: draftReviewDate });
    if (act.event === 'UPDATE_FSSP') versions.push({ act, signedOn: act.on, lastStepReviewDate: payloadDate(act.payload, 'lastStepReviewDate') });
  }
  const { fssp } = facts.context;
  if (!versions.length && fssp.signedOn) versions.push({ act: null, signedOn: fssp.signedOn, lastStepReviewDate: fssp.lastStepReviewDate });
  return versions;
}

/** The update that replaced `versions[i]`, if any. */
const updateAfter = (versions: PlanVersion[], i: number): Act | null => versions[i + 1]?.act ?? null;

/**
 * FSSP-2: the plan is updated at least every 3 months. Each signed version is due for its update
 * 3 months after its signature; the deadline is counted like any other (AS 01.10.080: a closed
 * day moves it to the next business day). The monthly review half of FSSP-2 is ENG-4.
 */
export function quarterlyUpdate(facts: CaseFacts): ObligationDraft[] {
  const versions = planVersions(facts);
  return versions.map((plan, i) => {
    const update = updateAfter(versions, i);
    return {
      key: planKey('FSSP-2', plan),
      ruleId: 'FSSP-2',
      description: `Update the FSSP signed ${plan.signedOn} with the client (at least every 3 months)`,
      dueDate: facts.calendar.nextBusinessDayOnOrAfter(addMonths(plan.signedOn, 3)),
      met: update ? byAct(update) : null,
    };
  });
}

/**
 * FSSP-4: "The update appointment is scheduled before the expiration date, so that a current plan
 * always exists." Met by an update appointment of this plan (recorded while it was in force, on
 * or before its last step review date, for a day on or before it: scheduleFsspUpdate), or by the
 * update itself when it came first.
 */
function appointmentBefore(appointments: readonly FsspUpdateAppointmentFact[], plan: PlanVersion, next: Act | null, due: PlainDate): Evidence | null {
  const fit = appointments.filter((a) => a.recordedOn >= plan.signedOn && (!next || a.recordedOn <= next.on) && a.recordedOn <= due && a.scheduledFor <= due);
  return earliestEvidence(...fit.map((a) => ({ by: metByText({ kind: 'RECORD', recordType: 'FsspUpdateAppointment', id: a.id }), on: a.recordedOn })));
}

/**
 * FSSP-3 / FSSP-4: a plan expires after its last step review date, so the update appointment must
 * be scheduled (FSSP-4), or the update held, by then for a current plan always to exist. Not moved
 * to a business day: the plan lapses on that date whatever day it is. A late update or an
 * appointment scheduled after expiry does not meet it (the plan did lapse).
 */
export function updateBeforeExpiry(facts: CaseFacts): ObligationDraft[] {
  const versions = planVersions(facts);
  return versions.flatMap((plan, i) => {
    const due = plan.lastStepReviewDate;
    if (!due) return [];
    const update = updateAfter(versions, i);
    const appointment = appointmentBefore(facts.fsspUpdateAppointments ?? [], plan, update, due);
    return [{
      key: planKey('FSSP-4', plan),
      ruleId: 'FSSP-4',
      description: `Schedule the FSSP update appointment before the plan signed ${plan.signedOn} expires after ${due}`,
      dueDate: due,
      met: earliestEvidence(appointment, update && update.on <= due ? byAct(update) : null),
    }];
  });
}

/**
 * FSSP-6 for an update mailed for signature. The chart records a mailing only before the first
 * signature (MAIL_FSSP); an update's mailing is the FSSP document's alone (fssp_mailing), since the
 * signed plan stays in force until the update is signed. So each document mailing the chart did not
 * record (no MAIL_FSSP of the same dates) is due back by its date, met by its version's signature;
 * a re-mailing of the version replaces the earlier one, and a newer draft voids an unsigned one.
 *
 * @example
 * // version 2 mailed 2027-01-04, due back 2027-01-18, not signed
 * mailedUpdateDueBack(facts) // [{ key: 'FSSP-6:fssp-v2', dueDate: '2027-01-18', met: null, ... }]
 */
export function mailedUpdateDueBack(facts: CaseFacts): ObligationDraft[] {
  const charted = actsOf(facts, 'MAIL_FSSP');
  const byVersion = new Map<number, FsspMailingFact>();
  for (const m of facts.fsspMailings ?? []) {
    const inChart = charted.some((a) => payloadDate(a.payload, 'mailedOn') === m.mailedOn && payloadDate(a.payload, 'dueBackOn') === m.dueBackOn);
    if (!inChart) byVersion.set(m.versionNumber, m);
  }
  return [...byVersion.values()].filter((m) => m.signedOn !== null || !m.superseded).map((m) => ({
    key: `FSSP-6:fssp-v${m.versionNumber}`,
    ruleId: 'FSSP-6',
    description: `FSSP version ${m.versionNumber} mailed ${m.mailedOn} due back signed from the client`,
    dueDate: m.dueBackOn,
    met: m.signedOn ? { by: metByText({ kind: 'RECORD', recordType: 'FsspVersion', id: m.versionId }), on: m.signedOn } : null,
  }));
}

/**
 * FSSP-6: a plan mailed for signature is due back by the date the CLNO records. A new draft voids
 * a mailing (the chart clears it), and a re-mailing replaces the earlier due-back date.
 */
export function mailedPlanDueBack(facts: CaseFacts): ObligationDraft[] {
  const { mailedOn, dueBackOn } = facts.context.fssp;
  if (!mailedOn || !dueBackOn) return [];
  const mailing = actsOf(facts, 'MAIL_FSSP').at(-1);
  const signature = actsOf(facts, 'SIGN_FSSP').find((a) => (mailing ? a.version > mailing.version : a.on >= mailedOn));
  return [{
    key: mailing ? `FSSP-6:v${mailing.version}` : `FSSP-6:${mailedOn}`,
    ruleId: 'FSSP-6',
    description: `Signed FSSP mailed ${mailedOn} due back from the client`,
    dueDate: dueBackOn,
    met: signature ? byAct(signature) : null,
  }];
}
