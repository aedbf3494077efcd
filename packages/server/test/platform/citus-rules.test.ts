import 'reflect-metadata';
import type { PoolClient } from 'pg';
import { CITUS_LAYOUT, distributionStatements, findCitusViolations, readCitusCatalog } from '../../src/db/citus';
import { COORDINATOR_TABLES, REFERENCE_TABLES } from '../../src/db/table-kinds';
import { startTestPlatform, type TestPlatform } from '../support/harness';

/** What Citus needs to distribute by organization_id, checked on the migrated schema through the catalog of a plain PostgreSQL. */
let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.close());

const rolledBack = <T>(fn: (client: PoolClient) => Promise<T>) => t.rolledBack(fn);

/** `SELECT create_…_table('name', …)` → name */
const tableOf = (statement: string) => /\('([^']+)'/.exec(statement)![1];

describe('the migrated schema can be distributed by organization_id', () => {
  it('breaks no Citus rule, and every table is a tenant table or listed as reference or coordinator table', async () => {
    const violations = findCitusViolations(await readCitusCatalog(t.platform.ownerPool));
    // The offenders, one per line, are the failure message.
    expect(violations.join('\n')).toBe('');
  });

  it('the distribution statements name every table once: reference tables first, then tenant tables colocated, each after what it references', async () => {
    const catalog = await readCitusCatalog(t.platform.ownerPool);
    const statements = distributionStatements(catalog);
    const tenantTables = catalog.tables.filter((x) => x.tenant).map((x) => x.table);
    expect(tenantTables.length).toBeGreaterThanOrEqual(16);
    const named = statements.map(tableOf);
    expect([...named].sort()).toEqual([...REFERENCE_TABLES, ...tenantTables].sort());
    expect(named.filter((n) => (COORDINATOR_TABLES as readonly string[]).includes(n))).toEqual([]);

    const reference = statements.filter((s) => s.startsWith('SELECT create_reference_table('));
    expect(statements.slice(0, reference.length)).toEqual(reference);
    expect(reference.map(tableOf).sort()).toEqual([...REFERENCE_TABLES].sort());

    const [anchor, ...colocated] = statements.slice(reference.length);
    expect(anchor).toMatch(/^SELECT create_distributed_table\('\w+', 'organization_id'\)$/);
    for (const s of colocated) expect(s).toBe(`SELECT create_distributed_table('${tableOf(s)}', 'organization_id', colocate_with => '${tableOf(anchor)}')`);

    for (const fk of catalog.foreignKeys.filter((k) => k.table !== k.target)) {
      expect({ fk: fk.name, referencedFirst: named.indexOf(fk.target) < named.indexOf(fk.table) }).toEqual({ fk: fk.name, referencedFirst: true });
    }
    // Distributing users before memberships, and deals before activities, is what the order is for.
    expect(named.indexOf('users')).toBeLessThan(named.indexOf('memberships'));
    expect(named.indexOf('deals')).toBeLessThan(named.indexOf('activities'));
  });

  it('a re-run leaves out what is already distributed', async () => {
    const catalog = await readCitusCatalog(t.platform.ownerPool);
    const all = distributionStatements(catalog);
    // The first six include the colocation anchor: later tables still colocate with it.
    expect(distributionStatements(catalog, CITUS_LAYOUT, all.slice(0, 6).map(tableOf))).toEqual(all.slice(6));
    expect(distributionStatements(catalog, CITUS_LAYOUT, all.map(tableOf))).toEqual([]);
  });
});

