import { Arg, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { assertCan } from '../../platform/auth/policy';
import { requireTenant, type RequestContext, type TenantContext } from '../../platform/context';
import { badInput } from '../../platform/errors';
import { and, joinSql, sql, Sql } from '../../platform/sql';
import { DateScalar, DecimalScalar } from '../../platform/scalars';
import { ActivityType } from './enums';
import { funnelReachSources } from './funnel-reach';
import { ROLLED_UP_WEIGHTED } from './rollups';
import { ActivityResource, DealResource, PipelineStageResource } from './resources';
import { MembershipResource } from '../identity/resources';
import { ofTenant, readable, tableAs } from '../../platform/resource/scoped';

@InputType({ description: 'Narrows a report. Dates are inclusive; they apply to the date the report is about.' })
class ReportFilter {
  @Field(() => ID, { nullable: true }) pipelineId?: string;
  @Field(() => ID, { nullable: true }) ownerId?: string;
  @Field(() => ID, { nullable: true }) teamId?: string;
  @Field(() => DateScalar, { nullable: true }) from?: string;
  @Field(() => DateScalar, { nullable: true }) to?: string;
}

@ObjectType()
class StageSummary {
  @Field(() => ID) stageId: string;
  @Field() stageName: string;
  @Field(() => Int) position: number;
  @Field(() => Float) probability: number;
  @Field({ description: 'Amounts are never converted: a stage holding several currencies has a row for each.' }) currency: string;
  @Field(() => Int) count: number;
  @Field(() => DecimalScalar) value: string;
  @Field(() => DecimalScalar) weightedValue: string;
}

@ObjectType()
class ForecastMonth {
  @Field({ description: 'YYYY-MM of the expected close date.' }) month: string;
  @Field() currency: string;
  @Field(() => Int) count: number;
  @Field(() => DecimalScalar) value: string;
  @Field(() => DecimalScalar) weightedValue: string;
}

@ObjectType()
class WonLostRow {
  @Field({ description: 'YYYY-MM of closing, or the owner id, by the report asked.' }) key: string;
  @Field(() => String, { nullable: true }) ownerName: string | null;
  @Field() currency: string;
  @Field(() => Int) wonCount: number;
  @Field(() => DecimalScalar) wonValue: string;
  @Field(() => Int) lostCount: number;
  @Field(() => DecimalScalar) lostValue: string;
  @Field(() => Float, { nullable: true, description: 'won / (won + lost) by count.' }) winRate: number | null;
}

@ObjectType()
class FunnelStep {
  @Field(() => ID) stageId: string;
  @Field() stageName: string;
  @Field(() => Int) position: number;
  @Field(() => Int, { description: 'Deals that reached this stage or a later one.' }) reached: number;
  @Field(() => Float, { nullable: true, description: 'Share of these that reached the next stage.' }) conversionToNext: number | null;
  @Field(() => Float, { nullable: true, description: 'Average days spent in this stage by deals that left it.' }) averageDaysInStage: number | null;
}

@ObjectType()
class ActivityCount {
  @Field(() => ActivityType) type: ActivityType;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => String, { nullable: true }) ownerName: string | null;
  @Field(() => Int) total: number;
  @Field(() => Int) completed: number;
}

const teamMembers = (ctx: TenantContext, teamId: string) =>
  sql`SELECT m.user_id FROM ${tableAs(MembershipResource, 'm')} WHERE ${readable(ctx, MembershipResource, 'm')} AND m.team_id = ${teamId}::uuid`;

function assertDateRange(f: ReportFilter | null | undefined): void {
  if (f?.from && f?.to && f.from > f.to) throw badInput('filter.to', 'to must not be before from');
}

/** Whether a date range falls on month boundaries, so the monthly rollup answers it exactly. */
function coversWholeMonths(f: ReportFilter | null | undefined): boolean {
  assertDateRange(f);
  const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86400_000).toISOString().slice(0, 10);
  return (!f?.from || f.from.endsWith('-01')) && (!f?.to || dayAfter(f.to).endsWith('-01'));
}

