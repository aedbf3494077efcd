import { rowsOf, TENANT_COLUMN, type Queryable } from '../platform/tenant-security';
import { COORDINATOR_TABLES, REFERENCE_TABLES } from './table-kinds';

/**
 * What Citus needs to distribute this schema by organization_id, read from the catalog of a plain
 * PostgreSQL (test/platform/citus-rules.test.ts), and the statements that distribute it
 * (src/scripts/citus-distribute.ts). The rules are those Citus enforces when it distributes a table:
 *  - a unique constraint or index of a distributed table includes the distribution column;
 *  - a foreign key between distributed tables pairs distribution column with distribution column
 *    (same position on both sides), never sets it NULL/DEFAULT on delete, never cascades updates;
 *  - reference and local tables have no foreign keys to distributed tables; distributed tables none
 *    to local tables;
 *  - colocated tables share the distribution column's type, and it is never NULL.
 */

export interface CitusLayout {
  reference: readonly string[];
  coordinator: readonly string[];
  schema?: string;
}

export const CITUS_LAYOUT: CitusLayout = { reference: REFERENCE_TABLES, coordinator: COORDINATOR_TABLES };

interface TableRow { table: string; tenant: boolean; column_type: string | null; not_null: boolean | null }
interface UniqueRow { table: string; index: string; definition: string }
interface ForeignKeyRow { name: string; table: string; target: string; paired: boolean; on_delete: string; on_update: string }

export interface CitusCatalog {
  tables: TableRow[];
  uniques: UniqueRow[];
  foreignKeys: ForeignKeyRow[];
}

export async function readCitusCatalog(db: Queryable, schema = 'public'): Promise<CitusCatalog> {
  const tables = await rowsOf<TableRow>(db, `
    SELECT c.relname AS table, a.attnum IS NOT NULL AS tenant, format_type(a.atttypid, a.atttypmod) AS column_type, a.attnotnull AS not_null
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = $2 AND NOT a.attisdropped
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     ORDER BY 1`, [schema, TENANT_COLUMN]);
  // Primary keys, unique constraints, unique indexes and exclusion constraints: the distribution column as a key column.
  const uniques = await rowsOf<UniqueRow>(db, `
    SELECT c.relname AS table, i.relname AS index, pg_get_indexdef(x.indexrelid) AS definition
      FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = $2 AND NOT a.attisdropped
     WHERE n.nspname = $1 AND (x.indisunique OR x.indisexclusion)
       AND NOT a.attnum = ANY ((x.indkey::int2[])[0:x.indnkeyatts - 1])
     ORDER BY 1, 2`, [schema, TENANT_COLUMN]);
  const foreignKeys = await rowsOf<ForeignKeyRow>(db, `
    SELECT k.conname AS name, c.relname AS table, r.relname AS target,
           EXISTS (SELECT 1 FROM unnest(k.conkey, k.confkey) AS pair(own, other) WHERE pair.own = ca.attnum AND pair.other = ra.attnum) AS paired,
           k.confdeltype AS on_delete, k.confupdtype AS on_update
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_class r ON r.oid = k.confrelid
      LEFT JOIN pg_attribute ca ON ca.attrelid = c.oid AND ca.attname = $2 AND NOT ca.attisdropped
      LEFT JOIN pg_attribute ra ON ra.attrelid = r.oid AND ra.attname = $2 AND NOT ra.attisdropped
     WHERE k.contype = 'f' AND n.nspname = $1
     ORDER BY 2, 1`, [schema, TENANT_COLUMN]);
  return { tables, uniques, foreignKeys };
}

type Kind = 'distributed' | 'reference' | 'coordinator' | 'unlisted';

function kinds(catalog: CitusCatalog, layout: CitusLayout): Map<string, Kind> {
  return new Map(catalog.tables.map((t) => [t.table,
    t.tenant ? 'distributed' : layout.reference.includes(t.table) ? 'reference' : layout.coordinator.includes(t.table) ? 'coordinator' : 'unlisted']));
}

