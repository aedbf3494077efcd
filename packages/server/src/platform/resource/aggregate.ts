import { GraphQLJSONObject } from 'graphql-scalars';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Arg, Ctx, Field, Float, Info, InputType, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { assertCan } from '../auth/policy';
import { requireTenant, type RequestContext, type TenantContext } from '../context';
import { badInput } from '../errors';
import { DecimalScalar } from '../scalars';
import { and, ident, joinSql, Sql, sql } from '../sql';
import type { EntityClass, ResourceDefinition } from './definition';
import { whereInputOf } from './inputs';
import { fieldInfo, fieldsOf, tableOf, type FieldInfo } from './metadata';
import { compileWhere, scope } from './query';

export enum DateUnit { DAY = 'day', WEEK = 'week', MONTH = 'month', QUARTER = 'quarter', YEAR = 'year' }
registerEnumType(DateUnit, { name: 'DateUnit', description: 'Calendar unit a date or timestamp is truncated to for grouping (UTC).' });

export enum AggregateFunction { COUNT = 'count', SUM = 'sum', AVG = 'avg', MIN = 'min', MAX = 'max' }
registerEnumType(AggregateFunction, { name: 'AggregateFunction' });

const SCREAMING = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/\./g, '__').toUpperCase();
const GROUPABLE_KINDS = new Set(['enum', 'id', 'string', 'boolean']);
const NUMERIC_KINDS = new Set(['int', 'float', 'decimal']);
export const AGGREGATE_MAX_GROUPS = 5000;

interface GroupKey {
  /** As named in results: `ownerId`, `company.industry`. */
  path: string;
  relation?: string;
  info: FieldInfo;
}

/** Groupable keys: own enum/id/text/boolean filters, and those of each to-one relation (one level). */
function groupKeys(def: ResourceDefinition): GroupKey[] {
  const own = def.filterable.map((p) => fieldInfo(def, p)).filter((f) => GROUPABLE_KINDS.has(f.kind)).map((info) => ({ path: info.property, info }));
  const related = Object.entries(def.belongsTo ?? {}).flatMap(([relation, rel]) => {
    const target = rel.resource();
    return target.filterable.map((p) => fieldInfo(target, p)).filter((f) => GROUPABLE_KINDS.has(f.kind) && f.kind !== 'id')
      .map((info) => ({ path: `${relation}.${info.property}`, relation, info }));
  });
  return [...own, ...related];
}

const dateFields = (def: ResourceDefinition) => def.filterable.map((p) => fieldInfo(def, p)).filter((f) => f.kind === 'date' || f.kind === 'datetime');
const numericFields = (def: ResourceDefinition) => [...fieldsOf(def.entity).values()].filter((f) => NUMERIC_KINDS.has(f.kind) && f.property !== 'version');

/**
 * The currency column of a money field: `<field>Currency`, else the row's `currency` (Deal.value +
 * Deal.currency); undefined for a decimal that is not money in a per-row currency.
 */
export function currencyFieldOf(def: ResourceDefinition, field: FieldInfo): FieldInfo | undefined {
  if (field.kind !== 'decimal') return undefined;
  const fields = fieldsOf(def.entity);
  const currency = fields.get(`${field.property}Currency`) ?? fields.get('currency');
  return currency && currency.kind === 'string' ? currency : undefined;
}

const MEASURES = ['sum', 'avg', 'min', 'max'] as const;

/** Which numeric fields the query selects under sum/avg/min/max (by field name, through fragments). */
function selectedMeasureFields(info: GraphQLResolveInfo | undefined): Set<string> | undefined {
  if (!info) return undefined;
  const found = new Set<string>();
  const fieldsIn = (set: SelectionSetNode | undefined, visit: (name: string, sub: SelectionSetNode | undefined) => void, seen = new Set<string>()) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) visit(selection.name.value, selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsIn(selection.selectionSet, visit, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        fieldsIn(info.fragments[selection.name.value]?.selectionSet, visit, seen);
      }
    }
  };
  for (const node of info.fieldNodes) {
    fieldsIn(node.selectionSet, (name, sub) => {
      if ((MEASURES as readonly string[]).includes(name)) fieldsIn(sub, (numberField) => found.add(numberField));
    });
  }
  return found;
}

function namedClass(name: string): EntityClass {
  return { [name]: class {} }[name] as EntityClass;
}

