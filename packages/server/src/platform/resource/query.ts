import { assertCan } from '../auth/policy';
import { badInput } from '../errors';
import { and, ident, joinSql, or, Sql, sql } from '../sql';
import type { TenantContext } from '../context';
import type { ResourceDefinition, SortSpec } from './definition';
import { toManyFilterShadowed } from './inputs';
import { fieldInfo, fieldsOf, hydrate, tableOf, type FieldInfo } from './metadata';

export const WHERE_MAX_DEPTH = 6;
export const WHERE_MAX_LIST = 1000;

export interface ListArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  where?: Record<string, unknown> | null;
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' }[] | null;
  /** Include rows in the trash (soft-deleted) — for restore screens. */
  withDeleted?: boolean | null;
}

let aliasCounter = 0;
const nextAlias = () => `r${++aliasCounter % 1_000_000}`;

/** The tenant and soft-delete filter every read starts from; no query is built without it. */
export function scope(def: ResourceDefinition, ctx: TenantContext, alias: string, withDeleted = false): Sql {
  const a = ident(alias);
  // A global table's rows (users) are those of the organization's members: defineResource refuses any other scope.
  if (def.tenantScoped === false) return sql`EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = ${ctx.organizationId} AND m.user_id = ${a}.id)`;
  const tenant = sql`${a}.organization_id = ${ctx.organizationId}`;
  const softDelete = !withDeleted && fieldsOf(def.entity).has('deletedAt') ? sql`${a}.deleted_at IS NULL` : undefined;
  return and([tenant, softDelete, def.rowFilter?.(ctx, alias)]);
}

