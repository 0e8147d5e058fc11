import { LocalDate } from './scalars';
import { Authorized, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { NodeInterface } from './node.type';
import { ObligationEvidenceUnion } from './obligation-met-by.type';
import type { WaiverReasonCode } from '../obligations/waiver-reasons';
import { WaiverReasonEnum } from './enums';

export enum ObligationStatusEnum { OPEN = 'OPEN', MET = 'MET', OVERDUE = 'OVERDUE', WAIVED = 'WAIVED' }
registerEnumType(ObligationStatusEnum, { name: 'ObligationStatus', description: 'Whether an obligation is still to do, met, late or waived', valuesConfig: { OPEN: { description: 'Not met yet, and its due date has not passed' }, MET: { description: 'Met (metBy and metOn say by what and when)' }, OVERDUE: { description: 'Not met and past its due date (decided when read, in Alaska time)' }, WAIVED: { description: 'Waived by a supervisor, with a reason' } } });

@ObjectType('Obligation', { implements: NodeInterface, description: 'A deadline a rule puts on a case: what is due, when, and whether it was met' })
export class ObligationType {
  @Field(() => ID, { description: 'The obligation\'s id' }) id: string;
  @Field(() => ID, { description: 'The case it belongs to' }) caseId: string;
  @Field({ description: 'Stable per rule instance, e.g. ENG-4:2026-11; use it to waive' }) key: string;
  @Field({ description: 'The DOMAIN.md rule id, e.g. ENG-1' }) ruleId: string;
  @Field({ description: 'What is due, in words (e.g. Contact the client within 1 business day of referral)' }) description: string;
  @Field(() => LocalDate, { description: 'Alaska date by which it must be met (business days per AS 44.12.010 where the rule counts them)' }) dueDate: string;
  @Field(() => ObligationStatusEnum, { description: 'OPEN, MET, OVERDUE (past dueDate, decided at read time) or WAIVED' }) status: ObligationStatusEnum;
  /** The stored met_by text; the API shows it as typed evidence (ObligationEvidenceResolver). */
  @Field(() => [ObligationEvidenceUnion], { description: 'What met it (several together for some rules, e.g. ENG-3: the assessment and the signed plan), or the waiver; empty while open or overdue' })
  metBy: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Alaska date it was met; null unless status is MET' }) metOn: string | null;
  // ROI-1: free text, not for PARTNER (FORBIDDEN at this field, the rest of the obligation answers).
  @Authorized(...PERMISSIONS.readFreeText)
  @Field(() => String, { nullable: true, description: 'The supervisor\'s reason (waiveObligation); null unless status is WAIVED. Free text: not readable by PARTNER (ROI-1)' }) waiverReason: string | null;
  @Field(() => WaiverReasonEnum, { nullable: true, description: 'The waiver\'s coded reason; null unless status is WAIVED, and on waivers recorded before reasons were coded' }) waiverReasonCode: WaiverReasonCode | null;
}
