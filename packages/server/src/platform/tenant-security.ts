/**
 * Secure by default: the grants and the row-level security every tenant table needs, written by one
 * helper that migrations call (scripts/generate-migration.js adds the call for each new table), and
 * the checker that reads them back from the catalog (test/platform/tenant-security.test.ts).
 *
 * A tenant table is any table with an `organization_id` column. It gets, as every migration before
 * this helper wrote by hand (TenantSecurityAndSearch, SessionLimits, platform/rollup.ts):
 *  - ROW LEVEL SECURITY enabled (not FORCEd: the owner — migrations, seeds, the identity store — is
 *    deliberately not subject to it; only the app role is);
 *  - the policy `tenant_isolation`: USING and WITH CHECK `organization_id = app_current_org()`, where
 *    app_current_org() reads current_setting('app.organization_id'), set by app_begin_session;
 *  - SELECT, INSERT, UPDATE, DELETE for the app role, or SELECT only for a table PostgreSQL keeps
 *    itself (rollups: the app only reads them). Never TRUNCATE: it ignores row-level security.
 * Global tables (no organization_id: users, organizations, …) are not touched.
 */

export const APP_ROLE = 'crm_app';
export const TENANT_COLUMN = 'organization_id';
export const TENANT_POLICY = 'tenant_isolation';
/** The policy expression as PostgreSQL prints it back (pg_policies.qual / with_check). */
export const TENANT_PREDICATE = '(organization_id = app_current_org())';
const READ_WRITE = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] as const;
const READ_ONLY = ['SELECT'] as const;

/** A TypeORM QueryRunner (resolves to the rows) or a pg client or pool (resolves to a result with rows). */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