function column(alias: string, info: FieldInfo): Sql {
  return sql`${ident(alias)}.${ident(info.column)}`;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function checkList(path: string, list: unknown): unknown[] {
  if (!Array.isArray(list)) throw badInput(path, `${path} must be a list`);
  if (list.length > WHERE_MAX_LIST) throw badInput(path, `${path} may hold at most ${WHERE_MAX_LIST} values`);
  return list;
}

/**
 * An enum filter value as a literal in the text: a named statement's generic plan can then use a
 * partial index on it (open deals: `status = 'OPEN'`), which it cannot prove for `status = $1`.
 * Only one of the enum's own values; anything else stays a parameter (and is refused by PostgreSQL).
 */
function enumLiteral(info: FieldInfo, value: unknown): Sql | undefined {
  if (!info.enumType || typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(value)) return undefined;
  return Object.values(info.enumType).includes(value) ? Sql.raw(`'${value}'`) : undefined;
}

function compileField(info: FieldInfo, filter: Record<string, unknown>, alias: string, path: string): Sql {
  const col = column(alias, info);
  const parts: Sql[] = [];
  for (const [op, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    const here = `${path}.${op}`;
    switch (op) {
      case 'eq': parts.push(value === null ? sql`${col} IS NULL` : sql`${col} = ${enumLiteral(info, value) ?? value}`); break;
      case 'ne': parts.push(value === null ? sql`${col} IS NOT NULL` : sql`${col} IS DISTINCT FROM ${value}`); break;
      case 'in': parts.push(sql`${col} = ANY(${checkList(here, value)})`); break;
      case 'notIn': parts.push(sql`NOT (${col} = ANY(${checkList(here, value)}))`); break;
      case 'lt': parts.push(sql`${col} < ${value}`); break;
      case 'lte': parts.push(sql`${col} <= ${value}`); break;
      case 'gt': parts.push(sql`${col} > ${value}`); break;
      case 'gte': parts.push(sql`${col} >= ${value}`); break;
      case 'contains': parts.push(sql`${col} ILIKE ${'%' + escapeLike(String(value)) + '%'}`); break;
      case 'startsWith': parts.push(sql`${col} ILIKE ${escapeLike(String(value)) + '%'}`); break;
      case 'isNull': if (value !== null) parts.push(value ? sql`${col} IS NULL` : sql`${col} IS NOT NULL`); break;
      default: throw badInput(here, `Unknown operator ${op}`);
    }
  }
  return and(parts);
}

const CUSTOM_KEY = /^[a-z][a-zA-Z0-9_]{0,59}$/;

function compileCustomField(condition: Record<string, unknown>, alias: string, path: string): Sql {
  const key = String(condition.key ?? '');
  if (!CUSTOM_KEY.test(key)) throw badInput(`${path}.key`, 'Unknown custom field key');
  const doc = sql`${ident(alias)}.custom_fields`;
  // Containment uses the GIN index; a MULTI_SELECT value matches when it holds the option.
  const equals = (v: unknown) => sql`(${doc} @> jsonb_build_object(${key}::text, ${JSON.stringify(v)}::jsonb) OR ${doc} @> jsonb_build_object(${key}::text, jsonb_build_array(${JSON.stringify(v)}::jsonb)))`;
  const numeric = sql`(CASE WHEN jsonb_typeof(${doc} -> ${key}::text) = 'number' THEN (${doc} ->> ${key}::text)::numeric END)`;
  const text = sql`(${doc} ->> ${key}::text)`;
  const compare = (op: string, v: unknown) => {
    const operator = Sql.raw({ gt: '>', gte: '>=', lt: '<', lte: '<=' }[op]!);
    return typeof v === 'number' ? sql`${numeric} ${operator} ${v}` : sql`${text} ${operator} ${String(v)}`;
  };
  const parts: Sql[] = [];
  for (const [op, value] of Object.entries(condition)) {
    if (op === 'key' || value === undefined || value === null) continue;
    switch (op) {
      case 'eq': parts.push(equals(value)); break;
      case 'in': parts.push(or(checkList(`${path}.in`, value).map(equals))); break;
      case 'contains': parts.push(sql`${text} ILIKE ${'%' + escapeLike(String(value)) + '%'}`); break;
      case 'gt': case 'gte': case 'lt': case 'lte': parts.push(compare(op, value)); break;
      case 'isNull': parts.push(value ? sql`coalesce(${doc} -> ${key}::text, 'null'::jsonb) = 'null'::jsonb` : sql`coalesce(${doc} -> ${key}::text, 'null'::jsonb) <> 'null'::jsonb`); break;
      default: throw badInput(`${path}.${op}`, `Unknown operator ${op}`);
    }
  }
  return and(parts);
}

/** Compiles a `where` input (fields, AND/OR/NOT, to-one relations, custom fields) to SQL. */
export function compileWhere(def: ResourceDefinition, ctx: TenantContext, where: Record<string, unknown> | null | undefined, alias: string, path = 'where', depth = 0): Sql {
  if (!where) return Sql.raw('TRUE');
  if (depth > WHERE_MAX_DEPTH) throw badInput(path, `Filters may nest at most ${WHERE_MAX_DEPTH} levels`);
  const parts: Sql[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue;
    const here = `${path}.${key}`;
    if (key === 'AND' || key === 'OR') {
      const list = checkList(here, value).map((w, i) => compileWhere(def, ctx, w as Record<string, unknown>, alias, `${here}[${i}]`, depth + 1));
      parts.push(key === 'AND' ? and(list) : or(list));
    } else if (key === 'NOT') {
      parts.push(sql`NOT ${compileWhere(def, ctx, value as Record<string, unknown>, alias, here, depth + 1)}`);
    } else if (key === 'customFields' && def.customFields) {
      parts.push(and(checkList(here, value).map((c, i) => compileCustomField(c as Record<string, unknown>, alias, `${here}[${i}]`))));
    } else if (def.virtualFilters?.[key]) {
      parts.push(def.virtualFilters[key].compile(ctx, alias, value));
    } else if (def.belongsTo?.[key]) {
      const relation = def.belongsTo[key];
      const target = relation.resource();
      // Filtering through a relation reveals the target's rows: the caller must be allowed to read them.
      assertCan(ctx.actor, 'read', target.area);
      const inner = nextAlias();
      const fk = column(alias, fieldInfo(def, relation.foreignKey));
      parts.push(sql`EXISTS (SELECT 1 FROM ${ident(tableOf(target.entity))} ${ident(inner)} WHERE ${scope(target, ctx, inner)} AND ${ident(inner)}.id = ${fk} AND ${compileWhere(target, ctx, value as Record<string, unknown>, inner, here, depth + 1)})`);
    } else if (def.filterable.includes(key)) {
      parts.push(compileField(fieldInfo(def, key), value as Record<string, unknown>, alias, here));
    } else if (def.hasMany?.[key] && !toManyFilterShadowed(def, key)) {
      parts.push(compileToMany(def, ctx, key, value as Record<string, unknown>, alias, here, depth));
    } else {
      throw badInput(here, `${def.name} cannot be filtered by ${key}`);
    }
  }
  return and(parts);
}

/**
 * `some` / `every` / `none` over a hasMany relation as EXISTS / NOT EXISTS on the child table,
 * under the child's own tenant scope, trash filter and read rule, exactly as a list of the child.
 */
function compileToMany(def: ResourceDefinition, ctx: TenantContext, key: string, filter: Record<string, unknown>, alias: string, path: string, depth: number): Sql {
  const relation = def.hasMany![key];
  const child = relation.resource();
  // A list of the child would refuse this caller, so filtering by it must not reveal anything either.
  assertCan(ctx.actor, 'read', child.area);
  const parts: Sql[] = [];
  for (const [op, where] of Object.entries(filter)) {
    if (where === undefined || where === null) continue;
    const here = `${path}.${op}`;
    if (op !== 'some' && op !== 'every' && op !== 'none') throw badInput(here, `Unknown operator ${op}; use some, every or none`);
    const inner = nextAlias();
    const linked = sql`${scope(child, ctx, inner)} AND ${ident(inner)}.${ident(fieldInfo(child, relation.foreignKey).column)} = ${ident(alias)}.id`;
    const condition = compileWhere(child, ctx, where as Record<string, unknown>, inner, here, depth + 1);
    const from = sql`SELECT 1 FROM ${ident(tableOf(child.entity))} ${ident(inner)} WHERE ${linked}`;
    // every = no child fails it; IS NOT TRUE counts a child whose condition is NULL (e.g. no value) as failing.
    if (op === 'some') parts.push(sql`EXISTS (${from} AND ${condition})`);
    else if (op === 'none') parts.push(sql`NOT EXISTS (${from} AND ${condition})`);
    else parts.push(sql`NOT EXISTS (${from} AND (${condition}) IS NOT TRUE)`);
  }
  return and(parts);
}

export interface OrderTerm {
  info: FieldInfo;
  direction: 'ASC' | 'DESC';
}

/** The requested order plus the id as a tie-breaker, so every order is total and keyset-pageable. */
export function resolveOrder(def: ResourceDefinition, orderBy: ListArgs['orderBy']): OrderTerm[] {
  const specs: SortSpec[] = orderBy && orderBy.length > 0
    ? orderBy.map((o) => ({ field: o.field, direction: o.direction ?? 'ASC' }))
    : def.defaultOrder;
  if (specs.length > 4) throw badInput('orderBy', 'Order by at most 4 fields');
  const terms = specs.map((s) => {
    if (!def.sortable.includes(s.field)) throw badInput('orderBy', `${def.name} cannot be ordered by ${s.field}`);
    return { info: fieldInfo(def, s.field), direction: s.direction };
  });
  // The id breaks every tie (a second id term, when the order already has one, changes nothing), in the last term's direction so that (value, id) indexes serve it.
  terms.push({ info: fieldInfo(def, 'id'), direction: terms.length ? terms[terms.length - 1].direction : 'ASC' });
  return terms;
}

const flip = (d: 'ASC' | 'DESC') => (d === 'ASC' ? 'DESC' : 'ASC');

// NULL sorts as the largest value in both directions (PostgreSQL's default), so indexes serve either.
export function orderSql(terms: OrderTerm[], alias: string, reverse = false): Sql {
  const parts = terms.map((t) => {
    const d = reverse ? flip(t.direction) : t.direction;
    return sql`${column(alias, t.info)} ${Sql.raw(`${d} NULLS ${d === 'ASC' ? 'LAST' : 'FIRST'}`)}`;
  });
  return joinSql(parts, ', ');
}

/** Rows strictly after `values` in the given order (NULL = +infinity). */
export function keysetAfter(terms: OrderTerm[], values: unknown[], alias: string, reverse = false): Sql {
  const branches: Sql[] = [];
  for (let i = 0; i < terms.length; i++) {
    const equalities = terms.slice(0, i).map((t, j) => (values[j] === null ? sql`${column(alias, t.info)} IS NULL` : sql`${column(alias, t.info)} = ${values[j]}`));
    const term = terms[i];
    const col = column(alias, term.info);
    const v = values[i];
    const direction = reverse ? flip(term.direction) : term.direction;
    let beyond: Sql;
    if (direction === 'ASC') beyond = v === null ? Sql.raw('FALSE') : term.info.nullable ? sql`(${col} > ${v} OR ${col} IS NULL)` : sql`${col} > ${v}`;
    else beyond = v === null ? sql`${col} IS NOT NULL` : sql`${col} < ${v}`;
    branches.push(and([...equalities, beyond]));
  }
  return or(branches);
}

export function orderSignature(terms: OrderTerm[]): string {
  return terms.map((t) => `${t.info.property}:${t.direction}`).join(',');
}

export function encodeCursor(terms: OrderTerm[], row: Record<string, unknown>): string {
  const values = terms.map((t) => {
    const v = row[t.info.property];
    return v instanceof Date ? v.toISOString() : v ?? null;
  });
  return Buffer.from(JSON.stringify([orderSignature(terms), ...values])).toString('base64url');
}

export function decodeCursor(terms: OrderTerm[], cursor: string, argName: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(argName, 'Malformed cursor');
  }
  if (!Array.isArray(parsed) || parsed[0] !== orderSignature(terms) || parsed.length !== terms.length + 1) {
    throw badInput(argName, 'This cursor belongs to another ordering; start again without it');
  }
  return parsed.slice(1);
}

export interface PageRequest {
  limit: number;
  backward: boolean;
  cursorFilter: Sql;
}

/** Validates first/after/last/before against the page bounds and builds the keyset condition. */
export function pageRequest(ctx: TenantContext, terms: OrderTerm[], args: ListArgs, alias: string): PageRequest {
  const { pageSizeDefault, pageSizeMax } = ctx.config;
  if (args.first != null && args.last != null) throw badInput('last', 'Give first or last, not both');
  const requested = args.last ?? args.first ?? pageSizeDefault;
  const argName = args.last != null ? 'last' : 'first';
  // GraphQL's Int has made it a whole number already.
  if (requested < 0 || requested > pageSizeMax) {
    throw badInput(argName, `${argName} must be between 0 and ${pageSizeMax}`);
  }
  const backward = args.last != null || (args.before != null && args.first == null);
  const filters: Sql[] = [];
  if (args.after) filters.push(keysetAfter(terms, decodeCursor(terms, args.after, 'after'), alias));
  if (args.before) filters.push(keysetAfter(terms, decodeCursor(terms, args.before, 'before'), alias, true));
  return { limit: requested, backward, cursorFilter: and(filters) };
}

export function hydrateAll<E>(def: ResourceDefinition<E>, rows: Record<string, unknown>[]): E[] {
  return rows.map((row) => hydrate(def.entity, row));
}
