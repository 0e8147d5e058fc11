import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { ContactChannel } from '../contacts/contact-rules';
import { alaskaDateOf } from '../dates';
import type { CaseEntity } from '../entities';
import { badInput, forbidden, notFound } from '../errors';
import { checkComplaintReceipt } from '../machines/complaint-timeline';
import {
  allowedComplaintEvents, applyComplaintEvent, authorizeComplaintEvent, checkComplaintEvent, complaintStatusOf, restoreComplaintSnapshot,
  startComplaint, targetStatusOf, toStoredComplaint, type StoredComplaintSnapshot,
} from '../machines/complaint-transition';
import { COMPLAINT_MACHINE_VERSION } from '../machines/complaint.machine';
import { COMPLAINT_RESOLUTION_EVENTS, type ComplaintCommand, type ComplaintEvent, type ComplaintSource } from '../machines/complaint.types';
import { CaseRepository } from '../repositories/case.repository';
import { ComplaintRepository, type ComplaintListQuery, type ComplaintRow } from '../repositories/complaint.repository';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { writeTransaction } from '../services/transaction';
import { assertCanWorkComplaint } from './complaint-access';
import { ComplaintTransitionRefused, complaintVersionConflict } from './complaint-errors';
import { ChangeEventRepository } from '../repositories/change-event.repository';
import { complaintResolutionEvent } from '../change-feed/case-change-event';

export interface ReceiveComplaintRequest { caseId: string; source: ComplaintSource; receivedAt: Date; channel: ContactChannel; summary: string }
/** Which complaint, at the version the client saw (Complaint.version). */
export interface ComplaintStep { complaintId: string; expectedVersion: number }

type Recompute = (manager: EntityManager, caseId: string, kase?: CaseEntity) => Promise<void>;
/** Builds the event from the request once the complaint and its case are loaded (a CLNO's facts, the client number). */
type Build = (manager: EntityManager, complaint: ComplaintRow, kase: CaseEntity) => Promise<ComplaintCommand>;

const iso = (d: Date) => d.toISOString();

/** Free text a step must carry: not blank. */
function requireText(value: string, field: string, what: string): string {
  const text = value.trim();
  if (text === '') throw badInput(`${what} is required`, field, 'isNotEmpty');
  return text;
}

/**
 * MGT-4: client complaints. Each write locks the complaint's case (its obligations are recomputed
 * in the same transaction), checks the complaint's version, runs the pure chart
 * (complaint-transition.ts), then `UPDATE complaint ... WHERE version = $expected` and one
 * append-only complaint_history row: the RESOLVE, IMPLEMENT_RECOMMENDATIONS and RESOLVE_FORWARDED
 * rows are where a resolution is recorded (issue 14's change feed reads them).
 */
