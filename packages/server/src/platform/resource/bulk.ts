import { validateSync } from 'class-validator';
import { snapshot, writeAuditMany } from '../audit/audit';
import { assertCan } from '../auth/policy';
import { announceBatch } from '../events/announce';
import type { TenantContext } from '../context';
import { AppError, badInput } from '../errors';
import { uuidv7 } from '../ids';
import { ident, joinSql, sql, Sql } from '../sql';
import { resourceOfEntity, type ResourceDefinition } from './definition';
import { assertExactInput } from './exact';
import { declaredFields } from './fields';
import { entityMetadata, fieldsOf, hydrate, tableOf } from './metadata';
import { scope } from './query';

/**
 * Bulk upsert on a natural key, for ingestion from outside systems: a batch of create inputs is
 * checked row by row (validation, exact decimals, references readable in the caller's organization,
 * one row per key), then written in ONE statement (INSERT … SELECT FROM unnest(…) ON CONFLICT (key)
 * DO UPDATE … WHERE … IS DISTINCT FROM …), so re-sending a batch changes no row, version or updated_at.
 */

export const BULK_MAX_ROWS = 5_000;

export interface RowProblem { index: number; field: string; code: string; message: string }

export interface BulkOutcome<E> {
  inserted: E[];
  updated: E[];
  unchanged: number;
  problems: RowProblem[];
}

/** The pg type of a column for an unnest array cast (enum columns by their type name). */
function pgType(entity: Function, property: string): string {
  const column = entityMetadata(entity).columns.find((c) => c.propertyName === property)!;
  if (column.type === 'enum') return `"${column.enumName}"`;
  const type = String(column.type);
  return type === 'varchar' || type === 'char' ? 'text' : type;
}

