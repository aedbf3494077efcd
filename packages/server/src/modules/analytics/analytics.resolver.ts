import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireTenant, type RequestContext, type TenantContext } from '../../platform/context';
import { badInput, notFound } from '../../platform/errors';
import { ingestRows, type BulkOutcome } from '../../platform/resource/bulk';
import { readable, tableAs } from '../../platform/resource/scoped';
import type { ResourceDefinition } from '../../platform/resource/definition';
import { and, ident, sql } from '../../platform/sql';
import { DateScalar, DecimalScalar } from '../../platform/scalars';
import { CompanyResource } from '../sales/resources';
import { IngestMode, SeriesBucket } from './enums';
import { linkLeadEvents } from './lead-links';
import { CustomMetricResource, FinancialResource, LeadEventResource, NATURAL_KEYS } from './resources';
import { series, type SeriesRow, type SeriesSource } from './series';

@ObjectType({ description: 'A refused row of a batch: its index (from 0), the field at fault and a machine-readable code.' })
class IngestRowError {
  @Field(() => Int) index: number;
  @Field() field: string;
  @Field({ description: 'BAD_USER_INPUT, NOT_FOUND (e.g. a company outside your organization) or CONFLICT (the same natural key twice in the batch).' }) code: string;
  @Field() message: string;
}

@ObjectType({ description: 'What a batch did: rows inserted, rows whose values changed, rows already as sent (untouched), and refused rows.' })
class IngestResult {
  @Field(() => Int) received: number;
  @Field(() => Int) inserted: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) rejected: number;
  @Field(() => [IngestRowError]) errors: IngestRowError[];
}

@ObjectType({ description: 'One measure over a bucket. last: the values at the bucket’s latest date summed. yearOverYear: (sum − previousYearSum) / |previousYearSum|.' })
class SeriesStat {
  @Field(() => DecimalScalar) sum: string;
  @Field(() => DecimalScalar) average: string;
  @Field(() => DecimalScalar) last: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'The sum of the same bucket a year earlier.' }) previousYearSum: string | null;
  @Field(() => Float, { nullable: true, description: 'Null without figures a year earlier (or when they sum to zero).' }) yearOverYear: number | null;
}

@ObjectType({ description: 'Financial figures of one bucket and currency (amounts are never converted between currencies).' })
class FinancialPoint {
  @Field(() => DateScalar, { description: 'First day of the bucket.' }) bucket: string;
  @Field() currency: string;
  @Field(() => Int) records: number;
  @Field(() => SeriesStat) revenue: SeriesStat;
  @Field(() => SeriesStat) expenses: SeriesStat;
  @Field(() => SeriesStat) netProfit: SeriesStat;
  @Field(() => SeriesStat) cashFlow: SeriesStat;
}

@ObjectType({ description: 'A custom metric over one bucket and unit.' })
class MetricPoint {
  @Field(() => DateScalar) bucket: string;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => Int) records: number;
  @Field(() => SeriesStat) value: SeriesStat;
}

/** A range of at most ten years of buckets: every series is bounded. */
function checkRange(from: string, to: string): void {
  if (from > to) throw badInput('to', 'to must not be before from');
  if (Date.parse(to) - Date.parse(from) > 10 * 366 * 86400_000) throw badInput('to', 'A series covers at most ten years');
}

async function assertCompany(ctx: TenantContext, companyId: string): Promise<void> {
  const found = await ctx.db.one(sql`SELECT 1 FROM ${tableAs(CompanyResource, 'c')} WHERE ${readable(ctx, CompanyResource, 'c')} AND c.id = ${companyId}::uuid`);
  if (!found) throw notFound('Company', 'companyId');
}

const FINANCIAL_MEASURES = ['revenue', 'expenses', 'netProfit', 'cashFlow'] as const;
const COLUMNS: Record<(typeof FINANCIAL_MEASURES)[number], string> = { revenue: 'revenue', expenses: 'expenses', netProfit: 'net_profit', cashFlow: 'cash_flow' };

function financialSource(ctx: TenantContext, companyId: string | null): SeriesSource {
  return {
    from: tableAs(FinancialResource, 'f'),
    where: (start, end) => and([readable(ctx, FinancialResource, 'f'), companyId ? sql`f.company_id = ${companyId}::uuid` : undefined,
      sql`f.record_date >= ${start}::date`, sql`f.record_date < ${end}::date`]),
    at: sql`f.record_date::timestamp`,
    group: sql`f.currency::text`,
    measures: FINANCIAL_MEASURES.map((name) => ({ name, column: sql`f.${ident(COLUMNS[name])}` })),
    scale: 2,
  };
}

const toFinancial = (r: SeriesRow): FinancialPoint => Object.assign(new FinancialPoint(), { bucket: r.bucket, currency: r.group, records: r.records, ...r.stats });

function outcome(rows: unknown[], o: BulkOutcome<unknown>): IngestResult {
  const rejected = new Set(o.problems.map((p) => p.index)).size;
  return Object.assign(new IngestResult(), { received: rows.length, inserted: o.inserted.length, updated: o.updated.length, unchanged: o.unchanged, rejected, errors: o.problems });
}