/** Conditions on deals (alias d) shared by every report. */
function dealFilter(ctx: TenantContext, f: ReportFilter | null | undefined, dateColumn?: Sql): Sql {
  assertDateRange(f);
  return and([
    readable(ctx, DealResource, 'd'),
    f?.pipelineId ? sql`d.pipeline_id = ${f.pipelineId}::uuid` : undefined,
    f?.ownerId ? sql`d.owner_id = ${f.ownerId}::uuid` : undefined,
    f?.teamId ? sql`d.owner_id IN (${teamMembers(ctx, f.teamId)})` : undefined,
    dateColumn && f?.from ? sql`${dateColumn} >= ${f.from}::date` : undefined,
    dateColumn && f?.to ? sql`${dateColumn} < ${f.to}::date + 1` : undefined,
  ]);
}

function start(context: RequestContext): TenantContext {
  const ctx = requireTenant(context);
  assertCan(ctx.actor, 'read', 'records');
  return ctx;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10000) / 10000 : null);

@Resolver()
export class ReportsResolver {
  @Query(() => [StageSummary], { description: 'Open deals per stage of a pipeline and currency: count, value, weighted value.' })
  async pipelineSummary(@Arg('pipelineId', () => ID) pipelineId: string, @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null, @Ctx() context: RequestContext): Promise<StageSummary[]> {
    const ctx = start(context);
    const rows = await ctx.db.query<Record<string, unknown>>(sql`
      SELECT s.id AS "stageId", s.name AS "stageName", s.position, s.probability::float AS probability,
             coalesce(d.currency, (SELECT default_currency FROM organizations WHERE id = ${ctx.organizationId})) AS currency,
             count(d.id)::int AS count, coalesce(sum(d.value), 0)::text AS value,
             round(coalesce(sum(d.value * coalesce(d.probability, s.probability)), 0), 2)::text AS "weightedValue"
      FROM pipeline_stages s
      LEFT JOIN deals d ON d.organization_id = s.organization_id AND d.stage_id = s.id AND d.status = 'OPEN' AND ${dealFilter(ctx, { ...filter, pipelineId }, sql`d.created_at`)}
      WHERE ${readable(ctx, PipelineStageResource, 's')} AND s.pipeline_id = ${pipelineId}::uuid
      GROUP BY s.organization_id, s.id, d.currency ORDER BY s.position, 5`);
    return rows.map((r) => Object.assign(new StageSummary(), r));
  }

  @Query(() => [ForecastMonth], { description: 'Open deals by expected-close month, unweighted and weighted, per currency.' })
  async forecast(@Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null, @Ctx() context: RequestContext): Promise<ForecastMonth[]> {
    const ctx = start(context);
    const rows = await ctx.db.query<Record<string, unknown>>(coversWholeMonths(filter) ? sql`
      SELECT to_char(t.month, 'YYYY-MM') AS month, t.currency, sum(t.deal_count)::int AS count, sum(t.value_sum)::text AS value,
             round(sum(${ROLLED_UP_WEIGHTED}), 2)::text AS "weightedValue"
      FROM deal_forecast_totals t JOIN pipeline_stages s ON s.organization_id = t.organization_id AND s.id = t.stage_id
      WHERE ${and([
        ofTenant(ctx, 't'),
        filter?.pipelineId ? sql`t.pipeline_id = ${filter.pipelineId}::uuid` : undefined,
        filter?.ownerId ? sql`t.owner_id = ${filter.ownerId}::uuid` : undefined,
        filter?.teamId ? sql`t.owner_id IN (${teamMembers(ctx, filter.teamId)})` : undefined,
        filter?.from ? sql`t.month >= ${filter.from}::date` : undefined,
        filter?.to ? sql`t.month <= ${filter.to}::date` : undefined,
      ])}
      GROUP BY 1, 2 HAVING sum(t.deal_count) > 0 ORDER BY 1, 2` : sql`
      SELECT to_char(date_trunc('month', d.expected_close_date), 'YYYY-MM') AS month, d.currency, count(*)::int AS count,
             coalesce(sum(d.value), 0)::text AS value,
             round(coalesce(sum(d.value * coalesce(d.probability, s.probability)), 0), 2)::text AS "weightedValue"
      FROM deals d JOIN pipeline_stages s ON s.organization_id = d.organization_id AND s.id = d.stage_id
      WHERE ${dealFilter(ctx, filter, sql`d.expected_close_date`)} AND d.status = 'OPEN' AND d.expected_close_date IS NOT NULL
      GROUP BY 1, 2 ORDER BY 1, 2`);
    return rows.map((r) => Object.assign(new ForecastMonth(), r));
  }

