import { DataSource } from 'typeorm';
import { CASE_PRECONDITIONS } from './case-preconditions';
import { CaseQueryService } from './case-query.service';
import { CaseTransitionService } from './case-transition.service';
import type { Clock } from './clock';
import { ReferralService } from './referral.service';
import { StaffService } from './staff.service';

/** The application layer: one instance of each service per running app. */
export function createServices(dataSource: DataSource, clock: Clock) {
  return {
    clock,
    staff: new StaffService(dataSource),
    cases: new CaseQueryService(dataSource),
    referrals: new ReferralService(dataSource, clock),
    transitions: new CaseTransitionService(dataSource, clock, CASE_PRECONDITIONS),
  };
}

export type Services = ReturnType<typeof createServices>;
