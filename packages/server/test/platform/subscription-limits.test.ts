import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/**
 * Subscriptions have limits of their own (per connection, per user or key, the rate limit, depth
 * and cost), cost one check per caller per event however many subscriptions wait for it, and end
 * for a member removed or a key revoked before they hear anything more.
 */
let t: TestPlatform;
let a: Tenant;
const PER_CONNECTION = 4;
const PER_IDENTITY = 6;

beforeAll(async () => {
  t = await startTestPlatform({ subscriptionsPerConnection: PER_CONNECTION, subscriptionsPerIdentity: PER_IDENTITY });
  a = await t.createTenant('Subscription limits');
});
afterAll(() => t?.close());

const DEAL_EVENTS = `subscription($p: ID!) { dealEvents(pipelineId: $p) { action dealId deal { title } } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, check: () => boolean, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

interface Sub { events: any[]; errors: any[]; completed: boolean }

function connect(params: Record<string, string>) {
  const client: Client = createClient({ url: `${t.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: params, retryAttempts: 0, lazy: false });
  const subs: Sub[] = [];
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  return {
    connected,
    subs,
    subscribe(query = DEAL_EVENTS, variables: Record<string, unknown> = { p: a.pipelineId }): Sub {
      const sub: Sub = { events: [], errors: [], completed: false };
      client.subscribe({ query, variables }, {
        next: (v) => sub.events.push(v),
        error: (e) => sub.errors.push(e),
        complete: () => { sub.completed = true; },
      });
      subs.push(sub);
      return sub;
    },
    close: () => client.dispose(),
  };
}

const codeOf = (sub: Sub) => (sub.errors[0] as { extensions?: { code?: string } }[] | undefined)?.[0]?.extensions?.code;
const createDeal = (client = a.owner, title = 'Live') => client.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`, { i: { title, stageId: a.stages[0].id } });

it('caps the subscriptions of one connection, and of one user across connections, with a clear code', async () => {
  const first = connect({ authorization: `Bearer ${a.owner.token}` });
  await first.connected;
  const subs = Array.from({ length: PER_CONNECTION + 1 }, () => first.subscribe());
  await waitFor('the refusal', () => subs.some((s) => s.errors.length > 0));
  expect(subs.filter((s) => s.errors.length > 0).map(codeOf)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);

  const second = connect({ authorization: `Bearer ${a.owner.token}` });
  await second.connected;
  const more = Array.from({ length: PER_CONNECTION }, () => second.subscribe());
  await waitFor('the refusals', () => more.filter((s) => s.errors.length > 0).length === PER_CONNECTION * 2 - PER_IDENTITY);
  expect(more.filter((s) => s.errors.length > 0).map(codeOf)).toEqual(Array(PER_CONNECTION * 2 - PER_IDENTITY).fill('TOO_MANY_SUBSCRIPTIONS'));

  // Completing subscriptions frees their places.
  await first.close();
  await sleep(200);
  const later = second.subscribe();
  await sleep(300);
  expect(later.errors).toEqual([]);
  const { createDeal: deal } = await createDeal();
  await waitFor('the event', () => later.events.some((e) => e.data?.dealEvents.dealId === deal.id));
  await second.close();
});

it('applies the depth and cost limits to subscriptions, and refuses queries over the socket', async () => {
  const c = connect({ authorization: `Bearer ${a.owner.token}` });
  await c.connected;
  const deep = c.subscribe(`subscription($p: ID!) { dealEvents(pipelineId: $p) { deal { ${'company { deals(first: 200) { nodes { '.repeat(6)}id${' } } }'.repeat(6)} } } }`);
  const query = c.subscribe('{ me { user { id } } }', {});
  await waitFor('both refusals', () => deep.errors.length > 0 && query.errors.length > 0);
  expect(['DEPTH_LIMIT_EXCEEDED', 'COST_LIMIT_EXCEEDED', 'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY']).toContain(codeOf(deep));
  expect(codeOf(query)).toBe('BAD_REQUEST');
  await c.close();
});

it('one event costs one check per caller, however many of its subscriptions wait for it', async () => {
  const c = connect({ authorization: `Bearer ${a.owner.token}` });
  await c.connected;
  const subs = Array.from({ length: PER_CONNECTION }, () => c.subscribe());
  await sleep(400);
  let checkouts = 0;
  const count = () => { checkouts++; };
  t.platform.appPool.on('acquire', count);
  try {
    // The event is announced after the mutation's own request ended; count from then on.
    const { createDeal: deal } = await createDeal(a.owner, 'Shared read');
    const before = checkouts;
    await waitFor('every subscription to hear it', () => subs.every((s) => s.events.some((e) => e.data?.dealEvents.dealId === deal.id)));
    expect(subs.map((s) => s.events.find((e) => e.data?.dealEvents.dealId === deal.id).data.dealEvents.deal.title)).toEqual(Array(PER_CONNECTION).fill('Shared read'));
    // The membership check and the read (at most two checkouts), shared by all four subscriptions.
    expect(checkouts - before).toBeLessThanOrEqual(2);
  } finally {
    t.platform.appPool.off('acquire', count);
  }
  await c.close();
});

it('a removed member hears nothing more, and the subscription ends', async () => {
  const rep = await t.addMember(a, 'MEMBER', 'Leaving rep');
  const c = connect({ authorization: `Bearer ${rep.token}` });
  await c.connected;
  const sub = c.subscribe();
  await sleep(300);
  const { createDeal: seen } = await createDeal(a.owner, 'Seen by the rep');
  await waitFor('the first event', () => sub.events.some((e) => e.data?.dealEvents.dealId === seen.id));
  await a.owner.ok(`mutation($u: ID!) { removeMember(userId: $u) { userId } }`, { u: rep.userId });
  await createDeal(a.owner, 'After the removal');
  await waitFor('the subscription to end', () => sub.completed || sub.errors.length > 0);
  expect(sub.events).toHaveLength(1);
  await c.close();
});

it('a revoked API key hears nothing more, and the subscription ends', async () => {
  const { createApiKey } = await a.owner.ok(`mutation { createApiKey(input: { name: "live", role: VIEWER }) { key apiKey { id } } }`);
  const c = connect({ apiKey: createApiKey.key });
  await c.connected;
  const sub = c.subscribe();
  await sleep(300);
  const { createDeal: seen } = await createDeal(a.owner, 'Seen by the key');
  await waitFor('the first event', () => sub.events.some((e) => e.data?.dealEvents.dealId === seen.id));
  await a.owner.ok(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: createApiKey.apiKey.id });
  await createDeal(a.owner, 'After the revocation');
  await waitFor('the subscription to end', () => sub.completed || sub.errors.length > 0);
  expect(sub.events).toHaveLength(1);
  await c.close();
});

it('counts subscription starts against the caller\'s rate limit', async () => {
  const { createApiKey } = await a.owner.ok(`mutation { createApiKey(input: { name: "slow", role: VIEWER, limits: { requestsPerMinute: 3 } }) { key } }`);
  const c = connect({ apiKey: createApiKey.key });
  await c.connected;
  const subs = Array.from({ length: 4 }, () => c.subscribe());
  await waitFor('the refusal', () => subs.some((s) => s.errors.length > 0));
  expect(subs.filter((s) => s.errors.length > 0).map(codeOf)).toEqual(['RATE_LIMITED']);
  await c.close();
});
