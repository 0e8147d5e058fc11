import type { CurrentUser } from './current-user';
import { forbidden } from '../errors';

/**
 * Who may see and act on what. One place for the rules so resolvers and services agree:
 * - CASE_MANAGER works their own caseload and reads their office;
 * - SUPERVISOR and MANAGER act on and read their office;
 * - WSTA (state technical assistance) reads every office and acts on none;
 * - PARTNER (integration clients such as Eligibility) reads its office and acts on none.
 */
export const AccessPolicy = {
  canReadOffice(user: CurrentUser, officeId: string): boolean {
    return user.role === 'WSTA' || user.officeId === officeId;
  },

  canActOnCase(user: CurrentUser, kase: { officeId: string; caseManagerId: string }): boolean {
    switch (user.role) {
      case 'CASE_MANAGER':
        return kase.caseManagerId === user.id;
      case 'SUPERVISOR':
      case 'MANAGER':
        return kase.officeId === user.officeId;
      default:
        return false;
    }
  },

  /** The office a list query is confined to, or null when the user may read all offices. */
  officeScope(user: CurrentUser, requestedOfficeId?: string | null): string | null {
    if (user.role === 'WSTA') return requestedOfficeId ?? null;
    if (requestedOfficeId && requestedOfficeId !== user.officeId) {
      throw forbidden('You can read only your own office');
    }
    return user.officeId;
  },

  assertCanReadOffice(user: CurrentUser, officeId: string): void {
    if (!AccessPolicy.canReadOffice(user, officeId)) throw forbidden('This record belongs to another office');
  },

  assertCanActOnCase(user: CurrentUser, kase: { officeId: string; caseManagerId: string }): void {
    if (AccessPolicy.canActOnCase(user, kase)) return;
    throw forbidden(
      user.role === 'CASE_MANAGER'
        ? 'Case managers act only on cases in their own caseload'
        : `${user.role} may not change cases in this office`,
    );
  },
};
