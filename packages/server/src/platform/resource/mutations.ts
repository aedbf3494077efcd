import { snapshot, writeAudit, writeAuditMany } from '../audit/audit';
import { assertCan, limitedToOwnRows } from '../auth/policy';
import { customFieldDefinitions, validateCustomFields } from '../custom-fields/validate';
import { badInput, conflict, forbidden, notFound } from '../errors';
import { uuidv7 } from '../ids';
import { announce } from '../events/announce';
import { ident, joinSql, sql, Sql } from '../sql';
import type { TenantContext } from '../context';
import { ownershipOf, type ResourceDefinition } from './definition';
import { fieldsOf, hydrate, tableOf, type FieldInfo } from './metadata';

const SYSTEM_FIELDS = new Set(['id', 'organizationId', 'createdAt', 'updatedAt', 'deletedAt', 'version']);

function toParam(info: FieldInfo, value: unknown): unknown {
  return info.kind === 'json' && value !== null && value !== undefined ? JSON.stringify(value) : value;
}

function writableFields(def: ResourceDefinition, values: Record<string, unknown>): [FieldInfo, unknown][] {
  const fields = fieldsOf(def.entity);
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([property, value]) => {
      const info = fields.get(property);
      if (!info || SYSTEM_FIELDS.has(property)) throw new Error(`${def.name}.${property} is not writable`);
      return [info, value] as [FieldInfo, unknown];
    });
}

/** Reads one row of the tenant and locks it for the rest of the transaction. */
export async function lockRow<E>(ctx: TenantContext, def: ResourceDefinition<E>, id: string, opts: { deleted?: boolean } = {}): Promise<E> {
  const hasSoftDelete = fieldsOf(def.entity).has('deletedAt');
  const deletedFilter = !hasSoftDelete ? Sql.raw('TRUE') : opts.deleted ? Sql.raw('t.deleted_at IS NOT NULL') : Sql.raw('t.deleted_at IS NULL');
  const row = await ctx.db.one(sql`SELECT t.* FROM ${ident(tableOf(def.entity))} t
    WHERE t.organization_id = ${ctx.organizationId} AND t.id = ${id}::uuid AND ${deletedFilter} FOR UPDATE`);
  if (!row) throw notFound(opts.deleted ? `A deleted ${def.name} with this id` : def.name, 'id');
  return hydrate(def.entity, row);
}

export async function insertRow<E>(ctx: TenantContext, def: ResourceDefinition<E>, values: Record<string, unknown>): Promise<E> {
  const entries = writableFields(def, values);
  const columns = [Sql.raw('organization_id'), Sql.raw('id'), ...entries.map(([info]) => ident(info.column))];
  const params = [sql`${ctx.organizationId}`, sql`${(values.id as string) ?? uuidv7()}`, ...entries.map(([info, v]) => sql`${toParam(info, v)}`)];
  const row = await ctx.db.one(sql`INSERT INTO ${ident(tableOf(def.entity))} (${joinSql(columns, ', ')}) VALUES (${joinSql(params, ', ')}) RETURNING *`);
  return hydrate(def.entity, row!);
}

export async function updateRow<E>(ctx: TenantContext, def: ResourceDefinition<E>, id: string, values: Record<string, unknown>): Promise<E> {
  const entries = writableFields(def, values);
  const fields = fieldsOf(def.entity);
  const sets = entries.map(([info, v]) => sql`${ident(info.column)} = ${toParam(info, v)}`);
  if (fields.has('version')) sets.push(Sql.raw('version = version + 1'));
  if (fields.has('updatedAt')) sets.push(Sql.raw('updated_at = now()'));
  const row = await ctx.db.one(sql`UPDATE ${ident(tableOf(def.entity))} SET ${joinSql(sets, ', ')}
    WHERE organization_id = ${ctx.organizationId} AND id = ${id}::uuid RETURNING *`);
  return hydrate(def.entity, row!);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return new Date(a as Date).getTime() === new Date(b as Date).getTime();
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return String(a ?? '') === String(b ?? '') && (a === null) === (b === null);
}

