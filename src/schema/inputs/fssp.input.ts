import { LocalDate } from '../scalars';
import { Field, InputType } from 'type-graphql';
import { CaseEventInput } from './case-event.input';
import { IsOnOrAfter } from './validators';

@InputType({ description: 'FSSP-3: the plan expires after its last step review date' })
export class DraftFsspInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day the FSSP was drafted' }) draftedOn: string;
  @Field(() => LocalDate, { description: 'The review date of its last step; the plan expires after it (FSSP-3)' }) @IsOnOrAfter('draftedOn') lastStepReviewDate: string;
}

@InputType({ description: 'FSSP-6: when it was mailed and when it is due back' })
export class MailFsspForSignatureInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day it was mailed (FSSP-6)' }) mailedOn: string;
  @Field(() => LocalDate, { description: 'The day it is due back signed (FSSP-6)' }) @IsOnOrAfter('mailedOn') dueBackOn: string;
}

@InputType({ description: 'FSSP-1: a plan is valid only when signed' })
export class RecordFsspSignedInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day the client signed (FSSP-1: valid only when current and signed)' }) signedOn: string;
}

@InputType({ description: 'FSSP-2: reviewed with the client every month' })
export class ReviewFsspInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day of the monthly review with the client (FSSP-2)' }) reviewedOn: string;
}

@InputType({ description: 'FSSP-2 / FSSP-4: updated (and signed again) at least every 3 months' })
export class UpdateFsspInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day of the update (FSSP-2: at least every 3 months)' }) updatedOn: string;
  @Field(() => LocalDate, { description: 'The new last step\'s review date (FSSP-3, FSSP-4)' }) @IsOnOrAfter('updatedOn') lastStepReviewDate: string;
}

@InputType({ description: 'Marks the FSSP expired after its last review date (FSSP-3)' })
export class ExpireFsspInput extends CaseEventInput {}
