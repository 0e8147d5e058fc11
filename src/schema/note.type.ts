import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CASE_NOTE_CATEGORIES, CLIENT_NOTE_SUBJECTS } from '../notes/note-templates';
import { NodeInterface } from './node.type';
import { CaseAlertKindEnum, ContactMethodEnum } from './enums';

export const ClientNoteSubjectEnum = Object.fromEntries(CLIENT_NOTE_SUBJECTS.map((s) => [s, s]));
export const CaseNoteCategoryEnum = Object.fromEntries(CASE_NOTE_CATEGORIES.map((c) => [c, c]));
registerEnumType(ClientNoteSubjectEnum, { name: 'ClientNoteSubject', valuesConfig: { COMPLAINT: { description: 'A client complaint and its resolution (MGT-4)' }, CONTACT: { description: 'A contact with the client (NOTE-1: within 1 business day)' }, CONTACT_ATTEMPT: { description: 'An attempt to reach the client (ENG-2)' }, EA: { description: 'The Employability Assessment (EA-2: within 2 days of the EA)' }, EXIT_SUMMARY: { description: 'The exit summary (EXIT-1)' }, FSSP_REVIEW: { description: 'The monthly FSSP review (FSSP-2, ENG-4)' }, GOOD_CAUSE_DETERMINATION: { description: 'The good cause result before a penalty (PEN-1)' }, MONTHLY_WORK_VERIFICATION: { description: 'The month\'s work verification (WV-1, NOTE-2: by the 20th)' }, RELEASE_OF_INFORMATION: { description: 'A release of information signed or revoked (ROI-1; recordRelease and revokeRelease name it)' }, STAFFING: { description: 'An extension or case review staffing (TL-2, TL-3)' }, SUPPORTIVE_SERVICE_JUSTIFICATION: { description: 'The justification of a supportive service (SS-1)' } }, description: 'One major subject per CLNO (NOTE-1)' });
registerEnumType(CaseNoteCategoryEnum, { name: 'CaseNoteCategory', valuesConfig: { EXEMPTION_START_OR_END: { description: 'Start or end of an exemption' }, EXTENSION_DECISION: { description: 'An extension decision' }, JOB_START_OR_OJT_PLACEMENT: { description: 'A job start or OJT placement' }, PENALTY_HOME_VISIT: { description: 'A home visit with a decision to raise a penalty to 75% or a full family sanction (PEN-4)' }, PENALTY_REQUEST: { description: 'A request to end, delete or impose a penalty' }, POTENTIAL_JOB_QUIT: { description: 'Information regarding a potential job-quit disqualification (NOTE-3, policy Aug 2015)' } }, description: 'The only reasons for a CANO (NOTE-3)' });

@ObjectType('ClientNoteSection', { description: 'One heading of a client note and the text under it' })
export class ClientNoteSectionType {
  @Field({ description: 'The standard heading of the note\'s subject (NOTE-1)' }) heading: string;
  @Field({ description: 'What the case manager wrote under it' }) text: string;
}

@ObjectType('ClientNote', { implements: NodeInterface, description: 'A CLNO: standardized title and headings; append-only, corrected by addenda' })
export class ClientNoteType {
  @Field(() => ID, { description: 'The note\'s id (an addendum names it as correctsNoteId)' }) id: string;
  @Field(() => ClientNoteSubjectEnum, { description: 'The note\'s one major subject (NOTE-1)' }) subject: string;
  @Field({ description: 'The standardized title of the subject (NOTE-1)' }) title: string;
  @Field(() => [ClientNoteSectionType], { description: 'The subject\'s headings in order, each with its text' }) sections: ClientNoteSectionType[];
  @Field(() => ContactMethodEnum, { nullable: true, description: 'How the client was contacted, for a contact note (ENG-2, ENG-6)' }) contactMethod: ContactMethodEnum | null;
  @Field(() => ID, { nullable: true, description: 'Set on an addendum: the note it corrects' }) correctsNoteId: string | null;
  @Field(() => ID, { description: 'The staff member who entered it' }) authorId: string;
  @Field(() => GraphQLDateTime, { description: 'When it was entered (server time); notes are append-only' }) enteredAt: Date;
}

@ObjectType('CaseNote', { implements: NodeInterface, description: 'A CANO (NOTE-3); each raises an "E" alert for the office' })
export class CaseNoteType {
  @Field(() => ID, { description: 'The note\'s id' }) id: string;
  @Field(() => CaseNoteCategoryEnum, { description: 'One of the categories a CANO may have (NOTE-3)' }) category: string;
  @Field({ description: 'The note\'s text' }) text: string;
  @Field(() => ID, { description: 'The staff member who entered it' }) authorId: string;
  @Field(() => GraphQLDateTime, { description: 'When it was entered (server time); notes are append-only' }) enteredAt: Date;
}

@ObjectType('CaseAlert', { implements: NodeInterface, description: 'An "E" alert raised by a case note (NOTE-3), visible to the case\'s office' })
export class CaseAlertType {
  @Field(() => ID, { description: 'The alert\'s id' }) id: string;
  @Field(() => ID, { description: 'The case whose note raised it' }) caseId: string;
  @Field(() => CaseAlertKindEnum, { description: 'What raised the alert' }) kind: CaseAlertKindEnum;
  @Field(() => CaseNoteCategoryEnum, { description: 'The category of the case note that raised it' }) category: string;
  @Field({ description: 'The case note\'s text' }) text: string;
  @Field(() => GraphQLDateTime, { description: 'When the case note was entered (server time)' }) raisedAt: Date;
}
