import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { ActivityAssignmentType, HoursEntryType } from './activity.type';
import { CaseHistoryEntryType } from './case-history.type';
import { connectionType } from './connection.type';
import { EligibilityNoticeType } from './eligibility-notice.type';
import { CaseAlertType, CaseNoteType, ClientNoteType } from './note.type';
import { ObligationType } from './obligation.type';

/** The connections of the lists that grow (README "Relay"); cases have theirs in case-connection.type.ts. */
export const ObligationConnectionType = connectionType('Obligation', ObligationType, 'A page of obligations, earliest due first');
export const EligibilityNoticeConnectionType = connectionType('EligibilityNotice', EligibilityNoticeType, 'A page of the Eligibility outbox, oldest first');
export const CaseAlertConnectionType = connectionType('CaseAlert', CaseAlertType, 'A page of "E" alerts, newest first');
export const CaseHistoryEntryConnectionType = connectionType('CaseHistoryEntry', CaseHistoryEntryType, 'A page of a case\'s history, oldest event first');
export const ClientNoteConnectionType = connectionType('ClientNote', ClientNoteType, 'A page of a case\'s client notes (CLNO), oldest first');
export const CaseNoteConnectionType = connectionType('CaseNote', CaseNoteType, 'A page of a case\'s case notes (CANO), oldest first');
export const ActivityAssignmentConnectionType = connectionType('ActivityAssignment', ActivityAssignmentType, 'A page of a case\'s work activity assignments, oldest first');
export const HoursEntryConnectionType = connectionType('HoursEntry', HoursEntryType, 'A page of an assignment\'s hours entries, by month and week');

/** Paging of a case's own lists: loaded whole for the page of cases (one statement), sliced here. */
@ArgsType()
export class CaseListArgs {
  @Field(() => Int, { defaultValue: 100, description: 'At most this many entries (1-500)' }) @Min(1) @Max(500) first: number;
  @Field(() => String, { nullable: true, description: 'An endCursor or edge cursor of this list: the entries after it' }) @IsOptional() after?: string | null;
}
