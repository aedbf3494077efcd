import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { createDataSource } from '../../src/db/data-source';
import { READ_ONLY_TENANT_TABLES } from '../../src/db/table-kinds';
import { describeGaps, findTenantSecurityGaps, secureTenantTables } from '../../src/platform/tenant-security';
import { startTestPlatform, type TestPlatform } from '../support/harness';

// The script is plain CommonJS run by node; its transformation is what every generated migration gets.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addTenantSecurity } = require('../../scripts/generate-migration.js') as { addTenantSecurity(source: string): string };

/** Secure by default: the catalog shows every tenant table walled off, and the helper that walls off new ones. */
let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.close());

const rolledBack = <T>(fn: (client: PoolClient) => Promise<T>) => t.rolledBack(fn);

const SCRATCH = 'scratch_tenant_security';

/** Tenant tables with every kind of gap, in their own schema: what a hand-written migration forgets. */
async function createInsecureTables(client: PoolClient): Promise<void> {
  await client.query(`CREATE SCHEMA ${SCRATCH}`);
  await client.query(`CREATE TABLE ${SCRATCH}.widgets (organization_id uuid NOT NULL, id uuid NOT NULL, PRIMARY KEY (organization_id, id), UNIQUE (id))`);
  // References a widget by id alone: it could point at another organization's widget.
  await client.query(`CREATE TABLE ${SCRATCH}.parts (organization_id uuid NOT NULL, id uuid NOT NULL, widget_id uuid REFERENCES ${SCRATCH}.widgets (id), PRIMARY KEY (organization_id, id))`);
  // Looks secured, but the policy lets everything through and TRUNCATE ignores row-level security.
  await client.query(`CREATE TABLE ${SCRATCH}.leaky (organization_id uuid NOT NULL, id uuid NOT NULL, PRIMARY KEY (organization_id, id))`);
  await client.query(`ALTER TABLE ${SCRATCH}.leaky ENABLE ROW LEVEL SECURITY`);
  await client.query(`CREATE POLICY tenant_isolation ON ${SCRATCH}.leaky USING (true)`);
  await client.query(`GRANT ALL ON ${SCRATCH}.leaky TO crm_app`);
  // A global table: not the checker's business.
  await client.query(`CREATE TABLE ${SCRATCH}.countries (code char(2) PRIMARY KEY)`);
}

describe('the migrated schema', () => {
  it('has no tenant table without row-level security, the tenant policy, the app role\'s grants or composite foreign keys', async () => {
    const gaps = await findTenantSecurityGaps(t.platform.ownerPool, { readOnly: READ_ONLY_TENANT_TABLES });
    // The offenders, one per line, are the failure message.
    expect(describeGaps(gaps)).toBe('');
  });

  it('the checker looks at every tenant table: one created without security in public is reported', async () => {
    const gaps = await rolledBack(async (client) => {
      await client.query(`CREATE TABLE public.scratch_unsecured (organization_id uuid NOT NULL, id uuid NOT NULL, PRIMARY KEY (organization_id, id))`);
      return findTenantSecurityGaps(client, { readOnly: READ_ONLY_TENANT_TABLES });
    });
    expect(gaps).toEqual([
      { table: 'scratch_unsecured', problem: 'row-level security is not enabled' },
      { table: 'scratch_unsecured', problem: 'no tenant_isolation policy' },
      { table: 'scratch_unsecured', problem: 'crm_app has no privilege; expected SELECT, INSERT, UPDATE, DELETE' },
    ]);
  });

  it('a read-only tenant table that the app role may write, or a read-write one it may only read, is reported', async () => {
    const gaps = await rolledBack(async (client) => {
      await client.query(`GRANT INSERT ON deal_stage_totals TO crm_app`);
      await client.query(`REVOKE INSERT, UPDATE, DELETE ON companies FROM crm_app`);
      return findTenantSecurityGaps(client, { readOnly: READ_ONLY_TENANT_TABLES });
    });
    expect(describeGaps(gaps)).toBe([
      '  companies: crm_app has SELECT; expected SELECT, INSERT, UPDATE, DELETE (or list it among the read-only tenant tables if PostgreSQL maintains it)',
      '  deal_stage_totals: crm_app has INSERT, SELECT; expected SELECT',
    ].join('\n'));
  });
});

