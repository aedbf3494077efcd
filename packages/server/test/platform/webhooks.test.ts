import { key, placedOrder, RECORD_PAYMENT } from '../support/commerce';
import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';
import { eventually, receiverVerifies, startReceiver, withReceiver } from '../support/webhook-receiver';

/**
 * Webhooks through the real API and a real HTTP receiver: signing, retries with back-off recorded
 * in the delivery log, tenants kept apart, secrets shown once, ping and redelivery.
 */
let t: TestPlatform;
// Short back-off and polling for tests only; a local receiver needs private addresses allowed.
const FAST = { webhooksAllowPrivate: true, webhookRetryBaseMs: 150, webhookRetryMaxMs: 600, webhookMaxAttempts: 4, jobPollMs: 100, webhookTimeoutMs: 1500 };
beforeAll(async () => {
  t = await startTestPlatform(FAST);
});
afterAll(() => t?.close());

const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id url eventTypes active secretHint version } } }`;
const DELIVERIES = `query($where: WebhookDeliveryWhere) { webhookDeliveries(first: 50, where: $where) { totalCount nodes {
  id eventId eventType status responseCode attempts nextTryAt lastError deliveredAt redeliveries payload subscription { id } } } }`;
const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { id stageId } }`;
const MOVE_DEAL = `mutation($input: MoveDealInput!) { moveDeal(input: $input) { id status } }`;

const stage = (tenant: Tenant, name: string) => tenant.stages.find((s) => s.name === name)!.id;

async function subscribe(client: ApiClient, url: string, eventTypes: string) {
  return (await client.ok(CREATE, { input: { url, eventTypes, description: 'test' } })).createWebhookSubscription as { secret: string; subscription: { id: string; secretHint: string } };
}

async function deliveries(client: ApiClient, subscriptionId: string) {
  return (await client.ok(DELIVERIES, { where: { subscriptionId: { eq: subscriptionId } } })).webhookDeliveries.nodes as any[];
}

/** The subscription's latest delivery once `check` holds for it (polled: no timed assertion). */
async function deliveryWhen(client: ApiClient, subscriptionId: string, check: (d: any) => boolean, what: string) {
  return eventually(async () => {
    const [latest] = await deliveries(client, subscriptionId);
    return latest && check(latest) && latest;
  }, what);
}

async function winDeal(tenant: Tenant, title = 'Big one') {
  const deal = (await tenant.owner.ok(CREATE_DEAL, { input: { title, value: '1000.00', stageId: stage(tenant, 'New') } })).createDeal;
  await tenant.owner.ok(MOVE_DEAL, { input: { dealId: deal.id, toStageId: stage(tenant, 'Closed Won') } });
  return deal.id as string;
}

