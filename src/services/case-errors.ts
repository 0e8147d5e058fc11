import { AppError } from '../errors';

export const versionConflict = (caseId: string, currentVersion: number, expectedVersion: number) =>
  new AppError('VERSION_CONFLICT', `Case ${caseId} changed: it is at version ${currentVersion}, you expected ${expectedVersion}. Reload and retry.`, {
    caseId,
    currentVersion,
    expectedVersion,
  });

export const transitionNotAllowed = (event: string, state: string, reason: string, allowedEvents: string[]) =>
  new AppError('TRANSITION_NOT_ALLOWED', `${event} is not allowed now: ${reason}`, { event, state, reason, allowedEvents });
