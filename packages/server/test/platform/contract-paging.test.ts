import { allResources, type ResourceDefinition } from '../../src/platform/resource/definition';
import { declaredFields } from '../../src/platform/resource/fields';
import { fieldInfo, tableOf, type FieldInfo } from '../../src/platform/resource/metadata';
import { createFixture, FixtureError } from '../support/fixture-generator';
import { dealWithLineItem, placedOrder } from '../support/commerce';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { loyaltySeeders } from '../support/loyalty-mail';
import { webhookRows } from '../support/webhook-receiver';

/**
 * Keyset paging over every sortable field of every resource: NULLs, ties, ASC and DESC, forward
 * (first/after) and backward (last/before) in pages of 2, against one full page and against the
 * order the values were arranged in. Values are set directly in the database, so fields no input
 * writes (createdAt, closedAt, position) are covered as well.
 */
let t: TestPlatform;
const ROWS = 7;
const SCREAMING = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** How each read-only resource gets rows: through the API that makes them. */
const SEEDERS: Record<string, (tenant: Tenant) => Promise<void>> = {
  User: (tenant) => times(ROWS - 1, () => t.addMember(tenant, 'VIEWER')),
  Membership: (tenant) => times(ROWS - 1, () => t.addMember(tenant, 'VIEWER')),
  ApiKey: (tenant) => times(ROWS, (i) => tenant.owner.ok(`mutation($n: String!) { createApiKey(input: { name: $n, role: VIEWER }) { key } }`, { n: `key ${i}` })),
  Invitation: (tenant) => times(ROWS, (i) => tenant.owner.ok(`mutation($e: String!) { inviteMember(input: { email: $e, role: VIEWER }) { token } }`, { e: `invitee${i}-${tenant.organizationId.slice(0, 8)}@example.com` })),
  AuditLog: (tenant) => times(ROWS, () => createFixture(byName('Team'), tenant)),
  DealStageChange: (tenant) => times(ROWS, () => createFixture(byName('Deal'), tenant)),
  DocumentVersion: (tenant) => times(ROWS, () => createFixture(byName('Document'), tenant)),
  // Unpaid, so totals can be arranged freely (amount paid never exceeds the total).
  Order: (tenant) => times(ROWS, () => placedOrder(tenant.owner, false)),
  OrderItem: (tenant) => times(ROWS, () => placedOrder(tenant.owner, false)),
  Payment: (tenant) => times(ROWS, () => placedOrder(tenant.owner)),
  InventoryAdjustment: (tenant) => times(ROWS, () => placedOrder(tenant.owner, false)),
  DealLineItem: (tenant) => times(ROWS, () => dealWithLineItem(tenant.owner, tenant.stages[0].id)),
  ...loyaltySeeders(() => t.url, ROWS),
  // Each makes a subscription and its first delivery (a ping).
  WebhookSubscription: (tenant) => times(ROWS, () => webhookRows(tenant.owner)),
  WebhookDelivery: (tenant) => times(ROWS, () => webhookRows(tenant.owner)),
};

async function times(count: number, make: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < count; i++) await make(i);
}

function byName(name: string): ResourceDefinition {
  const def = allResources().find((r) => r.name === name);
  if (!def) throw new Error(`No resource ${name}`);
  return def;
}

async function seed(def: ResourceDefinition, tenant: Tenant): Promise<void> {
  if (def.createInput) return times(ROWS, (i) => createFixture(def, tenant, { n: i + 1 }));
  const seeder = SEEDERS[def.name];
  if (!seeder) throw new FixtureError(`No way to make rows of read-only resource ${def.name}: add it to SEEDERS in contract-paging.test.ts`);
  return seeder(tenant);
}

/** The ids of the tenant's rows of a resource, as the database holds them (no API in between). */
async function rowIds(def: ResourceDefinition, tenant: Tenant): Promise<string[]> {
  const table = tableOf(def.entity);
  const rows = def.tenantScoped === false
    ? await t.sql(`SELECT u.id FROM "${table}" u WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = $1 AND m.user_id = u.id) ORDER BY u.id`, [tenant.organizationId])
    : await t.sql(`SELECT id FROM "${table}" WHERE organization_id = $1 ORDER BY id`, [tenant.organizationId]);
  return rows.map((r) => r.id);
}

