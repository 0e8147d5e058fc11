import { ActivityAssignmentEntity } from './activity-assignment.entity';
import { CaseAlertEntity } from './case-alert.entity';
import { CaseHistoryEntity } from './case-history.entity';
import { ChildCareAuthorizationEntity } from './child-care-authorization.entity';
import { CaseNoteEntity } from './case-note.entity';
import { CaseEntity } from './case.entity';
import { ClientNoteEntity } from './client-note.entity';
import { ClientEntity } from './client.entity';
import { EligibilityNoticeEntity } from './eligibility-notice.entity';
import { ChangeEventEntity } from './change-event.entity';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEndpointEntity, WebhookSecretEntity } from './webhook.entity';
import { HouseholdMemberEntity } from './household-member.entity';
import { HoursEntryEntity } from './hours-entry.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { MonthVerificationEntity } from './month-verification.entity';
import { ObligationWaiverEntity } from './obligation-waiver.entity';
import { ObligationEntity } from './obligation.entity';
import { OfficeEntity } from './office.entity';
import { RateLimitEntity } from './rate-limit.entity';
import { StaffEntity } from './staff.entity';
import { AccessLogEntity } from './access-log.entity';
import { PartnerAgencyEntity, PartnerAgencyMemberEntity } from './partner-agency.entity';
import { ReleaseEntity, ReleasePartyEntity } from './release.entity';
import { EmployerContractEntity, EmployerOutreachEntity, EmployerReimbursementEntity } from './employer-contract.entity';
import {
  EmployerEntity, EmployerVersionEntity, PlacementProgressNoteEntity, SiteAgreementEntity, WorksiteEntity, WorksitePlacementEndEntity, WorksitePlacementEntity,
  WorksitePositionEntity, WorksitePositionVersionEntity, WorksiteVersionEntity,
} from './worksite.entity';
import { EmployabilityAssessmentEntity } from './employability-assessment.entity';
import { AgencyReferralEntity, AssignmentFollowUpEntity, ReferralOutcomeEntity } from './agency-referral.entity';
import { CaseVisitEntity, ContactLogEntity, ContactResponseEntity } from './contact-log.entity';
import { FsspGoalEntity, FsspServicePlanEntity, FsspStepEntity, FsspVersionEntity } from './fssp-version.entity';
import { FsspMailingEntity, FsspReviewEntity, FsspSignatureEntity, FsspStepProgressEntity, FsspUpdateAppointmentEntity } from './fssp-record.entity';
import { DailyCheckInEntity, DisabilityVerificationEntity, FamiliesFirstDocumentEntity, FamilySupportTeamMeetingEntity, TrackReadinessReviewEntity, WorkFirstReadinessItemEntity, WorkSearchFindingEntity } from './track-records.entity';
import { CaseReviewStaffingEntity, ExtensionStaffingFormEntity } from './staffing.entity';
import { ApprovalDecisionEntity, ApprovalRequestEntity } from './approval.entity';
import { SupportiveServiceEntity } from './supportive-service.entity';
import { SupportiveServiceAuthorizationEntity } from './supportive-service-authorization.entity';
import { FileReviewCorrectionEntity, FileReviewDrawEntity, FileReviewEntity, FileReviewSampleEntity } from './file-review.entity';
import { ComplaintEntity, ComplaintHistoryEntity } from './complaint.entity';

