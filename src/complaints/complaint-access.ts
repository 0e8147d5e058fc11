import type { CurrentUser } from '../auth/current-user';
import { PERMISSIONS } from '../auth/roles';
import { forbidden } from '../errors';

/**
 * MGT-4: who works a complaint, besides the role each event needs (PERMISSIONS via the event
 * catalog). The case manager, supervisor and manager of the case's office work their office's
 * complaints, whoever's caseload the case is in (a complaint is often about its own CM); WSTA
 * brings complaints and resolves forwarded ones across offices. Null when the user may.
 *
 * @example
 * whyCannotWorkComplaint({ role: 'CASE_MANAGER', officeId: 'south', ... }, 'north') // 'the complaint belongs to another office'
 */
export function whyCannotWorkComplaint(user: Pick<CurrentUser, 'role' | 'officeId'>, officeId: string): string | null {
  if (user.role === 'WSTA') return null;
  if (!(PERMISSIONS.workComplaints as readonly string[]).includes(user.role)) return 'read-only for your role';
  return user.officeId === officeId ? null : 'the complaint belongs to another office';
}

export function assertCanWorkComplaint(user: CurrentUser, officeId: string): void {
  const why = whyCannotWorkComplaint(user, officeId);
  if (why) throw forbidden(`${user.role} may not work this complaint: ${why}`);
}
