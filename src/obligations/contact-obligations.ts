import { alaskaDateOf } from '../dates';
import { metByText } from './met-by';
import type { CaseFacts, ContactFact, ObligationDraft } from './obligation.types';

/**
 * ENG-7: "calls, e-mails and partner requests answered the same day or within 1 business day;
 * emergent client needs are addressed immediately." Each inbound contact is due the next business
 * day after the Alaska day it was received (Alaska calendar), an emergent one that same day; met
 * by its response (recordContactResponse) on the Alaska day it was given.
 */
export function contactResponses(facts: CaseFacts): ObligationDraft[] {
  return (facts.contacts ?? []).filter((c: ContactFact) => c.direction === 'INBOUND').map((c) => {
    const receivedOn = alaskaDateOf(c.receivedAt);
    const from = c.fromParty === 'CLIENT' ? 'the client' : c.fromParty === 'PARTNER' ? 'a partner' : 'a caller';
    return {
      key: `ENG-7:${c.id}`,
      ruleId: 'ENG-7',
      description: c.emergent
        ? `Address the emergent need ${from} raised on ${receivedOn} the same day`
        : `Answer the contact from ${from} received on ${receivedOn} (same day or within 1 business day)`,
      dueDate: c.emergent ? receivedOn : facts.calendar.addBusinessDays(receivedOn, 1),
      met: c.respondedAt ? { by: metByText({ kind: 'RECORD', recordType: 'ContactResponse', id: c.id }), on: alaskaDateOf(c.respondedAt) } : null,
    };
  });
}