/** Every reason the schema could not be distributed by organization_id as laid out; empty when it can. */
export function findCitusViolations(catalog: CitusCatalog, layout: CitusLayout = CITUS_LAYOUT): string[] {
  const violations: string[] = [];
  const kind = kinds(catalog, layout);
  const tenantTypes = new Set<string>();
  for (const t of catalog.tables) {
    const listed = [layout.reference.includes(t.table) && 'reference', layout.coordinator.includes(t.table) && 'coordinator'].filter(Boolean);
    if (t.tenant) {
      tenantTypes.add(t.column_type!);
      if (listed.length) violations.push(`${t.table} has ${TENANT_COLUMN} (it is distributed by it) but is listed as a ${listed.join(' and ')} table`);
      if (!t.not_null) violations.push(`${t.table}.${TENANT_COLUMN} may be NULL: a distribution column never is`);
    } else if (!listed.length) {
      violations.push(`${t.table} has no ${TENANT_COLUMN} and is listed neither as a reference nor as a coordinator table (src/db/table-kinds.ts)`);
    } else if (listed.length > 1) {
      violations.push(`${t.table} is listed both as a reference and as a coordinator table`);
    }
  }
  if (tenantTypes.size > 1) violations.push(`${TENANT_COLUMN} has several types (${[...tenantTypes].join(', ')}): colocated tables share one`);
  for (const name of [...layout.reference, ...layout.coordinator]) {
    if (!kind.has(name)) violations.push(`${name} is listed in src/db/table-kinds.ts but no such table exists`);
  }
  for (const u of catalog.uniques) violations.push(`${u.table}: unique index ${u.index} does not include ${TENANT_COLUMN} (${u.definition})`);
  for (const fk of catalog.foreignKeys) {
    const from = kind.get(fk.table);
    const to = kind.get(fk.target);
    if (from === 'distributed' && to === 'distributed') {
      if (!fk.paired) violations.push(`${fk.table}: foreign key ${fk.name} to ${fk.target} does not pair ${TENANT_COLUMN} with ${TENANT_COLUMN}`);
      if (fk.on_delete === 'n' || fk.on_delete === 'd') violations.push(`${fk.table}: foreign key ${fk.name} sets its columns (${TENANT_COLUMN} among them) to NULL/DEFAULT on delete`);
      if (['n', 'd', 'c'].includes(fk.on_update)) violations.push(`${fk.table}: foreign key ${fk.name} changes its columns on update`);
    } else if ((from === 'distributed' || from === 'reference') && to === 'coordinator') {
      violations.push(`${fk.table}: foreign key ${fk.name} points at coordinator-only table ${fk.target}`);
    } else if (from !== 'distributed' && to === 'distributed') {
      violations.push(`${fk.table}: foreign key ${fk.name} from a ${from} table to distributed table ${fk.target}`);
    }
  }
  return violations;
}

/** Tables in an order where each comes after the tables its foreign keys point at (then by name). */
function dependencyOrder(tables: string[], foreignKeys: ForeignKeyRow[]): string[] {
  const pending = new Set(tables);
  const ordered: string[] = [];
  while (pending.size) {
    const ready = [...pending].filter((t) => !foreignKeys.some((fk) => fk.table === t && fk.target !== t && pending.has(fk.target))).sort();
    if (!ready.length) throw new Error(`foreign keys form a cycle among ${[...pending].join(', ')}`);
    for (const t of ready) { ordered.push(t); pending.delete(t); }
  }
  return ordered;
}

/**
 * The statements that distribute the schema: reference tables first, then every tenant table by
 * organization_id, all in one colocation group, each after the tables it references. Refuses a
 * schema with violations. Tables in `alreadyDistributed` (pg_dist_partition) are left out, so a
 * re-run after later migrations distributes only the new tables.
 */
export function distributionStatements(catalog: CitusCatalog, layout: CitusLayout = CITUS_LAYOUT, alreadyDistributed: readonly string[] = []): string[] {
  const violations = findCitusViolations(catalog, layout);
  if (violations.length) throw new Error(`The schema cannot be distributed by ${TENANT_COLUMN}:\n  ${violations.join('\n  ')}`);
  const kind = kinds(catalog, layout);
  const of = (k: Kind) => catalog.tables.filter((t) => kind.get(t.table) === k).map((t) => t.table);
  const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const reference = dependencyOrder(of('reference'), catalog.foreignKeys);
  const distributed = dependencyOrder(of('distributed'), catalog.foreignKeys);
  // The group is named after a table that must already be distributed: the first. Which one changes nothing.
  const anchor = distributed[0];
  return [
    ...reference.filter((t) => !alreadyDistributed.includes(t)).map((t) => `SELECT create_reference_table(${quote(t)})`),
    ...distributed.filter((t) => !alreadyDistributed.includes(t)).map((t) => t === anchor
      ? `SELECT create_distributed_table(${quote(t)}, ${quote(TENANT_COLUMN)})`
      : `SELECT create_distributed_table(${quote(t)}, ${quote(TENANT_COLUMN)}, colocate_with => ${quote(anchor)})`),
  ];
}
