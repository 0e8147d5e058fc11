import { DataSource, EntityManager } from 'typeorm';
import { AlaskaCalendar } from '../calendar/alaska-calendar';
import { ActivityService } from './activity.service';
import { CaseEntity } from '../entities';
import { CASE_PRECONDITIONS } from './case-preconditions';
import { CaseQueryService } from './case-query.service';
import { CaseTransitionService } from './case-transition.service';
import type { Clock } from './clock';
import { ChildCareService } from './child-care.service';
import { EligibilityNoticeService } from './eligibility-notice.service';
import { IdempotencyService } from './idempotency.service';
import { NoteService } from './note.service';
import { ObligationService } from './obligation.service';
import { ParticipationFactsService } from './participation-facts.service';
import { ParticipationRateService } from './participation-rate.service';
import { ReferralService } from './referral.service';
import { StaffService } from './staff.service';
import { AccessLogService } from '../access-log/access-log.service';
import { ReleaseService } from '../releases/release.service';
import { AssessmentService } from '../assessment/assessment.service';
import { AgencyReferralService } from '../referrals/agency-referral.service';
import { ContactService } from '../contacts/contact.service';
import { WorksiteService } from '../worksites/worksite.service';
import { EmployerService } from '../employers/employer.service';
import { FsspService } from '../fssp/fssp.service';
import { FsspLapseSweep } from '../fssp/fssp-lapse.service';
import { ChangeFeedService } from '../change-feed/change-feed.service';
import { WebhookService } from '../webhooks/webhook.service';
import { WebhookDeliveries } from '../webhooks/webhook-deliveries';
import { NO_WEBHOOK_EGRESS, type WebhookConfig } from '../webhooks/webhook-config';
import { FamiliesFirstService } from '../families-first/families-first.service';
import { WorkFirstService } from '../work-first/work-first.service';
import { StaffingService } from '../staffings/staffing.service';
import { approvalEffects } from '../approvals/approval-effects';
import { ApprovalService } from '../approvals/approval.service';
import { SupportiveServiceService } from '../supportive-services/supportive-service.service';
import { FileReviewService } from '../file-reviews/file-review.service';
import { ComplaintService } from '../complaints/complaint.service';
import { CaseloadReassignmentService } from '../supervision/caseload-reassignment.service';
import { SupervisionService } from '../supervision/supervision.service';

/** The application layer: one instance of each service per running app. */
export function createServices(dataSource: DataSource, clock: Clock, extraClosures: readonly string[] = [], webhooks: WebhookConfig = NO_WEBHOOK_EGRESS) {
  const calendar = new AlaskaCalendar({ extraClosures });
  const obligations = new ObligationService(dataSource, clock, calendar);
  const recompute = (manager: EntityManager, caseId: string, kase?: CaseEntity) => obligations.recompute(manager, caseId, kase);
  const participationFacts = new ParticipationFactsService(dataSource, clock, calendar);
  const transitions = new CaseTransitionService(dataSource, clock, CASE_PRECONDITIONS, recompute, approvalEffects);
  return {
    clock,
    calendar,
    obligations,
    eligibilityNotices: new EligibilityNoticeService(dataSource, clock),
    idempotency: new IdempotencyService(dataSource, clock),
    staff: new StaffService(dataSource),
    cases: new CaseQueryService(dataSource, clock),
    notes: new NoteService(dataSource, clock, recompute),
    childCare: new ChildCareService(dataSource, clock, recompute),
    referrals: new ReferralService(dataSource, clock, recompute),
    transitions,
    assessments: new AssessmentService(dataSource, clock, transitions, recompute),
    agencyReferrals: new AgencyReferralService(dataSource, clock, recompute),
    contacts: new ContactService(dataSource, clock, recompute, transitions),
    fssp: new FsspService(dataSource, clock, transitions, recompute),
    fsspLapses: new FsspLapseSweep(dataSource, clock, transitions),
    changeFeed: new ChangeFeedService(dataSource),
    webhooks: new WebhookService(dataSource, clock, webhooks),
    webhookDeliveries: new WebhookDeliveries(dataSource, clock, { config: webhooks }),
    familiesFirst: new FamiliesFirstService(dataSource, clock, recompute),
    workFirst: new WorkFirstService(dataSource, clock, recompute),
    staffings: new StaffingService(dataSource, clock, recompute, transitions),
    fileReviews: new FileReviewService(dataSource, clock, recompute),
    activities: new ActivityService(dataSource, clock, recompute),
    participationFacts,
    participationRates: new ParticipationRateService(participationFacts),
    releases: new ReleaseService(dataSource, clock),
    accessLog: new AccessLogService(dataSource),
    worksites: new WorksiteService(dataSource, clock),
    employers: new EmployerService(dataSource, clock),
    complaints: new ComplaintService(dataSource, clock, recompute),
    approvals: new ApprovalService(dataSource, clock, calendar, transitions, recompute),
    supportiveServices: new SupportiveServiceService(dataSource, clock),
    caseloadReassignment: new CaseloadReassignmentService(dataSource, transitions),
    supervision: new SupervisionService(dataSource, clock),
  };
}

export type Services = ReturnType<typeof createServices>;
