import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Info, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import DataLoader from 'dataloader';
import { assertCan } from '../../platform/auth/policy';
import { readable, tableAs } from '../../platform/resource/scoped';
import { requireTenant, type RequestContext, type TenantContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { connectionTypesOf, type ConnectionValue } from '../../platform/resource/connection';
import { loadCompiledChildren } from '../../platform/resource/compiled-read';
import { whereInputOf } from '../../platform/resource/inputs';
import { hydrate } from '../../platform/resource/metadata';
import { compileWhere, type ListArgs } from '../../platform/resource/query';
import { sql } from '../../platform/sql';
import { DecimalScalar } from '../../platform/scalars';
import { sumDecimals, weighDecimal } from '../../platform/decimal';
import { Activity } from './activity.entity';
import { Deal } from './deal.entity';
import { Pipeline } from './pipeline.entity';
import { PipelineStage } from './pipeline-stage.entity';
import { ROLLED_UP_WEIGHTED } from './rollups';
import { ActivityResource, DealResource, PipelineResource, PipelineStageResource } from './resources';

export enum NextActivityState { OVERDUE = 'OVERDUE', TODAY = 'TODAY', FUTURE = 'FUTURE', NONE = 'NONE' }
registerEnumType(NextActivityState, { name: 'NextActivityState', description: 'How a card shows its next activity (Pipedrive colours: red, green, grey, yellow warning).' });

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
  return [...byCurrency.values()].sort((a, b) => b.count - a.count);
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
  const statuses = isUnfiltered(where) ? null : statusesOnly(where);
  if (statuses !== undefined) {
    return ctx.db.query<TotalsRow>(sql`
      SELECT s.id AS stage_id, t.currency, sum(t.deal_count)::int AS count, sum(t.value_sum)::text AS value,
             round(sum(${ROLLED_UP_WEIGHTED}), 2)::text AS weighted
      FROM pipeline_stages s
      JOIN deal_stage_totals t ON t.organization_id = s.organization_id AND t.stage_id = s.id AND t.deal_count > 0
           ${statuses ? sql`AND t.status::text = ANY(${statuses}::text[])` : sql``}
      WHERE ${readable(ctx, PipelineStageResource, 's')} AND s.pipeline_id = ${pipelineId}::uuid
      GROUP BY s.id, t.currency`);
  }
  return ctx.db.query<TotalsRow>(sql`
    SELECT s.id AS stage_id, d.currency, count(d.id)::int AS count,
           coalesce(sum(d.value), 0)::text AS value,
           round(coalesce(sum(d.value * coalesce(d.probability, s.probability)), 0), 2)::text AS weighted
    FROM pipeline_stages s
    LEFT JOIN ${tableAs(DealResource, 'd')} ON ${readable(ctx, DealResource, 'd')} AND d.stage_id = s.id
         AND ${compileWhere(DealResource, ctx, where, 'd')}
    WHERE ${readable(ctx, PipelineStageResource, 's')} AND s.pipeline_id = ${pipelineId}::uuid
    GROUP BY s.id, d.currency`);
}

@Resolver(() => Board)
export class BoardResolver {
  @Query(() => Board, { description: 'The board of a pipeline; where filters the deals (owner, team, search, value, close date…).' })
  async board(
    @Arg('pipelineId', () => ID) pipelineId: string,
    @Arg('where', () => whereInputOf(DealResource), { nullable: true }) where: Record<string, unknown> | null,
    @Ctx() context: RequestContext,
  ): Promise<Board> {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'read', 'records');
    const pipeline = await ctx.loaders.byId(PipelineResource).load(pipelineId);
    if (!pipeline) throw notFound('Pipeline', 'pipelineId');
    const [stageRows, totals] = await Promise.all([
      ctx.db.query(sql`SELECT s.* FROM ${tableAs(PipelineStageResource, 's')} WHERE ${readable(ctx, PipelineStageResource, 's')} AND s.pipeline_id = ${pipelineId}::uuid ORDER BY s.position, s.id`),
      stageTotals(ctx, pipelineId, where),
    ]);
    const columns = stageRows.map((row) => {
      const stage = hydrate(PipelineStage, row);
      ctx.loaders.prime(PipelineStageResource, stage);
      const own = totals.filter((t) => t.stage_id === stage.id);
      return Object.assign(new BoardColumn(), { stage, count: own.reduce((n, t) => n + t.count, 0), totals: sumTotals(own), where });
    });
    return Object.assign(new Board(), { pipeline, columns, count: columns.reduce((n, c) => n + c.count, 0), totals: sumTotals(totals) });
  }
}

