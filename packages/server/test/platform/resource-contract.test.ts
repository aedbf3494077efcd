import { allResources, singularOf, type ResourceDefinition } from '../../src/platform/resource/definition';
import { declaredFields } from '../../src/platform/resource/fields';
import { fieldInfo, tableOf } from '../../src/platform/resource/metadata';
import { createFixture, FixtureError, pad, textFieldOf, writableResources } from '../support/fixture-generator';
import { ADJUST_STOCK, dealWithLineItem, PLACE_ORDER, placedOrder, stockedProduct } from '../support/commerce';
import { startTestPlatform, type Tenant, type TestPlatform, statementsBeyondSession } from '../support/harness';
import { loyaltyAndMailRows, loyaltyChildren } from '../support/loyalty-mail';
import { webhookRows } from '../support/webhook-receiver';

/**
 * The contract every declared resource keeps: CRUD, filters, keyset paging, trash and restore,
 * audit rows, tenant invisibility, and relation loading that is batched and actually loads. Rows
 * come from fixtures generated from each create input. Ordering and paging over every sortable
 * field: contract-paging.test.ts; the role matrix: role-matrix.test.ts; the tenant wall with
 * row-level security out of the way: tenant-wall.test.ts.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Alpha');
  b = await t.createTenant('Beta');
  // Rows of every read-only resource in both tenants: API keys, invitations, members, stage changes, document versions.
  for (const tenant of [a, b]) {
    await tenant.owner.ok(`mutation { createApiKey(input: { name: "contract", role: VIEWER }) { key } }`);
    await t.addMember(tenant, 'VIEWER');
    await tenant.owner.ok(`mutation($e: String!) { inviteMember(input: { email: $e, role: VIEWER }) { token } }`, { e: `pending-${tenant.organizationId.slice(0, 8)}@example.com` });
    await createFixture(byName('Deal'), tenant);
    await createFixture(byName('Document'), tenant);
    await placedOrder(tenant.owner);
    await dealWithLineItem(tenant.owner, tenant.stages[0].id);
    await loyaltyAndMailRows(t.url, tenant);
    await webhookRows(tenant.owner);
  }
});
afterAll(() => t?.close());

function byName(name: string): ResourceDefinition {
  const def = allResources().find((r) => r.name === name);
  if (!def) throw new FixtureError(`No resource ${name}`);
  return def;
}

function ops(def: ResourceDefinition, text: string) {
  const fields = `id version ${text}`;
  return {
    create: `mutation($input: Create${def.name}Input!) { r: create${def.name}(input: $input) { ${fields} } }`,
    update: `mutation($id: ID!, $input: Update${def.name}Input!, $v: Int) { r: update${def.name}(id: $id, input: $input, expectedVersion: $v) { ${fields} } }`,
    remove: `mutation($id: ID!) { r: delete${def.name}(id: $id) { id deletedAt } }`,
    restore: `mutation($id: ID!) { r: restore${def.name}(id: $id) { id deletedAt } }`,
    get: `query($id: ID!) { r: ${singularOf(def)}(id: $id) { ${fields} } }`,
    list: `query($first: Int, $after: String, $last: Int, $before: String, $where: ${def.name}Where, $orderBy: [${def.name}OrderBy!], $withDeleted: Boolean) {
      r: ${def.plural}(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy, withDeleted: $withDeleted) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${fields} } } } }`,
  };
}

const SCREAMING = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** Children of a parent row for each hasMany relation: a generated fixture pointing at it, unless it needs more. */
const CHILDREN: Record<string, (parentId: string) => Promise<unknown>> = {
  // A deal's pipeline follows its stage: a stage of that pipeline first.
  'Pipeline.deals': async (pipelineId) => {
    const stage = await createFixture(byName('PipelineStage'), a, { set: { pipelineId } });
    return createFixture(byName('Deal'), a, { set: { stageId: stage.id, pipelineId } });
  },
  'PipelineStage.deals': async (stageId) => {
    const [stage] = await t.sql(`SELECT pipeline_id FROM pipeline_stages WHERE id = $1`, [stageId]);
    return createFixture(byName('Deal'), a, { set: { stageId, pipelineId: stage.pipeline_id } });
  },
  // Written by the platform with the deal itself.
  'Deal.stageChanges': async () => undefined,
  // Commerce rows come from their actions.
  'Contact.orders': async (customerId) => a.owner.ok(PLACE_ORDER, { input: { customerId, items: [{ productId: await stockedProduct(a.owner, { stock: 1 }), quantity: 1 }] } }),
  'Deal.lineItems': async (dealId) => a.owner.ok(`mutation($input: SetDealLineItemsInput!) { setDealLineItems(input: $input) { id } }`, { input: { dealId, items: [{ productId: await stockedProduct(a.owner, { stock: 0 }), quantity: 1 }] } }),
  'Product.inventoryAdjustments': async (productId) => a.owner.ok(ADJUST_STOCK, { input: { productId, reason: 'RESTOCK', delta: 1 } }),
  // Written by the platform with every revision of the document.
  'Document.versions': async () => undefined,
  'Team.memberships': async (teamId) => {
    const member = await t.addMember(a, 'VIEWER');
    return a.owner.ok(`mutation($u: ID!, $team: ID) { setMemberTeam(userId: $u, teamId: $team) { id } }`, { u: member.userId, team: teamId });
  },
  ...loyaltyChildren(() => t.url, () => a),
};