/** A value of the column's type for a rank; equal ranks are ties, null sorts as the largest value. */
function valueOf(def: ResourceDefinition, info: FieldInfo, rank: number): unknown {
  switch (info.kind) {
    case 'string': return `sort${String(rank).padStart(5, '0')}@example.com`;
    // Whole numbers: some Float fields are integer columns (positions).
    case 'int': case 'float': return rank * 10;
    case 'decimal': return `${rank * 10}.50`;
    case 'date': return new Date(Date.UTC(2026, 0, 1) + rank * 86_400_000).toISOString().slice(0, 10);
    case 'datetime': return new Date(Date.UTC(2026, 0, 1) + rank * 1000).toISOString();
    default: throw new Error(`${def.name}.${info.property}: no sort values for kind ${info.kind}; extend valueOf in contract-paging.test.ts`);
  }
}

/** Whether a unique index may refuse ties on this column (users.email; a column of a natural key such as custom metrics' name + time). */
async function unique(table: string, column: string): Promise<boolean> {
  const indexes = await t.sql<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1 AND indexdef LIKE 'CREATE UNIQUE%'`, [table]);
  return indexes.some(({ indexdef }) => {
    const columns = indexdef.slice(indexdef.indexOf('(') + 1, indexdef.lastIndexOf(')')).split(',').map((c) => c.trim().replace(/"/g, '')).filter((c) => c !== 'organization_id');
    return columns.includes(column) || columns.includes(`lower((${column})::text)`);
  });
}

// Ties, and NULLs in runs of up to three (so that page boundaries fall inside and at the edge of them).
const TIED = [1, 0, 2, 1, 0, 2, 0];
const TIED_WITH_NULLS = [1, null, 0, 1, null, 0, null];

interface Arranged { ids: string[]; ranks: Map<string, Map<string, number | null>> }

async function arrange(def: ResourceDefinition, tenant: Tenant): Promise<Arranged> {
  const ids = await rowIds(def, tenant);
  const table = tableOf(def.entity);
  const ranks = new Map<string, Map<string, number | null>>();
  // A column PostgreSQL computes (netProfit) cannot be set: its ranks are the values it took from the arranged columns.
  const generated = new Set(declaredFields(def.entity).filter((f) => f.generated).map((f) => f.property));
  for (const [c, property] of def.sortable.entries()) {
    const info = fieldInfo(def, property);
    if (info.property === 'id' || generated.has(property)) continue;
    const distinct = await unique(table, info.column);
    const perRow = new Map<string, number | null>();
    for (const [i, id] of ids.entries()) {
      const k = (i + 2 * c) % TIED.length;
      const rank = distinct ? (info.nullable && k % 3 === 1 ? null : ((i * 7919) % 10007)) : info.nullable ? TIED_WITH_NULLS[k] : TIED[k];
      perRow.set(id, rank);
      await t.sql(`UPDATE "${table}" SET "${info.column}" = $1 WHERE id = $2`, [rank === null ? null : valueOf(def, info, rank), id]);
    }
    ranks.set(property, perRow);
  }
  for (const property of def.sortable.filter((p) => generated.has(p))) {
    const rows = await t.sql<{ id: string; v: string | null }>(`SELECT id, "${fieldInfo(def, property).column}"::text AS v FROM "${table}" WHERE id = ANY($1::uuid[])`, [ids]);
    ranks.set(property, new Map(rows.map((r) => [r.id, r.v === null ? null : Number(r.v)])));
  }
  return { ids, ranks };
}

type Order = { field: string; direction: 'ASC' | 'DESC' }[];

/** The order the arranged values must come back in: NULL last ascending, first descending, then id. */
function expectedOrder(arranged: Arranged, order: Order): string[] {
  const compare = (a: string, b: string): number => {
    for (const { field, direction } of order) {
      const ra = arranged.ranks.get(field)!.get(a)!;
      const rb = arranged.ranks.get(field)!.get(b)!;
      const x = ra === null ? Infinity : ra;
      const y = rb === null ? Infinity : rb;
      if (x !== y) return direction === 'ASC' ? x - y : y - x;
    }
    const tieBreak = order[order.length - 1].direction;
    return tieBreak === 'ASC' ? (a < b ? -1 : 1) : (a < b ? 1 : -1);
  };
  return [...arranged.ids].sort(compare);
}

const listQuery = (def: ResourceDefinition) => `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: [${def.name}OrderBy!]) {
  r: ${def.plural}(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;

async function pageThrough(def: ResourceDefinition, tenant: Tenant, orderBy: unknown, backward: boolean, rows: number) {
  const ids: string[] = [];
  const flags: boolean[] = [];
  let cursor: string | null = null;
  // One page more than the rows need: a cursor that does not advance ends the walk at once.
  for (let page = 0; page <= Math.ceil(rows / 2); page++) {
    const variables = backward ? { last: 2, before: cursor, orderBy } : { first: 2, after: cursor, orderBy };
    const { r }: any = await tenant.owner.ok(listQuery(def), variables);
    const got = r.edges.map((e: any) => e.node.id);
    if (backward) ids.unshift(...got);
    else ids.push(...got);
    const more = backward ? r.pageInfo.hasPreviousPage : r.pageInfo.hasNextPage;
    flags.push(more);
    if (!more) break;
    cursor = backward ? r.pageInfo.startCursor : r.pageInfo.endCursor;
  }
  return { ids, flags };
}

const arranged = new Map<string, { tenant: Tenant; arranged: Arranged }>();

// Every resource here; the mutation run (scripts/mutation.mjs) names a few that between them sort by every kind of column.
const only = process.env.CONTRACT_PAGING_RESOURCES?.split(',');
const resources = only ? only.map(byName) : allResources();

beforeAll(async () => {
  // Values are arranged in the database: no job may change a row meanwhile (a webhook attempt moves its delivery's nextTryAt).
  t = await startTestPlatform({ jobWorkers: false });
  for (const def of resources) {
    const tenant = await t.createTenant(`Paging ${def.name}`);
    await seed(def, tenant);
    arranged.set(def.name, { tenant, arranged: await arrange(def, tenant) });
  }
}, 300_000);
afterAll(() => t?.close());

const orders = resources.flatMap((def) => {
  const single = def.sortable.flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => [{ field, direction }]));
  // Two fields in opposite directions: the equality branches of the keyset carry the first value.
  const pairs = def.sortable.slice(1).map((second, i) => [{ field: def.sortable[i], direction: 'ASC' as const }, { field: second, direction: 'DESC' as const }]);
  return [...single, ...pairs].map((order) => [def.name, order.map((o) => `${o.field} ${o.direction}`).join(', '), def, order] as const);
});

