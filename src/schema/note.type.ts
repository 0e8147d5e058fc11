import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CASE_NOTE_CATEGORIES, CLIENT_NOTE_SUBJECTS } from '../notes/note-templates';

export const ClientNoteSubjectEnum = Object.fromEntries(CLIENT_NOTE_SUBJECTS.map((s) => [s, s]));
export const CaseNoteCategoryEnum = Object.fromEntries(CASE_NOTE_CATEGORIES.map((c) => [c, c]));
registerEnumType(ClientNoteSubjectEnum, { name: 'ClientNoteSubject', description: 'One major subject per CLNO (NOTE-1)' });
registerEnumType(CaseNoteCategoryEnum, { name: 'CaseNoteCategory', description: 'The only five reasons for a CANO (NOTE-3)' });

@ObjectType('ClientNoteSection')
export class ClientNoteSectionType {
  @Field() heading: string;
  @Field() text: string;
}

@ObjectType('ClientNote', { description: 'A CLNO: standardized title and headings; append-only, corrected by addenda' })
export class ClientNoteType {
  @Field(() => ID) id: string;
  @Field(() => ClientNoteSubjectEnum) subject: string;
  @Field() title: string;
  @Field(() => [ClientNoteSectionType]) sections: ClientNoteSectionType[];
  @Field(() => String, { nullable: true }) contactMethod: string | null;
  @Field(() => ID, { nullable: true, description: 'Set on an addendum: the note it corrects' }) correctsNoteId: string | null;
  @Field(() => ID) authorId: string;
  @Field(() => GraphQLDateTime) enteredAt: Date;
}

@ObjectType('CaseNote', { description: 'A CANO (NOTE-3); each raises an "E" alert for the office' })
export class CaseNoteType {
  @Field(() => ID) id: string;
  @Field(() => CaseNoteCategoryEnum) category: string;
  @Field() text: string;
  @Field(() => ID) authorId: string;
  @Field(() => GraphQLDateTime) enteredAt: Date;
}

@ObjectType('CaseAlert')
export class CaseAlertType {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field({ description: 'E: raised by a case note' }) kind: string;
  @Field(() => CaseNoteCategoryEnum) category: string;
  @Field() text: string;
  @Field(() => GraphQLDateTime) raisedAt: Date;
}
