import { PERMISSIONS } from '../auth/roles';
import type { StaffRole } from '../entities/staff.entity';
import { COMPLAINT_EVENT_TYPES, type ComplaintContext, type ComplaintEvent, type ComplaintEventType } from './complaint.types';

export interface ComplaintEventSpec {
  /** The GraphQL mutation that sends this event. */
  mutation: string;
  /** Roles that may send it (the office rule comes on top: complaint-access.ts). */
  roles: readonly StaffRole[];
  /** Why it is unavailable when the current state does not handle it at all. */
  notNow: string;
  /**
   * A representative event, to ask the chart "could this happen now?" for TRANSITION_NOT_ALLOWED's
   * allowed events: its instants are `at`, so only the state and the context decide.
   */
  probe(context: ComplaintContext, at: string, by: string): ComplaintEvent;
}

/** Every event of the complaint chart, with the mutation that sends it and who may send it (PERMISSIONS). */
export const COMPLAINT_EVENTS: { [T in ComplaintEventType]: ComplaintEventSpec } = {
  RETURN_CALL: {
    mutation: 'recordComplaintCallReturned', roles: PERMISSIONS.workComplaints, notNow: 'the call is returned while the complaint is open, once',
    probe: (_c, at, by) => ({ type: 'RETURN_CALL', returnedAt: at, channel: 'PHONE', at, by }),
  },
  RESOLVE: {
    mutation: 'resolveComplaint', roles: PERMISSIONS.workComplaints, notNow: "a complaint is resolved locally once the client's call was returned, and not after it was forwarded",
    probe: (_c, at, by) => ({ type: 'RESOLVE', resolvedAt: at, summary: 'probe', noteId: 'probe', noteEnteredAt: at, at, by }),
  },
  NOTIFY_WSTA: {
    mutation: 'notifyWstaOfComplaintResolution', roles: PERMISSIONS.workComplaints, notNow: 'WSTA is told of a resolution once the complaint is resolved',
    probe: (_c, at, by) => ({ type: 'NOTIFY_WSTA', notifiedAt: at, method: 'EMAIL', clientId: 'probe', noteDate: at.slice(0, 10), at, by }),
  },
  FORWARD_TO_WSTA: {
    mutation: 'forwardComplaintToWsta', roles: PERMISSIONS.workComplaints, notNow: 'only an unresolved complaint is forwarded to WSTA',
    probe: (_c, at, by) => ({ type: 'FORWARD_TO_WSTA', forwardedAt: at, reason: 'probe', at, by }),
  },
  RESOLVE_FORWARDED: {
    mutation: 'resolveForwardedComplaint', roles: PERMISSIONS.resolveForwardedComplaints, notNow: 'WSTA resolves a complaint once it was forwarded to WSTA',
    probe: (_c, at, by) => ({ type: 'RESOLVE_FORWARDED', resolvedAt: at, summary: 'probe', at, by }),
  },
  RECORD_CASE_REVIEW: {
    mutation: 'recordWstaCaseReview', roles: PERMISSIONS.recordComplaintCaseReview, notNow: 'the case review follows a complaint WSTA brings, once',
    probe: (_c, at, by) => ({ type: 'RECORD_CASE_REVIEW', recommendationsReceivedAt: at, recommendations: 'probe', at, by }),
  },
  IMPLEMENT_RECOMMENDATIONS: {
    mutation: 'recordWstaRecommendationsImplemented', roles: PERMISSIONS.workComplaints, notNow: "WSTA's recommendations are implemented after its case review",
    probe: (_c, at, by) => ({ type: 'IMPLEMENT_RECOMMENDATIONS', implementedAt: at, summary: 'probe', noteId: 'probe', noteEnteredAt: at, at, by }),
  },
};

export { COMPLAINT_EVENT_TYPES };
