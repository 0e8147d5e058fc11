import { registerEnumType } from 'type-graphql';

/**
 * The worksite and employer enums (SITE-1..3), kept beside their types rather than in enums.ts so
 * issue 12's parallel work does not edit one file four ways; the values are the rules' own lists.
 */
export enum WorksiteKindEnum { CWE = 'CWE', BWE = 'BWE' }
export enum EmployerContractKindEnum { OJT = 'OJT', JOB_START = 'JOB_START' }
export enum EmployerOutreachKindEnum { JOB_FAIR = 'JOB_FAIR', AGENCY_MEETING = 'AGENCY_MEETING', EMPLOYER_VISIT = 'EMPLOYER_VISIT', INCENTIVE_EDUCATION = 'INCENTIVE_EDUCATION' }

registerEnumType(WorksiteKindEnum, {
  name: 'WorksiteKind',
  description: 'The kind of work experience a worksite offers (both are the federal WORK_EXPERIENCE activity)',
  valuesConfig: { CWE: { description: 'Community work experience: a public or non-profit site' }, BWE: { description: 'Business work experience: a private business' } },
});
registerEnumType(EmployerContractKindEnum, {
  name: 'EmployerContractKind',
  description: 'SITE-2: the kind of contract with an employer',
  valuesConfig: { OJT: { description: 'On-the-job training: the employer is reimbursed part of the wage while training' }, JOB_START: { description: 'Job Start: a subsidized start in a job' } },
});
registerEnumType(EmployerOutreachKindEnum, {
  name: 'EmployerOutreachKind',
  description: 'SITE-3: the kind of employer outreach',
  valuesConfig: {
    JOB_FAIR: { description: 'A job fair' },
    AGENCY_MEETING: { description: 'A meeting with an agency' },
    EMPLOYER_VISIT: { description: 'A visit to an employer' },
    INCENTIVE_EDUCATION: { description: 'Education of employers about incentives and tax credits' },
  },
});
