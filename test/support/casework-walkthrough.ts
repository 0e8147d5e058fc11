import { USER_ERRORS } from './case-mutations';

/**
 * The operations and plan content of the casework walkthrough (test/e2e/casework-walkthrough.test.ts):
 * one client from the Employability Assessment to a CWE placement, as a front end sends them.
 */
export const RECORD_EA = `mutation($input: RecordEmployabilityAssessmentInput!) {
  r: recordEmployabilityAssessment(input: $input) { assessment { id number chartEvent barriers { category description } } case { phase state { nodes } } ${USER_ERRORS} } }`;

const PAYLOAD = `fsspVersion { id number current changeSummary lastStepReviewOn signature { method signedOn fieldGoal fieldNote } mailing { mailedOn dueBackOn }
  steps { id text reviewOn } reviews { reviewedOn progress { stepId status comment } } }
  case { phase state { nodes } plan { current lastStepReviewDate } } ${USER_ERRORS}`;
export const DRAFT = `mutation($input: DraftFsspVersionInput!) { r: draftFsspVersion(input: $input) { ${PAYLOAD} } }`;
export const MAIL = `mutation($input: MailFsspVersionInput!) { r: mailFsspVersion(input: $input) { ${PAYLOAD} } }`;
export const SIGN = `mutation($input: SignFsspVersionInput!) { r: signFsspVersion(input: $input) { ${PAYLOAD} } }`;
export const REVIEW = `mutation($input: ReviewFsspVersionInput!) { r: reviewFsspVersion(input: $input) { ${PAYLOAD} } }`;
export const EXPIRE = `mutation($input: ExpireFsspInput!) { r: expireFssp(input: $input) { case { phase state { nodes } plan { current } } ${USER_ERRORS} } }`;

export const REFER_TO_AGENCY = `mutation($input: ReferToAgencyInput!) {
  r: referToAgency(input: $input) { referral { id householdMemberId agency referredOn followUpOn latestOutcome { status } } ${USER_ERRORS} } }`;
export const STAFFING = `mutation($input: RecordCaseReviewStaffingInput!) {
  r: recordCaseReviewStaffing(input: $input) { staffing { id heldOn progression regression discrepancies nextStaffingOn } ${USER_ERRORS} } }`;

/** What a case manager reads on opening the case. */
export const CASE = `query($id: ID!) { case(id: $id) {
  phase state { nodes phase } plan { current lastStepReviewDate }
  client { firstName lastName household { id relationship firstName } }
  latestAssessment { number barriers { category } }
  fssp { number current signature { method } reviews { reviewedOn progress { stepId status comment } } }
  fsspVersions { totalCount edges { node { number current changeSummary lastStepReviewOn signature { method signedOn } } } }
  agencyReferrals { totalCount edges { node { id householdMemberId agency followUpOn } } }
  caseReviewStaffings { totalCount edges { node { heldOn nextStaffingOn } } }
  worksitePlacements { totalCount edges { node { id startsOn hoursPerWeek documentUrl worksite { name kind } position { title } } } }
  obligations { edges { node { key ruleId dueDate status metOn metBy { __typename
    ... on MetByHistoryEntry { version event } ... on MetByRecord { recordType recordId } ... on MetByNote { kind } } } } }
} }`;

/** The case manager's own worklist, as the worklist page asks for it. */
export const WORKLIST = `query($cm: ID!, $ruleIds: [String!]) { obligations(first: 100, filter: { caseManager: $cm, ruleIds: $ruleIds }) {
  edges { node { key ruleId dueDate status case { id } } } } }`;

export const EA_CONTENT = {
  epiItems: [{ item: 'Reliable transportation', answer: 'No car; the bus stops 2 miles away' }, { item: 'Work history', answer: 'Two seasons at the cannery' }],
  strengths: ['Punctual', 'Speaks Yup\'ik and English'],
  barriers: [{ category: 'TRANSPORTATION', description: 'No car' }, { category: 'CHILD_CARE', description: 'No care for a 4-year-old' }],
  clientGoals: ['Steady kitchen work in Bethel'],
  discrepancies: [{ selfReport: 'Has a food handler card', assessment: 'No card on file', explanation: 'Card expired in 2024; renewing it is a step of the plan' }],
};

const step = (text: string, startsOn: string, reviewOn: string) => ({ text, startsOn, reviewOn });

/** FSSP-3: two SMART goals (one with an intermediate goal) and three steps, each with its own review date; the last review date is `reviews[2]`. */
export function planGoals(startsOn: string, reviews: [string, string, string]) {
  return [
    {
      text: 'Work as a line cook', measure: 'A written job offer', targetOn: '2027-06-30',
      intermediateGoals: [{ text: 'Food handler card', measure: 'Card copy in the file', targetOn: '2027-03-31', steps: [step('Take the food handler course', startsOn, reviews[0])] }],
      steps: [step('Apply to five restaurants', startsOn, reviews[1])],
    },
    { text: 'Child care in place', measure: 'Child care authorization issued', targetOn: '2027-03-31', steps: [step('Apply for child care assistance', startsOn, reviews[2])] },
  ];
}

export type Obligation = { key: string; ruleId: string; dueDate: string; status: string; metOn: string | null; metBy: Array<Record<string, unknown>> };
