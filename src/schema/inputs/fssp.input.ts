import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { CaseEventInput } from './case-event.input';
import { IsOnOrAfter } from './validators';

@InputType({ description: 'FSSP-3: the plan expires after its last step review date' })
export class DraftFsspInput extends CaseEventInput {
  @Field(() => GraphQLLocalDate) draftedOn: string;
  @Field(() => GraphQLLocalDate) @IsOnOrAfter('draftedOn') lastStepReviewDate: string;
}

@InputType({ description: 'FSSP-6: when it was mailed and when it is due back' })
export class MailFsspForSignatureInput extends CaseEventInput {
  @Field(() => GraphQLLocalDate) mailedOn: string;
  @Field(() => GraphQLLocalDate) @IsOnOrAfter('mailedOn') dueBackOn: string;
}

@InputType({ description: 'FSSP-1: a plan is valid only when signed' })
export class RecordFsspSignedInput extends CaseEventInput {
  @Field(() => GraphQLLocalDate) signedOn: string;
}

@InputType({ description: 'FSSP-2: reviewed with the client every month' })
export class ReviewFsspInput extends CaseEventInput {
  @Field(() => GraphQLLocalDate) reviewedOn: string;
}

@InputType({ description: 'FSSP-2 / FSSP-4: updated (and signed again) at least every 3 months' })
export class UpdateFsspInput extends CaseEventInput {
  @Field(() => GraphQLLocalDate) updatedOn: string;
  @Field(() => GraphQLLocalDate) @IsOnOrAfter('updatedOn') lastStepReviewDate: string;
}

@InputType()
export class ExpireFsspInput extends CaseEventInput {}
