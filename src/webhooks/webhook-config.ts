import { normalizeHostname } from './egress-rules';

/**
 * Where webhooks may go (issue 14 item 3), read once at start-up:
 * - `WEBHOOK_ALLOWED_HOSTS`: comma-separated host names (or IP literals) a partner may register;
 *   `*.example.gov` allows every sub-domain of example.gov (not example.gov itself). Unset or
 *   empty: none, so no endpoint can be registered and nothing is sent.
 * - `WEBHOOK_ALLOW_HTTP=true`: plain http as well as https (tests, a receiver on the same host).
 * - `WEBHOOK_ALLOW_PRIVATE_NETWORKS=true`: addresses in private, loopback, link-local and other
 *   non-public ranges may be connected to (a receiver inside the state's network; tests on loopback).
 */
export interface WebhookConfig {
  allowedHosts: readonly string[];
  allowHttp: boolean;
  allowPrivateNetworks: boolean;
}

/** Nothing allowed: what a process gets when no configuration is given. */
export const NO_WEBHOOK_EGRESS: WebhookConfig = { allowedHosts: [], allowHttp: false, allowPrivateNetworks: false };

const flag = (name: string, value: string | undefined): boolean => {
  if (value === undefined || value === '') return false;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`${name} must be true or false, not "${value}"`);
};

/**
 * Reads the WEBHOOK_* variables; a host that is not a host name (a URL, a path, a port) is refused
 * at start-up, since it could never match and would fail silently.
 *
 * @example
 * parseWebhookConfig({ WEBHOOK_ALLOWED_HOSTS: 'hooks.dpa.alaska.gov, *.partner.example' })
 * // { allowedHosts: ['hooks.dpa.alaska.gov', '*.partner.example'], allowHttp: false, allowPrivateNetworks: false }
 */
export function parseWebhookConfig(env: NodeJS.ProcessEnv): WebhookConfig {
  const allowedHosts = (env.WEBHOOK_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean).map((entry) => {
    const wildcard = entry.startsWith('*.');
    const host = normalizeHostname(wildcard ? entry.slice(2) : entry);
    if (!host) throw new Error(`WEBHOOK_ALLOWED_HOSTS: "${entry}" is not a host name such as hooks.example.gov or *.example.gov (no scheme, port or path)`);
    return wildcard ? `*.${host}` : host;
  });
  return {
    allowedHosts,
    allowHttp: flag('WEBHOOK_ALLOW_HTTP', env.WEBHOOK_ALLOW_HTTP),
    allowPrivateNetworks: flag('WEBHOOK_ALLOW_PRIVATE_NETWORKS', env.WEBHOOK_ALLOW_PRIVATE_NETWORKS),
  };
}