/** The GraphQL types of one resource's aggregate query, made once. */
function aggregateTypes(def: ResourceDefinition) {
  const keys = groupKeys(def);
  const keyEnum = Object.fromEntries(keys.map((k) => [SCREAMING(k.path), k.path]));
  registerEnumType(keyEnum, { name: `${def.name}GroupKey` });
  const dates = dateFields(def);
  const dateEnum = Object.fromEntries(dates.map((f) => [SCREAMING(f.property), f.property]));
  if (dates.length) registerEnumType(dateEnum, { name: `${def.name}DateField` });
  const numbers = numericFields(def);
  const numericEnum = Object.fromEntries(numbers.map((f) => [SCREAMING(f.property), f.property]));
  if (numbers.length) registerEnumType(numericEnum, { name: `${def.name}NumericField` });

  let dateGrouping: Function | undefined;
  if (dates.length) {
    dateGrouping = namedClass(`${def.name}DateGrouping`);
    InputType(`${def.name}DateGrouping`)(dateGrouping);
    Field(() => dateEnum)(dateGrouping.prototype, 'field');
    Field(() => DateUnit)(dateGrouping.prototype, 'unit');
  }
  const having = namedClass(`${def.name}AggregateCondition`);
  InputType(`${def.name}AggregateCondition`, { description: 'Keeps only groups whose aggregate compares as given (SQL HAVING).' })(having);
  Field(() => AggregateFunction)(having.prototype, 'function');
  if (numbers.length) Field(() => numericEnum, { nullable: true, description: 'Required for all but COUNT.' })(having.prototype, 'field');
  for (const op of ['eq', 'gt', 'gte', 'lt', 'lte']) Field(() => Float, { nullable: true })(having.prototype, op);

  let numbersType: Function | undefined;
  if (numbers.length) {
    numbersType = namedClass(`${def.name}Numbers`);
    ObjectType(`${def.name}Numbers`)(numbersType);
    for (const f of numbers) Field(() => (f.kind === 'decimal' ? DecimalScalar : Float), { nullable: true })(numbersType.prototype, f.property);
  }
  const row = namedClass(`${def.name}AggregateRow`);
  ObjectType(`${def.name}AggregateRow`, { description: `One group of ${def.plural}.` })(row);
  Field(() => GraphQLJSONObject, { description: 'The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }.' })(row.prototype, 'group');
  Field(() => Int)(row.prototype, 'count');
  Field(() => Int, { nullable: true, description: 'Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`.' })(row.prototype, 'distinctCount');
  const money = numbers.some((f) => currencyFieldOf(def, f))
    ? 'Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key.'
    : undefined;
  if (numbersType) for (const fn of MEASURES) Field(() => numbersType!, { description: money })(row.prototype, fn);
  return { keys, keyEnum, dates, numbers, dateGrouping, having, row };
}

interface AggregateArgs {
  where?: Record<string, unknown> | null;
  groupBy?: string[] | null;
  groupByDate?: { field: string; unit: DateUnit } | null;
  having?: { function: AggregateFunction; field?: string; eq?: number; gt?: number; gte?: number; lt?: number; lte?: number }[] | null;
  limit?: number | null;
  /** Group key whose distinct values are counted (distinctCount). */
  distinct?: string | null;
}

