import 'reflect-metadata';
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { formatError } from '../../src/platform/format-error';
import { DEFAULT_JWT_SECRET, loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { waitForDatabase } from '../../src/db/pools';
import { ApiClient, startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** Platform safety: row-level security as the second wall, foreign keys, error hygiene, limits, operations. */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;

const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id name } }`;
const UPDATE_COMPANY = `mutation($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { id } }`;
const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`;
const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`;
const CREATE_ACTIVITY = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`;
const COMPANIES = `query($first: Int, $where: CompanyWhere) { companies(first: $first, where: $where) { totalCount nodes { id } } }`;

interface Seeded { companyId: string; contactId: string; dealId: string; activityId: string }
const seeded: Record<'a' | 'b', Seeded> = {} as never;

async function seed(tenant: Tenant, label: string, count: number): Promise<Seeded> {
  let first: Seeded | undefined;
  for (let n = 0; n < count; n++) {
    const { createCompany } = await tenant.owner.ok(CREATE_COMPANY, { input: { name: `${label} company ${n}` } });
    const { createContact } = await tenant.owner.ok(CREATE_CONTACT, { input: { firstName: label, lastName: `${n}`, companyId: createCompany.id } });
    const { createDeal } = await tenant.owner.ok(CREATE_DEAL, { input: { title: `${label} deal ${n}`, stageId: tenant.stages[0].id, companyId: createCompany.id } });
    const { createActivity } = await tenant.owner.ok(CREATE_ACTIVITY, { input: { type: 'TASK', subject: `${label} task ${n}`, dealId: createDeal.id } });
    first ??= { companyId: createCompany.id, contactId: createContact.id, dealId: createDeal.id, activityId: createActivity.id };
  }
  return first!;
}

async function countAs(client: PoolClient, table: string): Promise<number> {
  return (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
}

async function ownerCount(table: string, organizationId: string): Promise<number> {
  return (await t.sql(`SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`, [organizationId]))[0].n;
}

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Wall A');
  b = await t.createTenant('Wall B');
  seeded.a = await seed(a, 'A', 2);
  seeded.b = await seed(b, 'B', 3);
});
afterAll(() => t?.close());

