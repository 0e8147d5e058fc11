import { BlockList, isIP } from 'node:net';
import type { InvalidInput } from '../errors';
import type { WebhookConfig } from './webhook-config';

/**
 * Where a webhook may be sent (issue 14 item 3, the Standard Webhooks spec's "Server side request
 * forgery"): pure rules, no DNS. The sender applies them again when it connects, to the address
 * the name resolved to (webhook-http.ts), so a name that later resolves to a private address
 * (DNS rebinding) is refused there.
 */

/** The longest URL an endpoint may have. */
export const MAX_URL_LENGTH = 2048;

/**
 * The ranges that are not the public internet (IANA special-purpose registries): "this network",
 * private, carrier-grade NAT, loopback, link-local (cloud metadata at 169.254.169.254), protocol
 * assignments, documentation, benchmarking, multicast, reserved; IPv6 unspecified, loopback,
 * NAT64 and 6to4 (which embed an IPv4 address), Teredo and other special-purpose blocks, unique
 * local, link-local, site-local, multicast. An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is
 * checked as its IPv4 address.
 */
const NON_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NON_PUBLIC.addSubnet(net, bits, 'ipv6');

/**
 * Whether an IP address is outside the public internet (or not an address at all).
 * @example isNonPublicAddress('10.1.2.3') // true
 * @example isNonPublicAddress('::ffff:127.0.0.1') // true
 * @example isNonPublicAddress('93.184.216.34') // false
 */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * A host name as URLs compare it: lower case, IDN as punycode, no trailing dot, an IPv6 literal
 * without brackets; null when the text is not a bare host (a scheme, port, path, credentials).
 * @example normalizeHostname('Hooks.Example.GOV.') // 'hooks.example.gov'
 * @example normalizeHostname('[::1]') // '::1'
 * @example normalizeHostname('example.gov:8443') // null
 */
export function normalizeHostname(text: string): string | null {
  const bare = text.trim();
  if (!bare || /[/?#@\s\\]/.test(bare)) return null;
  const literal = isIP(bare) === 6 ? `[${bare}]` : bare;
  let url: URL;
  try {
    url = new URL(`http://${literal}/`);
  } catch {
    return null;
  }
  if (url.port || url.username || url.password || url.pathname !== '/') return null;
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '') || null;
}

/**
 * Whether a (normalized) host is on the allowlist: an exact entry, or `*.domain` for its sub-domains.
 * @example hostAllowed('a.partner.example', ['*.partner.example']) // true
 * @example hostAllowed('partner.example', ['*.partner.example']) // false
 */
export function hostAllowed(host: string, allowedHosts: readonly string[]): boolean {
  return allowedHosts.some((entry) => (entry.startsWith('*.') ? host.endsWith(entry.slice(1)) && host.length > entry.length - 1 : host === entry));
}

export type EgressConstraint = 'isUrl' | 'maxLength' | 'httpsOnly' | 'noCredentials' | 'allowedHost' | 'publicAddress';

/** A URL that may be registered, with its normalized host; or why not (BAD_USER_INPUT on `url`). */
export type EgressCheck = { ok: true; url: URL; host: string } | { ok: false; violation: InvalidInput & { constraint: EgressConstraint } };

const refuse = (constraint: EgressConstraint, message: string): EgressCheck => ({ ok: false, violation: { field: 'url', constraint, message } });

/**
 * Whether a webhook may go to this URL under the configuration: an absolute https URL (http too
 * with allowHttp), no user name or password in it (secrets go in the signature, not the URL), a
 * host on WEBHOOK_ALLOWED_HOSTS, and, when the host is an IP literal, a public one unless
 * allowPrivateNetworks. A name's addresses are checked when the sender connects.
 *
 * @example
 * checkWebhookUrl('https://hooks.dpa.example/atap', { allowedHosts: ['hooks.dpa.example'], allowHttp: false, allowPrivateNetworks: false })
 * // { ok: true, url: URL, host: 'hooks.dpa.example' }
 * checkWebhookUrl('http://hooks.dpa.example/atap', config) // { ok: false, violation: { field: 'url', constraint: 'httpsOnly', ... } }
 */
export function checkWebhookUrl(raw: string, config: WebhookConfig): EgressCheck {
  if (raw.length > MAX_URL_LENGTH) return refuse('maxLength', `url must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('isUrl', 'url must be an absolute URL such as https://hooks.example.gov/atap');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && config.allowHttp)) {
    return refuse('httpsOnly', config.allowHttp ? 'url must be http or https' : 'url must be https');
  }
  if (url.username || url.password) return refuse('noCredentials', 'url must not carry a user name or password');
  if (url.hash) return refuse('isUrl', 'url must not have a #fragment');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (!host || !hostAllowed(host, config.allowedHosts)) {
    return refuse('allowedHost', `${host || 'the host'} is not on the webhook allowlist (WEBHOOK_ALLOWED_HOSTS)`);
  }
  if (isIP(host) && isNonPublicAddress(host) && !config.allowPrivateNetworks) {
    return refuse('publicAddress', `${host} is a private, loopback or link-local address`);
  }
  return { ok: true, url, host };
}
