import { LocalDate } from '../scalars';
import { Field, InputType } from 'type-graphql';
import { CaseEventInput } from './case-event.input';
import { IsOnOrAfter } from './validators';

@InputType({ description: 'FSSP-3: the plan expires after its last step review date' })
export class DraftFsspInput extends CaseEventInput {
  @Field(() => LocalDate) draftedOn: string;
  @Field(() => LocalDate) @IsOnOrAfter('draftedOn') lastStepReviewDate: string;
}

@InputType({ description: 'FSSP-6: when it was mailed and when it is due back' })
export class MailFsspForSignatureInput extends CaseEventInput {
  @Field(() => LocalDate) mailedOn: string;
  @Field(() => LocalDate) @IsOnOrAfter('mailedOn') dueBackOn: string;
}

@InputType({ description: 'FSSP-1: a plan is valid only when signed' })
export class RecordFsspSignedInput extends CaseEventInput {
  @Field(() => LocalDate) signedOn: string;
}

@InputType({ description: 'FSSP-2: reviewed with the client every month' })
export class ReviewFsspInput extends CaseEventInput {
  @Field(() => LocalDate) reviewedOn: string;
}

@InputType({ description: 'FSSP-2 / FSSP-4: updated (and signed again) at least every 3 months' })
export class UpdateFsspInput extends CaseEventInput {
  @Field(() => LocalDate) updatedOn: string;
  @Field(() => LocalDate) @IsOnOrAfter('updatedOn') lastStepReviewDate: string;
}

@InputType()
export class ExpireFsspInput extends CaseEventInput {}
