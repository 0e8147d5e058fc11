import { registerEnumType } from 'type-graphql';
import { COMPLAINT_DEADLINE_KINDS, COMPLAINT_DEADLINE_STATUSES, type ComplaintDeadlineKind, type ComplaintDeadlineStatus } from '../complaints/complaint-deadlines';
import {
  COMPLAINT_EVENT_TYPES, COMPLAINT_RESOLUTION_KINDS, COMPLAINT_SOURCES, COMPLAINT_STATUSES,
  type ComplaintHistoryEvent, type ComplaintResolutionKind, type ComplaintSource, type ComplaintStatus,
} from '../machines/complaint.types';
import { enumOf } from './enum-of';

/** The complaint chart's lists (src/machines/complaint.types.ts) as GraphQL enums (MGT-4). */

export const ComplaintSourceEnum = enumOf<ComplaintSource>(COMPLAINT_SOURCES);
registerEnumType(ComplaintSourceEnum, {
  name: 'ComplaintSource',
  description: 'Who brought a complaint (MGT-4)',
  valuesConfig: {
    CLIENT: { description: 'The client, to staff or management: the call is returned within 1 business day' },
    WSTA: { description: 'WSTA, on the client\'s behalf: a case review follows, and its recommendations are implemented within 24 hours of receipt' },
  },
});

export const ComplaintStatusEnum = enumOf<ComplaintStatus>(COMPLAINT_STATUSES);
registerEnumType(ComplaintStatusEnum, {
  name: 'ComplaintStatus',
  description: 'Where a complaint is in its chart (MGT-4)',
  valuesConfig: {
    RECEIVED: { description: 'Received; the client\'s call is to be returned (or, brought by WSTA, its case review to come)' },
    CALL_RETURNED: { description: 'The call returned: to be resolved at the lowest level, or forwarded to WSTA' },
    CASE_REVIEWED: { description: 'WSTA\'s case review done: its recommendations to be implemented within 24 hours of receipt' },
    RESOLVED: { description: 'Resolved by the provider and documented in a CLNO: WSTA is to be told' },
    FORWARDED: { description: 'Unresolved locally, forwarded to WSTA, which resolves it' },
    CLOSED: { description: 'Settled: WSTA told of the provider\'s resolution, or WSTA resolved it' },
  },
});

const EVENT_WORDS: Record<ComplaintHistoryEvent, string> = {
  RECEIVE: 'The complaint received (receiveComplaint): its first history entry',
  RETURN_CALL: 'The client\'s call returned (recordComplaintCallReturned)',
  RESOLVE: 'Resolved at the lowest level, with its CLNO (resolveComplaint)',
  NOTIFY_WSTA: 'WSTA told of the resolution (notifyWstaOfComplaintResolution)',
  FORWARD_TO_WSTA: 'Forwarded to WSTA, unresolved (forwardComplaintToWsta)',
  RESOLVE_FORWARDED: 'WSTA\'s resolution of a forwarded complaint (resolveForwardedComplaint)',
  RECORD_CASE_REVIEW: 'WSTA\'s case review and the recommendations received (recordWstaCaseReview)',
  IMPLEMENT_RECOMMENDATIONS: 'WSTA\'s recommendations implemented, with its CLNO (recordWstaRecommendationsImplemented)',
};
export const ComplaintEventEnum = enumOf<ComplaintHistoryEvent>(['RECEIVE', ...COMPLAINT_EVENT_TYPES]);
registerEnumType(ComplaintEventEnum, {
  name: 'ComplaintEvent',
  description: 'An event of a complaint\'s chart, with the mutation that sends it (MGT-4)',
  valuesConfig: Object.fromEntries(Object.entries(EVENT_WORDS).map(([event, description]) => [event, { description }])),
});

export const ComplaintResolutionKindEnum = enumOf<ComplaintResolutionKind>(COMPLAINT_RESOLUTION_KINDS);
registerEnumType(ComplaintResolutionKindEnum, {
  name: 'ComplaintResolutionKind',
  description: 'How a complaint was resolved (MGT-4)',
  valuesConfig: {
    LOCAL: { description: 'By the provider, at the lowest level possible, documented in a CLNO' },
    RECOMMENDATIONS: { description: 'By implementing WSTA\'s recommendations after its case review, documented in a CLNO' },
    WSTA: { description: 'By WSTA, after the provider forwarded it unresolved' },
  },
});

export const ComplaintDeadlineKindEnum = enumOf<ComplaintDeadlineKind>(COMPLAINT_DEADLINE_KINDS);
registerEnumType(ComplaintDeadlineKindEnum, {
  name: 'ComplaintDeadlineKind',
  description: 'A deadline MGT-4 puts on a complaint (each is also an MGT-4 obligation on the worklist)',
  valuesConfig: {
    CALL_RETURN: { description: 'The client\'s call returned within 1 business day of receipt' },
    WSTA_NOTICE: { description: 'WSTA e-mailed the resolution, with the client number and the CLNO date (the next business day)' },
    RECOMMENDATIONS: { description: 'WSTA\'s recommendations implemented within 24 hours of their receipt, to the instant' },
  },
});

export const ComplaintDeadlineStatusEnum = enumOf<ComplaintDeadlineStatus>(COMPLAINT_DEADLINE_STATUSES);
registerEnumType(ComplaintDeadlineStatusEnum, {
  name: 'ComplaintDeadlineStatus',
  description: 'Where a complaint\'s deadline stands now, to the instant (its obligation counts whole Alaska days)',
  valuesConfig: {
    OPEN: { description: 'Not met, not yet due' },
    MET: { description: 'Met by its due instant' },
    MET_LATE: { description: 'Met, after its due instant' },
    MISSED: { description: 'Past its due instant and not met' },
  },
});
