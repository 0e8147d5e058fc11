import { registerEnumType } from 'type-graphql';
import { BARRIER_CATEGORIES, type BarrierCategory } from '../assessment/assessment-rules';
import { REFERRAL_OUTCOME_STATUSES, type ReferralOutcomeStatus } from '../referrals/referral-rules';
import {
  CONTACT_CHANNELS, CONTACT_DIRECTIONS, CONTACT_PARTIES, VISIT_KINDS, VISIT_PURPOSES,
  type ContactChannel, type ContactDirection, type ContactParty, type VisitKind, type VisitPurpose,
} from '../contacts/contact-rules';
import { RECORD_TYPES, type RecordType } from '../obligations/met-by';
import { enumOf } from './enum-of';

/** Issue 12 items 2, 3, 8 (src/assessment, src/referrals, src/contacts): the lists their records take. */
export const BarrierCategoryEnum = enumOf<BarrierCategory>(BARRIER_CATEGORIES);
const BARRIER_WORDS: Record<BarrierCategory, string> = {
  CHILD_CARE: 'Child care', TRANSPORTATION: 'Transportation', HOUSING: 'Housing', HEALTH: 'Physical health', MENTAL_HEALTH: 'Mental health',
  SUBSTANCE_USE: 'Substance use', DOMESTIC_VIOLENCE: 'Domestic violence', LEGAL: 'Legal issues', EDUCATION: 'Education or literacy',
  WORK_HISTORY: 'Work history or skills', LANGUAGE: 'Language', DISABILITY: 'A disability', OTHER: 'Another barrier, described',
};
registerEnumType(BarrierCategoryEnum, {
  name: 'BarrierCategory',
  description: 'What kind of barrier to work an Employability Assessment found (EA-1)',
  valuesConfig: Object.fromEntries(BARRIER_CATEGORIES.map((c) => [c, { description: BARRIER_WORDS[c] }])),
});
/** ENG-3: the chart event an EA sent in its transaction. */
export enum AssessmentChartEventEnum { COMPLETE_EA = 'COMPLETE_EA', COMPLETE_REASSESSMENT = 'COMPLETE_REASSESSMENT' }
registerEnumType(AssessmentChartEventEnum, {
  name: 'AssessmentChartEvent',
  description: 'The lifecycle event an Employability Assessment sent (ENG-3)',
  valuesConfig: {
    COMPLETE_EA: { description: 'The first EA, completing the assessment phase (EA-1)' },
    COMPLETE_REASSESSMENT: { description: 'A new EA after a change of case manager or track restarted the 30-day clock (ENG-3)' },
  },
});
/** The records an obligation is met by (MetByRecord.recordType), from src/obligations/met-by.ts. */
export const MetByRecordTypeEnum = enumOf<RecordType>(RECORD_TYPES);
registerEnumType(MetByRecordTypeEnum, {
  name: 'MetByRecordType',
  description: 'Which kind of record met an obligation; the record is node(recordId) (ContactResponse: the ContactLogEntry it answers)',
  valuesConfig: Object.fromEntries(RECORD_TYPES.map((t) => [t, { description: `A ${t} record of the case` }])),
});
export const ReferralOutcomeStatusEnum = enumOf<ReferralOutcomeStatus>(REFERRAL_OUTCOME_STATUSES);
registerEnumType(ReferralOutcomeStatusEnum, {
  name: 'ReferralOutcomeStatus',
  description: 'What came of a referral to an agency, as found at a follow-up (EA-3)',
  valuesConfig: {
    CONNECTED: { description: 'The family member is connected with the agency' },
    PENDING: { description: 'Still pending with the agency (record another outcome later)' },
    DECLINED: { description: 'The family member declined the service' },
    NOT_ELIGIBLE: { description: 'The agency found the family member not eligible' },
    UNABLE_TO_CONTACT: { description: 'Neither the family member nor the agency could be reached about it' },
    COMPLETED: { description: 'The service was delivered' },
  },
});
export const ContactDirectionEnum = enumOf<ContactDirection>(CONTACT_DIRECTIONS);
registerEnumType(ContactDirectionEnum, {
  name: 'ContactDirection',
  description: 'Whether the contact came in (and must be answered, ENG-7) or went out',
  valuesConfig: { INBOUND: { description: 'Received: answered the same day or within 1 business day (ENG-7)' }, OUTBOUND: { description: 'Made by the CM: nothing to answer' } },
});
export const ContactChannelEnum = enumOf<ContactChannel>(CONTACT_CHANNELS);
registerEnumType(ContactChannelEnum, {
  name: 'ContactChannel',
  description: 'How a logged contact or its response was made',
  valuesConfig: {
    PHONE: { description: 'A phone call' }, EMAIL: { description: 'An e-mail' }, TEXT: { description: 'A text message' },
    IN_PERSON: { description: 'In person (a walk-in)' }, LETTER: { description: 'A letter' }, FAX: { description: 'A fax' },
  },
});
export const ContactPartyEnum = enumOf<ContactParty>(CONTACT_PARTIES);
registerEnumType(ContactPartyEnum, {
  name: 'ContactParty',
  description: 'Who the contact is from (inbound) or with (outbound)',
  valuesConfig: { CLIENT: { description: 'The client or a household member' }, PARTNER: { description: 'A partner agency (a partner request)' }, OTHER: { description: 'Anyone else' } },
});
export const VisitKindEnum = enumOf<VisitKind>(VISIT_KINDS);
registerEnumType(VisitKindEnum, {
  name: 'VisitKind',
  description: 'Where a visit was made (ENG-8)',
  valuesConfig: { HOME: { description: 'At the family\'s home' }, COMMUNITY: { description: 'Elsewhere in the community' }, VILLAGE: { description: 'A village visit (travel to a rural community)' } },
});
export const VisitPurposeEnum = enumOf<VisitPurpose>(VISIT_PURPOSES);
registerEnumType(VisitPurposeEnum, {
  name: 'VisitPurpose',
  description: 'Why a visit was made (ENG-8)',
  valuesConfig: {
    KNOW_THE_FAMILY: { description: 'To know the family' },
    ENGAGEMENT: { description: 'To engage the family' },
    NEEDS_EVALUATION: { description: 'To evaluate the family\'s needs' },
    PENALTY_RESOLUTION: { description: 'To resolve a penalty (PEN-4: the visit before a penalty rises; a HOME visit of this purpose, with childSafetyDetermined, also records it in the chart as recordPenaltyResolutionHomeVisit does)' },
    FSSP: { description: 'To draft, sign or review the FSSP with the family (a field FSSP, FSSP-5)' },
    OTHER: { description: 'Another purpose, given in the outcome' },
  },
});
