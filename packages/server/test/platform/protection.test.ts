import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sha256 } from '../../src/platform/protection/persisted-operations';
import { ApiClient, startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** Every limit with a request just under it and one just over it, plus the HTTP rules of the API. */
const REGISTERED = 'query RegisteredDeals { deals(first: 5) { totalCount } }';
let t: TestPlatform;
let a: Tenant;
let manifestFile: string;

beforeAll(async () => {
  manifestFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crm-manifest-')), 'persisted-operations.json');
  fs.writeFileSync(manifestFile, JSON.stringify({ [sha256(REGISTERED)]: REGISTERED }));
  t = await startTestPlatform({ persistedOperationsFile: manifestFile });
  a = await t.createTenant('Limits');
});
afterAll(() => t?.close());

/** Through SQL, so that a tight limit under test cannot refuse its own reset. */
async function setLimits(limits: Record<string, number>) {
  await t.sql(`UPDATE organizations SET settings = jsonb_set(settings, '{apiLimits}', $2::jsonb) WHERE id = $1`, [a.organizationId, JSON.stringify(limits)]);
}

it('organization owners set their limits through updateOrganization', async () => {
  await a.owner.ok(`mutation($s: JSONObject!) { updateOrganization(input: { settings: $s }) { settings } }`, { s: { apiLimits: { maxDepth: 9 } } });
  const [row] = await t.sql(`SELECT settings FROM organizations WHERE id = $1`, [a.organizationId]);
  expect(row.settings.apiLimits.maxDepth).toBe(9);
});

describe('query limits (organization settings.apiLimits)', () => {
  afterEach(() => setLimits({}));

  it('depth', async () => {
    await setLimits({ maxDepth: 4 });
    expect((await a.owner.raw('{ deals { nodes { company { name } } } }')).errors).toBeUndefined();
    const over = await a.owner.raw('{ deals { nodes { company { owner { name } } } } }', {}, { accept: 'application/graphql-response+json' });
    expect(over.status).toBe(400);
    expect(over.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('aliases', async () => {
    await setLimits({ maxAliases: 3 });
    expect((await a.owner.raw('{ a: deals { totalCount } b: deals { totalCount } c: deals { totalCount } }')).errors).toBeUndefined();
    const over = await a.owner.raw('{ a: deals { totalCount } b: deals { totalCount } c: deals { totalCount } d: deals { totalCount } }');
    expect(over.errors?.[0].extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('directives', async () => {
    await setLimits({ maxDirectives: 2 });
    expect((await a.owner.raw('{ deals { totalCount @include(if: true) pageInfo @include(if: true) { hasNextPage } } }')).errors).toBeUndefined();
    const over = await a.owner.raw('{ deals { totalCount @include(if: true) pageInfo @include(if: true) { hasNextPage @skip(if: false) } } }');
    expect(over.errors?.[0].extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('document size and tokens', async () => {
    await setLimits({ maxDocumentBytes: 60, maxTokens: 1000 });
    const base = '{ deals { totalCount } }';
    expect((await a.owner.raw(base + ' '.repeat(60 - base.length))).errors).toBeUndefined();
    expect((await a.owner.raw(base + ' '.repeat(61 - base.length))).errors?.[0].extensions?.code).toBe('DOCUMENT_TOO_LARGE');
    await setLimits({ maxTokens: 6 });
    expect((await a.owner.raw('{ deals { totalCount } }')).errors).toBeUndefined(); // { deals { totalCount } } = 6 tokens
    expect((await a.owner.raw('{ deals { totalCount __typename } }')).errors?.[0].extensions?.code).toBe('TOO_MANY_TOKENS');
  });

  it('cost: a list costs its page size times its children, page sizes from variables included', async () => {
    await setLimits({ maxCost: 100 });
    const query = 'query($n: Int) { deals(first: $n) { nodes { id } } }';
    const under = await a.owner.raw(query, { n: 50 });
    expect(under.errors).toBeUndefined();
    expect((under.extensions as any)?.cost).toEqual({ requested: 100, limit: 100 });
    const over = await a.owner.raw(query, { n: 51 });
    expect(over.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const nested = await a.owner.raw('{ deals(first: 10) { nodes { activities(first: 10) { nodes { id } } } } }');
    expect(nested.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('rate limit with RateLimit headers and 429', async () => {
    // A fresh member: the window counts everything an identity sent in the last minute.
    const client = await t.addMember(a, 'VIEWER');
    await setLimits({ requestsPerMinute: 4 });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` }, body: JSON.stringify({ query: '{ deals { totalCount } }' }) });
      statuses.push(last.status);
      if (i === 0) expect(last.headers.get('ratelimit')).toMatch(/limit=4, remaining=3/);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await last!.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  // Ceilings over every limit, for organizations and API keys: limit-ceilings.test.ts.
});

describe('HTTP', () => {
  it('refuses bodies over the size limit (BODY_LIMIT, 4 MB by default) with 413', async () => {
    const body = (size: number) => JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(size) } });
    const post = (size: number) => fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(size) });
    expect((await post(3_000_000)).status).toBe(200);
    expect((await post(4_300_000)).status).toBe(413);
  });

  it('does not batch operations', async () => {
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) });
    expect(response.status).toBe(400);
  });

  it('serves queries over GET, refuses mutations over GET, and speaks application/graphql-response+json', async () => {
    const headers = { authorization: `Bearer ${a.owner.token}`, accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' };
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ deals { totalCount } }')}`, { headers });
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toContain('application/graphql-response+json');
    const mutation = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { logOut(refreshToken: "x") }')}`, { headers });
    expect(mutation.status).toBe(405);
    const parse = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ deals {' }) });
    expect(parse.status).toBe(400);
    const invalid = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) });
    expect(invalid.status).toBe(400);
  });

  it('sends a browser opening /graphql to the offline explorer, and loads nothing from a CDN', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }, redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/explorer');
    expect(await page.text()).not.toMatch(/cdn\.|apollographql\.com/);
    // A client asking for JSON still gets GraphQL's own answer.
    const api = await fetch(`${t.url}/graphql`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(api.status).toBe(400);
  });
});

describe('persisted operations', () => {
  const byHash = (client: ApiClient, hash: string, query?: string) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(client.token ? { authorization: `Bearer ${client.token}` } : {}), ...(client.apiKey ? { 'x-api-key': client.apiKey } : {}) },
      body: JSON.stringify({ ...(query ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

  it('accepts automatic persisted queries: unknown hash, then registered with the text, then by hash alone', async () => {
    const query = '{ deals(first: 3) { totalCount } }';
    const hash = sha256(query);
    expect((await byHash(a.owner, hash)).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await byHash(a.owner, hash, query)).body.data.deals.totalCount).toBe(0);
    expect((await byHash(a.owner, hash)).body.data.deals.totalCount).toBe(0);
  });

  it('lets a registered-operations-only API key run the manifest and nothing else', async () => {
    const { createApiKey } = await a.owner.ok(`mutation { createApiKey(input: { name: "mobile", role: MEMBER }) { key apiKey { id } } }`);
    await t.sql(`UPDATE api_keys SET registered_operations_only = true WHERE id = $1`, [createApiKey.apiKey.id]);
    const mobile = new ApiClient(t.url, undefined, undefined, createApiKey.key);
    expect((await byHash(mobile, sha256(REGISTERED))).body.data.deals.totalCount).toBe(0);
    expect((await mobile.raw(REGISTERED)).errors).toBeUndefined();
    const other = await mobile.raw('{ deals(first: 2) { totalCount } }');
    expect(other.errors?.[0].extensions?.code).toBe('OPERATION_NOT_REGISTERED');
    const { createApiKey: open } = await a.owner.ok(`mutation { createApiKey(input: { name: "analyst", role: VIEWER }) { key } }`);
    expect((await new ApiClient(t.url, undefined, undefined, open.key).raw('{ deals(first: 2) { totalCount } }')).errors).toBeUndefined();
  });
});

describe('idempotent retries', () => {
  it('creates once per key and returns the first result to a retry', async () => {
    const create = `mutation($input: CreateDealInput!, $key: String) { createDeal(input: $input, idempotencyKey: $key) { id title version } }`;
    const input = { title: 'Retry-safe deal', stageId: a.stages[0].id, value: '100.00' };
    const first = await a.owner.ok(create, { input, key: 'mobile-retry-0001' });
    const again = await a.owner.ok(create, { input, key: 'mobile-retry-0001' });
    expect(again.createDeal).toEqual(first.createDeal);
    const rows = await t.sql(`SELECT count(*)::int AS n FROM deals WHERE organization_id = $1 AND title = 'Retry-safe deal'`, [a.organizationId]);
    expect(rows[0].n).toBe(1);
    const different = await a.owner.fails(create, { input: { ...input, title: 'Other' }, key: 'mobile-retry-0001' });
    expect(different.extensions?.code).toBe('CONFLICT');
    const concurrent = await Promise.all([1, 2, 3].map(() => a.owner.ok(create, { input: { ...input, title: 'Concurrent' }, key: 'mobile-retry-0002' })));
    expect(new Set(concurrent.map((c) => c.createDeal.id)).size).toBe(1);
  });

  it('moves once per key', async () => {
    const { createDeal } = await a.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id version } }`, { input: { title: 'Move me once', stageId: a.stages[0].id } });
    const move = `mutation($input: MoveDealInput!) { moveDeal(input: $input) { id version stageId } }`;
    const input = { dealId: createDeal.id, toStageId: a.stages[1].id, expectedVersion: createDeal.version, idempotencyKey: 'move-retry-0001' };
    const first = await a.owner.ok(move, { input });
    const retry = await a.owner.ok(move, { input });
    expect(retry.moveDeal).toEqual(first.moveDeal);
    const changes = await t.sql(`SELECT count(*)::int AS n FROM deal_stage_changes WHERE deal_id = $1`, [createDeal.id]);
    expect(changes[0].n).toBe(2);
  });
});

describe('timeouts', () => {
  it('runs every API connection with the configured statement timeout', async () => {
    const client = await t.platform.appPool.connect();
    try {
      expect((await client.query('SHOW statement_timeout')).rows[0].statement_timeout).toBe('10s');
      await expect(client.query(`SET statement_timeout = 50; SELECT pg_sleep(1)`)).rejects.toThrow(/statement timeout/);
    } finally {
      client.release(true);
    }
  });
});

describe('introspection and suggestions', () => {
  it('lets only signed-in callers introspect', async () => {
    const anonymous = await t.anonymous.raw('{ __schema { queryType { name } } }', {}, { accept: 'application/graphql-response+json' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A type lookup answers as if no type existed (GraphQL over HTTP wants it answered without an error).
    expect((await t.anonymous.ok('{ __type(name: "Deal") { name } }')).__type).toBeNull();
    expect((await a.owner.ok('{ __schema { queryType { name } } }')).__schema.queryType.name).toBe('Query');
  });

  it('does not spell out field names to anonymous callers', async () => {
    const anonymous = await t.anonymous.raw('{ dealz { id } }');
    expect(anonymous.errors?.[0].message).toBe('Cannot query field "dealz" on type "Query".');
    const member = await a.owner.raw('{ dealz { id } }');
    expect(member.errors?.[0].message).toMatch(/Did you mean/);
  });
});

describe('API key limits', () => {
  it('applies the limits given when the key was created', async () => {
    const { createApiKey } = await a.owner.ok(`mutation { createApiKey(input: { name: "shallow", role: VIEWER, limits: { maxDepth: 3, bogus: 1 } }) { key apiKey { limits registeredOperationsOnly } } }`);
    expect(createApiKey.apiKey).toEqual({ limits: { maxDepth: 3 }, registeredOperationsOnly: false });
    const key = new ApiClient(t.url, undefined, undefined, createApiKey.key);
    expect((await key.raw('{ deals { nodes { id } } }')).errors).toBeUndefined();
    expect((await key.raw('{ deals { nodes { company { name } } } }')).errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('can be created for registered operations only', async () => {
    const { createApiKey } = await a.owner.ok(`mutation { createApiKey(input: { name: "app", role: MEMBER, registeredOperationsOnly: true }) { key } }`);
    const key = new ApiClient(t.url, undefined, undefined, createApiKey.key);
    expect((await key.raw(REGISTERED)).errors).toBeUndefined();
    expect((await key.raw('{ deals { totalCount } }')).errors?.[0].extensions?.code).toBe('OPERATION_NOT_REGISTERED');
  });
});

describe('maintenance', () => {
  it('purges idempotency keys after a day and long-dead refresh tokens', async () => {
    const { purgeExpired } = await import('../../src/platform/maintenance');
    await a.owner.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i, idempotencyKey: "old-key-0001") { id } }`, { i: { title: 'Old retry', stageId: a.stages[0].id } });
    await t.sql(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'old-key-0001'`);
    const before = (await t.sql(`SELECT count(*)::int AS n FROM idempotency_keys`))[0].n;
    const purged = await purgeExpired(t.platform.ownerPool);
    expect(purged.idempotencyKeys).toBe(1);
    expect((await t.sql(`SELECT count(*)::int AS n FROM idempotency_keys`))[0].n).toBe(before - 1);
  });
});
