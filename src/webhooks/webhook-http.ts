import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isNonPublicAddress } from './egress-rules';
import { parseRetryAfter, type AttemptResult, type WebhookErrorClass } from './retry-schedule';

/** The spec's recommended request timeout (15 to 30 s): the whole attempt, connect to response headers. */
export const WEBHOOK_TIMEOUT_MS = 15_000;

/** An attempt refused because the receiver resolved to (or is) an address outside the public internet. */
export class BlockedAddressError extends Error {
  readonly code = 'WEBHOOK_BLOCKED_ADDRESS';
  constructor() {
    super('the webhook host resolved to a private, loopback or link-local address');
  }
}

class AttemptTimeoutError extends Error {
  readonly code = 'WEBHOOK_TIMEOUT';
}

/**
 * dns.lookup that refuses non-public addresses, given to http(s).request as `lookup`, so the
 * address checked is the address connected to (no second resolution a rebinding DNS could
 * answer differently). Every address of the name must be public: a name with one private
 * address is refused whole.
 */
export function guardedLookup(allowPrivateNetworks: boolean): LookupFunction {
  return (hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      if (!allowPrivateNetworks && (addresses.length === 0 || addresses.some((a) => isNonPublicAddress(a.address)))) return callback(new BlockedAddressError(), []);
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * The error class an attempt's failure is recorded as (never the message: it could echo the
 * receiver's data).
 * @example errorClassOf(Object.assign(new Error(), { code: 'ECONNREFUSED' })) // 'CONNECTION_FAILED'
 */
export function errorClassOf(err: unknown): WebhookErrorClass {
  const raw = (err as { code?: unknown } | null)?.code;
  const code = typeof raw === 'string' ? raw : '';
  if (err instanceof BlockedAddressError || code === 'WEBHOOK_BLOCKED_ADDRESS') return 'BLOCKED_ADDRESS';
  if (err instanceof AttemptTimeoutError || code === 'WEBHOOK_TIMEOUT' || code === 'ETIMEDOUT') return 'TIMEOUT';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'EAI_NODATA' || code === 'EAI_NONAME') return 'DNS_FAILED';
  if (/^ERR_TLS|^ERR_SSL|CERT|^UNABLE_TO_|SELF_SIGNED|^HOSTNAME_MISMATCH/.test(code)) return 'TLS_FAILED';
  return 'CONNECTION_FAILED';
}

export interface PostOptions {
  allowPrivateNetworks: boolean;
  timeoutMs?: number;
  /** Aborting (the sender stopping) destroys the request; the caller records nothing for it. */
  signal?: AbortSignal;
}

/** What came of one POST, and how long it took (to the response headers). */
export interface PostOutcome { result: AttemptResult; latencyMs: number }

/**
 * POSTs a webhook with node's http(s).request: no proxy, no redirects followed, no connection
 * reuse (each attempt resolves and checks its address), the timeout over the whole attempt, the
 * response body never read (the connection is closed once the status has come). The connected socket's address is checked
 * again, which also covers an IP literal (no lookup is made for one). Rejects only when `signal`
 * aborts; every other failure is an outcome.
 */
export function postWebhook(url: URL, headers: Record<string, string>, body: string, options: PostOptions): Promise<PostOutcome> {
  const started = performance.now();
  const latency = () => Math.max(0, Math.round(performance.now() - started));
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!options.allowPrivateNetworks && isIP(host) && isNonPublicAddress(host)) {
    return Promise.resolve({ result: { kind: 'error', errorClass: 'BLOCKED_ADDRESS' }, latencyMs: 0 });
  }
  return new Promise<PostOutcome>((resolve, reject) => {
    const transport = url.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (outcome: PostOutcome) => { if (!settled) { settled = true; clearTimeout(timer); resolve(outcome); } };
    const request = transport.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      agent: false,
      lookup: guardedLookup(options.allowPrivateNetworks),
      signal: options.signal,
    });
    const timer = setTimeout(() => request.destroy(new AttemptTimeoutError('the receiver did not answer in time')), options.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
    request.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        if (!options.allowPrivateNetworks && isNonPublicAddress(socket.remoteAddress ?? '')) request.destroy(new BlockedAddressError());
      });
    });
    request.on('response', (response) => {
      // The status is the answer; the body is never read (nor waited for: a receiver streaming one forever holds nothing).
      response.on('error', () => undefined);
      response.destroy();
      finish({ result: { kind: 'response', status: response.statusCode ?? 0, retryAfterMs: parseRetryAfter(response.headers['retry-after']) }, latencyMs: latency() });
    });
    request.on('error', (err) => {
      if (options.signal?.aborted) {
        if (!settled) { settled = true; clearTimeout(timer); reject(err); }
        return;
      }
      finish({ result: { kind: 'error', errorClass: errorClassOf(err) }, latencyMs: latency() });
    });
    request.end(body);
  });
}