describe('row-level security is a second wall', () => {
  it('a tenant session counts only its own rows, with no tenant filter in the query', async () => {
    const client = await t.platform.appPool.connect();
    try {
      const [{ role }] = (await client.query('SELECT role FROM app_begin_session($1, $2)', [a.organizationId, a.userId])).rows;
      expect(role).toBe('OWNER');
      for (const table of ['deals', 'companies', 'contacts', 'activities', 'audit_logs', 'pipelines', 'pipeline_stages', 'deal_stage_totals']) {
        const seen = await countAs(client, table);
        expect({ table, seen }).toEqual({ table, seen: await ownerCount(table, a.organizationId) });
        expect(seen).toBeGreaterThan(0);
      }
      const orgs = (await client.query('SELECT DISTINCT organization_id FROM deals UNION SELECT DISTINCT organization_id FROM companies UNION SELECT DISTINCT organization_id FROM audit_logs')).rows;
      expect(orgs.map((r) => r.organization_id)).toEqual([a.organizationId]);
      // B's rows cannot be changed either: they are not there.
      const updated = await client.query('UPDATE companies SET name = $2 WHERE id = $1', [seeded.b.companyId, 'hijacked']);
      expect(updated.rowCount).toBe(0);
      const deleted = await client.query('DELETE FROM deals WHERE organization_id = $1', [b.organizationId]);
      expect(deleted.rowCount).toBe(0);

      // No session: nothing at all.
      await client.query('SELECT app_begin_session(NULL, NULL)');
      for (const table of ['deals', 'companies', 'contacts', 'activities', 'audit_logs', 'memberships', 'organizations', 'users', 'api_keys']) {
        expect({ table, seen: await countAs(client, table) }).toEqual({ table, seen: 0 });
      }
      // A user who is not a member of the organization gets no tenant either.
      const [{ role: strangerRole }] = (await client.query('SELECT role FROM app_begin_session($1, $2)', [b.organizationId, a.userId])).rows;
      expect(strangerRole).toBeNull();
      expect(await countAs(client, 'companies')).toBe(0);
    } finally {
      await client.query('SELECT app_begin_session(NULL, NULL)').catch(() => undefined);
      client.release();
    }
    const [{ name }] = await t.sql(`SELECT name FROM companies WHERE id = $1`, [seeded.b.companyId]);
    expect(name).not.toBe('hijacked');
  });

  it('refuses writing a row of another organization (WITH CHECK)', async () => {
    const client = await t.platform.appPool.connect();
    try {
      await client.query('SELECT app_begin_session($1, $2)', [a.organizationId, a.userId]);
      await client.query('BEGIN');
      // The same statement for A's own organization is fine...
      await client.query(`INSERT INTO companies (organization_id, id, name) VALUES ($1, $2, 'Own row')`, [a.organizationId, randomUUID()]);
      await client.query('SAVEPOINT before_b');
      // ...for B's it is refused by PostgreSQL.
      const insert = await client.query(`INSERT INTO companies (organization_id, id, name) VALUES ($1, $2, 'Planted in B')`, [b.organizationId, randomUUID()]).catch((e) => e);
      expect(insert).toBeInstanceOf(Error);
      expect(insert.code).toBe('42501');
      expect(insert.message).toMatch(/row-level security/);
      await client.query('ROLLBACK TO SAVEPOINT before_b');
      // Moving one of A's rows into B is refused too.
      const move = await client.query(`UPDATE companies SET organization_id = $2 WHERE id = $1`, [seeded.a.companyId, b.organizationId]).catch((e) => e);
      expect(move).toBeInstanceOf(Error);
      expect(move.code).toBe('42501');
      await client.query('ROLLBACK');
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.query('SELECT app_begin_session(NULL, NULL)').catch(() => undefined);
      client.release();
    }
    expect(await t.sql(`SELECT 1 FROM companies WHERE name IN ('Planted in B', 'Own row')`)).toHaveLength(0);
  });

  it('the app role neither is a superuser nor bypasses row-level security', async () => {
    const client = await t.platform.appPool.connect();
    try {
      const [row] = (await client.query('SELECT current_user AS who, rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user')).rows;
      expect(row).toEqual({ who: t.platform.config.appDbRole, rolbypassrls: false, rolsuper: false });
    } finally {
      client.release();
    }
  });

  it('every tenant table has row-level security enabled and a policy', async () => {
    const rows = await t.sql(`SELECT c.relname, c.relrowsecurity, (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname) AS policies
      FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped
      WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace ORDER BY c.relname`);
    expect(rows.length).toBeGreaterThanOrEqual(13);
    for (const row of rows) expect({ table: row.relname, rls: row.relrowsecurity, hasPolicy: row.policies > 0 }).toEqual({ table: row.relname, rls: true, hasPolicy: true });
  });
});

