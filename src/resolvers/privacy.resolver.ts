import { GraphQLJSONObject } from 'graphql-scalars';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AccessPolicy } from '../auth/access-policy';
import type { RequestContext } from '../context';
import { payloadHasMedical, withoutMedicalFacts } from '../releases/medical-facts';
import { EligibilityNoticeType } from '../schema/eligibility-notice.type';
import { MetByWaiverType } from '../schema/obligation-met-by.type';

/**
 * Whether the medical information of a case may be shown, recording it in the access log when it
 * is (field group MEDICAL: what was actually shown, not what was asked for).
 */
export async function discloseMedical(ctx: RequestContext, caseId: string, clientId: string | null = null): Promise<boolean> {
  const shown = (await ctx.medical?.mayDisclose(caseId)) ?? false;
  if (shown) ctx.accessLog?.record(clientId ? { clientId, caseId } : { clientId: null, caseId }, 'MEDICAL');
  return shown;
}

/** ROI-1 on the Eligibility outbox: an exemption's reason and documentation, an extension's criteria. */
@Resolver(() => EligibilityNoticeType)
export class NoticeMedicalResolver {
  @FieldResolver(() => GraphQLJSONObject)
  async payload(@Root() notice: EligibilityNoticeType, @Ctx() ctx: RequestContext): Promise<Record<string, unknown>> {
    if (!payloadHasMedical(notice.event, notice.payload)) return notice.payload;
    return (await discloseMedical(ctx, notice.caseId)) ? notice.payload : withoutMedicalFacts(notice.event, notice.payload);
  }
}

/**
 * ROI-1: a PARTNER sees no free text. The waiver's reason cannot be null (the schema promises a
 * string), so it reads as empty for them; the coded reasonCode stays.
 */
@Resolver(() => MetByWaiverType)
export class WaiverReasonTextResolver {
  @FieldResolver(() => String)
  reason(@Root() waiver: MetByWaiverType, @Ctx() ctx: RequestContext): string {
    return AccessPolicy.mayReadFreeText(ctx.user) ? waiver.reason : '';
  }
}
