import { isUUID } from 'class-validator';
import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { complaintDeadlines, complaintDeadlineStatus, RECOMMENDATIONS_WINDOW_MS } from '../complaints/complaint-deadlines';
import { complaintLoaders } from '../complaints/complaint-loaders';
import type { ComplaintNodeType } from '../complaints/complaint-node-tables';
import type { ContactChannel } from '../contacts/contact-rules';
import { requireUser, type RequestContext } from '../context';
import { alaskaDateOf } from '../dates';
import type { StoredComplaintSnapshot } from '../machines/complaint-transition';
import type { ComplaintContext } from '../machines/complaint.types';
import type { ComplaintRow } from '../repositories/complaint.repository';
import { CaseType } from '../schema/case.type';
import { ContactChannelEnum } from '../schema/casework.enums';
import {
  ComplaintCallReturnType, ComplaintCaseReviewType, ComplaintConnectionType, ComplaintDeadlineType, ComplaintForwardingType, ComplaintHistoryEntryType,
  ComplaintResolutionType, ComplaintType, ComplaintWstaNoticeType,
} from '../schema/complaint.type';
import { CaseListArgs } from '../schema/connections.type';
import { pageOfList, type ListOrder } from '../schema/page-info.cursor';
import { isInstant } from '../schema/page-info.orders';
import { readableCase, recordOfCase, type NodeReader } from './node-access';

const contextOf = (row: ComplaintRow): ComplaintContext => (row.snapshot as StoredComplaintSnapshot).context;
const date = (instant: string) => new Date(instant);
const BY_RECEIPT: ListOrder<ComplaintRow> = { name: 'CaseComplaint', keyOf: (c) => [c.cursorAt, c.id], valid: [isInstant, (v) => typeof v === 'string' && isUUID(v)] };

/** node(id) for complaints: as Query.complaints reads them (readComplaints: not PARTNER, ROI-1), of a case the user reads. */
export const COMPLAINT_NODE_READERS: Record<ComplaintNodeType, NodeReader> = {
  Complaint: (ctx, user, id) => recordOfCase(ctx, user, 'readComplaints', 'Query.complaints', 'Complaint', id, ctx.services.complaints.byId(id)),
};

/** A complaint's facts, read from its chart's context (complaint.snapshot). */
@Resolver(() => ComplaintType)
export class ComplaintFieldsResolver {
  @FieldResolver(() => CaseType, { description: 'The case the complaint is on' })
  case(@Root() complaint: ComplaintRow, @Ctx() ctx: RequestContext) {
    return readableCase(ctx, requireUser(ctx), complaint.caseId);
  }

  @FieldResolver(() => ContactChannelEnum, { description: 'How it came' })
  channel(@Root() complaint: ComplaintRow): ContactChannel {
    return contextOf(complaint).channel;
  }

  @FieldResolver(() => String, { description: 'The complaint, in the client\'s (or WSTA\'s) words' })
  summary(@Root() complaint: ComplaintRow): string {
    return contextOf(complaint).summary;
  }

  @FieldResolver(() => ComplaintCallReturnType, { nullable: true, description: 'The client\'s call returned; null while it is not' })
  callReturned(@Root() complaint: ComplaintRow): ComplaintCallReturnType | null {
    const c = contextOf(complaint).callReturned;
    return c && { returnedAt: date(c.returnedAt), channel: c.channel, recordedBy: c.by };
  }

  @FieldResolver(() => ComplaintForwardingType, { nullable: true, description: 'Forwarded to WSTA; null when it was not' })
  forwarded(@Root() complaint: ComplaintRow): ComplaintForwardingType | null {
    const f = contextOf(complaint).forwarded;
    return f && { forwardedAt: date(f.forwardedAt), reason: f.reason, recordedBy: f.by };
  }

  @FieldResolver(() => ComplaintCaseReviewType, { nullable: true, description: 'WSTA\'s case review of a complaint it brought; null until recorded' })
  caseReview(@Root() complaint: ComplaintRow): ComplaintCaseReviewType | null {
    const r = contextOf(complaint).caseReview;
    return r && {
      recommendationsReceivedAt: date(r.recommendationsReceivedAt), recommendations: r.recommendations, recordedBy: r.by,
      recommendationsDueAt: new Date(Date.parse(r.recommendationsReceivedAt) + RECOMMENDATIONS_WINDOW_MS),
    };
  }

  @FieldResolver(() => ComplaintResolutionType, { nullable: true, description: 'How it was resolved; null while it is not' })
  resolution(@Root() complaint: ComplaintRow): ComplaintResolutionType | null {
    const r = contextOf(complaint).resolution;
    return r && {
      kind: r.kind, resolvedAt: date(r.resolvedAt), summary: r.summary, noteId: r.noteId, recordedBy: r.by,
      noteEnteredOn: r.noteEnteredAt ? alaskaDateOf(r.noteEnteredAt) : null,
    };
  }

  @FieldResolver(() => ComplaintWstaNoticeType, { nullable: true, description: 'WSTA told of the resolution; null while it is not' })
  wstaNotice(@Root() complaint: ComplaintRow): ComplaintWstaNoticeType | null {
    const n = contextOf(complaint).wstaNotice;
    return n && { notifiedAt: date(n.notifiedAt), method: n.method, clientId: n.clientId, noteDate: n.noteDate, recordedBy: n.by };
  }

  @FieldResolver(() => [ComplaintDeadlineType], { description: 'MGT-4\'s deadlines on it so far, to the instant, with their status by the server\'s clock' })
  deadlines(@Root() complaint: ComplaintRow, @Ctx() ctx: RequestContext): ComplaintDeadlineType[] {
    const now = ctx.services.clock.now();
    return complaintDeadlines(complaint.id, contextOf(complaint), ctx.services.calendar).map((d) => ({
      kind: d.kind, obligationKey: d.key, dueOn: d.dueOn, dueAt: date(d.dueAt), metAt: d.metAt ? date(d.metAt) : null, status: complaintDeadlineStatus(d, now),
    }));
  }

  @FieldResolver(() => [ComplaintHistoryEntryType], { description: 'Its events, oldest first (append-only)' })
  history(@Root() complaint: ComplaintRow, @Ctx() ctx: RequestContext) {
    return complaintLoaders(ctx).historyByComplaintId.load(complaint.id);
  }
}

/** Case.complaints (the case itself was read-checked by its query). */
@Resolver(() => CaseType)
export class CaseComplaintsResolver {
  @Authorized(...PERMISSIONS.readComplaints) @FieldResolver(() => ComplaintConnectionType, { description: 'MGT-4: the client\'s complaints on this case, oldest received first' })
  async complaints(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await complaintLoaders(ctx).complaintsByCaseId.load(kase.id), BY_RECEIPT, first, after);
  }
}