describe.each(orders)('%s by %s', (_name, _label, def, order) => {
  const orderBy = order.map((o) => ({ field: SCREAMING(o.field), direction: o.direction }));

  it('returns one full page in the arranged order, NULLs last ascending and first descending', async () => {
    const { tenant, arranged: rows } = arranged.get(def.name)!;
    expect(rows.ids.length).toBeGreaterThanOrEqual(ROWS);
    const { r } = await tenant.owner.ok(listQuery(def), { first: 200, orderBy });
    expect(r.edges.map((e: any) => e.node.id)).toEqual(expectedOrder(rows, order));
    expect(r.pageInfo.hasNextPage).toBe(false);
  });

  it('pages forward in pages of 2 to exactly the full page', async () => {
    const { tenant, arranged: rows } = arranged.get(def.name)!;
    const { ids, flags } = await pageThrough(def, tenant, orderBy, false, rows.ids.length);
    expect(ids).toEqual(expectedOrder(rows, order));
    expect(flags).toEqual([...Array(Math.ceil(rows.ids.length / 2) - 1).fill(true), false]);
  });

  it('pages backward in pages of 2 to exactly the full page', async () => {
    const { tenant, arranged: rows } = arranged.get(def.name)!;
    const { ids, flags } = await pageThrough(def, tenant, orderBy, true, rows.ids.length);
    expect(ids).toEqual(expectedOrder(rows, order));
    expect(flags).toEqual([...Array(Math.ceil(rows.ids.length / 2) - 1).fill(true), false]);
  });
});

it('covers every sortable field of every resource', () => {
  const covered = new Set(orders.map(([name, , , order]) => `${name}.${order[0].field}`));
  expect(resources.flatMap((def) => def.sortable.map((f) => `${def.name}.${f}`)).filter((f) => !covered.has(f))).toEqual([]);
  expect(covered.size).toBeGreaterThan(20);
});