  @Query(() => [WonLostRow], { description: 'Won and lost deals by closing month (by: MONTH) or by owner (by: OWNER).' })
  async wonLost(@Arg('by', () => String, { defaultValue: 'MONTH', description: 'MONTH or OWNER' }) by: string, @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null, @Ctx() context: RequestContext): Promise<WonLostRow[]> {
    const ctx = start(context);
    if (by !== 'MONTH' && by !== 'OWNER') throw badInput('by', 'by must be MONTH or OWNER');
    const key = by === 'MONTH' ? sql`to_char(date_trunc('month', d.closed_at), 'YYYY-MM')` : sql`coalesce(d.owner_id::text, 'none')`;
    const rows = await ctx.db.query<Record<string, unknown> & { wonCount: number; lostCount: number }>(sql`
      SELECT ${key} AS key, max(u.name) AS "ownerName", d.currency,
             count(*) FILTER (WHERE d.status = 'WON')::int AS "wonCount", coalesce(sum(d.value) FILTER (WHERE d.status = 'WON'), 0)::text AS "wonValue",
             count(*) FILTER (WHERE d.status = 'LOST')::int AS "lostCount", coalesce(sum(d.value) FILTER (WHERE d.status = 'LOST'), 0)::text AS "lostValue"
      FROM deals d LEFT JOIN users u ON ${by === 'OWNER' ? sql`u.id = d.owner_id` : sql`FALSE`}
      WHERE ${dealFilter(ctx, filter, sql`d.closed_at`)} AND d.status IN ('WON', 'LOST')
      GROUP BY 1, d.currency ORDER BY 1, d.currency`);
    return rows.map((r) => Object.assign(new WonLostRow(), r, { winRate: ratio(r.wonCount, r.wonCount + r.lostCount) }));
  }

