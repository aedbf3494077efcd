import 'reflect-metadata';
import { testPlatformFile, type ApiClient, type GqlResult, type Tenant } from '../support/harness';

/**
 * A member's compiled read on a connection already opened for them skips the session opener: its
 * one statement also returns app_session_token, and the rows stand only if that token is still
 * the one the request was authorized from (DbSession.oneChecked). One pooled connection here, so
 * every request lands on the connection the previous one left.
 */
const file = testPlatformFile({ dbPoolSize: 1 });
let a: Tenant;
let b: Tenant;
let manager: ApiClient & { userId: string };

const DEALS = `{ deals(first: 10) { totalCount nodes { id title } } }`;
const openers = (r: GqlResult) => r.extensions?.sessionOpeners;

beforeAll(async () => {
  const { t } = file;
  a = await t.createTenant('Reused Co');
  b = await t.createTenant('Other Co');
  manager = await t.addMember(a, 'MANAGER');
  for (const [tenant, title] of [[a, 'Ours'], [b, 'Theirs']] as const) {
    await tenant.owner.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`, { i: { title, value: '10.00', stageId: tenant.stages[0].id } });
  }
});

const titles = (r: GqlResult) => r.data.deals.nodes.map((n: { title: string }) => n.title);

it('a member reading again on the connection opened for them sends one statement, which checks the session', async () => {
  await a.owner.ok(DEALS);
  const again = await a.owner.raw(DEALS);
  expect(again.errors).toBeUndefined();
  expect(titles(again)).toEqual(['Ours']);
  expect({ statements: again.extensions?.sqlStatements, openers: openers(again) }).toEqual({ statements: 1, openers: 0 });
  const client = await file.t.platform.appPool.connect();
  try {
    const { rows } = await client.query(`SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%app_session_token%' AND statement LIKE '%"deals"%'`);
    expect(rows.length).toBeGreaterThan(0);
  } finally {
    client.release();
  }
});

it('another organization’s member on the same connection has the session opened for them, and sees only their own', async () => {
  await a.owner.ok(DEALS);
  for (let i = 0; i < 2; i++) {
    for (const [tenant, title] of [[b, 'Theirs'], [a, 'Ours']] as const) {
      const read = await tenant.owner.raw(DEALS);
      expect(titles(read)).toEqual([title]);
      expect(openers(read)).toBe(1);
    }
  }
});

it('a connection whose session was changed behind the API is opened again before anything is answered', async () => {
  await a.owner.ok(DEALS);
  for (const organization of [b.organizationId, '']) {
    // The API's one connection, set to another organization (or none) by hand, and given back.
    const client = await file.t.platform.appPool.connect();
    try {
      await client.query(`SELECT set_config('app.organization_id', $1, false)`, [organization]);
    } finally {
      client.release();
    }
    const read = await a.owner.raw(DEALS);
    expect(read.errors).toBeUndefined();
    expect(titles(read)).toEqual(['Ours']);
    expect(openers(read)).toBe(1);
  }
});