export {
  ActivityAssignmentEntity, CaseAlertEntity, CaseHistoryEntity, ChildCareAuthorizationEntity, CaseNoteEntity, CaseEntity, ClientNoteEntity, ClientEntity,
  EligibilityNoticeEntity, ChangeEventEntity, WebhookEndpointEntity, WebhookSecretEntity, WebhookDeliveryEntity, WebhookAttemptEntity, HouseholdMemberEntity, HoursEntryEntity, IdempotencyKeyEntity, MonthVerificationEntity, ObligationWaiverEntity,
  ObligationEntity, OfficeEntity, StaffEntity, RateLimitEntity,
  AccessLogEntity, PartnerAgencyEntity, PartnerAgencyMemberEntity, ReleaseEntity, ReleasePartyEntity,
  FsspVersionEntity, FsspGoalEntity, FsspStepEntity, FsspServicePlanEntity, FsspMailingEntity, FsspSignatureEntity, FsspReviewEntity,
  FsspStepProgressEntity, FsspUpdateAppointmentEntity,
  FamiliesFirstDocumentEntity, FamilySupportTeamMeetingEntity, DisabilityVerificationEntity, TrackReadinessReviewEntity, WorkFirstReadinessItemEntity,
  WorkSearchFindingEntity, DailyCheckInEntity, CaseReviewStaffingEntity, ExtensionStaffingFormEntity,
  EmployabilityAssessmentEntity, AgencyReferralEntity, ReferralOutcomeEntity, AssignmentFollowUpEntity, ContactLogEntity, ContactResponseEntity, CaseVisitEntity,
  FileReviewDrawEntity, FileReviewSampleEntity, FileReviewEntity, FileReviewCorrectionEntity,
  ComplaintEntity, ComplaintHistoryEntity,
  ApprovalRequestEntity, ApprovalDecisionEntity, SupportiveServiceEntity, SupportiveServiceAuthorizationEntity,
};
export type { ClientNoteSection } from './client-note.entity';

/** Every table the migrations create has its entity here; `npm run db:check` fails otherwise. */
export const ENTITIES = [
  OfficeEntity, StaffEntity, ClientEntity, HouseholdMemberEntity, CaseEntity, CaseHistoryEntity,
  ObligationEntity, ObligationWaiverEntity, ClientNoteEntity, CaseNoteEntity, CaseAlertEntity,
  ActivityAssignmentEntity, HoursEntryEntity, MonthVerificationEntity, EligibilityNoticeEntity, ChangeEventEntity, WebhookEndpointEntity, WebhookSecretEntity, WebhookDeliveryEntity, WebhookAttemptEntity, IdempotencyKeyEntity,
  ChildCareAuthorizationEntity, RateLimitEntity,
  PartnerAgencyEntity, PartnerAgencyMemberEntity, ReleaseEntity, ReleasePartyEntity, AccessLogEntity,
  FsspVersionEntity, FsspGoalEntity, FsspStepEntity, FsspServicePlanEntity, FsspMailingEntity, FsspSignatureEntity, FsspReviewEntity,
  FsspStepProgressEntity, FsspUpdateAppointmentEntity,
  FamiliesFirstDocumentEntity, FamilySupportTeamMeetingEntity, DisabilityVerificationEntity, TrackReadinessReviewEntity, WorkFirstReadinessItemEntity,
  WorkSearchFindingEntity, DailyCheckInEntity, CaseReviewStaffingEntity, ExtensionStaffingFormEntity,
  EmployabilityAssessmentEntity, AgencyReferralEntity, ReferralOutcomeEntity, AssignmentFollowUpEntity, ContactLogEntity, ContactResponseEntity, CaseVisitEntity,
  EmployerEntity, EmployerVersionEntity, WorksiteEntity, WorksiteVersionEntity, WorksitePositionEntity, WorksitePositionVersionEntity, SiteAgreementEntity, WorksitePlacementEntity,
  WorksitePlacementEndEntity, PlacementProgressNoteEntity, EmployerContractEntity, EmployerReimbursementEntity, EmployerOutreachEntity,
  FileReviewDrawEntity, FileReviewSampleEntity, FileReviewEntity, FileReviewCorrectionEntity,
  ComplaintEntity, ComplaintHistoryEntity,
  SupportiveServiceEntity, ApprovalRequestEntity, ApprovalDecisionEntity, SupportiveServiceAuthorizationEntity,
];