async function addChild(def: ResourceDefinition, relation: string, parentId: string): Promise<void> {
  const special = CHILDREN[`${def.name}.${relation}`];
  if (special) return void (await special(parentId));
  const { resource, foreignKey } = def.hasMany![relation];
  if (!resource().createInput) throw new FixtureError(`No way to give ${def.name}.${relation} a child: ${resource().name} is read-only; add it to CHILDREN in resource-contract.test.ts`);
  await createFixture(resource(), a, { set: { [foreignKey]: parentId } });
}

describe.each(writableResources().map((def) => [def.name, def] as const))('%s', (name, def) => {
  const prefix = `${name}-${Date.now() % 100000}`;
  let text: string;
  let o: ReturnType<typeof ops>;
  let ids: string[] = [];

  beforeAll(async () => {
    text = await textFieldOf(def, a.owner);
    o = ops(def, text);
    ids = [];
    // Every optional reference set too, so that each belongsTo has a parent to load.
    for (let n = 1; n <= 7; n++) ids.push((await createFixture(def, a, { n, relations: 'all', set: { [text]: `${prefix} ${pad(n)}` } })).id);
  });

  it('creates and reads back by id', async () => {
    const { r } = await a.owner.ok(o.get, { id: ids[0] });
    expect(r.id).toBe(ids[0]);
    expect(r[text]).toBe(`${prefix} ${pad(1)}`);
    expect(r.version).toBe(1);
  });

  it('filters by text with eq, contains (any case) and AND / OR / NOT', async () => {
    const eq = await a.owner.ok(o.list, { where: { [text]: { eq: `${prefix} ${pad(3)}` } } });
    expect(eq.r.edges.map((e: any) => e.node.id)).toEqual([ids[2]]);
    const contains = await a.owner.ok(o.list, { first: 50, where: { [text]: { contains: prefix.toUpperCase() } } });
    expect(contains.r.totalCount).toBe(7);
    const combined = await a.owner.ok(o.list, { first: 50, where: { AND: [{ [text]: { startsWith: prefix } }], NOT: { OR: [{ [text]: { eq: `${prefix} ${pad(1)}` } }, { [text]: { eq: `${prefix} ${pad(2)}` } }] } } });
    expect(combined.r.totalCount).toBe(5);
  });

  it('pages forward and backward with keyset cursors, without gaps or duplicates', async () => {
    const where = { [text]: { startsWith: prefix } };
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { r }: any = await a.owner.ok(o.list, { first: 3, after, where });
      seen.push(...r.edges.map((e: any) => e.node.id));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect([...seen].sort()).toEqual([...ids].sort());
    const back: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { r }: any = await a.owner.ok(o.list, { last: 3, before, where });
      back.unshift(...r.edges.map((e: any) => e.node.id));
      if (!r.pageInfo.hasPreviousPage) break;
      before = r.pageInfo.startCursor;
    }
    expect(back).toEqual(seen);
  });

  it('refuses page sizes over the maximum and cursors of another order', async () => {
    const big = await a.owner.fails(o.list, { first: 201 });
    expect(big.extensions?.code).toBe('BAD_USER_INPUT');
    const field = SCREAMING(def.sortable[0]);
    const { r } = await a.owner.ok(o.list, { first: 1, orderBy: [{ field, direction: 'ASC' }] });
    const other = await a.owner.fails(o.list, { first: 1, after: r.pageInfo.endCursor, orderBy: [{ field, direction: 'DESC' }] });
    expect(other.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('updates given fields, bumps the version, refuses a stale version and writes audit rows', async () => {
    const id = ids[3];
    const { r } = await a.owner.ok(o.update, { id, input: { [text]: `${prefix} 004 edited` }, v: 1 });
    expect(r[text]).toBe(`${prefix} 004 edited`);
    expect(r.version).toBe(2);
    const stale = await a.owner.fails(o.update, { id, input: { [text]: 'again' }, v: 1 });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const still = await a.owner.ok(o.get, { id });
    expect(still.r[text]).toBe(`${prefix} 004 edited`);
    const audit = await t.sql(`SELECT action, old_values, new_values, actor_user_id FROM audit_logs WHERE entity_id = $1 ORDER BY created_at, id`, [id]);
    expect(audit.map((x) => x.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audit[1].old_values[text]).toBe(`${prefix} ${pad(4)}`);
    expect(audit[1].new_values[text]).toBe(`${prefix} 004 edited`);
    expect(audit[1].actor_user_id).toBe(a.userId);
  });

  it('moves to the trash and restores, with audit rows', async () => {
    const id = ids[4];
    await a.owner.ok(o.remove, { id });
    expect((await a.owner.ok(o.get, { id })).r).toBeNull();
    const listed = await a.owner.ok(o.list, { first: 50, where: { [text]: { startsWith: prefix } } });
    expect(listed.r.edges.map((e: any) => e.node.id)).not.toContain(id);
    const trash = await a.owner.ok(o.list, { first: 50, withDeleted: true, where: { [text]: { startsWith: prefix } } });
    expect(trash.r.edges.map((e: any) => e.node.id)).toContain(id);
    expect((await a.owner.fails(o.remove, { id })).extensions?.code).toBe('NOT_FOUND');
    await a.owner.ok(o.restore, { id });
    expect((await a.owner.ok(o.get, { id })).r.id).toBe(id);
    const audit = await t.sql(`SELECT action FROM audit_logs WHERE entity_id = $1 ORDER BY created_at, id`, [id]);
    expect(audit.map((x) => x.action)).toEqual(['CREATE', 'DELETE', 'RESTORE']);
  });

  it('is invisible and untouchable from another organization', async () => {
    const id = ids[5];
    expect((await b.owner.ok(o.get, { id })).r).toBeNull();
    const list = await b.owner.ok(o.list, { first: 200, withDeleted: true });
    expect(list.r.edges.map((e: any) => e.node.id)).not.toContain(id);
    for (const op of [o.update, o.remove, o.restore]) {
      const error = await b.owner.fails(op, { id, input: { [text]: 'stolen' } });
      expect(error.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await a.owner.ok(o.get, { id })).r[text]).toBe(`${prefix} ${pad(6)}`);
    // Choosing the other organization per request is refused for someone who is not a member.
    const foreign = await a.owner.as(b.organizationId).raw(o.get, { id });
    expect(foreign.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('loads every relation of a list, in a number of statements independent of its length', async () => {
    for (const relation of Object.keys(def.hasMany ?? {})) await addChild(def, relation, ids[0]);
    const belongsTo = Object.entries(def.belongsTo ?? {});
    const hasMany = Object.entries(def.hasMany ?? {});
    // A reference only an action sets (input: 'none', a referral's referred contact) is empty on a fixture.
    const unset = (foreignKey: string) => (declaredFields(def.entity).find((f) => f.property === foreignKey)?.input === 'none' ? null : 'a parent (the fixture set none)');
    const selection = [...belongsTo.map(([field]) => `${field} { id }`), ...hasMany.map(([field]) => `${field}(first: 2) { totalCount nodes { id } }`)].join(' ');
    const query = `query($first: Int, $where: ${def.name}Where) { r: ${def.plural}(first: $first, where: $where) { nodes { id ${selection} } } }`;
    const where = { [text]: { startsWith: prefix } };
    const small = await a.owner.raw(query, { first: 2, where });
    const large = await a.owner.raw(query, { first: 7, where });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.r.nodes).toHaveLength(7);
    expect(statementsBeyondSession(large)).toBe(statementsBeyondSession(small));

    // What the database holds, read past the API: every foreign key set, every child counted.
    const rows = new Map((await t.sql(`SELECT * FROM "${tableOf(def.entity)}" WHERE id = ANY($1::uuid[])`, [ids])).map((row) => [row.id, row]));
    const got: unknown[] = [];
    const want: unknown[] = [];
    for (const node of large.data.r.nodes) {
      for (const [field, relation] of belongsTo) {
        got.push([node.id, field, node[field]?.id ?? null]);
        want.push([node.id, field, rows.get(node.id)[fieldInfo(def, relation.foreignKey).column] ?? unset(relation.foreignKey)]);
      }
      for (const [field, relation] of hasMany) {
        const child = relation.resource();
        const live = (await t.sql(`SELECT id FROM "${tableOf(child.entity)}" x WHERE x.${fieldInfo(child, relation.foreignKey).column} = $1 AND to_jsonb(x) ->> 'deleted_at' IS NULL ORDER BY id`, [node.id])).map((c) => c.id);
        got.push([node.id, field, node[field].totalCount, node[field].nodes.length, node[field].nodes.every((c: any) => live.includes(c.id))]);
        want.push([node.id, field, live.length, Math.min(2, live.length), true]);
      }
    }
    expect(got).toEqual(want);
    // One row by id loads its relations the same way.
    const one = await a.owner.ok(`query($id: ID!) { r: ${singularOf(def)}(id: $id) { id ${selection} } }`, { id: ids[0] });
    expect(one.r).toEqual(large.data.r.nodes.find((n: any) => n.id === ids[0]));
    // And so does a mutation's result.
    const created = await createFixture(def, a, { relations: 'all', select: belongsTo.map(([field]) => `${field} { id }`).join(' ') });
    expect(belongsTo.map(([field]) => [field, created.row[field]?.id ?? null])).toEqual(belongsTo.map(([field, relation]) => [field, created.input[relation.foreignKey] ?? unset(relation.foreignKey)]));
    // The first row has a child in every to-many relation, so none of those is trivially empty.
    expect(hasMany.map(([field]) => [field, large.data.r.nodes.find((n: any) => n.id === ids[0])[field].totalCount > 0])).toEqual(hasMany.map(([field]) => [field, true]));
  });
});

describe('read-only resources', () => {
  it.each(allResources().filter((r) => !r.createInput).map((r) => [r.name, r] as const))('%s lists only its own organization', async (_name, def) => {
    const query = `{ r: ${def.plural}(first: 200) { totalCount nodes { id } } }`;
    const [mine, theirs] = await Promise.all([a.owner.raw(query), b.owner.raw(query)]);
    expect([mine.errors, theirs.errors]).toEqual([undefined, undefined]);
    const own = mine.data.r.nodes.map((n: any) => n.id);
    const other = theirs.data.r.nodes.map((n: any) => n.id);
    expect([own.length > 0, other.length > 0]).toEqual([true, true]);
    expect(own.filter((id: string) => other.includes(id))).toEqual([]);
  });
});

describe('indexes', () => {
  it('exist for every filter and sort a resource offers', async () => {
    const missing: string[] = [];
    for (const def of allResources()) {
      const table = tableOf(def.entity);
      const indexes = await t.sql<{ columns: string[] }>(`
        SELECT array_agg(a.attname::text ORDER BY k.ord) AS columns FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        WHERE c.relname = $1 GROUP BY i.indexrelid`, [table]);
      const childKeys = Object.values(allResources().flatMap((r) => Object.values(r.hasMany ?? {})).filter((h) => h.resource() === def)).map((h) => fieldInfo(def, h.foreignKey).column);
      for (const property of new Set([...def.filterable, ...def.sortable])) {
        const column = fieldInfo(def, property).column;
        const ok = indexes.some(({ columns }) => def.tenantScoped === false
          ? columns[0] === column
          : columns[0] === 'organization_id' && (columns[1] === column || (columns[2] === column && childKeys.includes(columns[1]))));
        if (!ok) missing.push(`${table}.${column}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