describe('findTenantSecurityGaps', () => {
  it('reports each missing wall, a policy of another form, TRUNCATE, and a foreign key without organization_id', async () => {
    const gaps = await rolledBack(async (client) => {
      await createInsecureTables(client);
      return findTenantSecurityGaps(client, { schema: SCRATCH });
    });
    expect(gaps).toEqual([
      { table: 'leaky', problem: 'tenant_isolation is not "FOR ALL USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())" (found PERMISSIVE ALL TO public USING true WITH CHECK null)' },
      { table: 'leaky', problem: 'crm_app has DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE; expected SELECT, INSERT, UPDATE, DELETE' },
      { table: 'parts', problem: 'row-level security is not enabled' },
      { table: 'parts', problem: 'no tenant_isolation policy' },
      { table: 'parts', problem: 'crm_app has no privilege; expected SELECT, INSERT, UPDATE, DELETE' },
      { table: 'widgets', problem: 'row-level security is not enabled' },
      { table: 'widgets', problem: 'no tenant_isolation policy' },
      { table: 'widgets', problem: 'crm_app has no privilege; expected SELECT, INSERT, UPDATE, DELETE' },
      { table: 'parts', problem: 'foreign key parts_widget_id_fkey to tenant table widgets does not pair organization_id with organization_id' },
    ]);
  });
});

describe('secureTenantTables', () => {
  it('fills what is missing on every tenant table, leaves what is there, and a second run changes nothing', async () => {
    await rolledBack(async (client) => {
      await createInsecureTables(client);
      expect(await secureTenantTables(client, undefined, { schema: SCRATCH })).toEqual(['parts', 'widgets']);
      expect(await secureTenantTables(client, undefined, { schema: SCRATCH })).toEqual([]);
      // What it cannot decide stays for a person: the permissive policy, TRUNCATE, the foreign key.
      const gaps = await findTenantSecurityGaps(client, { schema: SCRATCH });
      expect(gaps.map((g) => `${g.table}: ${g.problem.split(' ').slice(0, 3).join(' ')}`)).toEqual([
        'leaky: tenant_isolation is not', 'leaky: crm_app has DELETE,', 'parts: foreign key parts_widget_id_fkey',
      ]);
      const policies = await client.query(`SELECT tablename, count(*)::int AS n FROM pg_policies WHERE schemaname = $1 GROUP BY 1 ORDER BY 1`, [SCRATCH]);
      expect(policies.rows).toEqual([{ tablename: 'leaky', n: 1 }, { tablename: 'parts', n: 1 }, { tablename: 'widgets', n: 1 }]);
    });
  });

  it('grants a read-only table SELECT only, and refuses a global or unknown table', async () => {
    await rolledBack(async (client) => {
      await createInsecureTables(client);
      await secureTenantTables(client, ['widgets', 'parts'], { schema: SCRATCH, readOnly: ['widgets'] });
      const grants = await client.query(`SELECT table_name, string_agg(privilege_type, ',' ORDER BY privilege_type) AS p FROM information_schema.role_table_grants
        WHERE table_schema = $1 AND grantee = 'crm_app' AND table_name IN ('widgets', 'parts') GROUP BY 1 ORDER BY 1`, [SCRATCH]);
      expect(grants.rows).toEqual([{ table_name: 'parts', p: 'DELETE,INSERT,SELECT,UPDATE' }, { table_name: 'widgets', p: 'SELECT' }]);
      expect((await findTenantSecurityGaps(client, { schema: SCRATCH, readOnly: ['widgets'] })).filter((g) => g.table === 'widgets')).toEqual([]);
      await expect(secureTenantTables(client, ['countries', 'nowhere'], { schema: SCRATCH })).rejects.toThrow(
        `secureTenantTables: countries, nowhere are not a table with organization_id in schema ${SCRATCH}`);
    });
  });

  it('turns permission denied into a working tenant table for the app role, with tenants kept apart', async () => {
    const [orgA, orgB] = [randomUUID(), randomUUID()];
    await rolledBack(async (client) => {
      await client.query(`CREATE TABLE gadgets (organization_id uuid NOT NULL, id uuid NOT NULL, name text NOT NULL, PRIMARY KEY (organization_id, id))`);
      await client.query(`INSERT INTO gadgets VALUES ($1, $3, 'A gadget'), ($2, $4, 'B gadget')`, [orgA, orgB, randomUUID(), randomUUID()]);
      const asApp = async <T>(fn: () => Promise<T>) => {
        await client.query(`SAVEPOINT as_app`);
        await client.query(`SET LOCAL ROLE crm_app`);
        await client.query(`SELECT set_config('app.organization_id', $1, true)`, [orgA]);
        try {
          return await fn();
        } finally {
          await client.query(`ROLLBACK TO SAVEPOINT as_app`);
        }
      };
      // Before: what every generated migration used to leave behind.
      const denied = await asApp(() => client.query(`SELECT name FROM gadgets`).catch((e) => e));
      expect(denied.code).toBe('42501');
      expect(denied.message).toMatch(/permission denied for table gadgets/);

      expect(await secureTenantTables(client, ['gadgets'])).toEqual(['gadgets']);
      expect(await asApp(async () => (await client.query(`SELECT name FROM gadgets`)).rows)).toEqual([{ name: 'A gadget' }]);
      const planted = await asApp(() => client.query(`INSERT INTO gadgets VALUES ($1, $2, 'Planted in B')`, [orgB, randomUUID()]).catch((e) => e));
      expect(planted.code).toBe('42501');
      expect(planted.message).toMatch(/row-level security/);
      const own = await asApp(async () => (await client.query(`INSERT INTO gadgets VALUES ($1, $2, 'Own')`, [orgA, randomUUID()])).rowCount);
      expect(own).toBe(1);
    });
  });
});