it('a changed role is checked in the next request: a read is answered under the new role, a write refused', async () => {
  await manager.ok(DEALS);
  expect(openers(await manager.raw(DEALS))).toBe(0);
  await a.owner.ok(`mutation($u: ID!) { changeMemberRole(userId: $u, role: VIEWER) { id } }`, { u: manager.userId });
  const read = await manager.raw(DEALS);
  expect(read.errors).toBeUndefined();
  expect(titles(read)).toEqual(['Ours']);
  expect(openers(read)).toBe(1);

  // Warm again as a manager, then made a viewer: the write is checked under the new role, not the remembered one.
  await a.owner.ok(`mutation($u: ID!) { changeMemberRole(userId: $u, role: MANAGER) { id } }`, { u: manager.userId });
  await manager.ok(DEALS);
  await a.owner.ok(`mutation($u: ID!) { changeMemberRole(userId: $u, role: VIEWER) { id } }`, { u: manager.userId });
  const write = await manager.raw(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`, { i: { title: 'Not written', value: '1.00', stageId: a.stages[0].id } });
  expect(write.data?.createDeal ?? null).toBeNull();
  expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(openers(write)).toBe(1);
  const [{ count }] = await file.t.sql<{ count: string }>(`SELECT count(*) FROM deals WHERE organization_id = $1 AND title = 'Not written'`, [a.organizationId]);
  expect(Number(count)).toBe(0);
});

it('a member removed is refused at once, exactly as when the session is opened afresh', async () => {
  const leaving = await file.t.addMember(a, 'MEMBER');
  await leaving.ok(DEALS);
  expect(openers(await leaving.raw(DEALS))).toBe(0);
  await a.owner.ok(`mutation($u: ID!) { removeMember(userId: $u) { id } }`, { u: leaving.userId });
  const first = await leaving.raw(DEALS);
  const second = await leaving.raw(DEALS);
  const strip = (r: GqlResult) => ({ status: r.status, data: r.data, errors: r.errors?.map((e) => ({ code: e.extensions?.code, path: e.path })) });
  expect(strip(first)).toEqual(strip(second));
  expect(first.data?.deals ?? null).toBeNull();
  expect(first.errors?.length).toBeGreaterThan(0);
  expect(JSON.stringify(first)).not.toContain('Ours');
});

it('a membership ended behind the API, on the connection still open for the member: the check in the statement refuses the rows', async () => {
  const leaving = await file.t.addMember(a, 'MEMBER');
  await leaving.ok(DEALS);
  const warm = await leaving.raw(DEALS);
  expect({ titles: titles(warm), openers: openers(warm) }).toEqual({ titles: ['Ours'], openers: 0 });
  // Not through the API: the one pooled connection is still the one opened for this member.
  await file.t.sql(`UPDATE memberships SET deleted_at = now() WHERE organization_id = $1 AND user_id = $2`, [a.organizationId, leaving.userId]);
  const refused = await leaving.raw(DEALS);
  expect(refused.data?.deals ?? null).toBeNull();
  expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(JSON.stringify(refused)).not.toContain('Ours');
});

it('changed organization limits are a changed session too', async () => {
  await a.owner.ok(DEALS);
  expect(openers(await a.owner.raw(DEALS))).toBe(0);
  await file.t.sql(`UPDATE organizations SET settings = jsonb_set(coalesce(settings, '{}'), '{apiLimits}', '{"maxAliases": 1}') WHERE id = $1`, [a.organizationId]);
  const read = await a.owner.raw(DEALS);
  expect(titles(read)).toEqual(['Ours']);
  expect(openers(read)).toBe(1);
  const aliased = await a.owner.raw(`{ one: deals(first: 1) { totalCount } two: deals(first: 2) { totalCount } }`);
  expect(aliased.errors?.[0].extensions?.code).toBe('TOO_MANY_ALIASES');
  expect(openers(await a.owner.raw(DEALS))).toBe(0);
  await file.t.sql(`UPDATE organizations SET settings = settings - 'apiLimits' WHERE id = $1`, [a.organizationId]);
});

it('a per-minute limit raised since the remembered answer: a request refused under the old one is decided again under the new', async () => {
  const member = await file.t.addMember(a, 'VIEWER');
  const post = () => fetch(`${member.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` }, body: JSON.stringify({ query: DEALS }) });
  await file.t.sql(`UPDATE organizations SET settings = jsonb_set(coalesce(settings, '{}'), '{apiLimits}', '{"requestsPerMinute": 2}') WHERE id = $1`, [a.organizationId]);
  try {
    expect([(await post()).status, (await post()).status, (await post()).status]).toEqual([200, 200, 429]);
    await file.t.sql(`UPDATE organizations SET settings = jsonb_set(settings, '{apiLimits}', '{"requestsPerMinute": 5}') WHERE id = $1`, [a.organizationId]);
    const raised = await post();
    expect(raised.status).toBe(200);
    expect(raised.headers.get('ratelimit')).toMatch(/limit=5, remaining=1/);
  } finally {
    await file.t.sql(`UPDATE organizations SET settings = settings - 'apiLimits' WHERE id = $1`, [a.organizationId]);
  }
});