/** Who owns a new record: the actor unless said otherwise; a role limited to its own rows creates only its own. */
function applyOwnership(ctx: TenantContext, def: ResourceDefinition, values: Record<string, unknown>): void {
  if (!def.ownedBy) return;
  if (values[def.ownedBy] === undefined || values[def.ownedBy] === null) values[def.ownedBy] = ctx.actor.userId;
  if (limitedToOwnRows(ctx.actor, def.area) && values[def.ownedBy] !== ctx.actor.userId) {
    throw forbidden(`Your role (${ctx.actor.role}) can only create ${def.plural} it owns`);
  }
}

/** The one write path for creates: access → validate → hook → insert → audit, in one transaction. */
export async function createRecord<E>(ctx: TenantContext, def: ResourceDefinition<E>, input: object, action = 'CREATE'): Promise<E> {
  assertCan(ctx.actor, 'create', def.area);
  const values: Record<string, unknown> = { ...input };
  applyOwnership(ctx, def, values);
  const created = await ctx.db.transaction(async () => {
    if (def.customFields) values.customFields = await validateCustomFields(ctx, def.name, {}, values.customFields as Record<string, unknown>);
    await def.hooks?.beforeCreate?.(ctx, values);
    const entity = await insertRow(ctx, def, values);
    await writeAudit(ctx, def.name, (entity as { id: string }).id, action, null, snapshot(entity as object));
    await def.hooks?.afterWrite?.(ctx, action, null, entity);
    announce(ctx, def, action, entity as object);
    return entity;
  });
  ctx.loaders.prime(def, created);
  return created;
}

/**
 * Many creates through the same steps as createRecord (access, ownership, custom fields, hooks,
 * audit, events) with one INSERT for the rows and one for their audit entries: what an import of
 * thousands of rows needs. Runs inside the caller's transaction; a failure fails them all.
 */
export async function createRecords<E>(ctx: TenantContext, def: ResourceDefinition<E>, inputs: object[]): Promise<E[]> {
  assertCan(ctx.actor, 'create', def.area);
  if (inputs.length === 0) return [];
  return ctx.db.transaction(async () => {
    const rows: Record<string, unknown>[] = [];
    const definitions = def.customFields ? await customFieldDefinitions(ctx, def.name) : [];
    for (const input of inputs) {
      const values: Record<string, unknown> = { ...input, id: uuidv7() };
      applyOwnership(ctx, def, values);
      if (def.customFields) values.customFields = await validateCustomFields(ctx, def.name, {}, values.customFields as Record<string, unknown>, 'input.customFields', definitions);
      await def.hooks?.beforeCreate?.(ctx, values);
      rows.push(values);
    }
    const fields = fieldsOf(def.entity);
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => k !== 'id' && r[k] !== undefined)))];
    for (const key of columns) if (!fields.has(key) || SYSTEM_FIELDS.has(key)) throw new Error(`${def.name}.${key} is not writable`);
    const infos = columns.map((key) => fields.get(key)!);
    const tuples = rows.map((r) => sql`(${joinSql([sql`${ctx.organizationId}`, sql`${r.id as string}`, ...infos.map((info) => (r[info.property] === undefined ? Sql.raw('DEFAULT') : sql`${toParam(info, r[info.property])}`))], ', ')})`);
    const inserted = await ctx.db.query(sql`INSERT INTO ${ident(tableOf(def.entity))} (${joinSql([Sql.raw('organization_id'), Sql.raw('id'), ...infos.map((i) => ident(i.column))], ', ')})
      VALUES ${joinSql(tuples, ', ')} RETURNING *`);
    const byId = new Map(inserted.map((row) => [row.id as string, hydrate(def.entity, row)]));
    const entities = rows.map((r) => byId.get(r.id as string)!);
    await writeAuditMany(ctx, def.name, 'CREATE', entities.map((e) => ({ id: (e as unknown as { id: string }).id, newValues: snapshot(e as object) })));
    for (const entity of entities) {
      await def.hooks?.afterWrite?.(ctx, 'CREATE', null, entity);
      announce(ctx, def, 'CREATE', entity as object);
    }
    return entities;
  });
}