/** Every problem of every row, by index: validation, exactness, duplicates of the key inside the batch, references the caller cannot read. */
export async function checkRows(ctx: TenantContext, def: ResourceDefinition, rows: Record<string, unknown>[], key: string[]): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  const Input = def.createInput as new () => object;
  for (const [index, row] of rows.entries()) {
    // Synchronous: the input classes' validators are all synchronous, and thousands of awaits cost more than the checks.
    for (const failure of validateSync(Object.assign(new Input(), row), { skipMissingProperties: true, forbidUnknownValues: false })) {
      problems.push({ index, field: failure.property, code: 'BAD_USER_INPUT', message: Object.values(failure.constraints ?? {})[0] ?? 'Invalid value' });
    }
    try {
      assertExactInput(def.entity, row);
    } catch (error) {
      const e = error as AppError;
      problems.push({ index, field: String(e.extensions?.field ?? '').replace(/^input\./, ''), code: 'BAD_USER_INPUT', message: e.message });
    }
  }
  const seen = new Map<string, number>();
  const defaults = new Map(declaredFields(def.entity).map((f) => [f.property, typeof f.default === 'object' ? undefined : f.default]));
  const keyPart = (row: Record<string, unknown>, k: string) => (row[k] instanceof Date ? (row[k] as Date).toISOString() : row[k] ?? defaults.get(k) ?? null);
  for (const [index, row] of rows.entries()) {
    const identity = JSON.stringify(key.map((k) => keyPart(row, k)));
    const first = seen.get(identity);
    if (first === undefined) seen.set(identity, index);
    else problems.push({ index, field: key[key.length - 1], code: 'CONFLICT', message: `Same ${key.join(' + ')} as row ${first}` });
  }
  for (const f of declaredFields(def.entity).filter((s) => s.reference && !s.reference.global)) {
    const target = resourceOfEntity((f.reference!.shows ?? f.reference!.target)());
    const ids = [...new Set(rows.map((r) => r[f.property]).filter((v): v is string => typeof v === 'string'))];
    if (ids.length === 0) continue;
    // Another organization's row is invisible here, so it is refused like a missing one.
    const found = await ctx.db.query<{ id: string }>(sql`SELECT t.id FROM ${ident(tableOf(target.entity))} t WHERE ${scope(target, ctx, 't')} AND t.id = ANY(${ids}::uuid[])`);
    const known = new Set(found.map((r) => r.id));
    for (const [index, row] of rows.entries()) {
      const id = row[f.property];
      if (typeof id === 'string' && !known.has(id)) problems.push({ index, field: f.property, code: 'NOT_FOUND', message: `No ${target.name} with this id in your organization` });
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** Writes the rows (already checked) in one statement; returns those inserted and those whose values changed. */
export async function upsertRows<E>(ctx: TenantContext, def: ResourceDefinition<E>, rows: Record<string, unknown>[], key: string[]): Promise<Omit<BulkOutcome<E>, 'problems'>> {
  if (rows.length === 0) return { inserted: [], updated: [], unchanged: 0 };
  const fields = fieldsOf(def.entity);
  const written = declaredFields(def.entity).filter((f) => (f.input ?? 'both') !== 'none').map((f) => fields.get(f.property)!);
  const meta = entityMetadata(def.entity);
  const columns = written.map((info) => {
    const column = meta.columns.find((c) => c.propertyName === info.property)!;
    const given = column.default;
    // A row that leaves out a field with a default gets it, as an INSERT would.
    const fallback = given === undefined ? undefined : typeof given === 'function' ? Sql.raw(String(given())) : sql`${given}`;
    const values = rows.map((r) => {
      const v = r[info.property];
      return v === undefined || v === null ? null : info.kind === 'json' ? JSON.stringify(v) : v;
    });
    return { info, fallback, array: sql`${values}::${Sql.raw(pgType(def.entity, info.property))}[]` };
  });
  const names = columns.map((c) => ident(c.info.column));
  const value = (c: (typeof columns)[number]) => (c.fallback ? sql`coalesce(x.${ident(c.info.column)}, ${c.fallback})` : sql`x.${ident(c.info.column)}`);
  const keyColumns = key.map((k) => ident(fields.get(k)!.column));
  const changing = columns.filter((c) => !key.includes(c.info.property)).map((c) => ident(c.info.column));
  const sets = [...changing.map((n) => sql`${n} = EXCLUDED.${n}`), ...(fields.has('version') ? [Sql.raw('version = t.version + 1'), Sql.raw('updated_at = now()')] : [])];
  const table = ident(tableOf(def.entity));
  const result = await ctx.db.query<Record<string, unknown>>(sql`
    WITH x AS (SELECT * FROM unnest(${rows.map(() => uuidv7())}::uuid[], ${joinSql(columns.map((c) => c.array), ', ')}) AS x(id, ${joinSql(names, ', ')})),
    up AS (
      INSERT INTO ${table} AS t (organization_id, id, ${joinSql(names, ', ')})
      SELECT ${ctx.organizationId}::uuid, x.id, ${joinSql(columns.map(value), ', ')} FROM x
      ON CONFLICT (organization_id, ${joinSql(keyColumns, ', ')}) DO UPDATE SET ${joinSql(sets, ', ')}
      WHERE (${joinSql(changing.map((n) => sql`t.${n}`), ', ')}) IS DISTINCT FROM (${joinSql(changing.map((n) => sql`EXCLUDED.${n}`), ', ')})
      RETURNING t.*, (xmax = 0) AS "__inserted")
    SELECT * FROM up`);
  const inserted: E[] = [];
  const updated: E[] = [];
  for (const row of result) (row.__inserted ? inserted : updated).push(hydrate(def.entity, row));
  await writeAuditMany(ctx, def.name, 'CREATE', inserted.map((e) => ({ id: (e as { id: string }).id, newValues: snapshot(e as object) })));
  await writeAuditMany(ctx, def.name, 'UPDATE', updated.map((e) => ({ id: (e as { id: string }).id, newValues: snapshot(e as object) })));
  // Like every write, the batch is news for subscribers and webhooks: one INGEST event, unchanged rows left out.
  announceBatch(ctx, def, [...inserted, ...updated] as object[]);
  return { inserted, updated, unchanged: rows.length - result.length };
}

/**
 * A whole ingestion batch in one transaction: with any bad row, ALL_OR_NOTHING writes nothing and
 * refuses with every problem listed; PARTIAL writes the good rows and reports the others.
 */
export async function ingestRows<E>(ctx: TenantContext, def: ResourceDefinition<E>, rows: Record<string, unknown>[], key: string[], partial: boolean): Promise<BulkOutcome<E>> {
  assertCan(ctx.actor, 'create', def.area);
  assertCan(ctx.actor, 'update', def.area);
  if (rows.length > BULK_MAX_ROWS) throw badInput('rows', `A batch holds at most ${BULK_MAX_ROWS} rows; this one has ${rows.length}`);
  return ctx.db.transaction(async () => {
    const problems = await checkRows(ctx, def, rows, key);
    if (problems.length && !partial) {
      throw new AppError('BAD_USER_INPUT', `${new Set(problems.map((p) => p.index)).size} of ${rows.length} rows are bad; nothing was written`, { field: 'rows', rows: problems });
    }
    const bad = new Set(problems.map((p) => p.index));
    return { ...(await upsertRows(ctx, def, rows.filter((_, i) => !bad.has(i)), key)), problems };
  });
}
