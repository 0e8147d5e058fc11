import { bringToParticipation, dataOf } from '../support/api';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { dispatchAll, ENDPOINTS, REGISTER, registerEndpoint, startReceiver, startSender, useWebhookConfig } from '../support/webhooks';

/**
 * Issue 14 item 3: registering webhook endpoints and reading them. Only a PARTNER registers, for
 * its own office; the URL must pass the egress rules (https, allowlist, no private addresses)
 * or nothing is written; the secret is answered once and never read back; the partner and those
 * who oversee it read the endpoints and their delivery log, which holds no client data.
 */
describe('webhook endpoints: registration, egress rules, access', () => {
  let app: TestApp;
  let partner: string;
  const config = { allowedHosts: ['hooks.partner.example', '*.dpa.example', '10.0.0.5', '127.0.0.1'], allowHttp: false, allowPrivateNetworks: false };

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-10-01T19:00:00Z' });
    useWebhookConfig(app, config);
    partner = app.token(app.fixtures.north.partner);
  });
  afterAll(() => app.close());

  const rows = async () => (await app.dataSource.query(`SELECT (SELECT count(*)::int FROM webhook_endpoint) AS e, (SELECT count(*)::int FROM webhook_secret) AS s`))[0];

  it('a PARTNER registers an endpoint and gets its whsec_ secret once; reads show the endpoint, never a secret', async () => {
    const res = await dataOf(app, REGISTER, { input: { url: 'https://hooks.partner.example/atap?source=wsc', topics: ['EXEMPTION', 'CASE_TRANSITION'] } }, partner);
    const { endpoint, secret } = res.registerWebhookEndpoint;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(endpoint).toMatchObject({ url: 'https://hooks.partner.example/atap?source=wsc', topics: ['CASE_TRANSITION', 'EXEMPTION'], status: 'ACTIVE' });
    expect(endpoint.signingSecrets).toEqual([{ expiresAt: null }]);
    const list = await app.gql(ENDPOINTS, {}, partner);
    expect(list.errors).toBeUndefined();
    expect(list.data.webhookEndpoints.edges.map((e: any) => e.node.id)).toEqual([endpoint.id]);
    expect(JSON.stringify(list)).not.toContain(secret.slice(6, 30));
    // A retry with the same clientMutationId answers the same endpoint and secret, and writes nothing more.
    const once = { url: 'https://hooks.partner.example/retry', topics: ['CLOSURE'], clientMutationId: 'register-once' };
    const [r1, r2] = [await dataOf(app, REGISTER, { input: once }, partner), await dataOf(app, REGISTER, { input: once }, partner)];
    expect(r2.registerWebhookEndpoint).toEqual(r1.registerWebhookEndpoint);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM webhook_endpoint WHERE url = $1`, [once.url]))[0].n).toBe(1);
    // A sub-domain of a wildcard entry is allowed.
    expect((await registerEndpoint(app, partner, 'https://eligibility.dpa.example/hooks', ['PENALTY'])).secret).toMatch(/^whsec_/);
  });

  it('FORBIDDEN to register for every role but PARTNER, and nothing is written', async () => {
    const before = await rows();
    for (const staff of [app.fixtures.north.caseManager, app.fixtures.north.supervisor, app.fixtures.north.manager, app.fixtures.wsta]) {
      const res = await app.gql(REGISTER, { input: { url: 'https://hooks.partner.example/x', topics: ['CASE_TRANSITION'] } }, app.token(staff));
      expect(res.data.registerWebhookEndpoint).toMatchObject({ endpoint: null, secret: null, userErrors: [{ code: 'FORBIDDEN' }] });
    }
    expect(await rows()).toEqual(before);
  });

  it('refuses URLs that break the egress rules, and topics a PARTNER does not read, as BAD_USER_INPUT writing nothing', async () => {
    const before = await rows();
    const cases: Array<[string, string[], string, string]> = [
      ['not a url', ['CASE_TRANSITION'], 'url', 'isUrl'],
      ['http://hooks.partner.example/atap', ['CASE_TRANSITION'], 'url', 'httpsOnly'],
      ['ftp://hooks.partner.example/atap', ['CASE_TRANSITION'], 'url', 'httpsOnly'],
      ['https://evil.example/atap', ['CASE_TRANSITION'], 'url', 'allowedHost'],
      ['https://dpa.example/atap', ['CASE_TRANSITION'], 'url', 'allowedHost'],
      ['https://hooks.partner.example.evil.example/atap', ['CASE_TRANSITION'], 'url', 'allowedHost'],
      ['https://user:pw@hooks.partner.example/atap', ['CASE_TRANSITION'], 'url', 'noCredentials'],
      ['https://10.0.0.5/atap', ['CASE_TRANSITION'], 'url', 'publicAddress'],
      ['https://127.0.0.1:8443/atap', ['CASE_TRANSITION'], 'url', 'publicAddress'],
      ['https://169.254.169.254/latest/meta-data', ['CASE_TRANSITION'], 'url', 'allowedHost'],
      ['https://hooks.partner.example/atap', ['COMPLAINT_RESOLUTION'], 'topics', 'readableTopic'],
      ['https://hooks.partner.example/atap', [], 'topics', 'arrayMinSize'],
      [`https://hooks.partner.example/${'a'.repeat(2100)}`, ['CASE_TRANSITION'], 'url', 'isLength'],
    ];
    for (const [url, topics, field, constraint] of cases) {
      const res = await app.gql(REGISTER, { input: { url, topics } }, partner);
      expect({ url: url.slice(0, 60), error: res.data?.registerWebhookEndpoint?.userErrors?.[0] }).toEqual({
        url: url.slice(0, 60), error: expect.objectContaining({ code: 'BAD_USER_INPUT', field, constraint }),
      });
    }
    expect(await rows()).toEqual(before);
  });

  it('reads are scoped: a partner its own, supervisors and managers their office, WSTA every office; a case manager is FORBIDDEN', async () => {
    const southPartner = app.token(app.fixtures.south.partner);
    const south = await registerEndpoint(app, southPartner, 'https://hooks.partner.example/south');
    const ids = async (staff: string) => ((await dataOf(app, ENDPOINTS, {}, app.token(staff))).webhookEndpoints.edges as any[]).map((e) => e.node.id as string);
    expect(await ids(app.fixtures.south.partner)).toEqual([south.id]);
    expect(await ids(app.fixtures.north.partner)).not.toContain(south.id);
    expect(await ids(app.fixtures.north.supervisor)).toEqual(await ids(app.fixtures.north.partner));
    expect(await ids(app.fixtures.south.manager)).toEqual([south.id]);
    expect(await ids(app.fixtures.wsta)).toEqual(expect.arrayContaining([south.id, ...(await ids(app.fixtures.north.partner))]));
    const cm = await app.gql(ENDPOINTS, {}, app.token(app.fixtures.north.caseManager));
    expect(cm.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Only the owner changes an endpoint: another partner (here another office's) is FORBIDDEN.
    const disable = await app.gql(`mutation($input: WebhookEndpointInput!) { disableWebhookEndpoint(input: $input) { endpoint { id } userErrors { code } } }`,
      { input: { endpointId: south.id } }, partner);
    expect(disable.data.disableWebhookEndpoint.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
    // node(id) reads an endpoint as webhookEndpoints does.
    const node = `query($id: ID!) { node(id: $id) { __typename id ... on WebhookEndpoint { url } } }`;
    expect((await dataOf(app, node, { id: south.id }, southPartner)).node).toEqual({ __typename: 'WebhookEndpoint', id: south.id, url: 'https://hooks.partner.example/south' });
    expect((await app.gql(node, { id: south.id }, app.token(app.fixtures.wsta))).data.node).toMatchObject({ id: south.id });
    for (const staff of [app.fixtures.north.partner, app.fixtures.north.supervisor]) {
      expect((await app.gql(node, { id: south.id }, app.token(staff))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const forged = await app.gql(`query($after: String) { webhookEndpoints(after: $after) { totalCount } }`, { after: 'bogus' }, partner);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', constraint: 'isCursor' });
  });

  it('a rotation answers a new secret and keeps the old one signing until its expiry (24 h by default, by the clock)', async () => {
    const { id } = await registerEndpoint(app, partner, 'https://hooks.partner.example/rotate');
    const rotate = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret endpoint { signingSecrets { expiresAt } } userErrors { code ... on InputError { field } } } }`;
    const rotated = (await dataOf(app, rotate, { input: { endpointId: id } }, partner)).rotateWebhookSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    const secretsOf = async () => ((await dataOf(app, ENDPOINTS, {}, partner)).webhookEndpoints.edges as any[]).find((e) => e.node.id === id).node.signingSecrets;
    expect((await secretsOf()).map((s: any) => s.expiresAt)).toEqual([null, '2026-10-02T19:00:00.000Z']);
    app.clock.set('2026-10-02T19:00:00Z');
    try {
      expect((await secretsOf()).map((s: any) => s.expiresAt)).toEqual([null]);
    } finally {
      app.clock.set('2026-10-01T19:00:00Z');
    }
    const tooLong = await app.gql(rotate, { input: { endpointId: id, previousSecretValidForHours: 500 } }, partner);
    expect(tooLong.data.rotateWebhookSecret.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: 'previousSecretValidForHours' }]);
  });

  it('the delivery log a partner reads holds no client free text or contact details; reading a delivery\'s change is audited', async () => {
    useWebhookConfig(app, { allowedHosts: ['127.0.0.1'], allowHttp: true, allowPrivateNetworks: true });
    const receiver = await startReceiver();
    const sender = await startSender(app);
    try {
      const { id } = await registerEndpoint(app, partner, receiver.url, ['CASE_TRANSITION']);
      const cm = app.token(app.fixtures.north.caseManager);
      const kase = await referClient(app, cm, { referralDate: '2026-10-01' });
      await bringToParticipation(app, kase.id, cm, { reached: '2026-10-01', lastStepReviewDate: '2027-03-31' });
      // The referral and five transitions go to this endpoint and to the two earlier ones of the same topic, whose
      // host this sender's allowlist does not name: refused at send time, no request made.
      expect(await dispatchAll(sender.deliveries, 18)).toBe(18);
      expect(await sender.deliveries.deliverDue()).toMatchObject({ DELIVERED: 6, RETRY: 12 });
      const refused = await app.dataSource.query(`SELECT DISTINCT error_class FROM webhook_attempt WHERE endpoint_id <> $1`, [id]);
      expect(refused).toEqual([{ error_class: 'HOST_NOT_ALLOWED' }]);
      const log = await dataOf(app, ENDPOINTS, {}, partner);
      const endpoint = (log.webhookEndpoints.edges as any[]).find((e) => e.node.id === id).node;
      expect(endpoint.deliveries.edges.map((e: any) => [e.node.change.caseEvent, e.node.status, e.node.attempts.edges.map((a: any) => a.node.httpStatus)])).toEqual([
        ['REFERRED', 'DELIVERED', [204]], ['RECORD_CONTACT_ATTEMPT', 'DELIVERED', [204]], ['COMPLETE_EA', 'DELIVERED', [204]], ['RECORD_EA_NOTE', 'DELIVERED', [204]],
        ['DRAFT_FSSP', 'DELIVERED', [204]], ['SIGN_FSSP', 'DELIVERED', [204]],
      ]);
      // Not the name, the birth date, the phone, the community, the child's name, a note's text: not in the log, not in a body sent.
      const sent = receiver.received.map((r) => r.body).join('\n');
      const stored = JSON.stringify(await app.dataSource.query('SELECT d.body, a.* FROM webhook_delivery d JOIN webhook_attempt a ON a.delivery_id = d.id'));
      for (const text of [JSON.stringify(log), sent, stored]) expect(text).not.toMatch(/Ana|Kuzmin|Mika|1994-05-17|2022-03-01|907-555-0101|Bethel|noted/);
      const bodies = receiver.received.map((r) => JSON.parse(r.body));
      expect(bodies.find((b) => b.data.caseEvent === 'RECORD_CONTACT_ATTEMPT')).toMatchObject({ type: 'case.transition', data: { caseId: kase.id, caseVersion: 2, subjectType: 'Case' } });
      const [audit] = await app.dataSource.query(`SELECT field_groups, case_ids::text[] AS case_ids FROM access_log WHERE operation_name = 'Endpoints' AND staff_id = $1 ORDER BY accessed_at DESC LIMIT 1`, [app.fixtures.north.partner]);
      expect(audit).toEqual({ field_groups: ['NOTICES'], case_ids: [kase.id] });
    } finally {
      await sender.kill();
      await receiver.close();
      useWebhookConfig(app, config);
    }
  });
});