describe('composite foreign keys keep references inside one organization', () => {
  /** Copies an existing row with overrides, as the database owner, inside a transaction that is rolled back. */
  async function copyRow(table: string, id: string, overrides: Record<string, unknown>, wrong: Record<string, unknown>) {
    const client = await t.platform.ownerPool.connect();
    try {
      await client.query('BEGIN');
      // Every column but the generated ones (search documents), which PostgreSQL computes.
      const { rows: [{ columns }] } = await client.query(`SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) AS columns FROM pg_attribute
        WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''`, [table]);
      const statement = `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_record(NULL::${table}, (SELECT to_jsonb(src) || $2::jsonb FROM ${table} src WHERE src.id = $1))`;
      const control = await client.query(statement, [id, JSON.stringify({ ...overrides, id: randomUUID() })]);
      expect(control.rowCount).toBe(1);
      const error = await client.query(statement, [id, JSON.stringify({ ...overrides, ...wrong, id: randomUUID() })]).catch((e) => e);
      return error;
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  }

  it('a deal of A cannot point at a company of B', async () => {
    const error = await copyRow('deals', seeded.a.dealId, {}, { company_id: seeded.b.companyId });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('23503');
    expect(error.constraint).toBe('fk_deals__company_id');
  });

  it('a contact of A cannot point at a company of B', async () => {
    const error = await copyRow('contacts', seeded.a.contactId, {}, { company_id: seeded.b.companyId });
    expect(error.code).toBe('23503');
    expect(error.constraint).toBe('fk_contacts__company_id');
  });

  it('an activity of A cannot point at a deal of B', async () => {
    const error = await copyRow('activities', seeded.a.activityId, {}, { deal_id: seeded.b.dealId });
    expect(error.code).toBe('23503');
    expect(error.constraint).toBe('fk_activities__deal_id');
  });

  it('and through the API the same reference is NOT_FOUND', async () => {
    const deal = await a.owner.fails(CREATE_DEAL, { input: { title: 'Cross', stageId: a.stages[0].id, companyId: seeded.b.companyId } });
    expect(deal.extensions?.code).toBe('NOT_FOUND');
    const contact = await a.owner.fails(CREATE_CONTACT, { input: { firstName: 'X', lastName: 'Y', companyId: seeded.b.companyId } });
    expect(contact.extensions?.code).toBe('NOT_FOUND');
    const activity = await a.owner.fails(CREATE_ACTIVITY, { input: { type: 'CALL', subject: 'Cross', dealId: seeded.b.dealId } });
    expect(activity.extensions?.code).toBe('NOT_FOUND');
    const stage = await a.owner.fails(CREATE_DEAL, { input: { title: 'Cross stage', stageId: b.stages[0].id } });
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(stage.extensions?.code);
  });
});

describe('errors never leak internals', () => {
  const leaks = (body: unknown) => {
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/stacktrace/i);
    expect(text).not.toMatch(/\bSELECT\b|\bINSERT\b|\bUPDATE\s+\w+\s+SET\b/);
    expect(text).not.toMatch(/node_modules|\.ts:\d+|at \w+ \(/);
  };
  let errorSpy: jest.SpyInstance;
  beforeEach(() => { errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined); });
  afterEach(() => errorSpy.mockRestore());

  it('a database error becomes a client error with a code and no SQL', async () => {
    const result = await a.owner.raw(`query($id: ID!) { company(id: $id) { id } }`, { id: 'not-a-uuid' });
    expect(result.errors?.[0].extensions?.code).toEqual(expect.any(String));
    expect(result.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    leaks(result);
    const fk = await a.owner.raw(CREATE_DEAL, { input: { title: 'Ghost company', stageId: a.stages[0].id, companyId: randomUUID() } });
    expect(fk.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    leaks(fk);
  });

  it('an unknown field is a validation error with a code and no stack', async () => {
    const result = await a.owner.raw(`{ companies { nodes { id secretColumn } } }`, {}, { accept: 'application/graphql-response+json' });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    leaks(result);
    const badVariable = await a.owner.raw(COMPANIES, { first: 'many' });
    expect(badVariable.errors?.[0].extensions?.code).toEqual(expect.any(String));
    leaks(badVariable);
    const syntax = await a.owner.raw(`{ companies { `);
    expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    leaks(syntax);
  });

  it('an unexpected database error becomes INTERNAL_SERVER_ERROR with a generic message', async () => {
    await t.sql(`CREATE FUNCTION test_explode() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'SELECT password_hash FROM users -- internal detail'; END $$`);
    await t.sql(`CREATE TRIGGER test_explode BEFORE INSERT ON companies FOR EACH ROW EXECUTE FUNCTION test_explode()`);
    try {
      const result = await a.owner.raw(CREATE_COMPANY, { input: { name: 'Boom' } });
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[0].message).not.toMatch(/password|internal detail/);
      expect(Object.keys(result.errors?.[0].extensions ?? {})).toEqual(['code']);
      leaks(result);
      expect(errorSpy).toHaveBeenCalled();
      // The failed request left nothing behind and the connection is usable.
      await a.owner.ok(COMPANIES, { first: 1 });
    } finally {
      await t.sql(`DROP TRIGGER test_explode ON companies`);
      await t.sql(`DROP FUNCTION test_explode()`);
    }
    expect(await t.sql(`SELECT 1 FROM companies WHERE name = 'Boom'`)).toHaveLength(0);
  });

  it('formatError hides any non-client error, in every environment but development', () => {
    const error = Object.assign(new Error('INSERT INTO secrets VALUES (1)'), { stack: 'Error: at secret.ts:1' });
    for (const env of ['production', 'test'] as const) {
      const format = formatError({ ...t.platform.config, env });
      const out = format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] } }, { originalError: error });
      expect(out).toEqual({ message: expect.any(String), path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      leaks(out);
      const known = format({ message: 'Nope', extensions: { code: 'FORBIDDEN', stacktrace: ['at secret.ts:1'] } }, new Error('Nope'));
      expect(known.extensions).toEqual({ code: 'FORBIDDEN' });
    }
  });

  it('a malformed request body is refused without a stack trace', async () => {
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/node_modules|at \w+ \(|SyntaxError: /);
    expect(JSON.parse(text).errors[0].extensions.code).toEqual(expect.any(String));
  });
});