export async function rowsOf<T>(db: Queryable, text: string, values: unknown[] = []): Promise<T[]> {
  const result = (await db.query(text, values)) as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface SecureOptions {
  /** Tables PostgreSQL maintains (triggers): the app role gets SELECT only. */
  readOnly?: readonly string[];
  /** Default public. */
  schema?: string;
}

interface TenantTableState {
  table: string;
  rls: boolean;
  has_policy: boolean;
  privileges: string[];
}

async function tenantTables(db: Queryable, schema: string, tables?: readonly string[]): Promise<TenantTableState[]> {
  return rowsOf<TenantTableState>(db, `
    SELECT c.relname AS table, c.relrowsecurity AS rls,
           EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = $3) AS has_policy,
           coalesce((SELECT array_agg(g.privilege_type::text ORDER BY g.privilege_type) FROM information_schema.role_table_grants g
                      WHERE g.table_schema = n.nspname AND g.table_name = c.relname AND g.grantee = $4), '{}') AS privileges
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = $5 AND NOT a.attisdropped)
       AND ($2::text[] IS NULL OR c.relname = ANY ($2::text[]))
     ORDER BY c.relname`, [schema, tables ?? null, TENANT_POLICY, APP_ROLE, TENANT_COLUMN]);
}

/**
 * Gives tenant tables what they lack: row-level security, the tenant policy, the app role's grants.
 * Without `tables`, every tenant table of the schema. Idempotent: what is there stays as it is (a
 * table that already grants the app role anything keeps exactly that), so it is safe to re-run.
 * Throws for a named table that does not exist or has no organization_id: that is a global table.
 */
export async function secureTenantTables(db: Queryable, tables?: readonly string[], options: SecureOptions = {}): Promise<string[]> {
  const schema = options.schema ?? 'public';
  const found = await tenantTables(db, schema, tables);
  const missing = (tables ?? []).filter((t) => !found.some((f) => f.table === t));
  if (missing.length) throw new Error(`secureTenantTables: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not a table with ${TENANT_COLUMN} in schema ${schema}`);
  const changed: string[] = [];
  for (const t of found) {
    const name = `${ident(schema)}.${ident(t.table)}`;
    const statements: string[] = [];
    if (!t.rls) statements.push(`ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY`);
    if (!t.has_policy) statements.push(`CREATE POLICY ${TENANT_POLICY} ON ${name} USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    if (!t.privileges.length) statements.push(`GRANT ${(options.readOnly?.includes(t.table) ? READ_ONLY : READ_WRITE).join(', ')} ON ${name} TO ${APP_ROLE}`);
    for (const statement of statements) await db.query(statement);
    if (statements.length) changed.push(t.table);
  }
  return changed;
}

export interface TenantSecurityGap {
  table: string;
  problem: string;
}

export interface CheckOptions {
  /** Tables PostgreSQL maintains, which the app role must only read (src/db/table-kinds.ts). */
  readOnly?: readonly string[];
  schema?: string;
}

/**
 * Every way a tenant table of the schema falls short of the wall above, one entry per problem: no
 * row-level security, no tenant policy or one of another form, the wrong grants for the app role,
 * the app role owning it (the owner is exempt from its policies), or a foreign key to another tenant
 * table that does not pair organization_id with organization_id (it could point into another tenant).
 */
export async function findTenantSecurityGaps(db: Queryable, options: CheckOptions = {}): Promise<TenantSecurityGap[]> {
  const schema = options.schema ?? 'public';
  const readOnly = options.readOnly ?? [];
  const gaps: TenantSecurityGap[] = [];
  const tables = await rowsOf<{ table: string; rls: boolean; owner: string; privileges: string[]; policy: { permissive: string; roles: string[]; cmd: string; qual: string | null; with_check: string | null } | null }>(db, `
    SELECT c.relname AS table, c.relrowsecurity AS rls, pg_get_userbyid(c.relowner) AS owner,
           coalesce((SELECT array_agg(g.privilege_type::text ORDER BY g.privilege_type) FROM information_schema.role_table_grants g
                      WHERE g.table_schema = n.nspname AND g.table_name = c.relname AND g.grantee = $2), '{}') AS privileges,
           (SELECT to_jsonb(p) FROM (SELECT permissive, roles::text[] AS roles, cmd, qual, with_check FROM pg_policies
                                      WHERE schemaname = n.nspname AND tablename = c.relname AND policyname = $3) p) AS policy
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = $4 AND NOT a.attisdropped)
     ORDER BY c.relname`, [schema, APP_ROLE, TENANT_POLICY, TENANT_COLUMN]);
  for (const t of tables) {
    const gap = (problem: string) => gaps.push({ table: t.table, problem });
    if (!t.rls) gap('row-level security is not enabled');
    if (t.owner === APP_ROLE) gap(`owned by ${APP_ROLE}, which is therefore not subject to its policies`);
    const p = t.policy;
    if (!p) gap(`no ${TENANT_POLICY} policy`);
    else if (p.permissive !== 'PERMISSIVE' || p.cmd !== 'ALL' || p.roles.join() !== 'public' || p.qual !== TENANT_PREDICATE || p.with_check !== TENANT_PREDICATE) {
      gap(`${TENANT_POLICY} is not "FOR ALL USING ${TENANT_PREDICATE} WITH CHECK ${TENANT_PREDICATE}" (found ${p.permissive} ${p.cmd} TO ${p.roles.join()} USING ${p.qual} WITH CHECK ${p.with_check})`);
    }
    const expected = readOnly.includes(t.table) ? READ_ONLY : READ_WRITE;
    if (t.privileges.join() !== [...expected].sort().join()) {
      gap(`${APP_ROLE} has ${t.privileges.length ? t.privileges.join(', ') : 'no privilege'}; expected ${expected.join(', ')}${expected === READ_WRITE && t.privileges.join() === 'SELECT' ? ' (or list it among the read-only tenant tables if PostgreSQL maintains it)' : ''}`);
    }
  }
  const foreignKeys = await rowsOf<{ table: string; name: string; target: string }>(db, `
    SELECT c.relname AS table, k.conname AS name, r.relname AS target
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_class r ON r.oid = k.confrelid
      JOIN pg_attribute ca ON ca.attrelid = c.oid AND ca.attname = $2 AND NOT ca.attisdropped
      JOIN pg_attribute ra ON ra.attrelid = r.oid AND ra.attname = $2 AND NOT ra.attisdropped
     WHERE k.contype = 'f' AND n.nspname = $1
       AND NOT EXISTS (SELECT 1 FROM unnest(k.conkey, k.confkey) AS pair(own, other) WHERE pair.own = ca.attnum AND pair.other = ra.attnum)
     ORDER BY 1, 2`, [schema, TENANT_COLUMN]);
  for (const fk of foreignKeys) gaps.push({ table: fk.table, problem: `foreign key ${fk.name} to tenant table ${fk.target} does not pair ${TENANT_COLUMN} with ${TENANT_COLUMN}` });
  return gaps;
}

export function describeGaps(gaps: readonly TenantSecurityGap[]): string {
  return gaps.map((g) => `  ${g.table}: ${g.problem}`).join('\n');
}
