import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CaseTransitionResultType as Result } from '../schema/case-transition-result.type';
import * as I from '../schema/inputs/fssp.input';
import { sendCaseEvent } from './case-mutation';

/** The Family Self-Sufficiency Plan (FSSP-1 to FSSP-6). */
@Resolver()
export class FsspResolver {
  @Authorized() @Mutation(() => Result)
  draftFssp(@Arg('input') i: I.DraftFsspInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'DRAFT_FSSP', draftedOn: i.draftedOn, lastStepReviewDate: i.lastStepReviewDate });
  }

  @Authorized() @Mutation(() => Result)
  mailFsspForSignature(@Arg('input') i: I.MailFsspForSignatureInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'MAIL_FSSP', mailedOn: i.mailedOn, dueBackOn: i.dueBackOn });
  }

  @Authorized() @Mutation(() => Result)
  recordFsspSigned(@Arg('input') i: I.RecordFsspSignedInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'SIGN_FSSP', signedOn: i.signedOn });
  }

  @Authorized() @Mutation(() => Result)
  reviewFssp(@Arg('input') i: I.ReviewFsspInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'REVIEW_FSSP', reviewedOn: i.reviewedOn });
  }

  @Authorized() @Mutation(() => Result)
  updateFssp(@Arg('input') i: I.UpdateFsspInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'UPDATE_FSSP', updatedOn: i.updatedOn, lastStepReviewDate: i.lastStepReviewDate });
  }

  @Authorized() @Mutation(() => Result)
  expireFssp(@Arg('input') i: I.ExpireFsspInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'EXPIRE_FSSP' });
  }
}