@Resolver(() => BoardColumn)
export class BoardColumnResolver {
  @FieldResolver(() => connectionTypesOf(DealResource).connection, { description: 'The column’s deals in board order; page with after.' })
  async deals(@Root() column: BoardColumn, @Args(() => ColumnDealsArgs) args: ColumnDealsArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionValue> {
    const ctx = requireTenant(context);
    const list: ListArgs = { first: args.first, after: args.after, where: column.where, orderBy: [{ field: 'position', direction: 'ASC' }] };
    // Every column's cards (company, owner, contact… compiled) in one statement; card fields of this module batch as before.
    return loadCompiledChildren(ctx, DealResource, 'stageId', list, info, column.stage.id) ?? ctx.loaders.children(DealResource, 'stageId', list).load(column.stage.id);
  }
}

const DAY = 86400_000;

/** The earliest open activity per deal, for a batch of deals, in one statement. */
function nextActivityLoader(ctx: TenantContext): DataLoader<string, Activity | null> {
  return ctx.loaders.custom('nextActivity', async (dealIds) => {
    const rows = await ctx.db.query(sql`SELECT DISTINCT ON (a.deal_id) a.* FROM ${tableAs(ActivityResource, 'a')}
      WHERE ${readable(ctx, ActivityResource, 'a')} AND a.deal_id = ANY(${dealIds as string[]}::uuid[])
        AND a.completed_at IS NULL AND a.status <> 'CANCELLED'
      ORDER BY a.deal_id, a.due_at ASC NULLS LAST, a.id`);
    const byDeal = new Map(rows.map((r) => [r.deal_id as string, hydrate(Activity, r)]));
    return dealIds.map((id) => byDeal.get(id) ?? null);
  });
}

function startOfUtcDay(at: Date): number {
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
}

export function nextActivityState(activity: Activity | null, now = new Date()): NextActivityState {
  if (!activity) return NextActivityState.NONE;
  if (!activity.dueAt) return NextActivityState.FUTURE;
  const due = new Date(activity.dueAt);
  if (due.getTime() < now.getTime() && startOfUtcDay(due) < startOfUtcDay(now)) return NextActivityState.OVERDUE;
  if (startOfUtcDay(due) === startOfUtcDay(now)) return due.getTime() < now.getTime() ? NextActivityState.OVERDUE : NextActivityState.TODAY;
  return due.getTime() < now.getTime() ? NextActivityState.OVERDUE : NextActivityState.FUTURE;
}

/** Card fields of a deal, computed from what the loaders already batch. */
@Resolver(() => Deal)
export class DealCardResolver {
  @FieldResolver(() => Int, { description: 'Whole days since the deal entered its current stage.' })
  daysInStage(@Root() deal: Deal): number {
    return Math.floor((Date.now() - new Date(deal.stageEnteredAt).getTime()) / DAY);
  }

  @FieldResolver(() => Boolean, { description: 'Open and idle in its stage longer than the stage’s rotting days.' })
  async isRotting(@Root() deal: Deal, @Ctx() context: RequestContext): Promise<boolean> {
    if (deal.status !== 'OPEN') return false;
    const stage = await requireTenant(context).loaders.byId(PipelineStageResource).load(deal.stageId);
    return !!stage?.rottingDays && this.daysInStage(deal) > stage.rottingDays;
  }

  @FieldResolver(() => Float, { description: 'The probability used for weighting: the deal’s own, else its stage’s.' })
  async effectiveProbability(@Root() deal: Deal, @Ctx() context: RequestContext): Promise<number> {
    if (deal.probability !== null && deal.probability !== undefined) return deal.probability;
    const stage = await requireTenant(context).loaders.byId(PipelineStageResource).load(deal.stageId);
    return stage?.probability ?? 0;
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  async weightedValue(@Root() deal: Deal, @Ctx() context: RequestContext): Promise<string | null> {
    if (deal.value === null) return null;
    return weighDecimal(deal.value, await this.effectiveProbability(deal, context));
  }

  @FieldResolver(() => Activity, { nullable: true, description: 'The earliest open activity of the deal.' })
  async nextActivity(@Root() deal: Deal, @Ctx() context: RequestContext): Promise<Activity | null> {
    return nextActivityLoader(requireTenant(context)).load(deal.id);
  }

  @FieldResolver(() => NextActivityState)
  async nextActivityState(@Root() deal: Deal, @Ctx() context: RequestContext): Promise<NextActivityState> {
    return nextActivityState(await this.nextActivity(deal, context));
  }
}

export { ActivityResource };
