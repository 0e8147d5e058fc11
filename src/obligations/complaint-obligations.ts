import { complaintDeadlines } from '../complaints/complaint-deadlines';
import { alaskaDateOf } from '../dates';
import type { ComplaintContext } from '../machines/complaint.types';
import { metByText } from './met-by';
import type { CaseFacts, ObligationDraft } from './obligation.types';

/** MGT-4: one complaint of the case, as CaseRecord.complaints carries it (the chart's context, complaint.snapshot). */
export interface ComplaintFact { id: string; context: ComplaintContext }

/**
 * MGT-4: each complaint's deadlines on the worklist (complaint-deadlines.ts): the call returned
 * within 1 business day, WSTA told of every resolution, WSTA's recommendations implemented within
 * 24 hours of receipt (due the Alaska day receipt + 24 h falls on, OVERDUE the day after). Met by
 * the complaint's step, on the Alaska day it happened (late too: metOn tells when). A complaint
 * outlives the TA closure of its case: its duties are never dropped as moot.
 *
 * @example
 * // a client's complaint received on Tuesday 2026-11-03, its call not yet returned
 * complaintObligations(facts) // [{ key: 'MGT-4:call:c-1', ruleId: 'MGT-4', dueDate: '2026-11-04', met: null, outlivesClosure: true, ... }]
 */
export function complaintObligations(facts: CaseFacts): ObligationDraft[] {
  return (facts.complaints ?? []).flatMap((complaint) =>
    complaintDeadlines(complaint.id, complaint.context, facts.calendar).map((d): ObligationDraft => ({
      key: d.key,
      ruleId: 'MGT-4',
      description: d.description,
      dueDate: d.dueOn,
      met: d.metAt ? { by: metByText({ kind: 'RECORD', recordType: 'Complaint', id: complaint.id }), on: alaskaDateOf(d.metAt) } : null,
      outlivesClosure: true,
    })));
}
