import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Ctx, FieldResolver, Float, Info, Int, Resolver, Root } from 'type-graphql';
import { assertCan } from '../auth/policy';
import { requireTenant, type RequestContext, type TenantContext } from '../context';
import { DecimalScalar } from '../scalars';
import { ident, sql, Sql } from '../sql';
import type { ResourceDefinition } from './definition';
import { defineMethod } from './define-method';
import { hydrate, tableOf } from './metadata';
import { scope } from './query';

/**
 * Computed fields (PostGraphile's computed columns): a value or a related row stated once, as SQL
 * on the row. A compiled read selects it inside its one statement; anywhere else (a read that is
 * not compiled, a mutation's answer) one batched statement per request computes it for every row
 * that asks, so the two paths cannot disagree.
 */
export interface ComputedValue {
  kind: 'value';
  type: () => unknown;
  nullable?: boolean;
  description?: string;
  /** The value for the row at `row` (an alias of this resource's table), JSON-ready: Decimal as text. */
  sql(ctx: TenantContext, row: string): Sql;
  /** A value of another computed field's row: a compiled read that asks for both reads that row once. */
  fromRow?: FromRow;
}

export interface FromRow {
  row: ComputedRow;
  /** The value, from the row at `target` (there is one). */
  sql(ctx: TenantContext, target: string): Sql;
  /** The value when there is no row (or `sql` gives null). */
  absent: Sql;
}

export interface ComputedRow {
  kind: 'row';
  resource: () => ResourceDefinition;
  description?: string;
  /** Which rows of the target (at alias `target`) belong to the row at `row`, besides the target's scope. */
  where(ctx: TenantContext, row: string, target: string): Sql;
  /** The order whose first row is the answer. */
  orderBy(target: string): Sql;
}

export type ComputedField = ComputedValue | ComputedRow;

type ValueOptions = { description?: string; nullable?: boolean } & ({ sql: ComputedValue['sql'] } | { fromRow: FromRow });

/** A value given as `fromRow` also gets its standalone SQL: the row looked up on its own. */
function valueOf(type: () => unknown, o: ValueOptions): ComputedValue {
  if ('sql' in o) return { kind: 'value', type, ...o };
  const { fromRow } = o;
  return { kind: 'value', type, ...o, sql: (ctx, row) => sql`coalesce(${computedRowSql(ctx, fromRow.row, row, 'fr', fromRow.sql(ctx, 'fr'))}, ${fromRow.absent})` };
}

export const computed = {
  int: (o: ValueOptions): ComputedValue => valueOf(() => Int, o),
  float: (o: ValueOptions): ComputedValue => valueOf(() => Float, o),
  boolean: (o: ValueOptions): ComputedValue => valueOf(() => Boolean, o),
  /** An exact decimal: `sql` must give text (`round(…, 2)::text`), as the Decimal scalar carries it. */
  decimal: (o: ValueOptions): ComputedValue => valueOf(() => DecimalScalar, o),
  /** Any GraphQL output type (`() => [OrderStatus]`); `sql` gives its JSON. */
  value: (type: () => unknown, o: ValueOptions): ComputedValue => valueOf(type, o),
  /** A registered GraphQL enum; `sql` gives the member's text. */
  enum: (enumType: object, o: ValueOptions): ComputedValue => valueOf(() => enumType, o),
  /** The first row of another resource that belongs to this one (a deal's next open activity), or null. */
  row: (resource: () => ResourceDefinition, o: Omit<ComputedRow, 'kind' | 'resource'>): ComputedRow => ({ kind: 'row', resource, ...o }),
};

/** Key under which a compiled node holds a relation or computed field's value: `$` + the response key (alias). */
export const PRECOMPUTED_KEY = (responseKey: string) => `$${responseKey}`;

/** The precomputed value of a field, or undefined when the parent was not compiled. */
export function precomputed(root: unknown, info: GraphQLResolveInfo): unknown {
  if (!root || typeof root !== 'object') return undefined;
  const key = PRECOMPUTED_KEY(String(info.path.key));
  return key in root ? (root as Record<string, unknown>)[key] : undefined;
}

/**
 * Compiled values skip their field resolver: a relation or computed field whose value a compiled
 * read already holds is answered at once, without TypeGraphQL's argument building and without a
 * promise (graphql-js then completes the object synchronously). Profiled on the board, the
 * resolver wrappers and per-object promises were about a sixth of the server's CPU.
 */
