import { AppError } from '../errors';
import type { ComplaintEventType, ComplaintStatus } from '../machines/complaint.types';

/**
 * TRANSITION_NOT_ALLOWED for a complaint's event: the status it was refused in, where the event
 * leads when allowed, why, and the events the user could send instead. Its own class so the
 * complaint resolvers answer it as ComplaintTransitionNotAllowedError (the case's error names
 * case events and states).
 */
export class ComplaintTransitionRefused extends AppError {
  constructor(
    readonly event: ComplaintEventType, readonly status: ComplaintStatus, readonly targetStatus: ComplaintStatus,
    readonly reason: string, readonly allowedEvents: ComplaintEventType[],
  ) {
    super('TRANSITION_NOT_ALLOWED', `${event} is not allowed now: ${reason}`, { event, state: status, targetStatus, reason, allowedEvents });
  }
}

/** VERSION_CONFLICT for a complaint: someone moved it since `expectedVersion`. */
export const complaintVersionConflict = (complaintId: string, currentVersion: number, expectedVersion: number) =>
  new AppError('VERSION_CONFLICT', `Complaint ${complaintId} changed: it is at version ${currentVersion}, you expected ${expectedVersion}. Reload and retry.`, {
    complaintId, currentVersion, expectedVersion,
  });
