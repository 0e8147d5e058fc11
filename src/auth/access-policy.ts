import type { CurrentUser } from './current-user';
import { forbidden } from '../errors';
import { PERMISSIONS, type Permission } from './roles';

/** What the policy needs of a case: whose it is. */
export interface CaseOwnership { officeId: string; caseManagerId: string }

/**
 * Who may see and act on what: the one place for the rules, read by decorators (through
 * PERMISSIONS), the event catalog, `Case.actions` and the services, so they cannot disagree.
 * - CASE_MANAGER works their own caseload and reads their office;
 * - SUPERVISOR and MANAGER act on and read their office;
 * - WSTA (state technical assistance) reads every office and acts on none;
 * - PARTNER (integration clients such as Eligibility) reads its office and acts on none.
 *
 * @example
 * AccessPolicy.may(user, 'correctHours') // true only for a SUPERVISOR
 * AccessPolicy.whyCannotActOnCase(user, kase) // null, or 'not in your caseload'
 */
export const AccessPolicy = {
  /** The role may perform the action at all (before any office or caseload rule). */
  may(user: CurrentUser, permission: Permission): boolean {
    return (PERMISSIONS[permission] as readonly string[]).includes(user.role);
  },

  assertMay(user: CurrentUser, permission: Permission, message?: string): void {
    if (!AccessPolicy.may(user, permission)) {
      throw forbidden(message ?? `${permission} requires ${PERMISSIONS[permission].join(' or ')}`);
    }
  },

  canReadOffice(user: CurrentUser, officeId: string): boolean {
    return user.role === 'WSTA' || user.officeId === officeId;
  },

  /** Why the user may not change this case, or null when they may. */
  whyCannotActOnCase(user: CurrentUser, kase: CaseOwnership): string | null {
    switch (user.role) {
      case 'CASE_MANAGER':
        return kase.caseManagerId === user.id ? null : 'not in your caseload';
      case 'SUPERVISOR':
      case 'MANAGER':
        return kase.officeId === user.officeId ? null : 'the case belongs to another office';
      default:
        return 'read-only for your role';
    }
  },

  canActOnCase(user: CurrentUser, kase: CaseOwnership): boolean {
    return AccessPolicy.whyCannotActOnCase(user, kase) === null;
  },

  /**
   * Whether the user may put a case on this case manager's caseload (a referral, a re-referral):
   * a case manager only on their own; choosing someone else's caseload is a reassignment (ENG-3).
   */
  mayAssignToCaseload(user: CurrentUser, caseManagerId: string | null | undefined): boolean {
    return user.role !== 'CASE_MANAGER' || caseManagerId === user.id;
  },

  /** Whether a staff member can hold a caseload (be named on a referral or a reassignment): an active case manager. */
  canHoldCaseload(staff: { role: string; active: boolean } | null): staff is { role: 'CASE_MANAGER'; active: true } {
    return staff !== null && staff.role === 'CASE_MANAGER' && staff.active;
  },

  /** The caseload a referral goes to when none is named: a case manager's own; others must name one. */
  defaultCaseload(user: CurrentUser): string | null {
    return user.role === 'CASE_MANAGER' ? user.id : null;
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

  /**
   * A client is read through their cases: readable when one of the client's cases is in an office
   * the user reads. Refused exactly like a case of another office (FORBIDDEN), so a case and its
   * client answer the same way.
   */
  assertCanReadClient(user: CurrentUser, caseOfficeIds: readonly string[]): void {
    if (!caseOfficeIds.some((officeId) => AccessPolicy.canReadOffice(user, officeId))) {
      throw forbidden('This record belongs to another office');
    }
  },

  /** Field level (ROI-1): free text a person wrote is withheld from roles outside readFreeText (PARTNER). */
  mayReadFreeText(user: CurrentUser | null): boolean {
    return user !== null && AccessPolicy.may(user, 'readFreeText');
  },

  /** Field level (ROI-1): medical information needs a current HIPAA release for this user's agency (PARTNER). */
  needsReleaseForMedical(user: CurrentUser): boolean {
    return !AccessPolicy.may(user, 'readMedicalWithoutRelease');
  },

  /** An office's own record (a worksite, an employer): only its own staff change it (WSTA reads, acts on none). */
  assertCanActOnOfficeRecord(user: CurrentUser, officeId: string): void {
    if (user.officeId !== officeId || user.role === 'WSTA') throw forbidden('This record belongs to another office');
  },

  assertCanActOnCase(user: CurrentUser, kase: CaseOwnership): void {
    if (AccessPolicy.canActOnCase(user, kase)) return;
    throw forbidden(
      user.role === 'CASE_MANAGER'
        ? 'Case managers act only on cases in their own caseload'
        : `${user.role} may not change cases in this office`,
    );
  },
};