export function passPrecomputedThrough(schema: GraphQLSchema, resources: ResourceDefinition[]): GraphQLSchema {
  for (const def of resources) {
    const type = schema.getType(def.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const name of [...Object.keys(def.belongsTo ?? {}), ...Object.keys(def.hasMany ?? {}), ...Object.keys(def.computed ?? {})]) {
      const field = fields[name];
      const resolve = field?.resolve;
      if (!resolve) continue;
      field.resolve = (root, args, context, info) => {
        if (root !== null && typeof root === 'object') {
          const key = PRECOMPUTED_KEY(String(info.path.key));
          if (key in root) return (root as Record<string, unknown>)[key];
        }
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

/** The SQL that gives a computed row as `target`'s table at `alias`: scope, belonging, order, first. */
export function computedRowSql(ctx: TenantContext, field: ComputedRow, row: string, alias: string, select: Sql): Sql {
  const target = field.resource();
  return sql`(SELECT ${select} FROM ${ident(tableOf(target.entity))} ${ident(alias)}
    WHERE ${scope(target, ctx, alias)} AND ${field.where(ctx, row, alias)} ORDER BY ${field.orderBy(alias)} LIMIT 1)`;
}

const SEPARATOR = '\u0000';

/** Every computed value a request asks of rows that were not compiled: one statement per resource and batch. */
function valuesLoader(ctx: TenantContext, def: ResourceDefinition) {
  return ctx.loaders.custom<unknown>(`computed:${def.name}`, async (keys) => {
    const asked = keys.map((k) => k.split(SEPARATOR) as [string, string]);
    const names = [...new Set(asked.map(([name]) => name))];
    const ids = [...new Set(asked.map(([, id]) => id))];
    const values = names.map((name) => sql`${Sql.raw(`'${name}'`)}, ${(def.computed![name] as ComputedValue).sql(ctx, 't')}`);
    // The row was already read (and may be in the trash, asked with withDeleted): only tenant and row filter apply.
    const rows = await ctx.db.query<{ id: string; v: Record<string, unknown> }>(sql`SELECT t.id, json_build_object(${values.reduce((a, v) => sql`${a}, ${v}`)}) AS v
      FROM ${ident(tableOf(def.entity))} t WHERE ${scope(def, ctx, 't', true)} AND t.id = ANY(${ids}::uuid[])`);
    const byId = new Map(rows.map((r) => [r.id, r.v]));
    return asked.map(([name, id]) => byId.get(id)?.[name] ?? null);
  });
}

/** A computed row of rows that were not compiled: one statement per field and batch, the target hydrated. */
function rowLoader(ctx: TenantContext, def: ResourceDefinition, name: string, field: ComputedRow) {
  return ctx.loaders.custom<unknown>(`computed:${def.name}.${name}`, async (ids) => {
    const target = field.resource();
    const rows = await ctx.db.query<Record<string, unknown>>(sql`SELECT t.id AS "@parent", x.* FROM ${ident(tableOf(def.entity))} t
      CROSS JOIN LATERAL (SELECT c.* FROM ${ident(tableOf(target.entity))} c WHERE ${scope(target, ctx, 'c')} AND ${field.where(ctx, 't', 'c')} ORDER BY ${field.orderBy('c')} LIMIT 1) x
      WHERE ${scope(def, ctx, 't', true)} AND t.id = ANY(${ids as string[]}::uuid[])`);
    const byParent = new Map(rows.map(({ '@parent': parent, ...row }) => [parent as string, hydrate(target.entity, row)]));
    return ids.map((id) => byParent.get(id) ?? null);
  });
}

/** The field resolvers of a resource's computed fields: precomputed when compiled, else batched. */
export function computedResolverFor(def: ResourceDefinition, registerGeneric: (cls: Function) => void): Function | undefined {
  const fields = Object.entries(def.computed ?? {});
  if (!fields.length) return undefined;
  const className = `${def.name}ComputedResolver`;
  const cls = { [className]: class {} }[className];
  Resolver(() => def.entity)(cls);
  registerGeneric(cls);
  for (const [name, field] of fields) {
    // The name is written into SQL as a JSON key (valuesLoader): a GraphQL name, checked here once.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`${def.name}: computed field "${name}" is not a GraphQL name`);
    const method = `computed_${name}`;
    const impl = async (root: { id: string }, context: RequestContext, info: GraphQLResolveInfo) => {
      const prepared = precomputed(root, info);
      if (prepared !== undefined) return prepared;
      const ctx = requireTenant(context);
      if (field.kind === 'value') return valuesLoader(ctx, def).load(`${name}${SEPARATOR}${root.id}`);
      assertCan(ctx.actor, 'read', field.resource().area);
      return rowLoader(ctx, def, name, field).load(root.id);
    };
    const descriptor = defineMethod(cls, method, impl, [Object, Object, Object]);
    const type = field.kind === 'value' ? field.type : () => field.resource().entity;
    FieldResolver(type as never, { name, nullable: field.kind === 'row' ? true : field.nullable ?? false, description: field.description })(cls.prototype, method, descriptor);
    Root()(cls.prototype, method, 0);
    Ctx()(cls.prototype, method, 1);
    Info()(cls.prototype, method, 2);
  }
  return cls;
}
