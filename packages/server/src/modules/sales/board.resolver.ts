import { getNamedType, type FieldNode, type GraphQLObjectType, type GraphQLOutputType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertCan } from '../../platform/auth/policy';
import { readable, tableAs } from '../../platform/resource/scoped';
import { requireTenant, type RequestContext, type TenantContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { connectionTypesOf, type ConnectionValue } from '../../platform/resource/connection';
import { loadCompiledChildren, ReadComposer, type RootSelection } from '../../platform/resource/compiled-read';
import { compileRootFieldResponse } from '../../platform/resource/compiled-response';
import { whereInputOf } from '../../platform/resource/inputs';
import { hydrate } from '../../platform/resource/metadata';
import { compileWhere, type ListArgs } from '../../platform/resource/query';
import { ident, sql, type Sql } from '../../platform/sql';
import { DecimalScalar } from '../../platform/scalars';
import { sumDecimals } from '../../platform/decimal';
import { Pipeline } from './pipeline.entity';
import { PipelineStage } from './pipeline-stage.entity';
import { ROLLED_UP_WEIGHTED } from './rollups';
import { DealResource, PipelineResource, PipelineStageResource } from './resources';

@ObjectType({ description: 'Sums of one currency; deals in other currencies are summed separately, never converted.' })
export class MoneyTotal {
  @Field() currency: string;
  @Field(() => Int) count: number;
  @Field(() => DecimalScalar) value: string;
  @Field(() => DecimalScalar, { description: 'Σ value × (deal probability, else stage probability).' }) weightedValue: string;
}

@ObjectType()
export class BoardColumn {
  @Field(() => PipelineStage) stage: PipelineStage;
  @Field(() => Int) count: number;
  @Field(() => [MoneyTotal]) totals: MoneyTotal[];
  /** Filter of the board, reused for the column's own page of deals. */
  where: Record<string, unknown> | null;
  /** The column's page of deals when the board was compiled into one statement. */
  cards?: ConnectionValue;
}

@ObjectType({ description: 'A pipeline as columns of deals, with totals, for the board view.' })
export class Board {
  @Field(() => Pipeline) pipeline: Pipeline;
  @Field(() => [BoardColumn]) columns: BoardColumn[];
  @Field(() => Int) count: number;
  @Field(() => [MoneyTotal]) totals: MoneyTotal[];
}

@ArgsType()
class ColumnDealsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 25 }) first: number;
  @Field(() => String, { nullable: true }) after?: string;
}

interface TotalsRow { stage_id: string; currency: string | null; count: number; value: string; weighted: string }

