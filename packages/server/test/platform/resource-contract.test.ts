import { allResources, singularOf, type ResourceDefinition } from '../../src/platform/resource/definition';
import { fieldInfo, tableOf } from '../../src/platform/resource/metadata';
import { areaRule } from '../../src/platform/auth/policy';
import { ROLE_RANK, type Role } from '../../src/platform/auth/roles';
import { FIXTURES, pad } from '../support/fixtures';
import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';

/**
 * The contract every declared resource keeps: CRUD, filters, order, keyset paging, trash and
 * restore, audit rows, tenant invisibility, the role matrix, and batched relation loading.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
const members: Record<string, ApiClient & { userId: string }> = {};

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Alpha');
  b = await t.createTenant('Beta');
  for (const role of ['ADMIN', 'MANAGER', 'MEMBER', 'VIEWER']) members[role] = await t.addMember(a, role);
});
afterAll(() => t?.close());

const writable = () => allResources().filter((r) => r.createInput);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function ops(def: ResourceDefinition) {
  const fx = FIXTURES[def.name];
  const one = singularOf(def);
  return {
    fx,
    create: `mutation($input: Create${def.name}Input!) { r: create${def.name}(input: $input) { ${fx.fields} } }`,
    update: `mutation($id: ID!, $input: Update${def.name}Input!, $v: Int) { r: update${def.name}(id: $id, input: $input, expectedVersion: $v) { ${fx.fields} } }`,
    remove: `mutation($id: ID!) { r: delete${def.name}(id: $id) { id deletedAt } }`,
    restore: `mutation($id: ID!) { r: restore${def.name}(id: $id) { id deletedAt } }`,
    get: `query($id: ID!) { r: ${one}(id: $id) { ${fx.fields} } }`,
    list: `query($first: Int, $after: String, $last: Int, $before: String, $where: ${def.name}Where, $orderBy: [${def.name}OrderBy!], $withDeleted: Boolean) {
      r: ${def.plural}(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy, withDeleted: $withDeleted) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${fx.fields} } } } }`,
  };
}

const SCREAMING = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

describe.each(writable().map((def) => [def.name, def] as const))('%s', (name, def) => {
  const o = ops(def);
  const prefix = `${name}-${Date.now() % 100000}`;
  const text = o.fx.textField;
  let ids: string[] = [];

  beforeAll(async () => {
    expect(o.fx).toBeDefined();
    ids = [];
    for (let n = 1; n <= 7; n++) {
      const input = o.fx.input(a, n);
      input[text] = `${prefix} ${pad(n)}`;
      ids.push((await a.owner.ok(o.create, { input })).r.id);
    }
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

  it('orders by a field in either direction', async () => {
    if (!def.sortable.includes(text)) return expect(def.sortable.length).toBeGreaterThan(0);
    const desc = await a.owner.ok(o.list, { first: 50, where: { [text]: { startsWith: prefix } }, orderBy: [{ field: SCREAMING(text), direction: 'DESC' }] });
    const values = desc.r.edges.map((e: any) => e.node[text]);
    expect(values).toEqual([...values].sort().reverse());
    expect(values[0]).toBe(`${prefix} ${pad(7)}`);
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
    const { r } = await a.owner.ok(o.list, { first: 1 });
    const other = await a.owner.raw(o.list, { first: 1, after: r.pageInfo.endCursor, orderBy: [{ field: 'CREATED_AT', direction: 'ASC' }] });
    if (def.defaultOrder[0].field !== 'createdAt' || def.defaultOrder[0].direction !== 'ASC') expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
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

  it('follows the role matrix of its area', async () => {
    // Expectations come from the area's declared rule, so a module's own area is held to it too.
    const rule = areaRule(def.area);
    const below = (role: string) => ROLE_RANK[role as Role] < ROLE_RANK[rule.write];
    const input = o.fx.input(a, 99);
    input[text] = `${prefix} role`;
    expect((await members.VIEWER.ok(o.get, { id: ids[0] })).r.id).toBe(ids[0]);
    for (const role of ['VIEWER', 'MEMBER', 'MANAGER', 'ADMIN'].filter(below)) {
      expect((await members[role].fails(o.create, { input })).extensions?.code).toBe('FORBIDDEN');
      expect((await members[role].fails(o.update, { id: ids[6], input: { [text]: 'x' } })).extensions?.code).toBe('FORBIDDEN');
    }
    const writer = ['MEMBER', 'MANAGER', 'ADMIN'].find((role) => !below(role))!;
    const mine = (await members[writer].ok(o.create, { input })).r;
    await members[writer].ok(o.update, { id: mine.id, input: { [text]: `${prefix} mine` } });
    const limited = !!rule.writeAny && ROLE_RANK[writer as Role] < ROLE_RANK[rule.writeAny];
    expect(limited).toBe(!!def.ownedBy && writer === 'MEMBER');
    if (limited) {
      expect((await members[writer].fails(o.update, { id: ids[6], input: { [text]: 'not mine' } })).extensions?.code).toBe('FORBIDDEN');
      expect((await members[writer].fails(o.remove, { id: ids[6] })).extensions?.code).toBe('FORBIDDEN');
    }
    await members.ADMIN.ok(o.update, { id: ids[6], input: { [text]: `${prefix} ${pad(7)}` } });
    await members.ADMIN.ok(o.remove, { id: mine.id });
  });

  it('loads every relation of a list in a number of statements independent of its length', async () => {
    const relations = [
      ...Object.entries(def.belongsTo ?? {}).map(([field, rel]) => `${field} { id }`),
      ...Object.keys(def.hasMany ?? {}).map((field) => `${field}(first: 2) { totalCount nodes { id } }`),
    ].join(' ');
    const query = `query($first: Int) { r: ${def.plural}(first: $first) { totalCount nodes { id ${relations} } } }`;
    const small = await a.owner.raw(query, { first: 2 });
    const large = await a.owner.raw(query, { first: 8 });
    expect(small.errors).toBeUndefined();
    expect(large.data.r.nodes.length).toBeGreaterThan(small.data.r.nodes.length);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });
});

describe('read-only resources', () => {
  it.each(allResources().filter((r) => !r.createInput).map((r) => [r.name, r] as const))('%s lists only its own organization', async (_name, def) => {
    const query = `{ r: ${def.plural}(first: 200) { totalCount nodes { id } } }`;
    const [mine, theirs] = await Promise.all([a.owner.raw(query), b.owner.raw(query)]);
    if (def.area === 'apiKeys' || def.area === 'audit' || def.area === 'members' || def.area === 'records') {
      expect(mine.errors).toBeUndefined();
      const own = new Set(mine.data.r.nodes.map((n: any) => n.id));
      for (const node of theirs.data.r.nodes) expect(own.has(node.id) && def.tenantScoped !== false).toBe(false);
    }
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

export { cap };
