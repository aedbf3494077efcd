import DataLoader from 'dataloader';
import type { RequestContext, TenantContext } from '../context';
import { requireTenant } from '../context';
import { and, ident, sql, Sql } from '../sql';
import type { ResourceDefinition } from './definition';
import { fieldInfo, tableOf } from './metadata';
import { compileWhere, encodeCursor, hydrateAll, orderSql, pageRequest, resolveOrder, scope, type ListArgs } from './query';
import { toConnection, type ConnectionValue } from './connection';

/**
 * Per-request batching: one loader per resource (by id) and per (resource, foreign key, arguments)
 * for child lists. Each batch is one SQL statement carrying the tenant and soft-delete scope.
 */
export class Loaders {
  private readonly byIdLoaders = new Map<string, DataLoader<string, unknown>>();
  private readonly childLoaders = new Map<string, DataLoader<string, ConnectionValue>>();
  private readonly countLoaders = new Map<string, DataLoader<string, number>>();
  private readonly customLoaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly ctx: RequestContext) {}

  /** Every loader dispatches when the request's connection is free (DbSession.whenIdle). */
  private readonly options = { batchScheduleFn: (dispatch: () => void) => this.ctx.db.whenIdle(dispatch) };

  /** A loader of a module's own (the next activity of deals…), batched like the generic ones. */
  custom<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.customLoaders.get(name);
    if (!loader) {
      loader = new DataLoader<string, unknown>(batch, { ...this.options, maxBatchSize: 1000 });
      this.customLoaders.set(name, loader);
    }
    return loader as DataLoader<string, V>;
  }

  byId<E>(def: ResourceDefinition<E>): DataLoader<string, E | null> {
    let loader = this.byIdLoaders.get(def.name);
    if (!loader) {
      loader = new DataLoader<string, unknown>(async (ids) => {
        const ctx = requireTenant(this.ctx);
        const rows = await ctx.db.query(sql`SELECT t.* FROM ${ident(tableOf(def.entity))} t WHERE ${scope(def, ctx, 't')} AND t.id = ANY(${ids as string[]}::uuid[])`);
        const byId = new Map(hydrateAll(def, rows).map((e) => [(e as { id: string }).id, e]));
        return ids.map((id) => byId.get(id) ?? null);
      }, { ...this.options, maxBatchSize: 1000 });
      this.byIdLoaders.set(def.name, loader);
    }
    return loader as DataLoader<string, E | null>;
  }

  /** A page of `def` rows per parent id, all parents in one LATERAL query. */
  children<E>(def: ResourceDefinition<E>, foreignKey: string, args: ListArgs): DataLoader<string, ConnectionValue<E>> {
    const key = `${def.name}.${foreignKey}:${JSON.stringify(args)}`;
    let loader = this.childLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, ConnectionValue>(async (parentIds) => {
        const ctx = requireTenant(this.ctx);
        const fk = fieldInfo(def, foreignKey).column;
        const terms = resolveOrder(def, args.orderBy);
        const page = pageRequest(ctx, terms, args, 't');
        const filter = and([scope(def, ctx, 't', !!args.withDeleted), compileWhere(def, ctx, args.where, 't'), page.cursorFilter]);
        const rows = await ctx.db.query(sql`
          SELECT x.* FROM unnest(${parentIds as string[]}::uuid[]) AS p(parent_id)
          CROSS JOIN LATERAL (
            SELECT t.* FROM ${ident(tableOf(def.entity))} t
            WHERE t.${ident(fk)} = p.parent_id AND ${filter}
            ORDER BY ${orderSql(terms, 't', page.backward)} LIMIT ${page.limit + 1}
          ) x`);
        const grouped = new Map<string, E[]>();
        for (const entity of hydrateAll(def, rows)) {
          const parent = (entity as Record<string, unknown>)[foreignKey] as string;
          if (!grouped.has(parent)) grouped.set(parent, []);
          grouped.get(parent)!.push(entity);
        }
        const counter = this.childCount(def, foreignKey, args);
        return parentIds.map((parentId) =>
          toConnection(def, grouped.get(parentId) ?? [], page.limit, page.backward, { after: !!args.after, before: !!args.before },
            (row) => encodeCursor(terms, row as Record<string, unknown>), () => counter.load(parentId)),
        );
      }, { ...this.options, maxBatchSize: 500 });
      this.childLoaders.set(key, loader);
    }
    return loader as DataLoader<string, ConnectionValue<E>>;
  }

  /** COUNT per parent for child lists, grouped in one statement. */
  childCount(def: ResourceDefinition, foreignKey: string, args: ListArgs): DataLoader<string, number> {
    const key = `${def.name}.${foreignKey}:${JSON.stringify({ where: args.where ?? null, withDeleted: !!args.withDeleted })}`;
    let loader = this.countLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, number>(async (parentIds) => {
        const ctx = requireTenant(this.ctx);
        const fk = ident(fieldInfo(def, foreignKey).column);
        const rows = await ctx.db.query<{ parent_id: string; count: number }>(sql`
          SELECT t.${fk} AS parent_id, count(*)::int AS count FROM ${ident(tableOf(def.entity))} t
          WHERE t.${fk} = ANY(${parentIds as string[]}::uuid[]) AND ${scope(def, ctx, 't', !!args.withDeleted)} AND ${compileWhere(def, ctx, args.where, 't')}
          GROUP BY t.${fk}`);
        const counts = new Map(rows.map((r) => [r.parent_id, r.count]));
        return parentIds.map((id) => counts.get(id) ?? 0);
      }, this.options);
      this.countLoaders.set(key, loader);
    }
    return loader;
  }

  /** Lets a mutation's fresh row be served by later relation lookups in the same request. */
  prime<E>(def: ResourceDefinition<E>, entity: E): void {
    const loader = this.byId(def);
    const id = (entity as { id: string }).id;
    loader.clear(id).prime(id, entity);
  }
}

/** A top-level list: rows of the tenant matching where, in order, one page. */
export async function listConnection<E>(ctx: TenantContext, def: ResourceDefinition<E>, args: ListArgs, extra?: Sql): Promise<ConnectionValue<E>> {
  const terms = resolveOrder(def, args.orderBy);
  const page = pageRequest(ctx, terms, args, 't');
  const table = ident(tableOf(def.entity));
  const filter = and([scope(def, ctx, 't', !!args.withDeleted), compileWhere(def, ctx, args.where, 't'), extra]);
  const rows = await ctx.db.query(sql`SELECT t.* FROM ${table} t WHERE ${filter} AND ${page.cursorFilter} ORDER BY ${orderSql(terms, 't', page.backward)} LIMIT ${page.limit + 1}`);
  let count: Promise<number> | undefined;
  return toConnection(def, hydrateAll(def, rows), page.limit, page.backward, { after: !!args.after, before: !!args.before },
    (row) => encodeCursor(terms, row as Record<string, unknown>),
    () => (count ??= ctx.db.one<{ count: number }>(sql`SELECT count(*)::int AS count FROM ${table} t WHERE ${filter}`).then((r) => r?.count ?? 0)));
}
