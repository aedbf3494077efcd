import { createHash } from 'node:crypto';
import {
  getArgumentValues, getDirectiveValues, getNamedType, GraphQLIncludeDirective, GraphQLSkipDirective, isEnumType, isListType, isNonNullType, isObjectType, isScalarType, Kind,
  type FieldNode, type GraphQLEnumType, type GraphQLField, type GraphQLObjectType, type GraphQLOutputType, type GraphQLResolveInfo, type SelectionSetNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { can } from '../auth/policy';
import type { TenantContext } from '../context';
import { and, ident, intLiteral, sql, Sql } from '../sql';
import type { ResourceDefinition } from './definition';
import { connectionTypesOf, type ConnectionValue, type PageInfo } from './connection';
import { fieldInfo, fieldsOf, graphqlFieldsOf, hydrate, tableOf, type FieldInfo } from './metadata';
import { computedRowSql, PRECOMPUTED_KEY, type ComputedRow } from './computed';
import { compileWhere, encodeCursor, orderSignature, orderSql, pageRequest, resolveOrder, scope, type ListArgs, type OrderTerm } from './query';

/**
 * Reads compiled to SQL (as PostGraphile v4's QueryBuilder and Hasura do): a generic root field
 * (`<plural>` or `<singular>(id)`) and the generic relation fields beneath it become ONE statement
 * whose JSON PostgreSQL builds, holding exactly the selected columns. Field resolvers then hand the
 * prepared values through (`precomputed`). Anything outside the allow-list — a field resolver a
 * module adds, a getter, a relation the caller may not read — leaves the root field to the
 * field-by-field DataLoader path, or (for a module's field resolver) makes that node an entity
 * again, so the module's resolver gets the row it expects and batches its own loads.
 */


class NotCompilable extends Error {}
const bail = (why: string): never => { throw new NotCompilable(why); };

// ---------------------------------------------------------------------------------------------
// The allow-list: which GraphQL fields of an entity are plain columns or generic relations.

const genericResolverClasses = new WeakSet<Function>();
/** resolver-factory registers its relation resolver classes: their fields are compilable. */
export function registerGenericRelationResolver(cls: Function): void {
  genericResolverClasses.add(cls);
}

interface Allowed {
  columns: Map<string, FieldInfo>;
  relations: Set<string>;
}
const allowedCache = new WeakMap<Function, Allowed>();

function hasAccessor(entity: Function, name: string): boolean {
  for (let p = entity.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    if (Object.getOwnPropertyDescriptor(p, name)) return true;
  }
  return false;
}

function allowedOf(def: ResourceDefinition): Allowed {
  const entity = def.entity;
  let allowed = allowedCache.get(entity);
  if (allowed) return allowed;
  const appliesTo = (t: Function | undefined) => !!t && (t === entity || entity.prototype instanceof t);
  const resolvers = getMetadataStorage().fieldResolvers.filter((r) => {
    try { return appliesTo((r as { getObjectType?: () => Function }).getObjectType?.()); } catch { return false; }
  });
  const custom = new Set(resolvers.filter((r) => !genericResolverClasses.has(r.target)).map((r) => r.schemaName));
  const generic = new Set(resolvers.filter((r) => genericResolverClasses.has(r.target)).map((r) => r.schemaName));
  const persisted = fieldsOf(entity);
  const columns = new Map<string, FieldInfo>();
  for (const f of graphqlFieldsOf(entity)) {
    const info = persisted.get(f.name);
    // A field with arguments, a getter or method, a transformer other than a number's, or a resolver of a module's: not compiled.
    if (!info || f.schemaName !== f.name || f.params?.length || f.middlewares?.length || custom.has(f.name) || hasAccessor(entity, f.name)) continue;
    if (info.transformFrom && info.kind !== 'float') continue;
    columns.set(f.name, info);
  }
  const relations = new Set([...Object.keys(def.belongsTo ?? {}), ...Object.keys(def.hasMany ?? {})].filter((n) => generic.has(n) && !custom.has(n)));
  allowed = { columns, relations };
  allowedCache.set(entity, allowed);
  return allowed;
}

// ---------------------------------------------------------------------------------------------
// Selections: fields by response key, fragments inlined, @skip/@include applied.

/** What a selection is read with: the operation's fragments and coerced variables. */
export type SelectionScope = Pick<GraphQLResolveInfo, 'variableValues' | 'fragments'>;

interface Walk {
  info: SelectionScope;
  ctx: TenantContext;
  alias: number;
  /**
   * The JSON is the GraphQL response itself (response keys, __typename, values as the scalars
   * serialise them, connections with their pageInfo and cursors), sent without graphql-js
   * walking it (compiled-response.ts). Anything that would need a resolver is not compilable.
   */
  raw?: boolean;
}

function collect(w: Walk, type: GraphQLObjectType, sets: readonly SelectionSetNode[], into = new Map<string, FieldNode[]>(), seen = new Set<string>()): Map<string, FieldNode[]> {
  const vars = w.info.variableValues;
  const included = (node: FieldNode | { directives?: readonly unknown[] }) => {
    const n = node as FieldNode;
    if (!n.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, n, vars)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, n, vars)?.if === false) return false;
    return true;
  };
  for (const set of sets) {
    for (const s of set.selections) {
      if (!included(s as FieldNode)) continue;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const list = into.get(key);
        if (list) list.push(s); else into.set(key, [s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (s.typeCondition && s.typeCondition.name.value !== type.name) bail('type condition');
        collect(w, type, [s.selectionSet], into, seen);
      } else {
        const fragment = w.info.fragments[s.name.value];
        if (!fragment || fragment.typeCondition.name.value !== type.name) bail('fragment type');
        if (seen.has(s.name.value)) continue;
        seen.add(s.name.value);
        collect(w, type, [fragment.selectionSet], into, seen);
      }
    }
  }
  return into;
}

const subSelections = (nodes: readonly FieldNode[]) => nodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => !!s);

// ---------------------------------------------------------------------------------------------
// SQL: values as the entity path would serialise them.

