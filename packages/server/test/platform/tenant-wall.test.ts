import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { allResources, singularOf, type ResourceDefinition } from '../../src/platform/resource/definition';
import { tableOf } from '../../src/platform/resource/metadata';
import { readState } from '../support/database';
import { dealWithLineItem } from '../support/commerce';
import { createFixture, textFieldOf, writableResources } from '../support/fixture-generator';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { loyaltyAndMailRows } from '../support/loyalty-mail';
import { webhookRows } from '../support/webhook-receiver';

/**
 * The application's own tenant wall, with the database's taken away: the API runs as a role that
 * has the app role's grants but BYPASSRLS, so every statement sees every organization's rows and
 * only the scope builder (and the hand-written filters) keep tenant B out of tenant A's answers.
 */
const role = `crm_wall_${randomBytes(4).toString('hex')}`;
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
/** Per resource: the ids each tenant holds (and A's not in the trash), read from the database. */
const held = new Map<string, { a: string[]; aLive: string[]; b: string[] }>();
/** Every id of tenant B, of any resource. */
let ofB = new Set<string>();

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: readState().serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function idsOf(def: ResourceDefinition, tenant: Tenant, liveOnly = false): Promise<string[]> {
  const table = tableOf(def.entity);
  // to_jsonb: tables without deleted_at have no such key, so all their rows are live.
  const live = liveOnly ? `AND to_jsonb(x) ->> 'deleted_at' IS NULL` : '';
  const rows = def.tenantScoped === false
    ? await t.sql(`SELECT x.id FROM "${table}" x WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = $1 AND m.user_id = x.id) ${live} ORDER BY x.id`, [tenant.organizationId])
    : await t.sql(`SELECT x.id FROM "${table}" x WHERE x.organization_id = $1 ${live} ORDER BY x.id`, [tenant.organizationId]);
  return rows.map((r) => r.id);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Ids of tenant B anywhere in a response. */
const fromB = (value: unknown) => (JSON.stringify(value ?? null).match(UUID) ?? []).filter((id) => ofB.has(id));

/** The tenant's default pipeline as the database has it: the setup must not lean on the code under test. */
async function ownPipeline(tenant: Tenant): Promise<Tenant> {
  const [pipeline] = await t.sql(`SELECT id FROM pipelines WHERE organization_id = $1 AND is_default`, [tenant.organizationId]);
  const stages = await t.sql(`SELECT id, name, type, probability::float, position FROM pipeline_stages WHERE organization_id = $1 AND pipeline_id = $2 ORDER BY position`, [tenant.organizationId, pipeline.id]);
  return { ...tenant, pipelineId: pipeline.id, stages };
}

/** Identical data in both tenants: same names, so searches and filters match in both. */
async function populate(tenant: Tenant): Promise<void> {
  for (const def of writableResources()) {
    for (let n = 1; n <= 3; n++) await createFixture(def, tenant, { n, relations: 'all' });
  }
  await tenant.owner.ok(`mutation { createApiKey(input: { name: "wall", role: VIEWER }) { key } }`);
  await tenant.owner.ok(`mutation($e: String!) { inviteMember(input: { email: $e, role: VIEWER }) { token } }`, { e: `invitee-${randomBytes(4).toString('hex')}@example.com` });
  await t.addMember(tenant, 'MEMBER');
  await dealWithLineItem(tenant.owner, tenant.stages[0].id);
  await loyaltyAndMailRows(t.url, tenant);
  await webhookRows(tenant.owner);
  // One row in the trash, so lists asked for withDeleted are covered too.
  const { id } = await createFixture(writableResources()[0], tenant, { n: 99 });
  await tenant.owner.ok(`mutation($id: ID!) { delete${writableResources()[0].name}(id: $id) { id } }`, { id });
}

beforeAll(async () => {
  await admin((c) => c.query(`CREATE ROLE ${role} NOLOGIN BYPASSRLS IN ROLE crm_app`));
  t = await startTestPlatform({ appDbRole: role });
  a = await ownPipeline(await t.createTenant('Wall A'));
  b = await ownPipeline(await t.createTenant('Wall B'));
  await populate(a);
  await populate(b);
  for (const def of allResources()) held.set(def.name, { a: await idsOf(def, a), aLive: await idsOf(def, a, true), b: await idsOf(def, b) });
  ofB = new Set([...held.values()].flatMap((ids) => ids.b));
}, 120_000);
afterAll(async () => {
  await t?.close();
  await admin((c) => c.query(`DROP ROLE IF EXISTS ${role}`));
});

const resources = allResources().map((def) => [def.name, def] as const);

it('runs the API on a connection that row-level security does not filter', async () => {
  const client = await t.platform.appPool.connect();
  try {
    await client.query('SELECT * FROM app_begin_session($1, $2)', [a.organizationId, a.userId]);
    const [row] = (await client.query(`SELECT current_user AS who, (SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user) AS bypass,
      (SELECT count(DISTINCT organization_id)::int FROM companies) AS organizations`)).rows;
    expect(row).toEqual({ who: role, bypass: true, organizations: 2 });
  } finally {
    client.release();
  }
});

it('has rows of every resource in both tenants', () => {
  const empty = [...held].filter(([, ids]) => !ids.a.length || !ids.b.length).map(([name]) => name);
  expect(empty).toEqual([]);
});

describe.each(resources)('%s', (_name, def) => {
  const list = `query($first: Int, $after: String) { r: ${def.plural}(first: $first, after: $after, withDeleted: true) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;

  it('lists and counts only tenant A', async () => {
    const { r } = await a.owner.ok(list, { first: 200 });
    const ids = r.nodes.map((n: any) => n.id);
    expect(fromB(ids)).toEqual([]);
    expect([...ids].sort()).toEqual(held.get(def.name)!.a);
    expect(r.totalCount).toBe(held.get(def.name)!.a.length);
    expect(r.pageInfo.hasNextPage).toBe(false);
  });

  it('finds none of tenant B by id, and its own', async () => {
    const { aLive: mine, b: theirs } = held.get(def.name)!;
    const found: unknown[] = [];
    // In groups under the alias limit; each id through the by-id loader.
    for (let i = 0; i < theirs.length; i += 25) {
      const group = theirs.slice(i, i + 25);
      const data = await a.owner.ok(`{ ${group.map((id, j) => `r${j}: ${singularOf(def)}(id: "${id}") { id }`).join(' ')} }`);
      found.push(...group.map((_, j) => data[`r${j}`]));
    }
    expect(found).toEqual(theirs.map(() => null));
    expect((await a.owner.ok(`query($id: ID!) { r: ${singularOf(def)}(id: $id) { id } }`, { id: mine[0] })).r).toEqual({ id: mine[0] });
  });

  it('aggregates only tenant A', async () => {
    const { [`${def.plural}Aggregate`]: rows } = await a.owner.ok(`{ ${def.plural}Aggregate { count } }`);
    expect(rows).toEqual([{ count: held.get(def.name)!.aLive.length }]);
  });

  it('loads relations of tenant A only', async () => {
    const relations = [
      ...Object.keys(def.belongsTo ?? {}).map((field) => `${field} { id }`),
      ...Object.keys(def.hasMany ?? {}).map((field) => `${field}(first: 20, withDeleted: true) { totalCount nodes { id } }`),
    ].join(' ');
    // As many as tenant A holds (the audit log outgrew a fixed 100 as resources were added), each with its relations.
    const { r } = await a.owner.ok(`{ r: ${def.plural}(first: ${Math.max(1, held.get(def.name)!.a.length)}, withDeleted: true) { nodes { id ${relations} } } }`);
    expect(r.nodes.length).toBe(held.get(def.name)!.a.length);
    expect(fromB(r)).toEqual([]);
  });

  it('exports only tenant A as CSV', async () => {
    const response = await fetch(`${t.url}/export/${def.plural}.csv?fields=id`, { headers: { authorization: `Bearer ${a.owner.token}` } });
    expect(response.status).toBe(200);
    const [header, ...lines] = (await response.text()).trim().split('\r\n');
    expect(header).toBe('id');
    expect(fromB(lines)).toEqual([]);
    expect(lines.sort()).toEqual(held.get(def.name)!.aLive);
  });
});

describe.each(writableResources().map((def) => [def.name, def] as const))('%s writes', (_name, def) => {
  it('cannot update, delete or restore a row of tenant B', async () => {
    const text = await textFieldOf(def, a.owner);
    const victim = held.get(def.name)!.b[0];
    const before = await t.sql(`SELECT * FROM "${tableOf(def.entity)}" WHERE id = $1`, [victim]);
    for (const op of [`update${def.name}(id: $id, input: { ${text}: "stolen" })`, `delete${def.name}(id: $id)`, `restore${def.name}(id: $id)`]) {
      const error = await a.owner.fails(`mutation($id: ID!) { r: ${op} { id } }`, { id: victim });
      expect([op, error.extensions?.code]).toEqual([op, 'NOT_FOUND']);
    }
    expect(await t.sql(`SELECT * FROM "${tableOf(def.entity)}" WHERE id = $1`, [victim])).toEqual(before);
  });
});

describe('search', () => {
  it('finds only tenant A in the global search', async () => {
    const { search } = await a.owner.ok(`{ search(query: "name", first: 100) { id type } }`);
    const ofA = new Set([...held.values()].flatMap((ids) => ids.a));
    expect(search.length).toBeGreaterThan(0);
    expect(fromB(search)).toEqual([]);
    expect(search.filter((hit: any) => !ofA.has(hit.id))).toEqual([]);
  });

  it.each(allResources().filter((def) => def.virtualFilters?.search).map((def) => [def.name, def] as const))('%s: the search filter keeps to tenant A', async (_name, def) => {
    const text = await textFieldOf(def, a.owner);
    const { r } = await a.owner.ok(`{ r: ${def.plural}(first: 200, where: { search: "${text}" }) { nodes { id } } }`);
    const ids = r.nodes.map((n: any) => n.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(fromB(ids)).toEqual([]);
  });
});

describe('board and reports', () => {
  it('shows tenant A its own pipeline and nothing of tenant B, given B’s pipeline id', async () => {
    const deals = held.get('Deal')!;
    const board = `query($p: ID!) { board(pipelineId: $p) { count columns { stage { id } deals(first: 200) { nodes { id } } } } }`;
    const own = (await a.owner.ok(board, { p: a.pipelineId })).board;
    expect(own.count).toBe(deals.a.length);
    expect(own.columns.flatMap((c: any) => c.deals.nodes.map((n: any) => n.id)).sort()).toEqual(deals.a);
    const theirs = await a.owner.raw(board, { p: b.pipelineId });
    expect(fromB(theirs.data)).toEqual([]);
  });

  it('sums only tenant A in the pipeline summary', async () => {
    const { pipelineSummary } = await a.owner.ok(`query($p: ID!) { pipelineSummary(pipelineId: $p) { stageId count } }`, { p: a.pipelineId });
    expect(pipelineSummary.reduce((sum: number, s: any) => sum + s.count, 0)).toBe(held.get('Deal')!.a.length);
    const { pipelineSummary: theirs } = await a.owner.ok(`query($p: ID!) { pipelineSummary(pipelineId: $p) { stageId count } }`, { p: b.pipelineId });
    expect(theirs).toEqual([]);
  });
});