async function runAggregate(ctx: TenantContext, def: ResourceDefinition, types: ReturnType<typeof aggregateTypes>, args: AggregateArgs, measured?: Set<string>) {
  const limit = args.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > AGGREGATE_MAX_GROUPS) throw badInput('limit', `limit must be between 1 and ${AGGREGATE_MAX_GROUPS}`);
  if ((args.groupBy?.length ?? 0) > 4) throw badInput('groupBy', 'Group by at most 4 keys');
  const joins = new Map<string, Sql>();
  const selected: { path: string; expr: Sql; kind: string }[] = [];
  const keyExpr = (path: string, field: string): Sql => {
    const key = types.keys.find((k) => k.path === path);
    if (!key) throw badInput(field, `${def.name} cannot be grouped by ${path}`);
    let alias = 't';
    if (key.relation) {
      const relation = def.belongsTo![key.relation];
      const target = relation.resource();
      // Grouping by a related row's value reveals it: the caller must be allowed to read those rows.
      assertCan(ctx.actor, 'read', target.area);
      alias = `j_${key.relation}`;
      joins.set(key.relation, sql`LEFT JOIN ${ident(tableOf(target.entity))} ${ident(alias)} ON ${ident(alias)}.id = t.${ident(fieldInfo(def, relation.foreignKey).column)} AND ${scope(target, ctx, alias)}`);
    }
    return sql`${ident(alias)}.${ident(key.info.column)}`;
  };
  for (const path of args.groupBy ?? []) {
    selected.push({ path, expr: keyExpr(path, 'groupBy'), kind: types.keys.find((k) => k.path === path)!.info.kind });
  }
  if (args.groupByDate) {
    const info = types.dates.find((f) => f.property === args.groupByDate!.field);
    if (!info) throw badInput('groupByDate.field', `${def.name} has no date ${args.groupByDate.field}`);
    const unit = Sql.raw(`'${args.groupByDate.unit}'`);
    const expr = info.kind === 'datetime'
      ? sql`to_char(date_trunc(${unit}, t.${ident(info.column)} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`
      : sql`to_char(date_trunc(${unit}, t.${ident(info.column)}::timestamp), 'YYYY-MM-DD')`;
    selected.push({ path: info.property, expr, kind: 'date' });
  }
  // Money is only ever added up per currency: a money measure asked for puts its currency in the key.
  const havingFields = (args.having ?? []).filter((h) => h.function !== AggregateFunction.COUNT).map((h) => h.field);
  const moneyAsked = types.numbers.filter((f) => currencyFieldOf(def, f) && (!measured || measured.has(f.property) || havingFields.includes(f.property)));
  for (const currency of new Set(moneyAsked.map((f) => currencyFieldOf(def, f)!))) {
    if (!selected.some((s) => s.path === currency.property)) selected.push({ path: currency.property, expr: sql`t.${ident(currency.column)}`, kind: currency.kind });
  }
  const measures: Sql[] = [Sql.raw('count(*)::int AS count')];
  if (args.distinct) measures.push(sql`count(DISTINCT ${keyExpr(args.distinct, 'distinct')})::int AS distinct_count`);
  const computed = types.numbers.filter((f) => !currencyFieldOf(def, f) || moneyAsked.includes(f));
  for (const f of computed) {
    const col = sql`t.${ident(f.column)}`;
    const cast = Sql.raw(f.kind === 'decimal' ? '::numeric(20,4)::text' : '::float8');
    for (const fn of MEASURES) measures.push(sql`${Sql.raw(fn)}(${col})${cast} AS ${ident(`${fn}__${f.property}`)}`);
  }
  const havings = (args.having ?? []).map((h, i) => {
    const target = h.function === AggregateFunction.COUNT ? Sql.raw('count(*)') : (() => {
      const f = types.numbers.find((n) => n.property === h.field);
      if (!f) throw badInput(`having[${i}].field`, `${h.function} needs a numeric field`);
      return sql`${Sql.raw(h.function)}(t.${ident(f.column)})`;
    })();
    const conditions = (['eq', 'gt', 'gte', 'lt', 'lte'] as const).filter((op) => h[op] !== undefined && h[op] !== null)
      .map((op) => sql`${target} ${Sql.raw({ eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' }[op])} ${h[op]}`);
    if (!conditions.length) throw badInput(`having[${i}]`, 'Give a comparison (eq, gt, gte, lt or lte)');
    return and(conditions);
  });
  const groupExprs = selected.map((s, i) => sql`${s.expr} AS ${ident(`g${i}`)}`);
  const positions = selected.map((_, i) => Sql.raw(String(i + 1)));
  const rows = await ctx.db.query<Record<string, unknown>>(sql`
    SELECT ${joinSql([...groupExprs, ...measures], ', ')}
    FROM ${ident(tableOf(def.entity))} t ${joinSql([...joins.values()], ' ')}
    WHERE ${scope(def, ctx, 't')} AND ${compileWhere(def, ctx, args.where, 't')}
    ${positions.length ? sql`GROUP BY ${joinSql(positions, ', ')}` : Sql.raw('')}
    ${havings.length ? sql`HAVING ${and(havings)}` : Sql.raw('')}
    ${positions.length ? sql`ORDER BY ${joinSql(positions, ', ')}` : Sql.raw('')}
    LIMIT ${limit}`);
  return rows.map((r) => {
    const result: Record<string, unknown> = { group: Object.fromEntries(selected.map((s, i) => [s.path, r[`g${i}`] ?? null])), count: r.count, distinctCount: r.distinct_count ?? null };
    for (const fn of MEASURES) result[fn] = Object.fromEntries(types.numbers.map((f) => [f.property, r[`${fn}__${f.property}`] ?? null]));
    return result;
  });
}

/** `<plural>Aggregate`: count, sum, avg, min, max over a filtered set, grouped, with HAVING. */
export function aggregateResolver(def: ResourceDefinition): Function | undefined {
  if (groupKeys(def).length === 0) return undefined;
  const types = aggregateTypes(def);
  const Where = whereInputOf(def);
  const keyEnum = types.keyEnum;

  @Resolver()
  class AggregateResolver {
    @Query(() => [types.row], { name: `${def.plural}Aggregate`, description: `Groups of ${def.plural} with count, sum, avg, min and max; same tenant and role rules as ${def.plural}.` })
    async aggregate(
      @Arg('where', () => Where, { nullable: true }) where: Record<string, unknown> | null,
      @Arg('groupBy', () => [keyEnum], { nullable: true }) groupBy: string[] | null,
      @Arg('groupByDate', () => types.dateGrouping ?? DateUnit, { nullable: true }) groupByDate: AggregateArgs['groupByDate'],
      @Arg('having', () => [types.having], { nullable: true }) having: AggregateArgs['having'],
      @Arg('limit', () => Int, { nullable: true, description: `Most groups returned (default 1000, at most ${AGGREGATE_MAX_GROUPS}).` }) limit: number | null,
      @Arg('distinct', () => keyEnum, { nullable: true, description: 'A group key whose distinct non-null values each group counts, in distinctCount.' }) distinct: string | null,
      @Ctx() context: RequestContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<unknown[]> {
      const ctx = requireTenant(context);
      assertCan(ctx.actor, 'read', def.area);
      return runAggregate(ctx, def, types, { where, groupBy, groupByDate: types.dateGrouping ? groupByDate : null, having, limit, distinct }, selectedMeasureFields(info));
    }
  }
  Object.defineProperty(AggregateResolver, 'name', { value: `${def.name}AggregateResolver` });
  return AggregateResolver;
}
