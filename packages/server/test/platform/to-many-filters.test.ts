import { allResources } from '../../src/platform/resource/definition';
import { fieldInfo, fieldsOf, tableOf } from '../../src/platform/resource/metadata';
import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform, statementsBeyondSession } from '../support/harness';

/**
 * `some` / `every` / `none` through to-many relations: EXISTS subqueries under the child's tenant
 * scope, trash filter and read rule, inside the one statement of the list.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let member: ApiClient & { userId: string };
let viewer: ApiClient & { userId: string };
const c: Record<string, string> = {};
const d: Record<string, string> = {};

const CREATE_COMPANY = `mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }`;
const CREATE_DEAL = `mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`;
const CREATE_ACTIVITY = `mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }`;
const COMPANIES = `query($w: CompanyWhere) { companies(where: $w, first: 100) { totalCount nodes { name } } }`;

async function names(client: ApiClient, where: unknown): Promise<string[]> {
  const { companies } = await client.ok(COMPANIES, { w: where });
  expect(companies.totalCount).toBe(companies.nodes.length);
  return companies.nodes.map((n: { name: string }) => n.name).sort();
}

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Relations A');
  b = await t.createTenant('Relations B');
  member = await t.addMember(a, 'MEMBER');
  viewer = await t.addMember(a, 'VIEWER');
  const won = a.stages.find((s) => s.type === 'WON')!.id;
  const open = a.stages[0].id;
  for (const name of ['Mixed', 'Open', 'Empty', 'Trashed', 'AllWon']) c[name] = (await a.owner.ok(CREATE_COMPANY, { i: { name } })).createCompany.id;
  const deal = async (key: string, company: string, stageId: string, value: string | null, who: ApiClient = a.owner) =>
    (d[key] = (await who.ok(CREATE_DEAL, { i: { title: key, companyId: c[company], stageId, value } })).createDeal.id);
  await deal('mixedWon', 'Mixed', won, '100.00');
  await deal('mixedOpen', 'Mixed', open, null, member);
  await deal('openSmall', 'Open', open, '10.00');
  await deal('trashedWon', 'Trashed', won, '500.00');
  await deal('allWon1', 'AllWon', won, '200.00');
  await deal('allWon2', 'AllWon', won, '300.00', member);
  await a.owner.ok(`mutation($id: ID!) { deleteDeal(id: $id) { id } }`, { id: d.trashedWon });
  await a.owner.ok(CREATE_ACTIVITY, { i: { type: 'CALL', subject: 'Call about mixed', dealId: d.mixedOpen } });
  await a.owner.ok(CREATE_ACTIVITY, { i: { type: 'MEETING', subject: 'Meet about open', dealId: d.openSmall } });

  // Another organization holds a company with the very same id as "Open", and a won deal at it.
  await t.sql(`INSERT INTO companies (organization_id, id, name) VALUES ($1, $2, 'Twin of Open')`, [b.organizationId, c.Open]);
  await b.owner.ok(CREATE_DEAL, { i: { title: 'Other tenant won', companyId: c.Open, stageId: b.stages.find((s) => s.type === 'WON')!.id, value: '9.00' } });
});
afterAll(() => t?.close());

const WON = { status: { eq: 'WON' } };

it('some: at least one live child of the same organization matches', async () => {
  expect(await names(a.owner, { deals: { some: WON } })).toEqual(['AllWon', 'Mixed']);
  // The other organization's won deal at the company with the same id makes no difference.
  expect(await names(b.owner, { deals: { some: WON } })).toEqual(['Twin of Open']);
});

it('none: no live child matches; a company without children matches', async () => {
  expect(await names(a.owner, { deals: { none: WON } })).toEqual(['Empty', 'Open', 'Trashed']);
  expect(await names(a.owner, { deals: { none: {} } })).toEqual(['Empty', 'Trashed']);
});

it('every: all live children match, true over an empty set; a child with no value fails a comparison', async () => {
  expect(await names(a.owner, { deals: { every: WON } })).toEqual(['AllWon', 'Empty', 'Trashed']);
  // Mixed's open deal has no value: NULL >= 50 is not true, so Mixed does not qualify.
  expect(await names(a.owner, { deals: { every: { value: { gte: '50' } } } })).toEqual(['AllWon', 'Empty', 'Trashed']);
  expect(await names(a.owner, { deals: { every: { value: { gte: '50' } }, some: {} } })).toEqual(['AllWon']);
});

it('a deal in the trash does not count, and counts again once restored', async () => {
  expect(await names(a.owner, { deals: { some: { title: { eq: 'trashedWon' } } } })).toEqual([]);
  await a.owner.ok(`mutation($id: ID!) { restoreDeal(id: $id) { id } }`, { id: d.trashedWon });
  try {
    expect(await names(a.owner, { deals: { some: WON } })).toEqual(['AllWon', 'Mixed', 'Trashed']);
  } finally {
    await a.owner.ok(`mutation($id: ID!) { deleteDeal(id: $id) { id } }`, { id: d.trashedWon });
  }
});

it('nests: some / none inside some, with to-one filters and OR / NOT around them', async () => {
  const openWithoutCall = { deals: { some: { status: { eq: 'OPEN' }, activities: { none: { type: { eq: 'CALL' } } } } } };
  expect(await names(a.owner, openWithoutCall)).toEqual(['Open']);
  expect(await names(a.owner, { deals: { none: { activities: { some: { type: { eq: 'CALL' } } } } } })).toEqual(['AllWon', 'Empty', 'Open', 'Trashed']);
  expect(await names(a.owner, { deals: { some: { stage: { type: { eq: 'WON' } }, owner: { name: { eq: 'member person' } } } } })).toEqual(['AllWon']);
  expect(await names(a.owner, { OR: [openWithoutCall, { deals: { every: WON, some: {} } }] })).toEqual(['AllWon', 'Open']);
  expect(await names(a.owner, { NOT: { deals: { some: {} } } })).toEqual(['Empty', 'Trashed']);
  // Deals through their company's other deals: deals whose company also has a won deal.
  const { deals } = await a.owner.ok(`query($w: DealWhere) { deals(where: $w) { nodes { title } } }`,
    { w: { status: { eq: 'OPEN' }, company: { deals: { some: WON } } } });
  expect(deals.nodes.map((n: { title: string }) => n.title)).toEqual(['mixedOpen']);
});

it('MEMBER and VIEWER see what their lists show', async () => {
  const LIST = `{ companies(first: 100) { nodes { name deals(first: 100) { nodes { status } } } } }`;
  for (const client of [member, viewer]) {
    const { companies } = await client.ok(LIST);
    const fromLists = companies.nodes.filter((n: any) => n.deals.nodes.some((x: any) => x.status === 'WON')).map((n: any) => n.name).sort();
    expect(await names(client, { deals: { some: WON } })).toEqual(fromLists);
    expect(fromLists).toEqual(['AllWon', 'Mixed']);
    const noneFromLists = companies.nodes.filter((n: any) => !n.deals.nodes.some((x: any) => x.status === 'WON')).map((n: any) => n.name).sort();
    expect(await names(client, { deals: { none: WON } })).toEqual(noneFromLists);
  }
});

it('stays one statement, whatever the nesting', async () => {
  const plain = await a.owner.raw(`query($w: CompanyWhere) { companies(where: $w) { nodes { id } } }`, { w: { name: { startsWith: 'A' } } });
  const nested = await a.owner.raw(`query($w: CompanyWhere) { companies(where: $w) { nodes { id } } }`,
    { w: { deals: { some: { status: { eq: 'OPEN' }, activities: { none: { type: { eq: 'CALL' } } } }, every: { value: { gte: '1' } } }, contacts: { none: {} } } });
  expect(nested.errors).toBeUndefined();
  expect(typeof statementsBeyondSession(plain)).toBe('number');
  expect(statementsBeyondSession(nested)).toBe(statementsBeyondSession(plain));
});

it('works in aggregates and the CSV export, and names a bad operator', async () => {
  const { companiesAggregate } = await a.owner.ok(`{ companiesAggregate(where: { deals: { some: { status: { eq: WON } } } }) { count } }`);
  expect(companiesAggregate).toEqual([{ count: 2 }]);
  const exportUrl = (where: unknown) => `${t.url}/export/companies.csv?fields=name&orderBy=${encodeURIComponent(JSON.stringify([{ field: 'name' }]))}&where=${encodeURIComponent(JSON.stringify(where))}`;
  const csv = await fetch(exportUrl({ deals: { none: WON } }), { headers: { authorization: `Bearer ${a.owner.token}` } });
  expect((await csv.text()).trim().split(/\r?\n/).slice(1)).toEqual(['Empty', 'Open', 'Trashed']);
  const bad = await fetch(exportUrl({ deals: { any: WON } }), { headers: { authorization: `Bearer ${a.owner.token}` } });
  expect(bad.status).toBe(400);
  expect(await bad.text()).toMatch(/where\.deals\.any/);
});

it('is on every declared hasMany relation, and agrees with a count by hand for each', async () => {
  const checked: string[] = [];
  for (const parent of allResources()) {
    for (const [name, relation] of Object.entries(parent.hasMany ?? {})) {
      const child = relation.resource();
      const alive = (alias: string, def: typeof parent) => (fieldsOf(def.entity).has('deletedAt') ? `AND ${alias}.deleted_at IS NULL` : '');
      const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM ${tableOf(parent.entity)} p WHERE p.organization_id = $1 ${alive('p', parent)}
        AND EXISTS (SELECT 1 FROM ${tableOf(child.entity)} c WHERE c.organization_id = p.organization_id AND c.${fieldInfo(child, relation.foreignKey).column} = p.id ${alive('c', child)})`, [a.organizationId]);
      const query = `query($w: ${parent.name}Where) { r: ${parent.plural}(where: $w) { totalCount } }`;
      const some = (await a.owner.ok(query, { w: { [name]: { some: {} } } })).r.totalCount;
      const none = (await a.owner.ok(query, { w: { [name]: { none: {} } } })).r.totalCount;
      const all = (await a.owner.ok(query, {})).r.totalCount;
      expect([`${parent.name}.${name}`, some, none]).toEqual([`${parent.name}.${name}`, n, all - n]);
      checked.push(`${parent.name}.${name}`);
    }
  }
  expect(checked.length).toBeGreaterThanOrEqual(11);
});

it('has an index starting with (organization_id, foreign key) for every hasMany relation', async () => {
  const indexes = await t.sql<{ table: string; columns: string[] }>(`
    SELECT c.relname AS table, array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public'`);
  const missing: string[] = [];
  for (const parent of allResources()) {
    for (const [name, relation] of Object.entries(parent.hasMany ?? {})) {
      const child = relation.resource();
      const fk = fieldInfo(child, relation.foreignKey).column;
      const table = tableOf(child.entity);
      if (!indexes.some((ix) => ix.table === table && ix.columns[0] === 'organization_id' && ix.columns[1] === fk)) missing.push(`${parent.name}.${name} (${table}.${fk})`);
    }
  }
  expect(missing).toEqual([]);
});