async function ingest(context: RequestContext, def: ResourceDefinition, key: readonly string[], rows: object[], mode: IngestMode, prepare?: (ctx: TenantContext, rows: Record<string, unknown>[]) => Promise<void>): Promise<IngestResult> {
  const ctx = requireTenant(context);
  const plain = rows.map((r) => ({ ...r }) as Record<string, unknown>);
  await prepare?.(ctx, plain);
  return outcome(plain, await ingestRows(ctx, def, plain, [...key], mode === IngestMode.PARTIAL));
}

const ROWS = { validate: false, description: 'Up to 5,000 rows; each is upserted on its natural key.' } as const;
const MODE = { defaultValue: IngestMode.ALL_OR_NOTHING } as const;

@Resolver()
export class AnalyticsResolver {
  @Mutation(() => IngestResult, { description: 'Upserts financial rows on (company, date, source system) in one statement; re-sending a batch changes nothing. A bad row refuses the batch (BAD_USER_INPUT listing every bad row in extensions.rows) unless mode is PARTIAL.' })
  ingestFinancials(@Arg('rows', () => [FinancialResource.createInput!], ROWS) rows: object[], @Arg('mode', () => IngestMode, MODE) mode: IngestMode, @Ctx() context: RequestContext): Promise<IngestResult> {
    return ingest(context, FinancialResource, NATURAL_KEYS.Financial, rows, mode);
  }

  @Mutation(() => IngestResult, { description: 'Upserts custom-metric values on (company, metric name, time), like ingestFinancials.' })
  ingestMetrics(@Arg('rows', () => [CustomMetricResource.createInput!], ROWS) rows: object[], @Arg('mode', () => IngestMode, MODE) mode: IngestMode, @Ctx() context: RequestContext): Promise<IngestResult> {
    return ingest(context, CustomMetricResource, NATURAL_KEYS.CustomMetric, rows, mode);
  }

  @Mutation(() => IngestResult, { description: 'Upserts outside-CRM events on (source system, external id), like ingestFinancials; each is linked to the matching deal, contact and company where one exists.' })
  ingestLeadEvents(@Arg('rows', () => [LeadEventResource.createInput!], ROWS) rows: object[], @Arg('mode', () => IngestMode, MODE) mode: IngestMode, @Ctx() context: RequestContext): Promise<IngestResult> {
    return ingest(context, LeadEventResource, NATURAL_KEYS.LeadEvent, rows, mode, linkLeadEvents);
  }

  @Query(() => [FinancialPoint], { description: 'A company’s financials bucketed over [from, to] (inclusive), per currency, with year-over-year change.' })
  async financialSeries(@Arg('companyId', () => ID) companyId: string, @Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string,
    @Arg('bucket', () => SeriesBucket) bucket: SeriesBucket, @Ctx() context: RequestContext): Promise<FinancialPoint[]> {
    const ctx = requireTenant(context);
    checkRange(from, to);
    await assertCompany(ctx, companyId);
    return (await series(ctx, financialSource(ctx, companyId), from, to, bucket)).map(toFinancial);
  }

  @Query(() => [FinancialPoint], { description: 'Every company of the organization summed per bucket and currency, with year-over-year change.' })
  async organizationFinancials(@Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string,
    @Arg('bucket', () => SeriesBucket) bucket: SeriesBucket, @Ctx() context: RequestContext): Promise<FinancialPoint[]> {
    const ctx = requireTenant(context);
    checkRange(from, to);
    return (await series(ctx, financialSource(ctx, null), from, to, bucket)).map(toFinancial);
  }

  @Query(() => [MetricPoint], { description: 'A company’s custom metric bucketed over [from, to] (inclusive UTC days), per unit, with year-over-year change.' })
  async metricSeries(@Arg('companyId', () => ID) companyId: string, @Arg('metricName') metricName: string, @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string, @Arg('bucket', () => SeriesBucket) bucket: SeriesBucket, @Ctx() context: RequestContext): Promise<MetricPoint[]> {
    const ctx = requireTenant(context);
    checkRange(from, to);
    await assertCompany(ctx, companyId);
    const source: SeriesSource = {
      from: tableAs(CustomMetricResource, 'm'),
      where: (start, end) => and([readable(ctx, CustomMetricResource, 'm'), sql`m.company_id = ${companyId}::uuid`, sql`m.metric_name = ${metricName}`,
        sql`m.recorded_at >= ${start} AT TIME ZONE 'UTC'`, sql`m.recorded_at < ${end} AT TIME ZONE 'UTC'`]),
      at: sql`m.recorded_at AT TIME ZONE 'UTC'`,
      group: sql`m.unit`,
      measures: [{ name: 'value', column: sql`m.value` }],
      scale: 4,
    };
    return (await series(ctx, source, from, to, bucket)).map((r) => Object.assign(new MetricPoint(), { bucket: r.bucket, unit: r.group, records: r.records, value: r.stats.value }));
  }
}
