import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorClassOf, postWebhook, WEBHOOK_TIMEOUT_MS } from '../../../src/webhooks/webhook-http';

/** A loopback server that records what reaches it and answers as told ('hang': never). */
async function server(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void | 'hang') {
  const seen: Array<{ url: string; headers: http.IncomingHttpHeaders; body: string }> = [];
  const s = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => { seen.push({ url: req.url ?? '', headers: req.headers, body }); answer(req, res); });
  });
  await new Promise<void>((done) => s.listen(0, '127.0.0.1', done));
  const port = (s.address() as AddressInfo).port;
  return { port, seen, close: () => new Promise<void>((done) => { s.closeAllConnections(); s.close(() => done()); }) };
}

const headers = { 'content-type': 'application/json', 'webhook-id': 'msg_test' };

describe('the webhook HTTP attempt (issue 14 item 3: egress checked at connect time, no redirects, the timeout)', () => {
  it('POSTs the body with its headers and answers the status and Retry-After; a redirect is not followed', async () => {
    const s = await server((req, res) => {
      if (req.url === '/moved') res.writeHead(302, { location: '/elsewhere' }).end();
      else res.writeHead(503, { 'retry-after': '30' }).end('a body that is never read');
    });
    try {
      const out = await postWebhook(new URL(`http://127.0.0.1:${s.port}/hooks`), headers, '{"a":1}', { allowPrivateNetworks: true });
      expect(out.result).toEqual({ kind: 'response', status: 503, retryAfterMs: 30_000 });
      expect(out.latencyMs).toBeGreaterThanOrEqual(0);
      expect(s.seen[0]).toMatchObject({ url: '/hooks', body: '{"a":1}', headers: { 'webhook-id': 'msg_test', 'content-length': '7' } });
      const moved = await postWebhook(new URL(`http://127.0.0.1:${s.port}/moved`), headers, '{}', { allowPrivateNetworks: true });
      expect(moved.result).toMatchObject({ status: 302 });
      expect(s.seen.map((r) => r.url)).toEqual(['/hooks', '/moved']);
    } finally {
      await s.close();
    }
  });

  it('refuses a private address unless allowed: an IP literal before connecting, a name by the address it resolves to (DNS rebinding)', async () => {
    const s = await server((_req, res) => { res.writeHead(204).end(); });
    try {
      const literal = await postWebhook(new URL(`http://127.0.0.1:${s.port}/`), headers, '{}', { allowPrivateNetworks: false });
      expect(literal.result).toEqual({ kind: 'error', errorClass: 'BLOCKED_ADDRESS' });
      // localhost is a name: the custom lookup sees it resolve to loopback and refuses before any connection.
      const byName = await postWebhook(new URL(`http://localhost:${s.port}/`), headers, '{}', { allowPrivateNetworks: false });
      expect(byName.result).toEqual({ kind: 'error', errorClass: 'BLOCKED_ADDRESS' });
      const mapped = await postWebhook(new URL(`http://[::ffff:127.0.0.1]:${s.port}/`), headers, '{}', { allowPrivateNetworks: false });
      expect(mapped.result).toEqual({ kind: 'error', errorClass: 'BLOCKED_ADDRESS' });
      expect(s.seen).toEqual([]);
      expect((await postWebhook(new URL(`http://localhost:${s.port}/`), headers, '{}', { allowPrivateNetworks: true })).result).toMatchObject({ status: 204 });
    } finally {
      await s.close();
    }
  });

  it('no answer within the timeout is TIMEOUT (15 s unless told); a closed port is CONNECTION_FAILED; the sender stopping rejects', async () => {
    expect(WEBHOOK_TIMEOUT_MS).toBe(15_000);
    const s = await server(() => 'hang');
    try {
      // The server never answers: what is checked is that the attempt's own timeout ends it.
      const out = await postWebhook(new URL(`http://127.0.0.1:${s.port}/`), headers, '{}', { allowPrivateNetworks: true, timeoutMs: 50 });
      expect(out.result).toEqual({ kind: 'error', errorClass: 'TIMEOUT' });
      const controller = new AbortController();
      const stopped = postWebhook(new URL(`http://127.0.0.1:${s.port}/`), headers, '{}', { allowPrivateNetworks: true, signal: controller.signal });
      controller.abort();
      await expect(stopped).rejects.toThrow();
    } finally {
      await s.close();
    }
    const closed = await postWebhook(new URL(`http://127.0.0.1:${s.port}/`), headers, '{}', { allowPrivateNetworks: true });
    expect(closed.result).toEqual({ kind: 'error', errorClass: 'CONNECTION_FAILED' });
  });

  it('an error is recorded by its class, never its message', () => {
    const coded = (code: string) => Object.assign(new Error('receiver said: Ana Kuzmin'), { code });
    expect(errorClassOf(coded('ENOTFOUND'))).toBe('DNS_FAILED');
    expect(errorClassOf(coded('EAI_AGAIN'))).toBe('DNS_FAILED');
    expect(errorClassOf(coded('ECONNRESET'))).toBe('CONNECTION_FAILED');
    expect(errorClassOf(coded('DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe('TLS_FAILED');
    expect(errorClassOf(coded('ERR_TLS_CERT_ALTNAME_INVALID'))).toBe('TLS_FAILED');
    expect(errorClassOf(coded('CERT_HAS_EXPIRED'))).toBe('TLS_FAILED');
    expect(errorClassOf(coded('ETIMEDOUT'))).toBe('TIMEOUT');
    expect(errorClassOf(new Error('x'))).toBe('CONNECTION_FAILED');
    expect(errorClassOf(null)).toBe('CONNECTION_FAILED');
  });
});