/** A column's value in JSON as the pg driver + scalars would give it (text for Decimal, ISO text for times). */
function valueSql(alias: string, info: FieldInfo): Sql {
  const col = sql`${ident(alias)}.${ident(info.column)}`;
  switch (info.kind) {
    case 'decimal': return sql`${col}::text`;
    case 'datetime': return sql`to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case 'date': return sql`to_char(${col}, 'YYYY-MM-DD')`;
    default: return col;
  }
}

/** A column's value as the pg driver returns it (the row an entity is hydrated from). */
function rawSql(alias: string, info: FieldInfo): Sql {
  const col = sql`${ident(alias)}.${ident(info.column)}`;
  if (info.kind === 'float' || info.kind === 'decimal') return sql`${col}::text`;
  if (info.kind === 'int') return col;
  return valueSql(alias, info);
}

/** A cursor value as encodeCursor reads it from an entity (Date → ISO text). */
function cursorSql(alias: string, info: FieldInfo): Sql {
  if (info.kind === 'date') {
    const col = sql`${ident(alias)}.${ident(info.column)}`;
    return sql`(to_char(${col}, 'YYYY-MM-DD') || 'T00:00:00.000Z')`;
  }
  return valueSql(alias, info);
}

/** json_build_object takes at most 100 arguments: larger objects are merged from chunks. */
function jsonObject(pairs: [string, Sql][]): Sql {
  if (pairs.length === 0) return sql`'{}'::json`;
  const chunk = (list: [string, Sql][]) => {
    const args = list.map(([k, v]) => sql`${Sql.raw(quoteLiteral(k))}, ${v}`);
    return sql`json_build_object(${args.slice(1).reduce((acc, a) => sql`${acc}, ${a}`, args[0])})`;
  };
  if (pairs.length <= 50) return chunk(pairs);
  const parts: Sql[] = [];
  for (let i = 0; i < pairs.length; i += 50) parts.push(sql`${chunk(pairs.slice(i, i + 50))}::jsonb`);
  return sql`(${parts.slice(1).reduce((acc, p) => sql`${acc} || ${p}`, parts[0])})::json`;
}

// Keys come from the schema (field names, aliases: GraphQL names), never from values.
function quoteLiteral(text: string): string {
  if (!/^[$@A-Za-z_][A-Za-z0-9_]*$/.test(text)) bail(`unsafe key ${text}`);
  return `'${text}'`;
}

// ---------------------------------------------------------------------------------------------
// Response JSON (raw): values exactly as the GraphQL scalars would serialise them.

/** Which column kinds each scalar may carry unchanged into the response. */
const SCALAR_KINDS: Record<string, readonly string[]> = {
  ID: ['id', 'string'], String: ['string', 'id'], Int: ['int'], Float: ['float', 'int'], Boolean: ['boolean'],
  DateTimeISO: ['datetime'], Date: ['date'], Decimal: ['decimal'],
};

const identityEnums = new WeakMap<GraphQLEnumType, boolean>();
/** An enum whose members are their own values (TypeGraphQL's string enums): the column's text is the response. */
function assertIdentityEnum(type: GraphQLEnumType): void {
  let identity = identityEnums.get(type);
  if (identity === undefined) identityEnums.set(type, (identity = type.getValues().every((v) => v.value === v.name)));
  if (!identity) bail(`enum ${type.name} maps its values`);
}

/** A column as the response carries it; not compilable where the scalar would change or refuse the value. */
function outputSql(alias: string, info: FieldInfo, type: GraphQLOutputType): Sql {
  if (isNonNullType(type) && info.nullable) bail('non-null field over a nullable column');
  const named = getNamedType(type);
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  if (isEnumType(named)) {
    if (info.kind !== 'enum') bail('enum over another kind');
    assertIdentityEnum(named);
    if (list) return jsonText(valueSql(alias, info));
    const text = quoted(sql`${ident(alias)}.${ident(info.column)}::text`);
    return info.nullable ? sql`coalesce(${text}, 'null')` : text;
  }
  if (!isScalarType(named) || !SCALAR_KINDS[named.name]?.includes(info.kind)) bail(`scalar ${named.name} over ${info.kind}`);
  if (list && info.kind !== 'string' && info.kind !== 'id' && info.kind !== 'int') bail('list of converted values');
  if (list) return jsonText(valueSql(alias, info));
  const col = sql`${ident(alias)}.${ident(info.column)}`;
  // Text that needs no escaping is written directly: to_json per value costs PostgreSQL half again as much.
  const direct = named.name === 'Float' ? finiteFloatText(sql`${col}::float8`)
    : info.kind === 'int' || info.kind === 'boolean' ? sql`${col}::text`
    : info.kind === 'id' && info.columnType === 'uuid' ? quoted(sql`${col}::text`)
    : info.kind === 'decimal' || info.kind === 'datetime' || info.kind === 'date' ? quoted(valueSql(alias, info))
    : undefined;
  if (!direct) return jsonText(valueSql(alias, info));
  return info.nullable ? sql`coalesce(${direct}, 'null')` : direct;
}

/**
 * A Float as JSON text. NaN and ±Infinity (stored by SQL outside the API) are not JSON, and
 * graphql-js answers them with a field error: casting their text to integer fails the statement
 * instead, so the request is answered field by field, error included.
 */
function finiteFloatText(value: Sql): Sql {
  // -0 is written 0, as JSON.stringify writes it.
  return sql`(CASE WHEN ${value} = 0 THEN '0' WHEN ${value} - ${value} = 0 THEN ${value}::text ELSE (${value}::text)::int::text END)`;
}

/** `"text"` for text that holds no character JSON escapes (uuids, ISO times, decimals, enum names). */
function quoted(text: Sql): Sql {
  return sql`('"' || ${text} || '"')`;
}

/** A computed value (already JSON-ready) as the response carries it. */
function computedOutputSql(value: Sql, type: GraphQLOutputType): Sql {
  const named = getNamedType(type);
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  if (isEnumType(named)) {
    assertIdentityEnum(named);
    return list ? jsonText(value) : sql`coalesce(${quoted(sql`(${value})::text`)}, 'null')`;
  }
  if (!isScalarType(named) || !(named.name in SCALAR_KINDS)) bail(`computed ${named.name}`);
  if (list) {
    if (named.name === 'Float') bail('list of floats');
    return jsonText(value);
  }
  switch (named.name) {
    // Computed once per row (OFFSET 0 keeps PostgreSQL from copying the expression into each use).
    case 'Float': return sql`coalesce((SELECT ${finiteFloatText(sql`f.v`)} FROM (SELECT (${value})::float8 AS v OFFSET 0) f), 'null')`;
    case 'Int': case 'Boolean': return sql`coalesce((${value})::text, 'null')`;
    case 'Decimal': return sql`coalesce(${quoted(sql`(${value})::text`)}, 'null')`;
    default: return jsonText(value);
  }
}

/**
 * Response JSON is written as text: json_build_object and json_agg space their output
 * (`"id" : 1, "v" : 2`), a tenth more bytes to send; to_json of a scalar and concatenation do not.
 */
function jsonText(value: Sql): Sql {
  return sql`coalesce(to_json(${value})::text, 'null')`;
}

function typenameText(name: string): Sql {
  return Sql.raw(`'"${quoteLiteral(name).slice(1, -1)}"'`);
}

/** `{"key":value,…}` from pairs of response keys (GraphQL names) and JSON text. */
function textObject(pairs: [string, Sql][]): Sql {
  if (!pairs.length) return Sql.raw(`'{}'`);
  const parts = pairs.flatMap(([key, value], i) => [Sql.raw(`'${i ? ',' : '{'}"${quoteLiteral(key).slice(1, -1)}":'`), value]);
  return sql`(${[...parts, Sql.raw(`'}'`)].reduce((acc, part) => sql`${acc} || ${part}`)})`;
}

/** `[item,…]` of the page's rows in response order. */
function textList(item: Sql, order: Sql, filter: Sql): Sql {
  return sql`('[' || coalesce(string_agg(${item}, ',' ORDER BY ${order}) ${filter}, '') || ']')`;
}

/** encodeCursor's text, computed by PostgreSQL: base64url of the JSON array [order signature, ...values]. */
function cursorTextSql(terms: OrderTerm[], alias: string): Sql {
  const parts = [sql`to_json(${orderSignature(terms)}::text)::text`, ...terms.map((t) => {
    const value = t.info.kind === 'float' ? sql`${ident(alias)}.${ident(t.info.column)}::float8` : cursorSql(alias, t.info);
    return sql`coalesce(to_json(${value})::text, 'null')`;
  })];
  const array = sql`'[' || ${parts.reduce((acc, p) => sql`${acc} || ',' || ${p}`)} || ']'`;
  // PostgreSQL's base64 breaks lines and pads: base64url has neither.
  return sql`translate(encode(convert_to(${array}, 'UTF8'), 'base64'), '+/=' || chr(10), '-_')`;
}

/**
 * A connection as the response carries it: the page's rows (limit + 1 read, to tell whether there
 * are more) numbered in read order, then nodes, edges, pageInfo and totalCount in the selection's order.
 */
function responseConnectionSql(w: Walk, def: ResourceDefinition, type: GraphQLObjectType, nodes: readonly FieldNode[], args: ListArgs, alias: string, link?: Sql): Sql {
  const terms = resolveOrder(def, args.orderBy);
  const page = pageRequest(w.ctx, terms, args, alias);
  const typeFields = type.getFields();
  const nodeType = getNamedType(typeFields.nodes.type) as GraphQLObjectType;
  const edgeType = getNamedType(typeFields.edges.type) as GraphQLObjectType;
  const pageInfoType = getNamedType(typeFields.pageInfo.type) as GraphQLObjectType;
  const table = sql`${ident(tableOf(def.entity))} ${ident(alias)}`;
  const filter = and([link, scope(def, w.ctx, alias, !!args.withDeleted), compileWhere(def, w.ctx, args.where, alias)]);
  const limit = intLiteral(page.limit);
  const inPage = sql`FILTER (WHERE s.o <= ${limit})`;
  const readOrder = Sql.raw(page.backward ? 'DESC' : 'ASC');
  const lastFirst = Sql.raw(page.backward ? 'ASC' : 'DESC');
  const rowColumns: Sql[] = [];
  let cursor = false;
  let everyCursor = false;
  const shared = new SharedRows(w, alias);
  const nodeColumn = (sets: SelectionSetNode[]) => {
    const column = `n${rowColumns.length}`;
    rowColumns.push(sql`${nodeSql(w, def, nodeType, sets, alias, [], shared).json} AS ${ident(column)}`);
    return Sql.raw(`s.${column}`);
  };
  const pageList = (item: Sql) => textList(item, sql`s.o ${readOrder}`, inPage);
  const pairs: [string, Sql][] = [];
  let pageRead = false;
  for (const [key, list] of collect(w, type, subSelections(nodes))) {
    const name = list[0].name.value;
    if (list.some((n) => n.name.value !== name)) bail('response key reused');
    if (name === 'nodes' || name === 'edges' || name === 'pageInfo') pageRead = true;
    if (name === '__typename') pairs.push([key, typenameText(type.name)]);
    else if (name === 'nodes') pairs.push([key, pageList(nodeColumn(subSelections(list)))]);
    else if (name === 'totalCount') pairs.push([key, sql`(SELECT count(*) FROM ${table} WHERE ${filter})::text`]);
    else if (name === 'edges') {
      const edge: [string, Sql][] = [];
      for (const [edgeKey, edgeFields] of collect(w, edgeType, subSelections(list))) {
        const edgeField = edgeFields[0].name.value;
        if (edgeFields.some((n) => n.name.value !== edgeField)) bail('response key reused');
        if (edgeField === 'node') edge.push([edgeKey, nodeColumn(subSelections(edgeFields))]);
        else if (edgeField === 'cursor') { cursor = everyCursor = true; edge.push([edgeKey, jsonText(sql`s.c`)]); }
        else if (edgeField === '__typename') edge.push([edgeKey, typenameText(edgeType.name)]);
        else bail('edge field');
      }
      pairs.push([key, pageList(textObject(edge))]);
    } else if (name === 'pageInfo') {
      const info: [string, Sql][] = [];
      const more = sql`(count(*) > ${limit})::text`;
      for (const [infoKey, infoFields] of collect(w, pageInfoType, subSelections(list))) {
        const infoField = infoFields[0].name.value;
        if (infoFields.some((n) => n.name.value !== infoField)) bail('response key reused');
        if (infoField === 'hasNextPage') info.push([infoKey, page.backward ? Sql.raw(args.before ? `'true'` : `'false'`) : more]);
        else if (infoField === 'hasPreviousPage') info.push([infoKey, page.backward ? more : Sql.raw(args.after ? `'true'` : `'false'`)]);
        else if (infoField === 'startCursor') { cursor = true; info.push([infoKey, jsonText(sql`(array_agg(s.c ORDER BY s.o ${readOrder}) ${inPage})[1]`)]); }
        else if (infoField === 'endCursor') { cursor = true; info.push([infoKey, jsonText(sql`(array_agg(s.c ORDER BY s.o ${lastFirst}) ${inPage})[1]`)]); }
        else if (infoField === '__typename') info.push([infoKey, typenameText(pageInfoType.name)]);
        else bail('pageInfo field');
      }
      pairs.push([key, textObject(info)]);
    } else bail(`connection field ${name}`);
  }
  // Only the total asked: no page to read.
  if (!pageRead) return textObject(pairs);
  // The cursor's values leave the page's query as they are; the cursor text is written for the rows that show it.
  const keyed = terms.map((t, i) => ({ ...t, info: { ...t.info, column: `k${i}` } }));
  if (cursor) terms.forEach((t, i) => rowColumns.push(sql`${ident(alias)}.${ident(t.info.column)} AS ${ident(`k${i}`)}`));
  if (!rowColumns.length) rowColumns.push(sql`1 AS one`);
  const selected = rowColumns.reduce((acc, c) => sql`${acc}, ${c}`);
  const cut = sql`FROM ${table} WHERE ${filter} AND ${page.cursorFilter} ORDER BY ${orderSql(terms, alias, page.backward)} LIMIT ${intLiteral(page.limit + 1)}`;
  // Computed rows are joined to the page once it is cut, so an order that needs a sort never looks them up for rows it drops.
  const rows = shared.joins.length
    ? sql`SELECT ${selected} FROM (SELECT ${ident(alias)}.* ${cut}) ${ident(alias)} ${shared.from} ORDER BY ${orderSql(terms, alias, page.backward)}`
    : sql`SELECT ${selected} ${cut}`;
  const cursorColumn = !cursor ? sql``
    : everyCursor ? sql`, ${cursorTextSql(keyed, 'r')} AS c`
    : sql`, CASE WHEN row_number() OVER () IN (1, least(count(*) OVER (), ${limit})) THEN ${cursorTextSql(keyed, 'r')} END AS c`;
  // The numbering follows the ordered subquery's output (no window order: PostgreSQL adds no sort).
  // GROUP BY (): one row, even when nothing selected aggregates (a connection asked only for its totalCount).
  return sql`(SELECT ${textObject(pairs)} FROM (SELECT r.*, row_number() OVER () AS o${cursorColumn} FROM (${rows}) r) s GROUP BY ())`;
}

// ---------------------------------------------------------------------------------------------
// Plans: what the JSON holds and how it becomes GraphQL values.

interface NodePlan {
  def: ResourceDefinition;
  /** A module's field resolver is selected: the node becomes an entity (all columns under `@row`). */
  entity: boolean;
  toOne: { key: string; plan: NodePlan }[];
  toMany: { key: string; plan: ConnectionPlan }[];
  /** Whether finish() has anything to do below this node. */
  busy: boolean;
}

interface ConnectionPlan {
  def: ResourceDefinition;
  node: NodePlan;
  limit: number;
  backward: boolean;
  after: boolean;
  before: boolean;
  terms: OrderTerm[];
  cursors: boolean;
}

function nextAlias(w: Walk): string {
  return `q${w.alias++}`;
}

/**
 * The rows of computed fields (a deal's next activity), joined once beside the row they belong to
 * (`LEFT JOIN LATERAL … LIMIT 1`) where the caller places `joins` after that row's table: the row
 * and every value taken from it (`fromRow`: its state) then read one lookup, not one each.
 */
class SharedRows {
  private readonly joined = new Map<ComputedRow, string>();
  readonly joins: Sql[] = [];

  constructor(private readonly w: Walk, private readonly row: string) {}

  aliasOf(field: ComputedRow): string {
    let alias = this.joined.get(field);
    if (!alias) {
      alias = nextAlias(this.w);
      this.joins.push(sql`LEFT JOIN LATERAL ${computedRowSql(this.w.ctx, field, this.row, alias, sql`${ident(alias)}.*`)} ${ident(alias)} ON TRUE`);
      this.joined.set(field, alias);
    }
    return alias;
  }

  get from(): Sql {
    return this.joins.reduce((acc, join) => sql`${acc} ${join}`, sql``);
  }
}

/**
 * The JSON of one row of `def` at `alias` for the merged selection `sets` of `type`.
 * @param shared where the caller joins computed rows beside `alias` (else each is a subquery)
 */
function nodeSql(w: Walk, def: ResourceDefinition, type: GraphQLObjectType, sets: readonly SelectionSetNode[], alias: string, extra: [string, Sql][] = [], shared?: SharedRows): { json: Sql; plan: NodePlan } {
  const allowed = allowedOf(def);
  const fields = collect(w, type, sets);
  const pairs: [string, Sql][] = [...extra];
  const plan: NodePlan = { def, entity: false, toOne: [], toMany: [], busy: false };
  const columnsDone = new Set<string>();
  const columns: [string, Sql][] = [];
  const typeFields = type.getFields();
  for (const [key, nodes] of fields) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      if (w.raw) pairs.push([key, typenameText(type.name)]);
      continue;
    }
    if (nodes.some((n) => n.name.value !== name)) bail('response key reused');
    const field = typeFields[name];
    if (!field) bail(`unknown field ${name}`);
    const outKey = w.raw ? key : PRECOMPUTED_KEY(key);
    const column = allowed.columns.get(name);
    if (column) {
      if (w.raw) pairs.push([key, outputSql(alias, column, field.type)]);
      else if (!columnsDone.has(name)) columns.push([name, valueSql(alias, column)]);
      columnsDone.add(name);
      continue;
    }
    /** A to-one field (a relation or a computed row): the target's node under `select(alias, json)`, if the caller may read it. */
    const toOne = (target: ResourceDefinition, select: (inner: string, json: Sql) => Sql, joined?: string) => {
      if (!can(w.ctx.actor, 'read', target.area)) bail('to-one target not readable');
      // graphql-js would report a missing non-null row as an error; the response JSON cannot.
      if (w.raw && isNonNullType(field.type)) bail('non-null to-one');
      const targetType = getNamedType(field.type);
      if (!isObjectType(targetType)) bail('not an object');
      const inner = joined ?? nextAlias(w);
      const child = nodeSql(w, target, targetType as GraphQLObjectType, subSelections(nodes), inner);
      pairs.push([outKey, w.raw ? sql`coalesce(${select(inner, child.json)}, 'null')` : select(inner, child.json)]);
      plan.toOne.push({ key: outKey, plan: child.plan });
    };
    const computedField = def.computed?.[name];
    if (computedField) {
      if (computedField.kind === 'value') {
        const { fromRow } = computedField;
        const value = fromRow && shared ? (() => {
          const row = shared.aliasOf(fromRow.row);
          return sql`coalesce(CASE WHEN ${ident(row)}.id IS NOT NULL THEN ${fromRow.sql(w.ctx, row)} END, ${fromRow.absent})`;
        })() : computedField.sql(w.ctx, alias);
        pairs.push([outKey, w.raw ? computedOutputSql(value, field.type) : value]);
        continue;
      }
      if (shared) {
        const row = shared.aliasOf(computedField);
        toOne(computedField.resource(), (_inner, json) => sql`CASE WHEN ${ident(row)}.id IS NOT NULL THEN ${json} END`, row);
      } else toOne(computedField.resource(), (inner, json) => computedRowSql(w.ctx, computedField, alias, inner, json));
      continue;
    }
    if (allowed.relations.has(name)) {
      const belongsTo = def.belongsTo?.[name];
      if (belongsTo) {
        const target = belongsTo.resource();
        const fk = sql`${ident(alias)}.${ident(fieldInfo(def, belongsTo.foreignKey).column)}`;
        toOne(target, (inner, json) => sql`(SELECT ${json} FROM ${ident(tableOf(target.entity))} ${ident(inner)} WHERE ${scope(target, w.ctx, inner)} AND ${ident(inner)}.id = ${fk})`);
        continue;
      }
      const hasMany = def.hasMany?.[name];
      if (hasMany) {
        const target = hasMany.resource();
        if (!can(w.ctx.actor, 'read', target.area)) bail('relation not readable');
        const args = sameArgs(w, field, nodes);
        const inner = nextAlias(w);
        const fk = sql`${ident(inner)}.${ident(fieldInfo(target, hasMany.foreignKey).column)} = ${ident(alias)}.id`;
        let connection: { json: Sql; plan?: ConnectionPlan };
        try {
          const connectionType = getNamedType(field.type) as GraphQLObjectType;
          connection = w.raw ? { json: responseConnectionSql(w, target, connectionType, nodes, args, inner, fk) } : connectionSql(w, target, connectionType, nodes, args, inner, fk);
        } catch (error) {
          // A refused argument (page size, cursor, filter) is reported on this field by the DataLoader path, as before.
          if (error instanceof NotCompilable) throw error;
          return bail('nested arguments refused');
        }
        pairs.push([outKey, connection.json]);
        if (connection.plan) plan.toMany.push({ key: outKey, plan: connection.plan });
        continue;
      }
    }
    // A module's own field resolver: it gets the entity it expects; what it loads goes through DataLoader.
    if (w.raw) bail(`field resolver ${def.name}.${name}`);
    plan.entity = true;
  }
  if (w.raw) return { json: textObject(pairs), plan };
  if (plan.entity) {
    const row: [string, Sql][] = [...fieldsOf(def.entity).values()].map((info) => [info.column, rawSql(alias, info)]);
    pairs.push(['@row', jsonObject(row)]);
  } else {
    pairs.push(...columns);
  }
  plan.busy = plan.entity || plan.toMany.length > 0 || plan.toOne.some((t) => t.plan.busy);
  return { json: jsonObject(pairs), plan };
}

/** Relation fields with arguments must ask the same under one response key (they share the value). */
function sameArgs(w: Walk, field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[]): ListArgs {
  const all = nodes.map((n) => getArgumentValues(field, n, w.info.variableValues) as ListArgs);
  const first = JSON.stringify(all[0]);
  if (all.some((a) => JSON.stringify(a) !== first)) bail('arguments differ under one key');
  return { ...all[0] };
}

/** A page of `def` rows as `{ rows: [...limit + 1], count }`, filtered, ordered and keyset-paged. */
function connectionSql(w: Walk, def: ResourceDefinition, type: GraphQLObjectType, nodes: readonly FieldNode[], args: ListArgs, alias: string, link?: Sql): { json: Sql; plan: ConnectionPlan; rows: Sql; count?: Sql } {
  const terms = resolveOrder(def, args.orderBy);
  const page = pageRequest(w.ctx, terms, args, alias);
  const fields = collect(w, type, subSelections(nodes));
  const nodeType = getNamedType(type.getFields().nodes.type) as GraphQLObjectType;
  const edgeType = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
  const nodeSets: SelectionSetNode[] = [];
  let cursors = false;
  let count = false;
  for (const [, list] of fields) {
    const name = list[0].name.value;
    if (name === 'nodes') nodeSets.push(...subSelections(list));
    else if (name === 'edges') {
      for (const [, edgeFields] of collect(w, edgeType, subSelections(list))) {
        const edgeField = edgeFields[0].name.value;
        if (edgeField === 'node') nodeSets.push(...subSelections(edgeFields));
        else if (edgeField === 'cursor') cursors = true;
        else if (edgeField !== '__typename') bail('edge field');
      }
    } else if (name === 'pageInfo') {
      cursors = true;
    } else if (name === 'totalCount') count = true;
    else if (name !== '__typename') bail(`connection field ${name}`);
  }
  const key: [string, Sql][] = cursors ? [['@k', sql`json_build_array(${terms.map((t) => cursorSql(alias, t.info)).reduce((acc, p) => sql`${acc}, ${p}`)})`]] : [];
  const node = nodeSql(w, def, nodeType, nodeSets, alias, key);
  const table = sql`${ident(tableOf(def.entity))} ${ident(alias)}`;
  const filter = and([link, scope(def, w.ctx, alias, !!args.withDeleted), compileWhere(def, w.ctx, args.where, alias)]);
  const rows = sql`(SELECT coalesce(json_agg(s.j), '[]'::json) FROM (SELECT ${node.json} AS j FROM ${table} WHERE ${filter} AND ${page.cursorFilter} ORDER BY ${orderSql(terms, alias, page.backward)} LIMIT ${intLiteral(page.limit + 1)}) s)`;
  const counted = count ? sql`(SELECT count(*)::int FROM ${table} WHERE ${filter})` : undefined;
  const json = counted ? sql`json_build_object('rows', ${rows}, 'count', ${counted})` : sql`json_build_object('rows', ${rows})`;
  const plan: ConnectionPlan = { def, node: node.plan, limit: page.limit, backward: page.backward, after: !!args.after, before: !!args.before, terms, cursors };
  return { json, plan, rows, count: counted };
}

// ---------------------------------------------------------------------------------------------
// Results: compiled JSON → the values the resolvers hand on.

function finishNode(plan: NodePlan, raw: Record<string, unknown> | null): unknown {
  if (!raw || !plan.busy) return raw;
  for (const { key, plan: p } of plan.toOne) raw[key] = finishNode(p, raw[key] as Record<string, unknown> | null);
  for (const { key, plan: p } of plan.toMany) raw[key] = finishConnection(p, raw[key] as { rows: Record<string, unknown>[]; count?: number });
  if (!plan.entity) return raw;
  const row = raw['@row'] as Record<string, unknown>;
  for (const info of fieldsOf(plan.def.entity).values()) {
    const v = row[info.column];
    if (v === null || v === undefined) continue;
    if (info.kind === 'datetime') row[info.column] = new Date(v as string);
    // The pg driver reads a date as local midnight.
    else if (info.kind === 'date') { const [y, m, d] = (v as string).split('-').map(Number); row[info.column] = new Date(y, m - 1, d); }
  }
  const entity = hydrate(plan.def.entity, row) as Record<string, unknown>;
  for (const [k, v] of Object.entries(raw)) if (k.startsWith('$')) entity[k] = v;
  return entity;
}

function finishConnection(plan: ConnectionPlan, raw: { rows: Record<string, unknown>[]; count?: number }): ConnectionValue {
  const hasMore = raw.rows.length > plan.limit;
  const page = hasMore ? raw.rows.slice(0, plan.limit) : raw.rows;
  if (plan.backward) page.reverse();
  const edges = page.map((row) => {
    const cursor = plan.cursors ? cursorOf(plan.terms, row['@k'] as unknown[]) : '';
    return { cursor, node: finishNode(plan.node, row) };
  });
  const pageInfo: PageInfo = {
    hasNextPage: plan.backward ? plan.before : hasMore,
    hasPreviousPage: plan.backward ? hasMore : plan.after,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  const count = raw.count ?? 0;
  const cls = connectionTypesOf(plan.def).connection as typeof import('./connection').ConnectionValue;
  return cls.of(edges, pageInfo, () => Promise.resolve(count));
}

function cursorOf(terms: OrderTerm[], values: unknown[]): string {
  const row: Record<string, unknown> = {};
  terms.forEach((t, i) => { row[t.info.property] = values[i]; });
  return encodeCursor(terms, row);
}

// ---------------------------------------------------------------------------------------------
// Statements: renumbered aliases and a name for PostgreSQL to keep the plan of.

const NAMED_MAX = 2000;
const names = new Map<string, string>();

/** Where-clause aliases come from a global counter: renumbered, the same query shape is the same text. */
function finalText(statement: Sql): { text: string; values: unknown[]; name?: string } {
  const compiled = statement.compile();
  const seen = new Map<string, string>();
  const text = compiled.text.replace(/"r(\d+)"/g, (_m, n: string) => {
    let renamed = seen.get(n);
    if (!renamed) seen.set(n, (renamed = `"x${seen.size}"`));
    return renamed;
  });
  let name = names.get(text);
  if (!name && names.size < NAMED_MAX) {
    name = `crm_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    names.set(text, name);
  }
  return { text, values: compiled.values, name };
}

/** The fields selected on `type` by response key, fragments inlined; undefined when a fragment's type condition is another type. */
export function selectedFields(scope: SelectionScope, ctx: TenantContext, type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> | undefined {
  try {
    return collect({ info: scope, ctx, alias: 0 }, type, sets);
  } catch (error) {
    if (error instanceof NotCompilable) return undefined;
    throw error;
  }
}

/** Runs a response statement (its row's `j`) as a named prepared statement: the JSON as text, never parsed here. */
export async function responseText(ctx: TenantContext, statement: Sql): Promise<string | null | undefined> {
  const { text, values, name } = finalText(statement);
  const read = await ctx.db.oneChecked<{ j: string | null }>(text, values, name);
  return read ? read.row?.j ?? null : undefined;
}

export interface CompiledRead {
  run(): Promise<unknown>;
}

/** Compiles a generic root field, or returns undefined to leave it to the field-by-field path. */
export function compileRootRead(ctx: TenantContext, def: ResourceDefinition, info: GraphQLResolveInfo, kind: 'one' | 'list', args: ListArgs & { id?: string }): CompiledRead | undefined {
  if (!ctx.config.compiledReads) return undefined;
  const w: Walk = { info, ctx, alias: 0 };
  try {
    const type = getNamedType(info.returnType);
    if (!isObjectType(type)) return undefined;
    if (kind === 'one') {
      const node = nodeSql(w, def, type, subSelections(info.fieldNodes), 't');
      const statement = finalText(sql`SELECT ${node.json} AS j FROM ${ident(tableOf(def.entity))} t WHERE ${scope(def, ctx, 't')} AND t.id = ${args.id}::uuid`);
      return {
        run: async () => {
          const rows = await ctx.db.query<{ j: Record<string, unknown> }>(statement.text, statement.values, statement.name);
          return finishNode(node.plan, rows[0]?.j ?? null);
        },
      };
    }
    const connection = connectionSql(w, def, type, info.fieldNodes, args, 't');
    const statement = finalText(connection.count ? sql`SELECT ${connection.rows} AS rows, ${connection.count} AS count` : sql`SELECT ${connection.rows} AS rows`);
    return {
      run: async () => {
        const rows = await ctx.db.query<{ rows: Record<string, unknown>[]; count?: number }>(statement.text, statement.values, statement.name);
        return finishConnection(connection.plan, rows[0]);
      },
    };
  } catch (error) {
    if (error instanceof NotCompilable) return undefined;
    throw error;
  }
}

/** A root field as compiled-response.ts hands it over: its nodes under one response key, its type, the operation's scope. */
export interface RootSelection extends SelectionScope {
  fieldNodes: readonly FieldNode[];
  returnType: GraphQLOutputType;
}

/** A generic root field's response JSON (a statement whose row holds its text as `j`), or undefined when it is not compilable so. */
export function compileRootResponse(ctx: TenantContext, def: ResourceDefinition, read: RootSelection, kind: 'one' | 'list', args: ListArgs & { id?: string }): Sql | undefined {
  const w: Walk = { info: read, ctx, alias: 0, raw: true };
  try {
    const type = getNamedType(read.returnType);
    if (!isObjectType(type)) return undefined;
    if (kind === 'one') {
      if (isNonNullType(read.returnType)) return undefined;
      const shared = new SharedRows(w, 't');
      const node = nodeSql(w, def, type, subSelections(read.fieldNodes), 't', [], shared);
      return sql`SELECT (SELECT ${node.json} FROM ${ident(tableOf(def.entity))} t ${shared.from} WHERE ${scope(def, ctx, 't')} AND t.id = ${args.id}::uuid) AS j`;
    }
    return sql`SELECT ${responseConnectionSql(w, def, type, read.fieldNodes, args, 't')} AS j`;
  } catch (error) {
    if (error instanceof NotCompilable) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Child lists of parents that were not compiled themselves (a board's columns, an entity-mode
// node's fallback): one statement for every parent of the batch, the rows' selection compiled.

const selectionIds = new WeakMap<readonly FieldNode[], number>();
let selectionCounter = 0;
const plansPerRequest = new WeakMap<object, Map<string, ChildPlan | null>>();

interface ChildPlan {
  statement: { text: string; values: unknown[]; name?: string };
  plan: ConnectionPlan;
}

/**
 * The page of `def` rows under `parentId` (foreign key `foreignKey`) with `info`'s selection
 * compiled, batched per request and selection; undefined when the selection is not compilable
 * (the caller then uses `ctx.loaders.children`).
 */
export function loadCompiledChildren(ctx: TenantContext, def: ResourceDefinition, foreignKey: string, args: ListArgs, info: GraphQLResolveInfo, parentId: string): Promise<ConnectionValue> | undefined {
  if (!ctx.config.compiledReads) return undefined;
  let selection = selectionIds.get(info.fieldNodes);
  if (selection === undefined) selectionIds.set(info.fieldNodes, (selection = ++selectionCounter));
  const name = `compiled:${def.name}.${foreignKey}:${selection}:${JSON.stringify(args)}`;
  let plans = plansPerRequest.get(ctx.loaders);
  if (!plans) plansPerRequest.set(ctx.loaders, (plans = new Map()));
  let child = plans.get(name);
  if (child === undefined) {
    child = null;
    const type = getNamedType(info.returnType);
    if (isObjectType(type)) {
      try {
        const w: Walk = { info, ctx, alias: 0 };
        const link = sql`${ident('t')}.${ident(fieldInfo(def, foreignKey).column)} = p.parent_id`;
        const connection = connectionSql(w, def, type, info.fieldNodes, args, 't', link);
        const json = connection.count ? sql`json_build_object('rows', ${connection.rows}, 'count', ${connection.count})` : sql`json_build_object('rows', ${connection.rows})`;
        // The parents' ids are the one value added after the plan's own: $1 keeps the text stable.
        const body = finalText(sql`SELECT p.parent_id, ${json} AS c FROM unnest(${Sql.raw('$PARENTS')}) AS p(parent_id)`);
        child = { statement: body, plan: connection.plan };
      } catch (error) {
        if (!(error instanceof NotCompilable)) child = null; // refused arguments: the DataLoader path reports them
      }
    }
    plans.set(name, child);
  }
  if (!child) return undefined;
  const { statement, plan } = child;
  return ctx.loaders.custom<ConnectionValue>(name, async (parentIds) => {
    const text = statement.text.replace('$PARENTS', () => `$${statement.values.length + 1}::uuid[]`);
    const rows = await ctx.db.query<{ parent_id: string; c: { rows: Record<string, unknown>[]; count?: number } }>(text, [...statement.values, parentIds], statement.name);
    const byParent = new Map(rows.map((r) => [r.parent_id, r.c]));
    return parentIds.map((id) => finishConnection(plan, byParent.get(id) ?? { rows: [], count: 0 }));
  }).load(parentId);
}

// ---------------------------------------------------------------------------------------------
// Composed reads: a module's own root field (the board) built from compiled parts in one statement.

export interface CompiledPart<T> {
  json: Sql;
  finish(raw: unknown): T;
}

/**
 * Compiles the parts of a module's root field: nodes and connections of resources under its
 * selection, joined by the module's own SQL into one statement. Any part that cannot be compiled
 * makes `attempt` answer undefined, and the module serves the field the field-by-field way.
 */
export class ReadComposer {
  private readonly w: Walk;

  private constructor(readonly ctx: TenantContext, readonly info: SelectionScope, raw: boolean) {
    this.w = { info, ctx, alias: 0, raw };
  }

  static for(ctx: TenantContext, info: GraphQLResolveInfo): ReadComposer | undefined {
    return ctx.config.compiledReads ? new ReadComposer(ctx, info, false) : undefined;
  }

  /** A composer whose parts are the response JSON itself (responseNode, responseConnection, object). */
  static forResponse(ctx: TenantContext, read: SelectionScope): ReadComposer {
    return new ReadComposer(ctx, read, true);
  }

  /** `build`'s answer, or undefined when a part of it is not compilable. */
  attempt<T>(build: (composer: ReadComposer) => T): T | undefined {
    try {
      return build(this);
    } catch (error) {
      if (error instanceof NotCompilable) return undefined;
      throw error;
    }
  }

  /** The field nodes selected under the one response key of `name` in `nodes` (on `type`); none when unselected, not compilable when aliased twice. */
  selected(type: GraphQLObjectType, nodes: readonly FieldNode[], name: string): { nodes: FieldNode[]; field: GraphQLField<unknown, unknown>; type: GraphQLObjectType } | undefined {
    const keys = [...collect(this.w, type, subSelections(nodes)).values()].filter((list) => list[0].name.value === name);
    if (keys.length === 0) return undefined;
    if (keys.length > 1) bail(`${name} under two response keys`);
    const field = type.getFields()[name];
    const named = getNamedType(field.type);
    if (!isObjectType(named)) bail(`${name} is not an object`);
    return { nodes: keys[0], field, type: named as GraphQLObjectType };
  }

  /** The field's arguments (defaults applied), the same under every node of its key. */
  args<A>(field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[]): A {
    return sameArgs(this.w, field, nodes) as A;
  }

  /** One row of `def` at `alias` as the selection under `nodes` asks for it. */
  node(def: ResourceDefinition, type: GraphQLObjectType, nodes: readonly FieldNode[], alias: string): CompiledPart<unknown> {
    this.parts();
    const { json, plan } = nodeSql(this.w, def, type, subSelections(nodes), alias);
    return { json, finish: (raw) => finishNode(plan, raw as Record<string, unknown> | null) };
  }

  /** A page of `def` rows at `alias` joined by `link`, as the connection selection under `nodes` asks for it. */
  connection(def: ResourceDefinition, type: GraphQLObjectType, nodes: readonly FieldNode[], args: ListArgs, alias: string, link: Sql): CompiledPart<ConnectionValue> {
    this.parts();
    const { json, plan } = connectionSql(this.w, def, type, nodes, args, alias, link);
    return { json, finish: (raw) => finishConnection(plan, raw as { rows: Record<string, unknown>[]; count?: number }) };
  }

  /** node() and connection() give values for resolvers: not what a response composer writes. */
  private parts(): void {
    if (this.w.raw) throw new Error('A response composer (forResponse) writes responseNode and responseConnection, not node or connection');
  }

  /** One row of `def` at `alias` as the response carries it (forResponse composers). */
  responseNode(def: ResourceDefinition, type: GraphQLObjectType, nodes: readonly FieldNode[], alias: string): Sql {
    return nodeSql(this.w, def, type, subSelections(nodes), alias).json;
  }

  /** A page of `def` rows at `alias` joined by `link`, as the response carries it (forResponse composers). */
  responseConnection(def: ResourceDefinition, type: GraphQLObjectType, nodes: readonly FieldNode[], args: ListArgs, alias: string, link: Sql): Sql {
    return responseConnectionSql(this.w, def, type, nodes, args, alias, link);
  }

  /**
   * A module's own object type as the response carries it: each selected field's JSON from
   * `fields` (by field name), in the selection's order, under its response key.
   */
  object(type: GraphQLObjectType, nodes: readonly FieldNode[], fields: Record<string, (selection: { nodes: FieldNode[]; field: GraphQLField<unknown, unknown> }) => Sql>): Sql {
    const pairs: [string, Sql][] = [];
    for (const [key, list] of collect(this.w, type, subSelections(nodes))) {
      const name = list[0].name.value;
      if (list.some((n) => n.name.value !== name)) bail('response key reused');
      if (name === '__typename') { pairs.push([key, typenameText(type.name)]); continue; }
      const build = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (!build) bail(`${type.name}.${name} is not compiled`);
      pairs.push([key, build!({ nodes: list, field: type.getFields()[name] })]);
    }
    return textObject(pairs);
  }

  /** A scalar value's JSON text (null as `null`). */
  value(value: Sql): Sql {
    return jsonText(value);
  }

  /** `[item,…]` over the rows of `from` (JSON text items, in `order`). */
  list(item: Sql, order: Sql, from: Sql): Sql {
    return sql`(SELECT ${textList(item, order, sql``)} FROM ${from})`;
  }

  /** Runs the composed statement as a named prepared statement; its one row. */
  async run<R>(statement: Sql): Promise<R> {
    const { text, values, name } = finalText(statement);
    return (await this.ctx.db.query<R>(text, values, name))[0];
  }
}
