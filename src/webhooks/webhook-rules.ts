import { PERMISSIONS } from '../auth/roles';
import type { StaffRole } from '../entities/staff.entity';
import { readableTopics, type ChangeTopic } from '../change-feed/change-topics';
import type { InvalidInput } from '../errors';
import { checkWebhookUrl } from './egress-rules';
import type { WebhookConfig } from './webhook-config';

/**
 * Registration and delivery rules of webhook endpoints (issue 14 item 3). Pure: the caller passes
 * the configuration, the owner and what it already has.
 */

/** Endpoints a partner may have at once (not counting those it disabled itself). */
export const MAX_ENDPOINTS_PER_PARTNER = 10;

/** How long a rotated secret keeps signing, by default and at most (hours). */
export const DEFAULT_PREVIOUS_SECRET_HOURS = 24;
export const MAX_PREVIOUS_SECRET_HOURS = 168;

export interface EndpointRequest { url: string; topics: readonly ChangeTopic[] }

/**
 * Why an endpoint may not be registered (empty: it may): the URL under the egress rules
 * (egress-rules.ts), topics the owner reads in the feed (a PARTNER does not read complaint
 * resolutions, ROI-1), at most MAX_ENDPOINTS_PER_PARTNER.
 *
 * @example
 * endpointViolations({ url: 'https://hooks.dpa.example/atap', topics: ['EXEMPTION'] }, 'PARTNER', 0, config) // []
 * endpointViolations({ url: 'https://hooks.dpa.example/atap', topics: ['COMPLAINT_RESOLUTION'] }, 'PARTNER', 0, config)
 * // [{ field: 'topics', constraint: 'readableTopic', ... }]
 */
export function endpointViolations(request: EndpointRequest, ownerRole: StaffRole, endpointsOwned: number, config: WebhookConfig): InvalidInput[] {
  const violations: InvalidInput[] = [];
  const url = checkWebhookUrl(request.url, config);
  if (!url.ok) violations.push(url.violation);
  const readable = readableTopics(ownerRole);
  if (request.topics.length === 0) violations.push({ field: 'topics', constraint: 'arrayNotEmpty', message: 'topics must name at least one ChangeTopic' });
  const unreadable = request.topics.filter((t) => !readable.includes(t));
  if (unreadable.length) {
    violations.push({ field: 'topics', constraint: 'readableTopic', message: `${ownerRole} does not read ${unreadable.join(', ')} in the change feed` });
  }
  if (endpointsOwned >= MAX_ENDPOINTS_PER_PARTNER) {
    violations.push({ field: 'input', constraint: 'maxEndpoints', message: `A partner has at most ${MAX_ENDPOINTS_PER_PARTNER} webhook endpoints; disable one first` });
  }
  return violations;
}

/** Why a rotation's overlap is refused (empty: it is not). */
export function rotationViolations(previousValidForHours: number): InvalidInput[] {
  if (Number.isInteger(previousValidForHours) && previousValidForHours >= 0 && previousValidForHours <= MAX_PREVIOUS_SECRET_HOURS) return [];
  return [{ field: 'previousSecretValidForHours', constraint: 'range', message: `previousSecretValidForHours must be a whole number from 0 to ${MAX_PREVIOUS_SECRET_HOURS}` }];
}

/**
 * The topics an endpoint is sent: its own, as far as its owner reads them in the feed now (the
 * same rule as `changes`: an owner who lost the right, or was deactivated, is sent nothing).
 *
 * @example
 * deliveredTopics(['EXEMPTION', 'PENALTY'], { role: 'PARTNER', active: true }) // ['EXEMPTION', 'PENALTY']
 * deliveredTopics(['EXEMPTION'], { role: 'CASE_MANAGER', active: true }) // []
 */
export function deliveredTopics(topics: readonly string[], owner: { role: string; active: boolean }): ChangeTopic[] {
  if (!owner.active) return [];
  const role = owner.role as StaffRole;
  if (!(PERMISSIONS.readChanges as readonly string[]).includes(role)) return [];
  return readableTopics(role).filter((t) => topics.includes(t));
}
