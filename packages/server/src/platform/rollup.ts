import type { QueryRunner } from 'typeorm';

/**
 * Rollups: sums over a tenant table kept current by PostgreSQL, so that a read model (board column
 * totals, forecast months) costs the same at 10,000 rows as at 1,000,000, and stays right whichever
 * path writes the rows (the API, the data generator, a fix by hand).
 *
 * A rollup is declared (keys, summed measures, which rows count) and its migration calls
 * `createRollup`: a table with one row per key (NULLs are one key), a backfill, and statement-level
 * triggers with transition tables on the source. A bulk insert folds into one upsert per key; keys
 * whose deltas are all zero (a title edit, a reorder inside a column) write nothing, so ordinary
 * edits never touch a hot row. Upserts go in key order, so two concurrent writes lock the same rows
 * in the same order and cannot deadlock. Readers see it under row-level security like any tenant table.
 */
export interface RollupDefinition {
  /** The rollup's table. */
  table: string;
  /** The table whose rows are summed. */
  source: string;
  /** Grouping columns: name, SQL type, and the expression over a source row (default: the same column). */
  keys: { column: string; type: string; expression?: string }[];
  /** Summed columns: name and the expression over a source row. */
  measures: { column: string; expression: string }[];
  /** Which source rows count. */
  where: string;
  /** Extra table constraints (foreign keys). */
  constraints?: string[];
}

const keyColumns = (def: RollupDefinition) => def.keys.map((k) => `"${k.column}"`).join(', ');
const measureColumns = (def: RollupDefinition) => def.measures.map((m) => `"${m.column}"`).join(', ');

/** Each counted row of `rows` as its keys and signed measures. */
function deltas(def: RollupDefinition, rows: string, sign: 1 | -1, scope?: string): string {
  const keys = def.keys.map((k) => `${k.expression ?? `"${k.column}"`} AS "${k.column}"`);
  const measures = def.measures.map((m) => `${sign} * coalesce(${m.expression}, 0) AS "${m.column}"`);
  return `SELECT ${[...keys, ...measures].join(', ')} FROM ${rows} WHERE ${scope ? `(${def.where}) AND (${scope})` : def.where}`;
}

function upsert(def: RollupDefinition, source: string): string {
  const sums = def.measures.map((m) => `sum("${m.column}")`);
  const grouping = def.keys.map((_, i) => String(i + 1)).join(', ');
  return `INSERT INTO "${def.table}" AS t (${keyColumns(def)}, ${measureColumns(def)})
    SELECT ${keyColumns(def)}, ${sums.join(', ')} FROM (${source}) d
     GROUP BY ${grouping} HAVING ${sums.map((s) => `${s} <> 0`).join(' OR ')} ORDER BY ${grouping}
    ON CONFLICT (${keyColumns(def)}) DO UPDATE SET ${def.measures.map((m) => `"${m.column}" = t."${m.column}" + excluded."${m.column}"`).join(', ')}`;
}

/** The statements that create a rollup, fill it from the rows already there, and keep it current. */
export function rollupStatements(def: RollupDefinition): string[] {
  const fn = `app_rollup_${def.table}`;
  return [
    `CREATE TABLE "${def.table}" (
      ${def.keys.map((k) => `"${k.column}" ${k.type}`).join(',\n      ')},
      ${def.measures.map((m) => `"${m.column}" numeric NOT NULL`).join(',\n      ')},
      CONSTRAINT "uq_${def.table}__key" UNIQUE NULLS NOT DISTINCT (${keyColumns(def)})${(def.constraints ?? []).map((c) => `,\n      ${c}`).join('')}
    )`,
    upsert(def, deltas(def, `"${def.source}"`, 1)),
    `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${upsert(def, deltas(def, 'new_rows', 1))};
        ELSIF TG_OP = 'UPDATE' THEN
          ${upsert(def, `${deltas(def, 'new_rows', 1)} UNION ALL ${deltas(def, 'old_rows', -1)}`)};
        ELSE
          ${upsert(def, deltas(def, 'old_rows', -1))};
        END IF;
        RETURN NULL;
      END $$`,
    `CREATE TRIGGER ${def.table}_insert AFTER INSERT ON "${def.source}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${def.table}_update AFTER UPDATE ON "${def.source}" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${def.table}_delete AFTER DELETE ON "${def.source}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    `ALTER TABLE "${def.table}" ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON "${def.table}" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`,
    `GRANT SELECT ON "${def.table}" TO crm_app`,
  ];
}

/** The names of the triggers that keep a rollup (what a bulk load switches off and `rollupRebuildStatements` replaces). */
export function rollupTriggers(def: RollupDefinition): string[] {
  return ['insert', 'update', 'delete'].map((op) => `${def.table}_${op}`);
}

/**
 * Recomputes a rollup's rows for the source rows matching `scope` (a condition on the source's own
 * columns, e.g. `organization_id = ANY($1::uuid[])`, also used on the rollup's table) in two
 * set-based statements: after a load with the triggers off, the rows hold what the triggers would
 * have kept (keys whose sums are all zero are left out, as the triggers leave nothing to add).
 */
export function rollupRebuildStatements(def: RollupDefinition, scope: string): string[] {
  return [`DELETE FROM "${def.table}" WHERE ${scope}`, upsert(def, deltas(def, `"${def.source}"`, 1, scope))];
}

export async function createRollup(q: QueryRunner, def: RollupDefinition): Promise<void> {
  for (const statement of rollupStatements(def)) await q.query(statement);
}

export async function dropRollup(q: QueryRunner, def: RollupDefinition): Promise<void> {
  for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER IF EXISTS ${def.table}_${op} ON "${def.source}"`);
  await q.query(`DROP FUNCTION IF EXISTS app_rollup_${def.table}()`);
  await q.query(`DROP TABLE IF EXISTS "${def.table}"`);
}