/** Updates only the fields given; refuses a stale expectedVersion with CONFLICT. */
export async function updateRecord<E>(ctx: TenantContext, def: ResourceDefinition<E>, id: string, input: object, expectedVersion?: number | null): Promise<E> {
  assertCan(ctx.actor, 'update', def.area);
  const fields = fieldsOf(def.entity);
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (value === null && !fields.get(key)?.nullable && key !== 'customFields') throw badInput(`input.${key}`, `${key} cannot be empty`);
    patch[key] = value;
  }
  const updated = await ctx.db.transaction(async () => {
    const existing = await lockRow(ctx, def, id);
    assertCan(ctx.actor, 'update', def.area, ownershipOf(def, existing as object));
    checkVersion(def, existing, expectedVersion);
    if (def.customFields && 'customFields' in patch) {
      patch.customFields = await validateCustomFields(ctx, def.name, (existing as { customFields: Record<string, unknown> }).customFields ?? {}, patch.customFields as Record<string, unknown>);
    }
    await def.hooks?.beforeUpdate?.(ctx, existing, patch);
    const changed = Object.keys(patch).filter((k) => !sameValue((existing as Record<string, unknown>)[k], patch[k]));
    if (changed.length === 0) return existing;
    const changes = Object.fromEntries(changed.map((k) => [k, patch[k]]));
    const entity = await updateRow(ctx, def, id, changes);
    await writeAudit(ctx, def.name, id, 'UPDATE', snapshot(existing as object, changed), snapshot(entity as object, changed));
    await def.hooks?.afterWrite?.(ctx, 'UPDATE', existing, entity);
    announce(ctx, def, 'UPDATE', entity as object, existing as object);
    return entity;
  });
  ctx.loaders.prime(def, updated);
  return updated;
}

export function checkVersion(def: ResourceDefinition, existing: unknown, expectedVersion?: number | null): void {
  const current = (existing as { version?: number }).version;
  if (expectedVersion != null && current !== expectedVersion) {
    throw conflict(`This ${def.name} was changed by someone else (version ${current}, you had ${expectedVersion}); reload and retry`, { currentVersion: current });
  }
}

/** The soft delete itself: the row goes to the trash (restorable), its version moves on. */
export async function trashRow<E>(ctx: TenantContext, def: ResourceDefinition<E>, id: string): Promise<E> {
  const row = await ctx.db.one(sql`UPDATE ${ident(tableOf(def.entity))} SET deleted_at = now(), version = version + 1, updated_at = now()
    WHERE organization_id = ${ctx.organizationId} AND id = ${id}::uuid RETURNING *`);
  return hydrate(def.entity, row!);
}

/** Moves a record to the trash (soft delete); restorable. */
export async function deleteRecord<E>(ctx: TenantContext, def: ResourceDefinition<E>, id: string): Promise<E> {
  assertCan(ctx.actor, 'delete', def.area);
  return ctx.db.transaction(async () => {
    const existing = await lockRow(ctx, def, id);
    assertCan(ctx.actor, 'delete', def.area, ownershipOf(def, existing as object));
    await def.hooks?.beforeDelete?.(ctx, existing);
    const entity = await trashRow(ctx, def, id);
    await writeAudit(ctx, def.name, id, 'DELETE', snapshot(existing as object, ['deletedAt']), snapshot(entity as object, ['deletedAt']));
    await def.hooks?.afterWrite?.(ctx, 'DELETE', existing, entity);
    announce(ctx, def, 'DELETE', entity as object);
    return entity;
  });
}

export async function restoreRecord<E>(ctx: TenantContext, def: ResourceDefinition<E>, id: string): Promise<E> {
  assertCan(ctx.actor, 'update', def.area);
  const restored = await ctx.db.transaction(async () => {
    const existing = await lockRow(ctx, def, id, { deleted: true });
    assertCan(ctx.actor, 'update', def.area, ownershipOf(def, existing as object));
    const row = await ctx.db.one(sql`UPDATE ${ident(tableOf(def.entity))} SET deleted_at = NULL, version = version + 1, updated_at = now()
      WHERE organization_id = ${ctx.organizationId} AND id = ${id}::uuid RETURNING *`);
    const entity = hydrate(def.entity, row!);
    await writeAudit(ctx, def.name, id, 'RESTORE', snapshot(existing as object, ['deletedAt']), snapshot(entity as object, ['deletedAt']));
    await def.hooks?.afterWrite?.(ctx, 'RESTORE', existing, entity);
    announce(ctx, def, 'RESTORE', entity as object);
    return entity;
  });
  ctx.loaders.prime(def, restored);
  return restored;
}
