import { isPrivateAddress, urlProblem } from '../../src/platform/webhooks/address';
import { startPlatformOn, startTestPlatform, type TestPlatform } from '../support/harness';
import { eventually, receiverVerifies, withReceiver } from '../support/webhook-receiver';

/**
 * Webhooks across restarts and crashes (the deliveries are an outbox, the attempts durable jobs in
 * PostgreSQL), and the private-address rule when the server does not allow it.
 */
const FAST = { webhooksAllowPrivate: true, webhookRetryBaseMs: 300, webhookRetryMaxMs: 600, webhookMaxAttempts: 6, jobPollMs: 100, webhookTimeoutMs: 1500 };
const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id } } }`;
const PING = `mutation($id: ID!) { testWebhook(id: $id) { id } }`;

describe('restarts', () => {
  // This server only takes requests (no job workers): what it writes is delivered by the servers started below.
  let api: TestPlatform;
  beforeAll(async () => {
    api = await startTestPlatform({ ...FAST, jobWorkers: false });
  });
  afterAll(() => api?.close());

  const status = async (id: string) => (await api.sql(`SELECT status, attempts FROM webhook_deliveries WHERE id = $1`, [id]))[0] as { status: string; attempts: number };

  it('a delivery pending when its server stops reaches the receiver once a server starts again', async () => {
    let up = false;
    await withReceiver(() => (up ? 200 : 503), async (receiver) => {
      const a = await api.createTenant('Restart');
      const { secret, subscription } = (await a.owner.ok(CREATE, { input: { url: receiver.url, eventTypes: 'webhook.ping' } })).createWebhookSubscription;
      const { id } = (await a.owner.ok(PING, { id: subscription.id })).testWebhook;
      const first = await startPlatformOn(api.databaseUrl, FAST);
      await eventually(async () => (await status(id)).attempts >= 1, 'the first (failed) attempt');
      await first.close();
      // Stopped with the delivery pending: its next attempt is a job in the database, nothing in memory.
      expect(await status(id)).toMatchObject({ status: 'RETRYING' });
      const attemptsWhileDown = receiver.received.length;
      up = true;
      const second = await startPlatformOn(api.databaseUrl, FAST);
      try {
        await eventually(async () => (await status(id)).status === 'DELIVERED', 'DELIVERED after the restart');
      } finally {
        await second.close();
      }
      expect(receiver.received.length).toBe(attemptsWhileDown + 1);
      const last = receiver.received[receiver.received.length - 1];
      expect(last.headers['x-webhook-id']).toBe(id);
      expect(receiverVerifies(secret, last.body, last.headers['x-webhook-signature'] as string)).toBe(true);
    });
  });

  it('a delivery whose job was lost (a crash between commit and queueing) is found by the sweep and sent', async () => {
    await withReceiver(undefined, async (receiver) => {
      const a = await api.createTenant('Crash');
      const { subscription } = (await a.owner.ok(CREATE, { input: { url: receiver.url, eventTypes: 'deal.create' } })).createWebhookSubscription;
      await a.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, { input: { title: 'Outbox', stageId: a.stages[0].id } });
      const [delivery] = await api.sql(`SELECT id FROM webhook_deliveries WHERE subscription_id = $1`, [subscription.id]);
      expect(delivery).toBeDefined();
      // The crash: the delivery row committed with the deal, its job never reached the queue. The job is queued
      // just after the commit, so it is waited for and then removed (as if never queued).
      const queued = `SELECT id FROM pgboss.job WHERE name = 'webhook-deliver' AND data->>'deliveryId' = $1`;
      await eventually(async () => (await api.sql(queued, [delivery.id])).length === 1, 'the job queued after the commit');
      const removed = await api.sql(`DELETE FROM pgboss.job WHERE name = 'webhook-deliver' AND data->>'deliveryId' = $1 RETURNING id`, [delivery.id]);
      expect(removed).toHaveLength(1);
      const server = await startPlatformOn(api.databaseUrl, FAST);
      try {
        await eventually(async () => (await status(delivery.id)).status === 'DELIVERED', 'DELIVERED by the sweep');
      } finally {
        await server.close();
      }
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0].json).toMatchObject({ type: 'deal.create', organizationId: a.organizationId });
    });
  });

  it('two servers on one database make each attempt once', async () => {
    await withReceiver(undefined, async (receiver) => {
      const a = await api.createTenant('Two servers');
      const { subscription } = (await a.owner.ok(CREATE, { input: { url: receiver.url, eventTypes: 'webhook.ping' } })).createWebhookSubscription;
      const one = await startPlatformOn(api.databaseUrl, FAST);
      const two = await startPlatformOn(api.databaseUrl, FAST);
      const ids: string[] = [];
      try {
        for (let i = 0; i < 10; i++) ids.push((await a.owner.ok(PING, { id: subscription.id })).testWebhook.id);
        await eventually(async () => {
          const rows = await api.sql(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE subscription_id = $1 AND status = 'DELIVERED'`, [subscription.id]);
          return rows[0].n === 10;
        }, 'all ten delivered');
      } finally {
        await one.close();
        await two.close();
      }
      expect(receiver.received.map((r) => r.headers['x-webhook-id']).sort()).toEqual([...ids].sort());
    });
  });
});

describe('private addresses, when not allowed', () => {
  let strict: TestPlatform;
  beforeAll(async () => {
    strict = await startTestPlatform({ webhooksAllowPrivate: false });
  });
  afterAll(() => strict?.close());

  it('refuses loopback, private, link-local and IPv6 loopback URLs, and a hostname resolving to loopback', async () => {
    const a = await strict.createTenant('Strict');
    for (const url of ['http://127.0.0.1:8080/hook', 'http://10.1.2.3/hook', 'http://169.254.169.254/latest', 'http://[::1]:8080/hook', 'http://localhost:8080/hook',
      'http://192.168.1.10/x', 'http://[::ffff:127.0.0.1]/x', 'http://0.0.0.0/x']) {
      const error = await a.owner.fails(CREATE, { input: { url, eventTypes: '*' } });
      expect({ url, code: error.extensions?.code, field: error.extensions?.field }).toEqual({ url, code: 'BAD_USER_INPUT', field: 'input.url' });
    }
    expect((await a.owner.ok(`{ webhookSubscriptions { totalCount } }`)).webhookSubscriptions.totalCount).toBe(0);
  });

  it('refuses moving an existing subscription to a private address', async () => {
    const a = await strict.createTenant('Strict update');
    // A public address literal: accepted without any DNS lookup.
    const { subscription } = (await a.owner.ok(CREATE, { input: { url: 'https://93.184.215.14/hook', eventTypes: '*' } })).createWebhookSubscription;
    const error = await a.owner.fails(`mutation($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { id } }`, { input: { id: subscription.id, url: 'http://10.0.0.7/x' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const [row] = await strict.sql(`SELECT url FROM webhook_subscriptions WHERE id = $1`, [subscription.id]);
    expect(row.url).toBe('https://93.184.215.14/hook');
  });

  it('judges every address family and IPv4 carried in IPv6', async () => {
    for (const address of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1',
      '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a00:1']) {
      expect({ address, private: isPrivateAddress(address) }).toEqual({ address, private: true });
    }
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect({ address, private: isPrivateAddress(address) }).toEqual({ address, private: false });
    }
    expect(await urlProblem('http://localhost/x', false)).toMatch(/loopback, private or link-local/);
    expect(await urlProblem('http://localhost/x', true)).toBeUndefined();
  });
});