describe('the rules bite', () => {
  const SCRATCH = 'scratch_citus_rules';
  const LAYOUT = { reference: ['countries', 'currencies', 'vanished'], coordinator: ['job_locks'], schema: SCRATCH };

  /** One table per rule Citus enforces when it distributes, each breaking it. */
  async function createViolations(client: PoolClient): Promise<void> {
    const s = SCRATCH;
    await client.query(`CREATE SCHEMA ${s}`);
    await client.query(`CREATE TABLE ${s}.countries (code char(2) PRIMARY KEY)`);
    await client.query(`CREATE TABLE ${s}.job_locks (name text PRIMARY KEY)`);
    await client.query(`CREATE TABLE ${s}.widgets (organization_id uuid NOT NULL, id uuid NOT NULL, sku text NOT NULL, country char(2) REFERENCES ${s}.countries,
      PRIMARY KEY (organization_id, id), CONSTRAINT uq_widgets__id UNIQUE (id))`);
    await client.query(`CREATE UNIQUE INDEX uq_widgets__sku ON ${s}.widgets (lower(sku))`);
    await client.query(`CREATE TABLE ${s}.parts (organization_id uuid NOT NULL, id uuid NOT NULL, widget_id uuid, other_widget_id uuid, lock_name text REFERENCES ${s}.job_locks,
      PRIMARY KEY (organization_id, id),
      CONSTRAINT fk_parts__widget_id FOREIGN KEY (widget_id) REFERENCES ${s}.widgets (id),
      CONSTRAINT fk_parts__other_widget_id FOREIGN KEY (organization_id, other_widget_id) REFERENCES ${s}.widgets (organization_id, id) ON DELETE SET NULL)`);
    await client.query(`CREATE TABLE ${s}.notes (organization_id uuid, id uuid NOT NULL, PRIMARY KEY (id))`);
    await client.query(`CREATE TABLE ${s}.legacy (organization_id text NOT NULL, id uuid NOT NULL, PRIMARY KEY (organization_id, id))`);
    await client.query(`ALTER TABLE ${s}.countries ADD COLUMN default_widget uuid REFERENCES ${s}.widgets (id)`);
    await client.query(`CREATE TABLE ${s}.currencies (code char(3) PRIMARY KEY, organization_id uuid NOT NULL)`);
    await client.query(`CREATE TABLE ${s}.settings (key text PRIMARY KEY)`);
    // And one that does everything right: not reported.
    await client.query(`CREATE TABLE ${s}.gears (organization_id uuid NOT NULL, id uuid NOT NULL, widget_id uuid NOT NULL, country char(2) REFERENCES ${s}.countries ON DELETE CASCADE,
      PRIMARY KEY (organization_id, id), UNIQUE NULLS NOT DISTINCT (organization_id, widget_id),
      FOREIGN KEY (organization_id, widget_id) REFERENCES ${s}.widgets (organization_id, id) ON DELETE CASCADE)`);
  }

  it('reports every table and constraint Citus would refuse', async () => {
    const violations = await rolledBack(async (client) => {
      await createViolations(client);
      return findCitusViolations(await readCitusCatalog(client, SCRATCH), LAYOUT);
    });
    expect(violations).toEqual([
      'currencies has organization_id (it is distributed by it) but is listed as a reference table',
      'notes.organization_id may be NULL: a distribution column never is',
      'settings has no organization_id and is listed neither as a reference nor as a coordinator table (src/db/table-kinds.ts)',
      'organization_id has several types (uuid, text): colocated tables share one',
      'vanished is listed in src/db/table-kinds.ts but no such table exists',
      'currencies: unique index currencies_pkey does not include organization_id (CREATE UNIQUE INDEX currencies_pkey ON scratch_citus_rules.currencies USING btree (code))',
      'notes: unique index notes_pkey does not include organization_id (CREATE UNIQUE INDEX notes_pkey ON scratch_citus_rules.notes USING btree (id))',
      'widgets: unique index uq_widgets__id does not include organization_id (CREATE UNIQUE INDEX uq_widgets__id ON scratch_citus_rules.widgets USING btree (id))',
      'widgets: unique index uq_widgets__sku does not include organization_id (CREATE UNIQUE INDEX uq_widgets__sku ON scratch_citus_rules.widgets USING btree (lower(sku)))',
      'countries: foreign key countries_default_widget_fkey from a reference table to distributed table widgets',
      'parts: foreign key fk_parts__other_widget_id sets its columns (organization_id among them) to NULL/DEFAULT on delete',
      'parts: foreign key fk_parts__widget_id to widgets does not pair organization_id with organization_id',
      'parts: foreign key parts_lock_name_fkey points at coordinator-only table job_locks',
    ]);
  });

  it('and the distribution statements are refused while any remains', async () => {
    await rolledBack(async (client) => {
      await createViolations(client);
      const catalog = await readCitusCatalog(client, SCRATCH);
      expect(() => distributionStatements(catalog, LAYOUT)).toThrow(/cannot be distributed by organization_id:\n {2}currencies has organization_id/);
    });
  });
});
