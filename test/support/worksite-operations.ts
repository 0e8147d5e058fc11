import { USER_ERRORS } from './case-mutations';
import { dataOf } from './api';
import { ASSIGN } from './work-activity-operations';
import type { TestApp } from './test-app';

/** The worksite and employer operations the e2e tests send, as a front end would (SITE-1..3). */
export const CREATE_EMPLOYER = `mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { employer { id name } ${USER_ERRORS} } }`;
export const CREATE_WORKSITE = `mutation($input: CreateWorksiteInput!) { createWorksite(input: $input) { worksite { id name kind employer { id name } } ${USER_ERRORS} } }`;
export const ADD_POSITION = `mutation($input: AddWorksitePositionInput!) {
  addWorksitePosition(input: $input) { position { id number title hoursPerWeek skills slots slotsTaken active } ${USER_ERRORS} } }`;
export const CHANGE_POSITION = `mutation($input: ChangeWorksitePositionInput!) {
  changeWorksitePosition(input: $input) { position { id number slots slotsTaken active } ${USER_ERRORS} } }`;
export const SITE_AGREEMENT = `mutation($input: RecordSiteAgreementInput!) {
  recordSiteAgreement(input: $input) { siteAgreement { id signedOn effectiveFrom effectiveTo documentUrl } ${USER_ERRORS} } }`;
export const PLACE = `mutation($input: PlaceAtWorksiteInput!) {
  placeAtWorksite(input: $input) { placement { id caseId assignmentId startsOn hoursPerWeek supervisorName endedOn documentUrl position { id slotsTaken } worksite { id name } } ${USER_ERRORS} } }`;
export const END_PLACEMENT = `mutation($input: EndWorksitePlacementInput!) { endWorksitePlacement(input: $input) { placement { id endedOn endReason } ${USER_ERRORS} } }`;
export const PROGRESS = `mutation($input: AddPlacementProgressNoteInput!) { addPlacementProgressNote(input: $input) { progressNote { id notedOn text } ${USER_ERRORS} } }`;
export const CONTRACT = `mutation($input: RecordEmployerContractInput!) {
  recordEmployerContract(input: $input) { contract { id kind startsOn hourlyWage hoursPerWeek reimbursementPercent reimbursementCap reimbursedTotal remaining submittedOn employer { id } } ${USER_ERRORS} } }`;
export const REIMBURSE = `mutation($input: RecordEmployerReimbursementInput!) {
  recordEmployerReimbursement(input: $input) { reimbursement { id periodStart periodEnd amount paidOn } ${USER_ERRORS} } }`;
export const OUTREACH = `mutation($input: RecordEmployerOutreachInput!) {
  recordEmployerOutreach(input: $input) { outreach { id kind heldOn organizationName notes employer { id name } } ${USER_ERRORS} } }`;

export const CONTACT = { address: '100 Front St, Bethel', phone: '907-555-0199', contactName: 'Ann Site' };

/** A WORK_EXPERIENCE (CWE/BWE) assignment of the case, the activity a placement is the site of. */
export async function assignWorkExperience(app: TestApp, caseId: string, token: string, startDate: string, hours = 20): Promise<string> {
  const data = await dataOf(app, ASSIGN, { input: { caseId, activity: 'WORK_EXPERIENCE', scheduledHoursPerWeek: hours, startDate, timesheetFrequency: 'WEEKLY', provider: 'Worksite' } }, token);
  return data.assignActivity.assignment.id as string;
}

/** An employer, a worksite of it and one position, through the API; returns their ids. */
export async function worksiteWithPosition(app: TestApp, token: string, site: { name: string; kind?: string; slots: number; hours?: number }) {
  const employer = (await dataOf(app, CREATE_EMPLOYER, { input: { name: `${site.name} Inc.`, ...CONTACT } }, token)).createEmployer.employer.id as string;
  const worksite = (await dataOf(app, CREATE_WORKSITE, { input: { name: site.name, kind: site.kind ?? 'CWE', employerId: employer, ...CONTACT } }, token)).createWorksite.worksite.id as string;
  const position = (await dataOf(app, ADD_POSITION, { input: { worksiteId: worksite, title: 'Warehouse sorter', hoursPerWeek: site.hours ?? 20, skills: ['sorting', 'inventory'], slots: site.slots } }, token))
    .addWorksitePosition.position.id as string;
  return { employer, worksite, position };
}