function sumTotals(rows: TotalsRow[]): MoneyTotal[] {
  const byCurrency = new Map<string, MoneyTotal>();
  for (const r of rows) {
    if (!r.currency) continue;
    const t = byCurrency.get(r.currency) ?? Object.assign(new MoneyTotal(), { currency: r.currency, count: 0, value: '0', weightedValue: '0' });
    t.count += r.count;
    t.value = sumDecimals([t.value, r.value]);
    t.weightedValue = sumDecimals([t.weightedValue, r.weighted]);
    byCurrency.set(r.currency, t);
  }
  // Most deals first; equal counts by currency code, as the compiled board orders them.
  return [...byCurrency.values()].sort((a, b) => b.count - a.count || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

const isUnfiltered = (where: Record<string, unknown> | null) => !where || Object.keys(where).length === 0;

/** The statuses a board filtered by status alone (`{ status: { eq } }` or `{ in }`) shows; undefined for any other filter. */
function statusesOnly(where: Record<string, unknown> | null): string[] | undefined {
  const keys = where ? Object.keys(where).filter((k) => where[k] !== undefined) : [];
  if (keys.length !== 1 || keys[0] !== 'status') return undefined;
  const filter = where!.status as Record<string, unknown> | null;
  const ops = filter ? Object.keys(filter).filter((k) => filter[k] !== undefined) : [];
  if (!ops.length || ops.some((op) => op !== 'eq' && op !== 'in')) return undefined;
  const sets = ops.map((op) => (op === 'eq' ? [filter![op]] : (filter![op] as unknown[] | null) ?? []));
  if (sets.some((set) => !Array.isArray(set) || set.some((v) => typeof v !== 'string'))) return undefined;
  return (sets[0] as string[]).filter((v) => sets.every((set) => set.includes(v)));
}

/**
 * Stage counts and per-currency totals in one statement. The unfiltered board, and one filtered by
 * status alone (open deals only), read the totals that PostgreSQL keeps per stage and status (rollup
 * DEAL_STAGE_TOTALS), a cost independent of the number of deals; any other filter sums its deals live.
 */
export async function stageTotals(ctx: TenantContext, pipelineId: string, where: Record<string, unknown> | null): Promise<TotalsRow[]> {
  return ctx.db.query<TotalsRow>(stageTotalsSql(ctx, pipelineId, where));
}

function stageTotalsSql(ctx: TenantContext, pipelineId: string, where: Record<string, unknown> | null): Sql {
  const statuses = isUnfiltered(where) ? null : statusesOnly(where);
  if (statuses !== undefined) {
    return sql`
      SELECT s.id AS stage_id, t.currency, sum(t.deal_count)::int AS count, sum(t.value_sum)::text AS value,
             round(sum(${ROLLED_UP_WEIGHTED}), 2)::text AS weighted
      FROM pipeline_stages s
      JOIN deal_stage_totals t ON t.organization_id = s.organization_id AND t.stage_id = s.id AND t.deal_count > 0
           ${statuses ? sql`AND t.status::text = ANY(${statuses}::text[])` : sql``}
      WHERE ${readable(ctx, PipelineStageResource, 's')} AND s.pipeline_id = ${pipelineId}::uuid
      GROUP BY s.id, t.currency`;
  }
  return sql`
    SELECT s.id AS stage_id, d.currency, count(d.id)::int AS count,
           coalesce(sum(d.value), 0)::text AS value,
           round(coalesce(sum(d.value * coalesce(d.probability, s.probability)), 0), 2)::text AS weighted
    FROM pipeline_stages s
    LEFT JOIN ${tableAs(DealResource, 'd')} ON ${readable(ctx, DealResource, 'd')} AND d.stage_id = s.id
         AND ${compileWhere(DealResource, ctx, where, 'd')}
    WHERE ${readable(ctx, PipelineStageResource, 's')} AND s.pipeline_id = ${pipelineId}::uuid
    GROUP BY s.id, d.currency`;
}

const BOARD_ORDER: ListArgs['orderBy'] = [{ field: 'position', direction: 'ASC' }];

/** FROM the board's pipeline at `alias`, if the caller may read it. */
const pipelineOf = (ctx: TenantContext, alias: string, pipelineId: string) =>
  sql`${tableAs(PipelineResource, alias)} WHERE ${readable(ctx, PipelineResource, alias)} AND ${ident(alias)}.id = ${pipelineId}::uuid`;
/** FROM the pipeline's stages at `alias` (the columns), `pipeline` being its id. */
const stagesOf = (ctx: TenantContext, alias: string, pipeline: Sql) =>
  sql`${tableAs(PipelineStageResource, alias)} WHERE ${readable(ctx, PipelineStageResource, alias)} AND ${ident(alias)}.pipeline_id = ${pipeline}`;

function assemble(pipeline: unknown, stages: { stage: unknown; id: string; cards?: ConnectionValue }[], totals: TotalsRow[], where: Record<string, unknown> | null): Board {
  const columns = stages.map(({ stage, id, cards }) => {
    const own = totals.filter((t) => t.stage_id === id);
    return Object.assign(new BoardColumn(), { stage, count: own.reduce((n, t) => n + t.count, 0), totals: sumTotals(own), where, cards });
  });
  return Object.assign(new Board(), { pipeline, columns, count: columns.reduce((n, c) => n + c.count, 0), totals: sumTotals(totals) });
}

/**
 * The whole board in one statement: the pipeline, its stages, the totals and every column's page
 * of cards with their relations and computed card fields, as the selection asks. Undefined when a
 * part is not compilable (the board is then read part by part).
 */
function compiledBoard(ctx: TenantContext, info: GraphQLResolveInfo, pipelineId: string, where: Record<string, unknown> | null): Promise<Board> | undefined {
  return ReadComposer.for(ctx, info)?.attempt((c) => {
    const boardType = getNamedType(info.returnType) as GraphQLObjectType;
    const pipeline = c.selected(boardType, info.fieldNodes, 'pipeline');
    const columns = c.selected(boardType, info.fieldNodes, 'columns');
    const stage = columns && c.selected(columns.type, columns.nodes, 'stage');
    const deals = columns && c.selected(columns.type, columns.nodes, 'deals');
    const pipelineJson = pipeline ? c.node(PipelineResource, pipeline.type, pipeline.nodes, 'bp') : undefined;
    const stageJson = stage ? c.node(PipelineStageResource, stage.type, stage.nodes, 'bs') : undefined;
    const cards = deals ? (() => {
      const args = c.args<ColumnDealsArgs>(deals.field, deals.nodes);
      return c.connection(DealResource, deals.type, deals.nodes, { first: args.first, after: args.after, where, orderBy: BOARD_ORDER }, 'bd', sql`bd.stage_id = bs.id`);
    })() : undefined;
    const statement = sql`SELECT
      (SELECT ${pipelineJson?.json ?? sql`'{}'::json`} FROM ${pipelineOf(ctx, 'bp', pipelineId)}) AS pipeline,
      (SELECT coalesce(json_agg(json_build_object('id', bs.id, 'stage', ${stageJson?.json ?? sql`NULL::json`}, 'cards', ${cards?.json ?? sql`NULL::json`}) ORDER BY bs.position, bs.id), '[]'::json)
         FROM ${stagesOf(ctx, 'bs', sql`${pipelineId}::uuid`)}) AS columns,
      (SELECT coalesce(json_agg(x), '[]'::json) FROM (${stageTotalsSql(ctx, pipelineId, where)}) x) AS totals`;
    return (async () => {
      const row = await c.run<{ pipeline: unknown; columns: { id: string; stage: unknown; cards: unknown }[]; totals: TotalsRow[] }>(statement);
      if (!row.pipeline) throw notFound('Pipeline', 'pipelineId');
      const stages = row.columns.map((col) => ({ id: col.id, stage: stageJson ? stageJson.finish(col.stage) : { id: col.id }, cards: cards?.finish(col.cards) }));
      return assemble(pipelineJson ? pipelineJson.finish(row.pipeline) : row.pipeline, stages, row.totals, where);
    })();
  });
}

/**
 * The board as its response JSON, written by PostgreSQL in one statement (compiled-response.ts):
 * no row when the pipeline is not there, and graphql-js then answers NOT_FOUND as usual.
 */
function boardResponse(ctx: TenantContext, read: RootSelection, pipelineId: string, where: Record<string, unknown> | null): Sql | undefined {
  return ReadComposer.forResponse(ctx, read).attempt((c) => {
    const typeOf = (field: { type: GraphQLOutputType }) => getNamedType(field.type) as GraphQLObjectType;
    const boardType = typeOf({ type: read.returnType });
    const totals = (nodes: readonly FieldNode[], type: GraphQLObjectType, rows: Sql) => c.list(c.object(type, nodes, {
      currency: () => c.value(sql`t.currency`),
      count: () => c.value(sql`t.count`),
      value: () => c.value(sql`t.value`),
      weightedValue: () => c.value(sql`t.weighted`),
    }), sql`t.count DESC, t.currency`, sql`(${rows}) t`);
    const json = c.object(boardType, read.fieldNodes, {
      pipeline: ({ nodes, field }) => c.responseNode(PipelineResource, typeOf(field), nodes, 'bp'),
      count: () => sql`(SELECT coalesce(sum(bt.count), 0) FROM bt)::text`,
      // Money as sumTotals gives it: exact, two decimals.
      totals: ({ nodes, field }) => totals(nodes, typeOf(field), sql`SELECT bt.currency, sum(bt.count) AS count, round(sum(bt.value::numeric), 2)::text AS value,
        round(sum(bt.weighted::numeric), 2)::text AS weighted FROM bt WHERE bt.currency IS NOT NULL GROUP BY bt.currency`),
      columns: ({ nodes, field }) => {
        const columnType = typeOf(field);
        const column = c.object(columnType, nodes, {
          stage: (stage) => c.responseNode(PipelineStageResource, typeOf(stage.field), stage.nodes, 'bs'),
          count: () => sql`(SELECT coalesce(sum(bt.count), 0) FROM bt WHERE bt.stage_id = bs.id)::text`,
          totals: (own) => totals(own.nodes, typeOf(own.field), sql`SELECT bt.currency, bt.count, round(bt.value::numeric, 2)::text AS value,
            round(bt.weighted::numeric, 2)::text AS weighted FROM bt WHERE bt.stage_id = bs.id AND bt.currency IS NOT NULL`),
          deals: (deals) => {
            const args = c.args<ColumnDealsArgs>(deals.field, deals.nodes);
            return c.responseConnection(DealResource, typeOf(deals.field), deals.nodes, { first: args.first, after: args.after, where, orderBy: BOARD_ORDER }, 'bd', sql`bd.stage_id = bs.id`);
          },
        });
        return c.list(column, sql`bs.position, bs.id`, stagesOf(ctx, 'bs', sql`bp.id`));
      },
    });
    return sql`WITH bt AS (${stageTotalsSql(ctx, pipelineId, where)})
      SELECT ${json} AS j FROM ${pipelineOf(ctx, 'bp', pipelineId)}`;
  });
}

compileRootFieldResponse('board', (ctx, read, args) => {
  assertCan(ctx.actor, 'read', 'records');
  return boardResponse(ctx, read, args.pipelineId as string, (args.where as Record<string, unknown> | undefined) ?? null);
});

@Resolver(() => Board)
export class BoardResolver {
  @Query(() => Board, { description: 'The board of a pipeline; where filters the deals (owner, team, search, value, close date…).' })
  async board(
    @Arg('pipelineId', () => ID) pipelineId: string,
    @Arg('where', () => whereInputOf(DealResource), { nullable: true }) where: Record<string, unknown> | null,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Board> {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'read', 'records');
    const compiled = compiledBoard(ctx, info, pipelineId, where);
    if (compiled) return compiled;
    const pipeline = await ctx.loaders.byId(PipelineResource).load(pipelineId);
    if (!pipeline) throw notFound('Pipeline', 'pipelineId');
    const [stageRows, totals] = await Promise.all([
      ctx.db.query(sql`SELECT s.* FROM ${stagesOf(ctx, 's', sql`${pipelineId}::uuid`)} ORDER BY s.position, s.id`),
      stageTotals(ctx, pipelineId, where),
    ]);
    const stages = stageRows.map((row) => {
      const stage = hydrate(PipelineStage, row);
      ctx.loaders.prime(PipelineStageResource, stage);
      return { stage, id: stage.id };
    });
    return assemble(pipeline, stages, totals, where);
  }
}

@Resolver(() => BoardColumn)
export class BoardColumnResolver {
  @FieldResolver(() => connectionTypesOf(DealResource).connection, { description: 'The column’s deals in board order; page with after.' })
  async deals(@Root() column: BoardColumn, @Args(() => ColumnDealsArgs) args: ColumnDealsArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionValue> {
    if (column.cards) return column.cards;
    const ctx = requireTenant(context);
    const list: ListArgs = { first: args.first, after: args.after, where: column.where, orderBy: BOARD_ORDER };
    // Every column's cards (company, owner, contact… compiled) in one statement; card fields of this module batch as before.
    return loadCompiledChildren(ctx, DealResource, 'stageId', list, info, column.stage.id) ?? ctx.loaders.children(DealResource, 'stageId', list).load(column.stage.id);
  }
}