export class ComplaintService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly recompute: Recompute) {}

  /** A complaint received from the client, or brought by WSTA (a WSTA user brings only WSTA's). */
  async receive(user: CurrentUser, request: ReceiveComplaintRequest): Promise<ComplaintRow> {
    AccessPolicy.assertMay(user, 'receiveComplaints');
    assertRecordId('Case', request.caseId);
    if (user.role === 'WSTA' && request.source !== 'WSTA') throw badInput('A complaint WSTA enters is one WSTA brings: source WSTA', 'source', 'wstaBringsWstaComplaints');
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await new CaseRepository(manager).lockById(request.caseId);
      if (!kase) throw notFound('Case', request.caseId);
      AccessPolicy.assertCanReadOffice(user, kase.officeId);
      assertCanWorkComplaint(user, kase.officeId);
      const summary = requireText(request.summary, 'summary', 'The complaint\'s summary');
      const now = this.clock.now();
      const refused = checkComplaintReceipt(iso(request.receivedAt), alaskaDateOf(request.receivedAt), kase.referralDate, iso(now));
      if (refused) throw badInput(refused.message, refused.field, refused.constraint);
      const input = { source: request.source, receivedAt: iso(request.receivedAt), channel: request.channel, summary, receivedBy: user.id };
      const snapshot = startComplaint(input);
      const complaints = new ComplaintRepository(manager);
      const row = await complaints.insert({
        caseId: kase.id, officeId: kase.officeId, source: input.source, status: complaintStatusOf(snapshot.value), receivedAt: request.receivedAt,
        snapshot: toStoredComplaint(snapshot), machineVersion: COMPLAINT_MACHINE_VERSION, version: 1, receivedBy: user.id, createdAt: now, updatedAt: now,
      });
      const { receivedBy: _by, ...payload } = input;
      await complaints.appendHistory({
        complaintId: row.id, caseId: kase.id, version: 1, event: 'RECEIVE', payload, statusBefore: null, statusAfter: row.status,
        actorId: user.id, actorRole: user.role, occurredAt: now,
      });
      await this.recompute(manager, kase.id, kase);
      return row;
    });
  }

  /** MGT-4: the client's call returned (within 1 business day of receipt). */
  returnCall(user: CurrentUser, step: ComplaintStep, r: { returnedAt: Date; channel: ContactChannel }) {
    return this.apply(user, step, 'RETURN_CALL', () => Promise.resolve({ type: 'RETURN_CALL', returnedAt: iso(r.returnedAt), channel: r.channel }));
  }

  /** MGT-4: resolved at the lowest level, documented in a COMPLAINT CLNO of the case (the summary of the issue and resolution). */
  resolve(user: CurrentUser, step: ComplaintStep, r: { resolvedAt: Date; noteId: string; summary: string }) {
    return this.apply(user, step, 'RESOLVE', async (manager, complaint) => ({
      type: 'RESOLVE', resolvedAt: iso(r.resolvedAt), summary: requireText(r.summary, 'summary', 'The resolution\'s summary'),
      noteId: r.noteId, noteEnteredAt: await this.complaintNoteEnteredAt(manager, complaint, r.noteId),
    }));
  }

  /** MGT-4: WSTA told of the resolution, with the client number and the CLNO's date (both from the record), how and when. */
  notifyWsta(user: CurrentUser, step: ComplaintStep, r: { notifiedAt: Date; method: ContactChannel }) {
    return this.apply(user, step, 'NOTIFY_WSTA', (_m, complaint, kase) => {
      const noteEnteredAt = (complaint.snapshot as StoredComplaintSnapshot).context.resolution?.noteEnteredAt;
      return Promise.resolve({
        type: 'NOTIFY_WSTA', notifiedAt: iso(r.notifiedAt), method: r.method, clientId: kase.clientId,
        noteDate: noteEnteredAt ? alaskaDateOf(noteEnteredAt) : alaskaDateOf(r.notifiedAt),
      });
    });
  }

  /** MGT-4: unresolved by the provider's own process, forwarded to WSTA. */
  forward(user: CurrentUser, step: ComplaintStep, r: { forwardedAt: Date; reason: string }) {
    return this.apply(user, step, 'FORWARD_TO_WSTA', () => Promise.resolve({
      type: 'FORWARD_TO_WSTA', forwardedAt: iso(r.forwardedAt), reason: requireText(r.reason, 'reason', 'Why it is forwarded'),
    }));
  }

  /** MGT-4: WSTA's resolution of a complaint forwarded to it. */
  resolveForwarded(user: CurrentUser, step: ComplaintStep, r: { resolvedAt: Date; summary: string }) {
    return this.apply(user, step, 'RESOLVE_FORWARDED', () => Promise.resolve({
      type: 'RESOLVE_FORWARDED', resolvedAt: iso(r.resolvedAt), summary: requireText(r.summary, 'summary', 'The resolution\'s summary'),
    }));
  }

  /** MGT-4: WSTA's case review of a complaint it brought, and when the provider received its recommendations (the 24-hour clock). */
  recordCaseReview(user: CurrentUser, step: ComplaintStep, r: { recommendationsReceivedAt: Date; recommendations: string }) {
    return this.apply(user, step, 'RECORD_CASE_REVIEW', () => Promise.resolve({
      type: 'RECORD_CASE_REVIEW', recommendationsReceivedAt: iso(r.recommendationsReceivedAt),
      recommendations: requireText(r.recommendations, 'recommendations', 'WSTA\'s recommendations'),
    }));
  }

  /** MGT-4: WSTA's recommendations implemented (within 24 hours of receipt), documented in a COMPLAINT CLNO. */
  implementRecommendations(user: CurrentUser, step: ComplaintStep, r: { implementedAt: Date; noteId: string; summary: string }) {
    return this.apply(user, step, 'IMPLEMENT_RECOMMENDATIONS', async (manager, complaint) => ({
      type: 'IMPLEMENT_RECOMMENDATIONS', implementedAt: iso(r.implementedAt), summary: requireText(r.summary, 'summary', 'What was implemented'),
      noteId: r.noteId, noteEnteredAt: await this.complaintNoteEnteredAt(manager, complaint, r.noteId),
    }));
  }

  /** The CLNO a resolution names: a COMPLAINT note of the complaint's case; when it was entered. */
  private async complaintNoteEnteredAt(manager: EntityManager, complaint: ComplaintRow, noteId: string): Promise<string> {
    assertRecordId('Client note', noteId);
    const note = await new ComplaintRepository(manager).note(noteId);
    if (!note) throw notFound('Client note', noteId);
    if (note.caseId !== complaint.caseId) throw badInput('The CLNO must be one of the complaint\'s case', 'noteId', 'isNoteOfCase');
    if (note.subject !== 'COMPLAINT') throw badInput(`The CLNO must be a Client Complaint note (subject COMPLAINT), not ${note.subject} (MGT-4)`, 'noteId', 'isComplaintNote');
    return iso(note.enteredAt);
  }

  /** One event on a complaint: role, office, version, the request's facts, the timeline and the chart, then the write. */
  private async apply(user: CurrentUser, step: ComplaintStep, type: ComplaintEvent['type'], build: Build): Promise<ComplaintRow> {
    const role = authorizeComplaintEvent(type, user.role);
    if (role) throw forbidden(role.reason);
    assertRecordId('Complaint', step.complaintId);
    return writeTransaction(this.dataSource, async (manager) => {
      const complaints = new ComplaintRepository(manager);
      const found = (await complaints.byIds([step.complaintId]))[0];
      if (!found) throw notFound('Complaint', step.complaintId);
      // The case first, as every write on a case locks it: its obligations are rewritten below.
      const kase = await new CaseRepository(manager).lockById(found.caseId);
      if (!kase) throw notFound('Case', found.caseId);
      AccessPolicy.assertCanReadOffice(user, found.officeId);
      assertCanWorkComplaint(user, found.officeId);
      const complaint = (await complaints.byIds([found.id]))[0];
      if (complaint.version !== step.expectedVersion) throw complaintVersionConflict(complaint.id, complaint.version, step.expectedVersion);
      const snapshot = restoreComplaintSnapshot(complaint.snapshot as StoredComplaintSnapshot, complaint.machineVersion);
      const now = this.clock.now();
      const event: ComplaintEvent = { ...(await build(manager, complaint, kase)), at: iso(now), by: user.id };
      const refused = checkComplaintEvent(snapshot, event);
      if (refused?.by === 'TIMELINE') throw badInput(refused.reason, refused.field, refused.constraint);
      if (refused) {
        const allowed = allowedComplaintEvents(snapshot, user.role, event.at, user.id);
        throw new ComplaintTransitionRefused(type, complaint.status, targetStatusOf(type), refused.reason, allowed);
      }
      const next = applyComplaintEvent(snapshot, event);
      const updated = await complaints.updateIfVersion(complaint.id, complaint.version, {
        snapshot: toStoredComplaint(next), status: complaintStatusOf(next.value), machineVersion: COMPLAINT_MACHINE_VERSION, updatedAt: now,
      });
      if (!updated) throw complaintVersionConflict(complaint.id, (await complaints.byIds([complaint.id]))[0]?.version ?? complaint.version, complaint.version);
      const { type: _type, at: _at, by: _by, ...payload } = event;
      await complaints.appendHistory({
        complaintId: complaint.id, caseId: kase.id, version: updated.version, event: type, payload, statusBefore: complaint.status,
        statusAfter: updated.status, actorId: user.id, actorRole: user.role, occurredAt: now,
      });
      // Issue 14: every resolution is on the change feed (WSTA hears of it, MGT-4), in this transaction.
      if (COMPLAINT_RESOLUTION_EVENTS.includes(type)) {
        await new ChangeEventRepository(manager).append(complaintResolutionEvent(
          { id: complaint.id, officeId: kase.officeId, caseId: kase.id, caseManagerId: kase.caseManagerId }, type, updated.status, updated.version, now));
      }
      await this.recompute(manager, kase.id, kase);
      return updated;
    });
  }

  /** node(id) and payloads: one complaint (the caller checks access). */
  async byId(id: string): Promise<ComplaintRow | null> {
    return (await new ComplaintRepository(this.dataSource.manager).byIds([id]))[0] ?? null;
  }

  ofCases(caseIds: readonly string[]) {
    return new ComplaintRepository(this.dataSource.manager).ofCases(caseIds);
  }

  historyOf(complaintIds: readonly string[]) {
    return new ComplaintRepository(this.dataSource.manager).historyOf(complaintIds);
  }

  /** The complaints list: the user's office (any office for WSTA, or the one it names), oldest received first, keyset-paged. */
  async list(user: CurrentUser, filter: Omit<ComplaintListQuery, 'officeId'> & { officeId?: string | null }, first: number, after: { receivedAt: string; id: string } | null) {
    const query: ComplaintListQuery = { officeId: AccessPolicy.officeScope(user, filter.officeId), status: filter.status, source: filter.source };
    const repository = new ComplaintRepository(this.dataSource.manager);
    const rows = await repository.page(query, after, first + 1);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, countTotal: () => repository.count(query) };
  }
}