  @Query(() => [FunnelStep], { description: 'From stage history: how many deals reached each stage, conversion to the next, and time spent.' })
  async funnel(@Arg('pipelineId', () => ID) pipelineId: string, @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null, @Ctx() context: RequestContext,
    @Arg('includeExternalEvents', { nullable: true, defaultValue: false, description: 'Also count events from outside CRMs: they lift their deal, or count as a lead of their own.' }) includeExternalEvents: boolean): Promise<FunnelStep[]> {
    const ctx = start(context);
    // A deal "reached" every open stage up to the furthest one it ever entered (deals.furthest_stage_position,
    // kept from the stage history by PostgreSQL); a won deal reached them all.
    const cohort = dealFilter(ctx, { ...filter, pipelineId }, sql`d.created_at`);
    // A whole pipeline reads the sums PostgreSQL keeps: deals per furthest position (rollup DEAL_FUNNEL_TOTALS)
    // and time in stage (migration DealStageDurations), a cost independent of the number of deals.
    const wholePipeline = !filter?.ownerId && !filter?.teamId && !filter?.from && !filter?.to;
    const external = (includeExternalEvents ? funnelReachSources() : []).map((reach) => reach(ctx, pipelineId, { from: filter?.from, to: filter?.to }));
    // An event lifts its deal when the deal is in the cohort; a lead the CRM does not hold has no owner, so an owner or team filter leaves it out.
    const lifted = external.map((e) => sql` UNION ALL SELECT d.id::text, e.position FROM deals d JOIN (${e}) e ON e.deal_id = d.id WHERE ${cohort}`);
    const outside = filter?.ownerId || filter?.teamId ? [] : external.map((e) => sql` UNION ALL SELECT e.key, e.position FROM (${e}) e WHERE e.deal_id IS NULL`);
    const rows = await ctx.db.query<{ stageId: string; stageName: string; position: number; reached: number; averageDaysInStage: number | null }>(sql`
      WITH histogram AS MATERIALIZED (${external.length ? sql`
        SELECT r.position, count(*)::int AS deals FROM (
          SELECT x.key, max(x.position) AS position FROM (
            SELECT d.id::text AS key, d.furthest_stage_position AS position FROM deals d WHERE ${cohort} AND d.furthest_stage_position IS NOT NULL
            ${joinSql([...lifted, ...outside], '')}) x
          GROUP BY x.key) r
        GROUP BY 1` : wholePipeline ? sql`
        SELECT t.furthest_stage_position AS position, t.deal_count::int AS deals FROM deal_funnel_totals t
        WHERE ${ofTenant(ctx, 't')} AND t.pipeline_id = ${pipelineId}::uuid AND t.deal_count > 0` : sql`
        SELECT d.furthest_stage_position AS position, count(*)::int AS deals FROM deals d
        WHERE ${cohort} AND d.furthest_stage_position IS NOT NULL GROUP BY 1`}
      ), durations AS (${wholePipeline ? sql`
        SELECT t.stage_id, t.seconds / t.exits / 86400.0 AS days FROM deal_stage_durations t
        WHERE ${ofTenant(ctx, 't')} AND t.pipeline_id = ${pipelineId}::uuid AND t.exits > 0` : sql`
        SELECT c.from_stage_id AS stage_id, avg(extract(epoch FROM c.created_at - c.from_stage_entered_at) / 86400.0) AS days
        FROM deal_stage_changes c JOIN deals d ON d.organization_id = c.organization_id AND d.id = c.deal_id
        WHERE ${cohort} AND ${ofTenant(ctx, 'c')} AND c.pipeline_id = ${pipelineId}::uuid
          AND c.from_stage_id IS NOT NULL AND c.from_stage_entered_at IS NOT NULL
        GROUP BY c.from_stage_id`}
      )
      SELECT s.id AS "stageId", s.name AS "stageName", s.position,
             (SELECT coalesce(sum(h.deals), 0)::int FROM histogram h WHERE h.position >= CASE WHEN s.type = 'WON' THEN 100000 ELSE s.position END) AS reached,
             round(dur.days::numeric, 2)::float AS "averageDaysInStage"
      FROM pipeline_stages s LEFT JOIN durations dur ON dur.stage_id = s.id
      WHERE ${readable(ctx, PipelineStageResource, 's')} AND s.pipeline_id = ${pipelineId}::uuid AND s.type <> 'LOST'
      ORDER BY s.position`);
    return rows.map((r, i) => Object.assign(new FunnelStep(), r, { conversionToNext: i + 1 < rows.length ? ratio(rows[i + 1].reached, r.reached) : null }));
  }

  @Query(() => [ActivityCount], { description: 'Activities by type and owner, created in the date range.' })
  async activityCounts(@Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null, @Ctx() context: RequestContext): Promise<ActivityCount[]> {
    const ctx = start(context);
    assertDateRange(filter);
    const rows = await ctx.db.query<Record<string, unknown>>(sql`
      SELECT a.type, a.owner_id AS "ownerId", max(u.name) AS "ownerName", count(*)::int AS total, count(a.completed_at)::int AS completed
      FROM activities a LEFT JOIN users u ON u.id = a.owner_id
      WHERE ${and([
        readable(ctx, ActivityResource, 'a'),
        filter?.ownerId ? sql`a.owner_id = ${filter.ownerId}::uuid` : undefined,
        filter?.teamId ? sql`a.owner_id IN (${teamMembers(ctx, filter.teamId)})` : undefined,
        filter?.pipelineId ? sql`a.deal_id IN (SELECT d.id FROM ${tableAs(DealResource, 'd')} WHERE ${ofTenant(ctx, 'd')} AND d.pipeline_id = ${filter.pipelineId}::uuid)` : undefined,
        filter?.from ? sql`a.created_at >= ${filter.from}::date` : undefined,
        filter?.to ? sql`a.created_at < ${filter.to}::date + 1` : undefined,
      ])}
      GROUP BY a.type, a.owner_id ORDER BY a.type, "ownerName"`);
    return rows.map((r) => Object.assign(new ActivityCount(), r));
  }
}
