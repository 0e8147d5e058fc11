import { CaseEmployerContractsResolver, EmployerContractResolver, EmployerOutreachResolver, EmployerReimbursementResolver } from './employer.resolver';
import { CaseWorksiteResolver, SiteAgreementResolver, WorksitePlacementResolver, WorksitePositionResolver, WorksiteResolver } from './worksite.resolver';

/** SITE-1..3: the worksite and employer resolvers, registered by one line in index.ts. */
export const WORKSITE_RESOLVERS = [
  WorksiteResolver, WorksitePositionResolver, SiteAgreementResolver, WorksitePlacementResolver, CaseWorksiteResolver,
  EmployerContractResolver, EmployerReimbursementResolver, EmployerOutreachResolver, CaseEmployerContractsResolver,
] as const;
