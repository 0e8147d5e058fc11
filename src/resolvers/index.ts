import { ActivityAssignmentResolver, ActivityResolver, CaseActivityResolver, HoursEntryResolver, MonthVerificationResolver } from './activity.resolver';
import { CalendarResolver } from './calendar.resolver';
import { CaseResolver } from './case.resolver';
import { ChildCareResolver } from './child-care.resolver';
import { ClientResolver } from './client.resolver';
import { EligibilityNoticeResolver } from './eligibility-notice.resolver';
import { LifecycleResolver } from './lifecycle.resolver';
import { StaffResolver } from './me.resolver';
import { NODE_RESOLVERS } from './node.resolver';
import { NoteResolver } from './note.resolver';
import { ObligationResolver } from './obligation.resolver';
import { ParticipationResolver } from './participation.resolver';
import { ParticipationRateResolver } from './participation-rate.resolver';
import { ReferralResolver } from './referral.resolver';
import { CaseStateResolver, ClientNoteContactMethodResolver, ObligationEvidenceResolver } from './typed-values.resolver';
import { WorkflowResolver } from './workflow.resolver';
import { AccessLogResolver } from './access-log.resolver';
import { NoticeMedicalResolver, WaiverReasonTextResolver } from './privacy.resolver';
import { CaseReleasesResolver, ReleaseResolver } from './release.resolver';
import { AssessmentResolver, CaseAssessmentsResolver } from './assessment.resolver';
import { AgencyReferralResolver, CaseAgencyReferralsResolver } from './agency-referral.resolver';
import { CaseContactsResolver, ContactResolver } from './contact.resolver';
import { WORKSITE_RESOLVERS } from './worksite-resolvers';
import { CaseFsspResolver, FsspResolver } from './fssp.resolver';
import { CaseFamiliesFirstResolver, FamiliesFirstResolver } from './families-first.resolver';
import { CaseWorkFirstResolver, WorkFirstResolver, WorkSearchFindingPlacementResolver } from './work-first.resolver';
import { CaseStaffingResolver, StaffingResolver } from './staffing.resolver';
import { ChangeFeedResolver } from './change-feed.resolver';
import { WebhookResolver } from './webhook.resolver';
import { WebhookDeliveryFieldsResolver, WebhookEndpointFieldsResolver } from './webhook-fields.resolver';
import { LiveUpdatesResolver } from './live-updates.resolver';
import { ApprovalResolver, CaseApprovalsResolver } from './approval.resolver';
import { CaseSupportiveServicesResolver, SupportiveServiceResolver } from './supportive-service.resolver';
import { FileReviewResolver } from './file-review.resolver';
import { FILE_REVIEW_RESOLVERS } from './file-review-fields.resolver';
import { ReassignCaseloadResolver } from './reassign-caseload.resolver';
import { SupervisionResolver } from './supervision.resolver';
import { ComplaintResolver } from './complaint.resolver';
import { CaseComplaintsResolver, ComplaintFieldsResolver } from './complaint-fields.resolver';

export const RESOLVERS = [
  StaffResolver, ClientResolver, CaseResolver, WorkflowResolver, ReferralResolver,
  LifecycleResolver,
  CalendarResolver, NoteResolver, ObligationResolver, EligibilityNoticeResolver, ChildCareResolver, ParticipationResolver,
  ActivityResolver, CaseActivityResolver, ActivityAssignmentResolver, HoursEntryResolver, MonthVerificationResolver, ParticipationRateResolver,
  ...NODE_RESOLVERS,
  CaseStateResolver, ObligationEvidenceResolver, ClientNoteContactMethodResolver,
  ReleaseResolver, CaseReleasesResolver, NoticeMedicalResolver, WaiverReasonTextResolver, AccessLogResolver,
  ...WORKSITE_RESOLVERS,
  FsspResolver, CaseFsspResolver,
  FamiliesFirstResolver, CaseFamiliesFirstResolver, WorkFirstResolver, CaseWorkFirstResolver, WorkSearchFindingPlacementResolver, StaffingResolver, CaseStaffingResolver,
  AssessmentResolver, CaseAssessmentsResolver, AgencyReferralResolver, CaseAgencyReferralsResolver, ContactResolver, CaseContactsResolver,
  ReassignCaseloadResolver, SupervisionResolver,
  FileReviewResolver, ...FILE_REVIEW_RESOLVERS,
  ApprovalResolver, CaseApprovalsResolver, SupportiveServiceResolver, CaseSupportiveServicesResolver,
  ComplaintResolver, ComplaintFieldsResolver, CaseComplaintsResolver,
  ChangeFeedResolver, LiveUpdatesResolver,
  WebhookResolver, WebhookEndpointFieldsResolver, WebhookDeliveryFieldsResolver,
] as const;
