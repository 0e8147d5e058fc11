import type { EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import type { CaseEntity } from '../entities';
import { badInput } from '../errors';
import { ApprovalRepository, type ApprovalRow, type NewApprovalRequest } from '../repositories/approval.repository';
import { assertRecordId } from '../services/ids';

/** The evidence a person gives with a request: text, and optionally a CLNO or CANO of the case. */
export interface ApprovalEvidence { evidence?: string | null; evidenceNoteId?: string | null }

type Subject = Pick<NewApprovalRequest, 'kind' | 'ruleId' | 'subjectKey' | 'reason'> & Partial<Pick<NewApprovalRequest, 'supportiveServiceId' | 'obligationKey' | 'waiverReasonCode'>>;

/**
 * Opens a request a person asks for (SS-2, a waiver) on a case already locked and checked: the
 * cited note must be a client note or case note of this case; one pending per action and case.
 */
export async function openRequest(manager: EntityManager, user: CurrentUser, kase: CaseEntity, subject: Subject, given: ApprovalEvidence, at: Date): Promise<ApprovalRow> {
  const approvals = new ApprovalRepository(manager);
  let note: { kind: 'CLNO' | 'CANO'; caseId: string } | null = null;
  if (given.evidenceNoteId) {
    assertRecordId('Note', given.evidenceNoteId);
    note = await approvals.evidenceNote(given.evidenceNoteId);
    if (!note || note.caseId !== kase.id) throw badInput('evidenceNoteId must name a client note (CLNO) or case note (CANO) of this case', 'evidenceNoteId', 'noteOfCase');
  }
  if (!subject.reason.trim()) throw badInput('The request says why (reason)', 'reason', 'isNotEmpty');
  return approvals.open({
    caseId: kase.id, officeId: kase.officeId, ...subject, reason: subject.reason.trim(),
    supportiveServiceId: subject.supportiveServiceId ?? null, obligationKey: subject.obligationKey ?? null, waiverReasonCode: subject.waiverReasonCode ?? null,
    toTrack: null, historyVersion: null, evidence: given.evidence?.trim() || null,
    evidenceClientNoteId: note?.kind === 'CLNO' ? given.evidenceNoteId! : null, evidenceCaseNoteId: note?.kind === 'CANO' ? given.evidenceNoteId! : null,
    requestedBy: user.id, requestedAt: at,
  });
}
