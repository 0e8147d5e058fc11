import { registerEnumType } from 'type-graphql';
import { CASE_EVENT_TYPES, CASE_EVENTS } from '../machines/case-event-catalog';
import type { CaseEventType } from '../machines/case-lifecycle.types';
import { LIFECYCLE_MUTATIONS } from '../resolvers/lifecycle-mutations';

/**
 * The lifecycle chart's events, the mutations that send them, and the events a case history
 * records, as GraphQL enums generated from the event catalog (CASE_EVENTS), so a new event is in
 * the schema as soon as it is in the chart. Descriptions come from the mutations' own (which cite
 * the rules).
 */

const described = new Map<string, string>(LIFECYCLE_MUTATIONS.map((m) => [m.event, m.description]));
const describe = (event: CaseEventType): string => `${described.get(event) ?? event}. Sent by \`${CASE_EVENTS[event].mutation}\``;

/** A chart event by its name, e.g. SIGN_FSSP. */
export const CaseEventEnum = Object.fromEntries(CASE_EVENT_TYPES.map((e) => [e, e])) as { [K in CaseEventType]: K };
export type CaseEventEnum = CaseEventType;

/**
 * A lifecycle mutation by its exact field name (recordFsspSigned), so a client can call the
 * mutation a CaseAction names without translating it.
 */
export const CaseMutationEnum: Record<string, string> = Object.fromEntries(CASE_EVENT_TYPES.map((e) => [CASE_EVENTS[e].mutation, CASE_EVENTS[e].mutation]));
export type CaseMutationEnum = string;

/**
 * What a case history entry records: a chart event, REFERRED (the referral that created the case,
 * version 1), or DATA_CORRECTION (a database migration moving a stored case the way the chart now
 * would, e.g. Pen2NoPenalty; not a chart event, so rules that read acts by event name skip it).
 */
export const CaseHistoryEventEnum = { REFERRED: 'REFERRED', DATA_CORRECTION: 'DATA_CORRECTION', ...CaseEventEnum } as
  { REFERRED: 'REFERRED'; DATA_CORRECTION: 'DATA_CORRECTION' } & typeof CaseEventEnum;
export type CaseHistoryEventEnum = 'REFERRED' | 'DATA_CORRECTION' | CaseEventType;

registerEnumType(CaseEventEnum, {
  name: 'CaseEvent',
  description: 'An event of the case lifecycle chart (the `workflow` query shows where each applies)',
  valuesConfig: Object.fromEntries(CASE_EVENT_TYPES.map((e) => [e, { description: describe(e) }])),
});

registerEnumType(CaseMutationEnum, {
  name: 'CaseMutation',
  description: 'A lifecycle mutation, named exactly as the Mutation field that sends the event',
  valuesConfig: Object.fromEntries(CASE_EVENT_TYPES.map((e) => [CASE_EVENTS[e].mutation, { description: `Sends ${e}: ${described.get(e) ?? e}` }])),
});

registerEnumType(CaseHistoryEventEnum, {
  name: 'CaseHistoryEvent',
  description: 'What a case history entry records: the referral that created the case, or a lifecycle event applied to it',
  valuesConfig: {
    REFERRED: { description: 'A referral from Eligibility created the case (referClient); always version 1' },
    DATA_CORRECTION: {
      description: 'A database migration moved the stored case the way the chart now would (the payload names the migration and the rule, '
        + 'e.g. PEN-2: a missing-timesheet report without good cause closed as NO_PENALTY); the actor is the staff member whose act it completes',
    },
    ...Object.fromEntries(CASE_EVENT_TYPES.map((e) => [e, { description: describe(e) }])),
  },
});
