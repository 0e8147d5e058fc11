import { checkWebhookUrl, hostAllowed, isNonPublicAddress, normalizeHostname } from '../../../src/webhooks/egress-rules';
import { parseWebhookConfig } from '../../../src/webhooks/webhook-config';

const config = { allowedHosts: ['hooks.dpa.example', '*.partner.example', '203.0.113.7', '10.0.0.5', '::1'], allowHttp: false, allowPrivateNetworks: false };
const constraint = (url: string, c = config) => { const r = checkWebhookUrl(url, c); return r.ok ? 'ok' : r.violation.constraint; };

describe('webhook egress rules (issue 14 item 3: allowlist, https, no private networks)', () => {
  it('private, loopback, link-local and other non-public addresses are refused; public ones are not', () => {
    for (const ip of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '127.0.0.1', '127.9.9.9', '169.254.169.254', '100.64.0.1', '0.0.0.0',
      '224.0.0.1', '255.255.255.255', '198.18.0.1', '192.0.2.1', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1',
      '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:a00:1::', '2001:db8::1', 'not-an-ip']) {
      expect({ ip, blocked: isNonPublicAddress(ip) }).toEqual({ ip, blocked: true });
    }
    for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect({ ip, blocked: isNonPublicAddress(ip) }).toEqual({ ip, blocked: false });
  });

  it('the allowlist: exact host names, or *.domain for its sub-domains (not the domain itself, not a look-alike)', () => {
    expect(hostAllowed('hooks.dpa.example', config.allowedHosts)).toBe(true);
    expect(hostAllowed('a.partner.example', config.allowedHosts)).toBe(true);
    expect(hostAllowed('a.b.partner.example', config.allowedHosts)).toBe(true);
    expect(hostAllowed('partner.example', config.allowedHosts)).toBe(false);
    expect(hostAllowed('evilpartner.example', config.allowedHosts)).toBe(false);
    expect(hostAllowed('hooks.dpa.example.evil.example', config.allowedHosts)).toBe(false);
  });

  it('a URL passes when https, without credentials, on the allowlist, and not a private IP literal', () => {
    expect(constraint('https://hooks.dpa.example/atap?x=1')).toBe('ok');
    expect(constraint('https://HOOKS.DPA.EXAMPLE./atap')).toBe('ok');
    expect(constraint('https://x.partner.example:8443/a')).toBe('ok');
    expect(constraint('https://203.0.113.7/a')).toBe('publicAddress');
    expect(constraint('http://hooks.dpa.example/atap')).toBe('httpsOnly');
    expect(constraint('http://hooks.dpa.example/atap', { ...config, allowHttp: true })).toBe('ok');
    expect(constraint('file:///etc/passwd', { ...config, allowHttp: true })).toBe('httpsOnly');
    expect(constraint('https://u:p@hooks.dpa.example/')).toBe('noCredentials');
    expect(constraint('https://hooks.dpa.example/#frag')).toBe('isUrl');
    expect(constraint('hooks.dpa.example/atap')).toBe('isUrl');
    expect(constraint('https://other.example/')).toBe('allowedHost');
    expect(constraint('https://10.0.0.5/')).toBe('publicAddress');
    expect(constraint('https://[::1]:9000/')).toBe('publicAddress');
    expect(constraint('https://10.0.0.5/', { ...config, allowPrivateNetworks: true })).toBe('ok');
    expect(constraint('https://0x7f000001/')).toBe('allowedHost');
    expect(constraint(`https://hooks.dpa.example/${'a'.repeat(2048)}`)).toBe('maxLength');
  });

  it('WEBHOOK_ALLOWED_HOSTS is read as host names; a URL or host:port is refused at start-up; the flags are true or false', () => {
    expect(parseWebhookConfig({ WEBHOOK_ALLOWED_HOSTS: ' Hooks.DPA.example , *.Partner.Example,[::1]' })).toEqual({
      allowedHosts: ['hooks.dpa.example', '*.partner.example', '::1'], allowHttp: false, allowPrivateNetworks: false,
    });
    expect(parseWebhookConfig({})).toEqual({ allowedHosts: [], allowHttp: false, allowPrivateNetworks: false });
    expect(parseWebhookConfig({ WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' })).toMatchObject({ allowHttp: true, allowPrivateNetworks: true });
    for (const bad of ['https://hooks.dpa.example', 'hooks.dpa.example:443', 'hooks.dpa.example/path', 'user@hooks.dpa.example']) {
      expect(() => parseWebhookConfig({ WEBHOOK_ALLOWED_HOSTS: bad })).toThrow(/WEBHOOK_ALLOWED_HOSTS/);
    }
    expect(() => parseWebhookConfig({ WEBHOOK_ALLOW_HTTP: 'yes' })).toThrow(/WEBHOOK_ALLOW_HTTP must be true or false/);
    expect(normalizeHostname('example.gov:8443')).toBeNull();
  });
});
