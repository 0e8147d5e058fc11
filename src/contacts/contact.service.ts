import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf, type PlainDate } from '../dates';
import { badInputs, notFound } from '../errors';
import type { CaseEntity, CaseVisitEntity } from '../entities';
import type { RecordViolation } from '../assessment/assessment-rules';
import { ContactRepository, type ContactRow } from '../repositories/contact.repository';
import { lockCaseForWrite } from '../services/case-for-write';
import type { CaseTransitionService } from '../services/case-transition.service';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { writeTransaction } from '../services/transaction';
import {
  chartVersionViolations, contactViolations, penaltyVisitEvent, responseViolations, visitViolations,
  type ContactChannel, type ContactDirection, type ContactParty, type VisitKind, type VisitPurpose,
} from './contact-rules';

export interface LogContactRequest {
  caseId: string; direction: ContactDirection; channel: ContactChannel; fromParty: ContactParty;
  receivedAt: Date; emergent?: boolean | null; summary: string;
}
export interface RecordContactResponseRequest { contactId: string; respondedAt: Date; channel: ContactChannel; summary: string }
export interface RecordVisitRequest {
  caseId: string; visitedOn: PlainDate; kind: VisitKind; purpose: VisitPurpose; outcome: string;
  /** PEN-4: with a Penalty Resolution home visit only. */
  childSafetyDetermined?: boolean | null;
  /** The case's version, when the visit also records the penalty's home visit in the chart. */
  expectedVersion?: number | null;
}

type Recompute = (manager: EntityManager, caseId: string, kase?: CaseEntity) => Promise<void>;

function refuse(what: string, violations: RecordViolation[]): void {
  if (violations.length > 0) throw badInputs(`Invalid ${what}: ${violations.map((v) => v.message).join('; ')}`, violations);
}

/**
 * ENG-7: the contact log (calls, e-mails, partner requests), each inbound one an obligation until
 * answered; ENG-8: home, community and village visits as records.
 */
export class ContactService {
  constructor(
    private readonly dataSource: DataSource, private readonly clock: Clock, private readonly recompute: Recompute,
    private readonly transitions: CaseTransitionService,
  ) {}

  async log(user: CurrentUser, request: LogContactRequest): Promise<ContactRow> {
    AccessPolicy.assertMay(user, 'recordCasework');
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await lockCaseForWrite(manager, user, request.caseId);
      refuse('contact', contactViolations(request, { referralDate: kase.referralDate, now: this.clock.now() }));
      const row = await new ContactRepository(manager).add({
        caseId: kase.id, direction: request.direction, channel: request.channel, fromParty: request.fromParty, receivedAt: request.receivedAt,
        emergent: request.emergent === true, summary: request.summary.trim(), recordedBy: user.id, recordedAt: this.clock.now(),
      });
      await this.recompute(manager, kase.id, kase);
      return row;
    });
  }

  async respond(user: CurrentUser, request: RecordContactResponseRequest): Promise<ContactRow> {
    AccessPolicy.assertMay(user, 'recordCasework');
    assertRecordId('Contact', request.contactId);
    return writeTransaction(this.dataSource, async (manager) => {
      const contacts = new ContactRepository(manager);
      const found = (await contacts.byIds([request.contactId]))[0];
      if (!found) throw notFound('Contact', request.contactId);
      // The case's lock serializes the writes on its contacts (an append-only table grants no
      // UPDATE, so no row lock): read the contact again under it, so a second response sees the first.
      const kase = await lockCaseForWrite(manager, user, found.caseId);
      const contact = (await contacts.byIds([found.id]))[0];
      refuse('contact response', responseViolations({ receivedAt: contact.receivedAt, responded: contact.response !== null }, request, this.clock.now()));
      const row = await contacts.addResponse({
        contactId: contact.id, respondedAt: request.respondedAt, channel: request.channel, summary: request.summary.trim(),
        recordedBy: user.id, recordedAt: this.clock.now(),
      });
      await this.recompute(manager, kase.id, kase);
      return row;
    });
  }

  async recordVisit(user: CurrentUser, request: RecordVisitRequest): Promise<CaseVisitEntity> {
    AccessPolicy.assertMay(user, 'recordCasework');
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await lockCaseForWrite(manager, user, request.caseId);
      const pen4 = penaltyVisitEvent(request, '');
      refuse('visit', [
        ...visitViolations(request, { referralDate: kase.referralDate, today: alaskaDateOf(this.clock.now()) }), ...pen4.violations,
        ...chartVersionViolations(pen4.event !== null, request.expectedVersion),
      ]);
      const visit = await new ContactRepository(manager).addVisit({
        caseId: kase.id, visitedOn: request.visitedOn, kind: request.kind, purpose: request.purpose, outcome: request.outcome.trim(),
        recordedBy: user.id, recordedAt: this.clock.now(),
      });
      // PEN-4: the visit and the chart's record of it commit together, the history row naming the visit.
      const { event } = penaltyVisitEvent(request, visit.id);
      if (event) await this.transitions.applyIn(manager, user, kase.id, event, request.expectedVersion);
      return visit;
    });
  }

  /** node(id): a logged contact or a visit. */
  async contactById(id: string): Promise<ContactRow | null> {
    return (await new ContactRepository(this.dataSource.manager).byIds([id]))[0] ?? null;
  }

  visitById(id: string) {
    return new ContactRepository(this.dataSource.manager).visitById(id);
  }

  ofCases(caseIds: readonly string[]) {
    return new ContactRepository(this.dataSource.manager).ofCases(caseIds);
  }

  visitsOfCases(caseIds: readonly string[]) {
    return new ContactRepository(this.dataSource.manager).visitsOfCases(caseIds);
  }
}
