import { ActivityAssignmentResolver, ActivityResolver, CaseActivityResolver, HoursEntryResolver, MonthVerificationResolver } from './activity.resolver';
import { CalendarResolver } from './calendar.resolver';
import { CaseConnectionResolver, CaseResolver } from './case.resolver';
import { ChildCareResolver } from './child-care.resolver';
import { ClientResolver } from './client.resolver';
import { EligibilityNoticeResolver } from './eligibility-notice.resolver';
import { EngagementResolver } from './engagement.resolver';
import { ExemptionResolver } from './exemption.resolver';
import { ExitResolver } from './exit.resolver';
import { FsspResolver } from './fssp.resolver';
import { StaffResolver } from './me.resolver';
import { NoteResolver } from './note.resolver';
import { ObligationResolver } from './obligation.resolver';
import { ParticipationResolver } from './participation.resolver';
import { ParticipationRateResolver } from './participation-rate.resolver';
import { PenaltyResolver } from './penalty.resolver';
import { ReferralResolver } from './referral.resolver';
import { TimeLimitResolver } from './time-limit.resolver';
import { TrackResolver } from './track.resolver';
import { WorkflowResolver } from './workflow.resolver';

export const RESOLVERS = [
  StaffResolver, ClientResolver, CaseResolver, CaseConnectionResolver, WorkflowResolver, ReferralResolver,
  EngagementResolver, FsspResolver, TrackResolver, PenaltyResolver, ExemptionResolver, TimeLimitResolver, ExitResolver,
  CalendarResolver, NoteResolver, ObligationResolver, EligibilityNoticeResolver, ChildCareResolver, ParticipationResolver,
  ActivityResolver, CaseActivityResolver, ActivityAssignmentResolver, HoursEntryResolver, MonthVerificationResolver, ParticipationRateResolver,
] as const;