describe('generated migrations', () => {
  // The shape TypeORM's migration:generate writes.
  const GENERATED = `import { MigrationInterface, QueryRunner } from "typeorm";

export class AddGadgets1796299999999 implements MigrationInterface {
    name = 'AddGadgets1796299999999'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`CREATE TABLE "gadgets" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "name" character varying(100) NOT NULL, CONSTRAINT "PK_gadgets" PRIMARY KEY ("organization_id", "id"))\`);
        await queryRunner.query(\`CREATE TABLE "gadget_kinds" ("code" character varying(20) NOT NULL, "previous_organization_id" uuid, CONSTRAINT "PK_gadget_kinds" PRIMARY KEY ("code"))\`);
        await queryRunner.query(\`CREATE INDEX "ix_gadgets__name" ON "gadgets"  ("organization_id", "name") \`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`DROP TABLE "gadget_kinds"\`);
        await queryRunner.query(\`DROP TABLE "gadgets"\`);
    }

}
`;

  it('get the secureTenantTables call for each new table with organization_id, and nothing for a global one', () => {
    const secured = addTenantSecurity(GENERATED);
    expect(secured).toContain(`import { secureTenantTables } from "../platform/tenant-security";`);
    expect(secured.match(/secureTenantTables\(/g)).toHaveLength(1);
    expect(secured).toContain(`        await secureTenantTables(queryRunner, ["gadgets"]);\n    }\n\n    public async down`);
    expect(addTenantSecurity(GENERATED.replace(/"organization_id" uuid NOT NULL, /, ''))).not.toContain('secureTenantTables');
  });

  it('leave the new table secured when run as a migration through TypeORM', async () => {
    // The generated file, with its import pointing at the helper from where it is written.
    const source = addTenantSecurity(GENERATED).replace('"../platform/tenant-security"', JSON.stringify(path.resolve(__dirname, '../../src/platform/tenant-security')));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crm-generated-')), '1796299999999-AddGadgets.ts');
    fs.writeFileSync(file, source);
    const { AddGadgets1796299999999: Migration } = require(file);
    const ds = createDataSource(t.databaseUrl);
    await ds.initialize();
    const runner = ds.createQueryRunner();
    try {
      await runner.startTransaction();
      await new Migration().up(runner);
      const gaps = await findTenantSecurityGaps(runner, { readOnly: READ_ONLY_TENANT_TABLES });
      expect(describeGaps(gaps)).toBe('');
      const [gadgets] = await runner.query(`SELECT relrowsecurity FROM pg_class WHERE oid = 'gadgets'::regclass`);
      expect(gadgets.relrowsecurity).toBe(true);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
      await ds.destroy();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});