describe('oversized and abusive input', () => {
  it('a 300-character company name and 20k-character notes are BAD_USER_INPUT naming the field', async () => {
    const name = await a.owner.fails(CREATE_COMPANY, { input: { name: 'x'.repeat(300) } });
    expect(name.extensions?.code).toBe('BAD_USER_INPUT');
    expect(name.extensions?.field).toBe('input.name');
    const notes = await a.owner.fails(CREATE_COMPANY, { input: { name: 'Fine', notes: 'n'.repeat(20_000) } });
    expect(notes.extensions?.code).toBe('BAD_USER_INPUT');
    expect(notes.extensions?.field).toBe('input.notes');
    const update = await a.owner.fails(UPDATE_COMPANY, { id: seeded.a.companyId, input: { notes: 'n'.repeat(20_000) } });
    expect(update.extensions?.code).toBe('BAD_USER_INPUT');
    expect(update.extensions?.field).toBe('input.notes');
    const contactNotes = await a.owner.fails(CREATE_CONTACT, { input: { firstName: 'A', lastName: 'B', notes: 'n'.repeat(20_000) } });
    expect(contactNotes.extensions?.field).toBe('input.notes');
    expect(await t.sql(`SELECT 1 FROM companies WHERE length(coalesce(notes, '')) > 10000 OR length(name) > 255`)).toHaveLength(0);
  });

  it('`where` nesting deeper than 6 levels is BAD_USER_INPUT', async () => {
    const nest = (levels: number): Record<string, unknown> => (levels === 0 ? { name: { startsWith: 'A' } } : { NOT: { NOT: nest(levels - 1) } });
    const deep = (levels: number) => {
      let where: Record<string, unknown> = { name: { startsWith: 'A' } };
      for (let i = 0; i < levels; i++) where = i % 2 ? { AND: [where] } : { OR: [where] };
      return where;
    };
    await a.owner.ok(COMPANIES, { where: deep(6) });
    const error = await a.owner.fails(COMPANIES, { where: deep(7) });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const nots = await a.owner.fails(COMPANIES, { where: nest(4) });
    expect(nots.extensions?.code).toBe('BAD_USER_INPUT');
    const veryDeep = await a.owner.raw(COMPANIES, { where: deep(200) });
    expect(veryDeep.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an `in` list over 1000 values is BAD_USER_INPUT', async () => {
    const values = Array.from({ length: 1001 }, (_, i) => `name ${i}`);
    const error = await a.owner.fails(COMPANIES, { where: { name: { in: values } } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    await a.owner.ok(COMPANIES, { where: { name: { in: values.slice(0, 1000) } } });
    const ids = Array.from({ length: 1001 }, () => randomUUID());
    const idError = await a.owner.fails(`query($w: DealWhere) { deals(where: $w) { totalCount } }`, { w: { companyId: { notIn: ids } } });
    expect(idError.extensions?.code).toBe('BAD_USER_INPUT');
    const manyOr = await a.owner.fails(COMPANIES, { where: { OR: values.map((v) => ({ name: { eq: v } })) } });
    expect(manyOr.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('`first: 1000` is BAD_USER_INPUT, at the top level and on nested lists', async () => {
    const error = await a.owner.fails(COMPANIES, { first: 1000 });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('first');
    expect((await a.owner.fails(COMPANIES, { first: -1 })).extensions?.code).toBe('BAD_USER_INPUT');
    const nested = await a.owner.fails(`{ companies(first: 1) { nodes { deals(first: 1000) { totalCount } } } }`);
    expect(nested.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('operations', () => {
  it('migrations are current: the entities need no schema change', async () => {
    const ds = createDataSource(t.databaseUrl);
    await ds.initialize();
    try {
      const log = await ds.driver.createSchemaBuilder().log();
      const pending = log.upQueries.map((q) => q.query);
      if (pending.length) console.log(`Pending schema changes:\n${pending.join(';\n')}`);
      expect(pending).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('/healthz and /readyz answer 200', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('waitForDatabase retries with back-off, then gives up; it resolves for a reachable database', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const port = await new Promise<number>((resolve) => {
        const server = net.createServer();
        server.listen(0, '127.0.0.1', () => {
          const { port: free } = server.address() as net.AddressInfo;
          server.close(() => resolve(free));
        });
      });
      const started = Date.now();
      await expect(waitForDatabase(`postgres://nobody@127.0.0.1:${port}/none`, 3)).rejects.toThrow(/not reachable after 3 attempts/);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(700);
      expect(elapsed).toBeLessThan(5000);
      expect(warn).toHaveBeenCalledTimes(2);
      await expect(waitForDatabase(t.databaseUrl, 3)).resolves.toBeUndefined();
    } finally {
      warn.mockRestore();
    }
  });

  it('shuts down gracefully: an in-flight request completes, then new connections are refused', async () => {
    const second = await startTestPlatform();
    let closed = false;
    try {
      const tenant = await second.createTenant('Graceful');
      // Make one request slow, from inside the database, so it is surely in flight when closing starts.
      await second.sql(`CREATE FUNCTION test_slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(1.5); RETURN NEW; END $$`);
      await second.sql(`CREATE TRIGGER test_slow BEFORE INSERT ON companies FOR EACH ROW EXECUTE FUNCTION test_slow()`);
      const events: string[] = [];
      const inFlight = tenant.owner.raw(CREATE_COMPANY, { input: { name: 'Finished during shutdown' } }).then((r) => { events.push('response'); return r; });
      // Wait until the request is inside the database, sleeping.
      for (let i = 0; i < 200; i++) {
        const [{ n }] = await second.sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`);
        if (n > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const closing = second.platform.close().then(() => { closed = true; events.push('closed'); });
      await new Promise((r) => setTimeout(r, 50));
      const readyDuringShutdown = await fetch(`${second.url}/readyz`).then((r) => r.status).catch(() => 'refused');
      expect([503, 'refused']).toContain(readyDuringShutdown);
      const result = await inFlight;
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(result.data.createCompany.name).toBe('Finished during shutdown');
      await closing;
      expect(events).toEqual(['response', 'closed']);
      await expect(new ApiClient(second.url, tenant.owner.token).raw(COMPANIES)).rejects.toThrow();
    } finally {
      if (!closed) await second.platform.close().catch(() => undefined);
      // Drops the database; closing the platform a second time is harmless.
      await second.close().catch(() => undefined);
    }
  });

  describe('production configuration', () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, JWT_SECRET: process.env.JWT_SECRET, INTEGRATION_KEYS: process.env.INTEGRATION_KEYS };
    afterEach(() => {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    });

    it('refuses to start without a strong JWT_SECRET', () => {
      process.env.NODE_ENV = 'production';
      delete process.env.JWT_SECRET;
      expect(() => loadConfig()).toThrow(/JWT_SECRET/);
      process.env.JWT_SECRET = 'too-short';
      expect(() => loadConfig()).toThrow(/JWT_SECRET/);
      process.env.JWT_SECRET = DEFAULT_JWT_SECRET;
      expect(() => loadConfig()).toThrow(/JWT_SECRET/);
      process.env.JWT_SECRET = 'k'.repeat(48);
      // A strong secret alone is not enough: integration credentials need their key too (test/analytics/integrations.test.ts).
      expect(() => loadConfig()).toThrow(/INTEGRATION_KEYS/);
      process.env.INTEGRATION_KEYS = `k1:${Buffer.alloc(32, 7).toString('base64')}`;
      const config = loadConfig();
      expect(config.env).toBe('production');
      expect(config.jwtSecret).toBe('k'.repeat(48));
    });

    it('development and test keep working with the default secret', () => {
      delete process.env.JWT_SECRET;
      process.env.NODE_ENV = 'test';
      expect(loadConfig().jwtSecret).toBe(DEFAULT_JWT_SECRET);
    });
  });
});
