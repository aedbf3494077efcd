import type { TenantContext } from '../../platform/context';
import { ident, joinSql, sql, Sql } from '../../platform/sql';
import { SeriesBucket } from './enums';

/**
 * Bucketed time series with year-over-year change, in one statement: the range's rows and the rows
 * of the same range a year earlier (dated forward a year) are bucketed alike, so each bucket meets
 * its previous-year twin by a plain join. Amounts stay NUMERIC and are grouped by currency (or unit).
 */
export interface SeriesSource {
  /** FROM clause of the rows (the scoped builder's `tableAs`). */
  from: Sql;
  /** The caller's readable rows within [start, end) of the source's time column, and the series' own filters. */
  where(start: Sql, end: Sql): Sql;
  /** The row's time as a UTC timestamp. */
  at: Sql;
  /** What amounts are never summed across: the currency or the unit. */
  group: Sql;
  measures: { name: string; column: Sql }[];
  /** Decimal places of averages. */
  scale: number;
}

const UNITS: Record<SeriesBucket, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter' };

export interface SeriesStatRow { sum: string; average: string; last: string; previousYearSum: string | null; yearOverYear: number | null }
export interface SeriesRow { bucket: string; group: string | null; records: number; stats: Record<string, SeriesStatRow> }

/** Buckets of [from, to] (inclusive UTC dates) with sum, average and last (the values of the bucket's latest time) of each measure. */
export async function series(ctx: TenantContext, source: SeriesSource, from: string, to: string, bucket: SeriesBucket): Promise<SeriesRow[]> {
  const unit = UNITS[bucket];
  const start = sql`(${from}::date)::timestamp`;
  const end = sql`(${to}::date + 1)::timestamp`;
  const yearBefore = (t: Sql) => sql`(${t} - interval '1 year')`;
  const cols = source.measures.map((m) => sql`${m.column} AS ${ident(m.name)}`);
  const picked = (period: string, shift: Sql) => sql`
    SELECT ${period}::text AS period, ${source.at} + ${shift} AS at, ${source.group} AS grp, ${joinSql(cols, ', ')}
    FROM ${source.from} WHERE ${source.where(period === 'cur' ? start : yearBefore(start), period === 'cur' ? end : yearBefore(end))}`;
  const stats = source.measures.map(({ name }) => {
    const c = ident(name);
    return sql`sum(${c}) AS ${ident(`${name}_sum`)}, round(avg(${c}), ${Sql.raw(String(source.scale))}) AS ${ident(`${name}_avg`)},
      sum(${c}) FILTER (WHERE at = latest) AS ${ident(`${name}_last`)}`;
  });
  const outputs = source.measures.map(({ name }) => {
    const [s, p] = [sql`c.${ident(`${name}_sum`)}`, sql`p.${ident(`${name}_sum`)}`];
    return sql`json_build_object('sum', ${s}::text, 'average', c.${ident(`${name}_avg`)}::text, 'last', c.${ident(`${name}_last`)}::text,
      'previousYearSum', ${p}::text, 'yearOverYear', CASE WHEN ${p} IS NULL OR ${p} = 0 THEN NULL ELSE round((${s} - ${p}) / abs(${p}), 4)::float END) AS ${ident(name)}`;
  });
  const rows = await ctx.db.query<Record<string, unknown>>(sql`
    WITH src AS (${picked('cur', sql`interval '0'`)} UNION ALL ${picked('prev', sql`interval '1 year'`)}),
    b AS (SELECT src.*, date_trunc(${unit}, at) AS bucket, max(at) OVER (PARTITION BY period, date_trunc(${unit}, at), grp) AS latest FROM src),
    g AS (SELECT period, bucket, grp, count(*)::int AS records, ${joinSql(stats, ', ')} FROM b GROUP BY period, bucket, grp)
    SELECT to_char(c.bucket, 'YYYY-MM-DD') AS bucket, c.grp, c.records, ${joinSql(outputs, ', ')}
    FROM g c LEFT JOIN g p ON p.period = 'prev' AND p.bucket = c.bucket AND p.grp IS NOT DISTINCT FROM c.grp
    WHERE c.period = 'cur' ORDER BY c.bucket, c.grp`);
  return rows.map((r) => ({
    bucket: r.bucket as string, group: r.grp as string | null, records: r.records as number,
    stats: Object.fromEntries(source.measures.map(({ name }) => [name, r[name] as SeriesStatRow])),
  }));
}