describe('delivery and signing', () => {
  it('a won deal reaches the subscriber of deal.won, signed with its secret, with an id to deduplicate by', async () => {
    await withReceiver(undefined, async (receiver) => {
      const a = await t.createTenant('Signing');
      const { secret, subscription } = await subscribe(a.owner, receiver.url, 'deal.won');
      expect(secret).toMatch(/^whsec_/);
      expect(subscription.secretHint).toBe(secret.slice(0, 12));
      const dealId = await winDeal(a);
      const [request] = await eventually(() => receiver.received.length >= 1 && receiver.received, 'the delivery');
      expect(receiverVerifies(secret, request.body, request.headers['x-webhook-signature'] as string)).toBe(true);
      expect(receiverVerifies('whsec_not-the-secret', request.body, request.headers['x-webhook-signature'] as string)).toBe(false);
      // A replayed request outside the window is refused by the receiver's check.
      expect(receiverVerifies(secret, request.body, request.headers['x-webhook-signature'] as string, Math.floor(Date.now() / 1000) + 3600)).toBe(false);
      expect(request.json).toEqual({
        id: expect.any(String), type: 'deal.won', occurredAt: expect.any(String), organizationId: a.organizationId,
        data: expect.objectContaining({ resource: 'Deal', action: 'MOVE', recordId: dealId, status: 'WON', previousStatus: 'OPEN' }),
      });
      const delivery = await deliveryWhen(a.owner, subscription.id, (d) => d.status === 'DELIVERED', 'DELIVERED in the log');
      expect(delivery).toMatchObject({ eventType: 'deal.won', responseCode: 200, attempts: 1, nextTryAt: null, lastError: null, eventId: request.json.id });
      expect(delivery.deliveredAt).not.toBeNull();
      expect(request.headers['x-webhook-id']).toBe(delivery.id);
      expect(request.headers['x-webhook-event']).toBe('deal.won');
      // The deal's creation matched no type of the subscription: it has this one delivery only.
      expect(await deliveries(a.owner, subscription.id)).toHaveLength(1);
    });
  });

  it('another module\'s event reaches its subscribers through the same bus: an order paid in full is order.paid', async () => {
    await withReceiver(undefined, async (receiver) => {
      const a = await t.createTenant('Orders');
      const { subscription } = await subscribe(a.owner, receiver.url, 'order.paid');
      const orderId = await placedOrder(a.owner, false);
      // A first part payment does not pay the order; the rest does.
      await a.owner.ok(RECORD_PAYMENT, { input: { orderId, amount: '15.00', paymentMethod: 'CASH', idempotencyKey: key('pay') } });
      expect(await deliveries(a.owner, subscription.id)).toEqual([]);
      await a.owner.ok(RECORD_PAYMENT, { input: { orderId, amount: '25.00', paymentMethod: 'CASH', idempotencyKey: key('pay') } });
      const delivery = await deliveryWhen(a.owner, subscription.id, (d) => d.status === 'DELIVERED', 'order.paid delivered');
      expect(delivery.eventType).toBe('order.paid');
      expect(receiver.received.map((r) => r.json)).toEqual([expect.objectContaining({ type: 'order.paid', data: expect.objectContaining({ resource: 'Order', action: 'PAID', recordId: orderId }) })]);
    });
  });

  it('the secret is shown once: no field returns it, the row keeps it encrypted, the audit log leaves it out', async () => {
    const a = await t.createTenant('Secrets');
    const { secret, subscription } = await subscribe(a.owner, 'http://127.0.0.1:9/x', 'deal.*');
    const asked = await a.owner.raw(`{ webhookSubscriptions { nodes { id secret } } }`);
    expect(asked.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const asCiphertext = await a.owner.raw(`{ webhookSubscriptions { nodes { id secretCiphertext } } }`);
    expect(asCiphertext.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const [row] = await t.sql(`SELECT secret_ciphertext FROM webhook_subscriptions WHERE id = $1`, [subscription.id]);
    expect(row.secret_ciphertext).not.toContain(secret.slice(6));
    const audit = await t.sql(`SELECT coalesce(old_values::text, '') || coalesce(new_values::text, '') AS v FROM audit_logs WHERE entity_id = $1`, [subscription.id]);
    expect(audit.length).toBeGreaterThan(0);
    for (const entry of audit) expect(entry.v).not.toContain(secret.slice(6));
    for (const entry of audit) expect(entry.v).not.toContain('secretCiphertext');
    const rotated = (await a.owner.ok(`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret subscription { id secretHint } } }`, { id: subscription.id })).rotateWebhookSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(secret);
    expect(rotated.subscription.secretHint).toBe(rotated.secret.slice(0, 12));
  });

  it('after a rotation deliveries are signed with the new secret only', async () => {
    await withReceiver(undefined, async (receiver) => {
      const a = await t.createTenant('Rotation');
      const { secret: old, subscription } = await subscribe(a.owner, receiver.url, 'webhook.ping');
      const { secret } = (await a.owner.ok(`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: subscription.id })).rotateWebhookSecret;
      const ping = (await a.owner.ok(`mutation($id: ID!) { testWebhook(id: $id) { id eventType status } }`, { id: subscription.id })).testWebhook;
      expect(ping).toMatchObject({ eventType: 'webhook.ping', status: 'PENDING' });
      const [request] = await eventually(() => receiver.received.length >= 1 && receiver.received, 'the ping');
      expect(request.json).toMatchObject({ type: 'webhook.ping', organizationId: a.organizationId, data: { subscriptionId: subscription.id } });
      expect(request.headers['x-webhook-id']).toBe(ping.id);
      expect(receiverVerifies(secret, request.body, request.headers['x-webhook-signature'] as string)).toBe(true);
      expect(receiverVerifies(old, request.body, request.headers['x-webhook-signature'] as string)).toBe(false);
    });
  });

  it('a subscription gets the event types it names (deal.* takes create and move, not activities); an inactive one gets nothing', async () => {
    await withReceiver(undefined, async (receiver) => {
      const a = await t.createTenant('Types');
      const { subscription: all } = await subscribe(a.owner, receiver.url, 'deal.*');
      const { subscription: off } = await subscribe(a.owner, receiver.url, '*');
      await a.owner.ok(`mutation($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { active } }`, { input: { id: off.id, active: false } });
      await winDeal(a);
      // The log is written with the change: its content does not depend on timing.
      const types = (await deliveries(a.owner, all.id)).map((d) => d.eventType).sort();
      expect(types).toEqual(['deal.create', 'deal.won']);
      expect(await deliveries(a.owner, off.id)).toEqual([]);
    });
  });
});

describe('retries', () => {
  it('a receiver failing twice then answering 200 gets 3 attempts, each recorded with its code and next try', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // 1st: 500 at once; 2nd: held until the log was looked at, then 503; 3rd: 200.
    await withReceiver(async (n) => (n === 1 ? 500 : n === 2 ? held.then(() => 503) : 200), async (receiver) => {
      const a = await t.createTenant('Retries');
      const { subscription } = await subscribe(a.owner, receiver.url, 'deal.won');
      await winDeal(a);
      await eventually(() => receiver.received.length >= 2, 'the second attempt');
      const [afterFirst] = await deliveries(a.owner, subscription.id);
      expect(afterFirst).toMatchObject({ status: 'RETRYING', attempts: 1, responseCode: 500, lastError: 'HTTP 500', deliveredAt: null });
      expect(afterFirst.nextTryAt).not.toBeNull();
      release();
      const done = await deliveryWhen(a.owner, subscription.id, (d) => d.status === 'DELIVERED', 'DELIVERED after retries');
      expect(done).toMatchObject({ attempts: 3, responseCode: 200, nextTryAt: null });
      expect(receiver.received).toHaveLength(3);
      // Every attempt carries the same delivery and event id: the receiver deduplicates by them.
      expect(new Set(receiver.received.map((r) => r.headers['x-webhook-id']))).toEqual(new Set([done.id]));
      expect(new Set(receiver.received.map((r) => r.json.id))).toEqual(new Set([done.eventId]));
      expect(receiver.received.map((r) => r.headers['x-webhook-attempt'])).toEqual(['1', '2', '3']);
      // Exponential back-off: the wait before the third attempt is longer than before the second.
      const [first, second, third] = receiver.received.map((r) => r.at);
      expect(second - first).toBeGreaterThanOrEqual(150);
      expect(third - second).toBeGreaterThanOrEqual(300);
    });
  });

  it('connection refused on every attempt: FAILED after the bounded attempts, no next try', async () => {
    const closed = await startReceiver();
    const url = closed.url;
    await closed.close();
    const a = await t.createTenant('Refused');
    const { subscription } = await subscribe(a.owner, url, 'deal.won');
    await winDeal(a);
    const failed = await deliveryWhen(a.owner, subscription.id, (d) => d.status === 'FAILED', 'FAILED');
    expect(failed).toMatchObject({ attempts: 4, responseCode: null, nextTryAt: null, deliveredAt: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
  });

  it('a receiver that never answers: the attempt ends at the request timeout and is retried', async () => {
    let release!: () => void;
    const never = new Promise<number>((resolve) => (release = () => resolve(200)));
    await withReceiver(() => never, async (receiver) => {
      const a = await t.createTenant('Timeout');
      const { subscription } = await subscribe(a.owner, receiver.url, 'webhook.ping');
      await a.owner.ok(`mutation($id: ID!) { testWebhook(id: $id) { id } }`, { id: subscription.id });
      const delivery = await deliveryWhen(a.owner, subscription.id, (d) => d.attempts >= 1, 'the first attempt recorded');
      expect(delivery).toMatchObject({ status: 'RETRYING', responseCode: null, lastError: 'No answer within 1500 ms' });
      release();
    });
  });

  it('a redirect is not followed (it could lead to a private address): the attempt fails with its code', async () => {
    await withReceiver(() => ({ status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data' } }), async (receiver) => {
      const a = await t.createTenant('Redirect');
      const { subscription } = await subscribe(a.owner, receiver.url, 'webhook.ping');
      await a.owner.ok(`mutation($id: ID!) { testWebhook(id: $id) { id } }`, { id: subscription.id });
      const delivery = await deliveryWhen(a.owner, subscription.id, (d) => d.attempts >= 1, 'the first attempt recorded');
      expect(delivery).toMatchObject({ responseCode: 302, lastError: 'Redirect (302) not followed' });
      expect(delivery.status === 'RETRYING' || delivery.status === 'FAILED').toBe(true);
    });
  });

  it('redeliverWebhook sends a delivered event again with the same ids and a fresh run of attempts', async () => {
    await withReceiver(undefined, async (receiver) => {
      const a = await t.createTenant('Redeliver');
      const { subscription } = await subscribe(a.owner, receiver.url, 'webhook.ping');
      const ping = (await a.owner.ok(`mutation($id: ID!) { testWebhook(id: $id) { id } }`, { id: subscription.id })).testWebhook;
      await deliveryWhen(a.owner, subscription.id, (d) => d.status === 'DELIVERED', 'the ping delivered');
      const again = (await a.owner.ok(`mutation($id: ID!) { redeliverWebhook(id: $id) { id status attempts redeliveries } }`, { id: ping.id })).redeliverWebhook;
      expect(again).toMatchObject({ id: ping.id, status: 'PENDING', attempts: 0, redeliveries: 1 });
      await eventually(() => receiver.received.length >= 2, 'the redelivery');
      expect(receiver.received[1].headers['x-webhook-id']).toBe(ping.id);
      expect(receiver.received[1].json.id).toBe(receiver.received[0].json.id);
      const delivered = await deliveryWhen(a.owner, subscription.id, (d) => d.status === 'DELIVERED', 'DELIVERED again');
      expect(delivered).toMatchObject({ attempts: 1, redeliveries: 1 });
    });
  });
});

describe('tenants and roles', () => {
  it('a subscription receives only its organization\'s events, and neither organization sees the other\'s log', async () => {
    const receiverA = await startReceiver();
    const receiverB = await startReceiver();
    try {
      const a = await t.createTenant('Tenant A');
      const b = await t.createTenant('Tenant B');
      const { subscription: subA } = await subscribe(a.owner, receiverA.url, '*');
      const { subscription: subB } = await subscribe(b.owner, receiverB.url, '*');
      await winDeal(a, 'A deal');
      await winDeal(b, 'B deal');
      // The deliveries are written with each change: every row of B's subscription is B's.
      const rowsB = await t.sql(`SELECT organization_id, payload->>'organizationId' AS event_org FROM webhook_deliveries WHERE subscription_id = $1`, [subB.id]);
      expect(rowsB.length).toBeGreaterThan(0);
      expect(new Set(rowsB.map((r) => `${r.organization_id}/${r.event_org}`))).toEqual(new Set([`${b.organizationId}/${b.organizationId}`]));
      const rowsA = await t.sql(`SELECT 1 FROM webhook_deliveries WHERE subscription_id = $1`, [subA.id]);
      await eventually(() => receiverA.received.length >= rowsA.length && receiverB.received.length >= rowsB.length, 'both receivers');
      expect(new Set(receiverA.received.map((r) => r.json.organizationId))).toEqual(new Set([a.organizationId]));
      expect(new Set(receiverB.received.map((r) => r.json.organizationId))).toEqual(new Set([b.organizationId]));
      expect((await b.owner.ok(`{ webhookSubscriptions { nodes { id } } }`)).webhookSubscriptions.nodes).toEqual([{ id: subB.id }]);
      expect(await deliveries(b.owner, subA.id)).toEqual([]);
      const other = await b.owner.fails(`mutation($id: ID!) { testWebhook(id: $id) { id } }`, { id: subA.id });
      expect(other.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await receiverA.close();
      await receiverB.close();
    }
  });

  it('only ADMIN and above manage subscriptions and read deliveries; a MEMBER\'s change still reaches them', async () => {
    await withReceiver(undefined, async (receiver) => {
      const a = await t.createTenant('Roles');
      const admin = await t.addMember(a, 'ADMIN');
      const manager = await t.addMember(a, 'MANAGER');
      const member = await t.addMember(a, 'MEMBER');
      const { subscription } = await subscribe(admin, receiver.url, 'deal.create');
      for (const client of [manager, member]) {
        expect((await client.fails(CREATE, { input: { url: receiver.url, eventTypes: '*' } })).extensions?.code).toBe('FORBIDDEN');
        expect((await client.fails(`{ webhookDeliveries { nodes { id } } }`)).extensions?.code).toBe('FORBIDDEN');
        expect((await client.fails(`mutation($id: ID!) { testWebhook(id: $id) { id } }`, { id: subscription.id })).extensions?.code).toBe('FORBIDDEN');
      }
      await member.ok(CREATE_DEAL, { input: { title: 'By a member', stageId: stage(a, 'New') } });
      await eventually(() => receiver.received.length >= 1, 'the member\'s deal');
      expect(receiver.received[0].json).toMatchObject({ type: 'deal.create', data: { resource: 'Deal', actorUserId: member.userId } });
    });
  });
});

describe('input', () => {
  it('bad event types and URLs are refused with BAD_USER_INPUT and write nothing', async () => {
    const a = await t.createTenant('Input');
    for (const eventTypes of ['', 'Deal.won', 'deal', 'deal.won,,', 'deal.won; drop']) {
      const error = await a.owner.fails(CREATE, { input: { url: 'http://127.0.0.1:9/x', eventTypes } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
    for (const url of ['ftp://example.com/x', 'not a url', 'http://user:pw@127.0.0.1/x']) {
      const error = await a.owner.fails(CREATE, { input: { url, eventTypes: '*' } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    }
    expect((await a.owner.ok(`{ webhookSubscriptions { totalCount } }`)).webhookSubscriptions.totalCount).toBe(0);
  });
});
