import type { CurrentUser } from '../auth/current-user';
import type { RequestContext } from '../context';
import type { CaseworkNodeType } from '../contacts/casework-node-tables';
import { recordOfCase, type NodeReader } from './node-access';

/** Readable as the case's own lists are: by the roles that read casework text (not PARTNER, ROI-1), of a case the user reads. */
const ofCase = <T extends { caseId: string }>(ctx: RequestContext, user: CurrentUser, what: string, id: string, row: Promise<T | null>) =>
  recordOfCase(ctx, user, 'readCasework', `Case.${what}`, what, id, row);

/** node(id) for EAs, agency referrals and their outcomes, assignment follow-ups, contacts and visits (issue 12 items 2, 3, 8). */
export const CASEWORK_NODE_READERS: Record<CaseworkNodeType, NodeReader> = {
  EmployabilityAssessment: (ctx, user, id) => ofCase(ctx, user, 'assessments', id, ctx.services.assessments.byId(id)),
  AgencyReferral: (ctx, user, id) => ofCase(ctx, user, 'agencyReferrals', id, ctx.services.agencyReferrals.referralById(id)),
  ReferralOutcome: (ctx, user, id) => ofCase(ctx, user, 'agencyReferrals', id, ctx.services.agencyReferrals.outcomeById(id)),
  AssignmentFollowUp: (ctx, user, id) => ofCase(ctx, user, 'assignmentFollowUps', id, ctx.services.agencyReferrals.followUpById(id)),
  ContactLogEntry: (ctx, user, id) => ofCase(ctx, user, 'contacts', id, ctx.services.contacts.contactById(id)),
  CaseVisit: (ctx, user, id) => ofCase(ctx, user, 'visits', id, ctx.services.contacts.visitById(id)),
  ApprovalRequest: (ctx, user, id) => recordOfCase(ctx, user, 'readApprovals', 'Query.approvals', 'Approval request', id, ctx.services.approvals.byId(id)),
  SupportiveService: (ctx, user, id) => recordOfCase(ctx, user, 'readSupportiveServices', 'Case.supportiveServices', 'Supportive service', id, ctx.services.supportiveServices.byId(id)),
};
