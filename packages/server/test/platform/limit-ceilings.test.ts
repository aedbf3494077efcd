import { CEILING, DEFAULT_LIMITS, effectiveLimits, type QueryLimits } from '../../src/platform/protection/limits';
import { ApiClient, startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/**
 * No organization (settings.apiLimits) and no API key (limits) can raise a limit above its hard
 * ceiling: each limit raised to ten times its ceiling still lets a request at the ceiling through
 * and refuses one just over it, naming the ceiling.
 */
let t: TestPlatform;
let a: Tenant;
let viaKey: ApiClient;
let viaOrganization: ApiClient;
const RAISED = Object.fromEntries(Object.entries(CEILING).map(([k, v]) => [k, v * 10]));

/** Selection sets nested `depth` deep (the operation's own counts as the first), cheap at every level. */
function nested(depth: number): string {
  const chain = ['deals(first: 1)', 'nodes', 'company'];
  const fields = Array.from({ length: depth - 1 }, (_, i) => chain[i % chain.length]);
  return `{ ${fields.map((f) => `${f} { `).join('')}__typename${' }'.repeat(fields.length)} }`;
}
/** Exactly `count` lexical tokens; repeated spreads of one fragment, which validation compares only once. */
const tokens = (count: number) => `{ ${'__typename '.repeat(1 + (count % 2))}${'...F '.repeat(Math.floor((count - 10) / 2))}} fragment F on Query { __typename }`;

interface Probe {
  at: (ceiling: number) => string;
  over: (ceiling: number) => string;
  code: string;
  message: (ceiling: number) => RegExp;
}

/** One request at and one just over each ceiling; a limit without a probe fails the suite. */
const PROBES: Partial<Record<keyof QueryLimits, Probe>> = {
  maxDepth: { at: nested, over: (c) => nested(c + 1), code: 'QUERY_TOO_DEEP', message: (c) => new RegExp(`deeper than ${c} levels`) },
  maxAliases: {
    at: (c) => `{ ${Array.from({ length: c }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    over: (c) => `{ ${Array.from({ length: c + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    code: 'TOO_MANY_ALIASES', message: (c) => new RegExp(`at most ${c} are allowed`),
  },
  maxDirectives: {
    at: (c) => `{ ${'__typename @include(if: true) '.repeat(c)}}`,
    over: (c) => `{ ${'__typename @include(if: true) '.repeat(c + 1)}}`,
    code: 'TOO_MANY_DIRECTIVES', message: (c) => new RegExp(`at most ${c} are allowed`),
  },
  maxDocumentBytes: {
    at: (c) => `{ __typename }`.padEnd(c, ' '),
    over: (c) => `{ __typename }`.padEnd(c + 1, ' '),
    code: 'DOCUMENT_TOO_LARGE', message: (c) => new RegExp(`at most ${c} are allowed`),
  },
  // The parser stops at the same ceiling (app.ts parseOptions), so over it the parser answers.
  maxTokens: { at: tokens, over: (c) => tokens(c + 1), code: 'GRAPHQL_PARSE_FAILED', message: (c) => new RegExp(` ${c} tokens`) },
  maxCost: {
    at: () => `{ deals(first: 1) { totalCount } }`,
    over: () => `{ deals(first: 200) { nodes { activities(first: 200) { nodes { company { deals(first: 200) { totalCount } } } } } } }`,
    code: 'QUERY_TOO_COMPLEX', message: (c) => new RegExp(`the limit is ${c}\\.`),
  },
};

beforeAll(async () => {
  // The deployment's own rate (tests run at 10,000) below the ceiling, so that raising it shows.
  t = await startTestPlatform({ rateLimitPerMinute: 600 });
  a = await t.createTenant('Ceilings');
  const member = await t.addMember(a, 'ADMIN');
  viaOrganization = member;
  // The key is made by the owner; its limits are then raised behind the API's back, past the clamp at creation.
  const { createApiKey } = await a.owner.ok(`mutation { createApiKey(input: { name: "raised", role: VIEWER }) { key apiKey { id } } }`);
  await t.sql(`UPDATE api_keys SET limits = $2::jsonb WHERE id = $1`, [createApiKey.apiKey.id, JSON.stringify(RAISED)]);
  viaKey = new ApiClient(t.url, undefined, undefined, createApiKey.key);
});
afterAll(() => t?.close());

it('has a probe for every limit', () => {
  expect(Object.keys(CEILING).filter((k) => !(k in PROBES) && k !== 'requestsPerMinute')).toEqual([]);
});

it('clamps every limit an organization or API key sets to the ceiling, and keeps lower ones', () => {
  expect(effectiveLimits(null, RAISED)).toEqual(CEILING);
  expect(effectiveLimits(null, {}, RAISED)).toEqual(CEILING);
  const lower = Object.fromEntries(Object.entries(DEFAULT_LIMITS).map(([k, v]) => [k, v - 1]));
  expect(effectiveLimits(null, RAISED, lower)).toEqual(lower);
});

it.each([0, -5, 1.5, '100', null, true])('ignores %p, which is not a positive whole number, from anyone', (bad) => {
  expect(effectiveLimits(null)).toEqual(DEFAULT_LIMITS);
  expect(effectiveLimits({ maxDepth: bad as number }, { maxAliases: bad }, { maxCost: bad })).toEqual(DEFAULT_LIMITS);
});

it('takes the operator’s settings as given, past the ceiling, and lets tenants go up to them', () => {
  expect(effectiveLimits({ requestsPerMinute: 50_000 })).toEqual({ ...DEFAULT_LIMITS, requestsPerMinute: 50_000 });
  expect(effectiveLimits({ requestsPerMinute: 50_000 }, { requestsPerMinute: 80_000 }).requestsPerMinute).toBe(50_000);
  expect(effectiveLimits({ requestsPerMinute: 50_000 }, { requestsPerMinute: 30_000 }).requestsPerMinute).toBe(30_000);
  // Missing organization settings or key limits are skipped, later ones still apply.
  expect(effectiveLimits(undefined, null, undefined, { maxDepth: 3 })).toEqual({ ...DEFAULT_LIMITS, maxDepth: 3 });
});

it('stores an API key’s limits clamped to the ceiling', async () => {
  const { createApiKey } = await a.owner.ok(`mutation($l: JSONObject!) { createApiKey(input: { name: "greedy", role: VIEWER, limits: $l }) { apiKey { limits } } }`, { l: RAISED });
  expect(createApiKey.apiKey.limits).toEqual(CEILING);
});

describe.each([
  ['an organization', () => viaOrganization, () => t.sql(`UPDATE organizations SET settings = jsonb_set(settings, '{apiLimits}', $2::jsonb) WHERE id = $1`, [a.organizationId, JSON.stringify(RAISED)])],
  ['an API key', () => viaKey, () => t.sql(`UPDATE organizations SET settings = jsonb_set(settings, '{apiLimits}', '{}'::jsonb) WHERE id = $1`, [a.organizationId])],
] as const)('raised by %s', (_who, client, arrange) => {
  beforeAll(() => arrange());

  it.each(Object.entries(PROBES) as [keyof QueryLimits, Probe][])('%s stops at the ceiling', async (limit, probe) => {
    const ceiling = CEILING[limit];
    expect(ceiling).toBeGreaterThan(DEFAULT_LIMITS[limit]);
    const at = await client().raw(probe.at(ceiling));
    expect(at.errors).toBeUndefined();
    const over = await client().raw(probe.over(ceiling));
    expect(over.errors?.[0].extensions?.code).toBe(probe.code);
    expect(over.errors?.[0].message).toMatch(probe.message(ceiling));
  });

  it('requestsPerMinute stops at the ceiling', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST', body: JSON.stringify({ query: '{ __typename }' }),
      headers: { 'content-type': 'application/json', ...(client().token ? { authorization: `Bearer ${client().token}` } : { 'x-api-key': client().apiKey! }) },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-limit')).toBe(String(CEILING.requestsPerMinute));
  });
});
