import type { PoolClient } from 'pg';

/**
 * Analytics data for the data generator: for the organization's first `companies` companies,
 * monthly financials (two sources, AUD and the odd USD one) and two daily custom metrics over
 * `years` years up to `now`. Set-based (INSERT … SELECT over generate_series, one statement per
 * table), so millions of rows take seconds; values and ids derive from the seed, company and date
 * (md5), so a seed reproduces the same rows.
 */
export interface AnalyticsPlan { organizationId: string; companies: number; years: number; seed: number; now: Date }

export interface AnalyticsCounts { financials: number; customMetrics: number }

export async function generateAnalyticsData(client: PoolClient, p: AnalyticsPlan): Promise<AnalyticsCounts> {
  const params = [p.organizationId, p.companies, p.years, String(p.seed), p.now.toISOString()];
  // A company's share of the organization (by its row), and a repeatable number 0..1 for a row.
  const companies = `SELECT c.id, row_number() OVER (ORDER BY c.id) AS n FROM companies c WHERE c.organization_id = $1 ORDER BY c.id LIMIT $2`;
  const unit = (key: string) => `(('x' || substr(md5($4 || ${key}), 1, 8))::bit(32)::bigint / 4294967295.0)`;
  const months = `generate_series(date_trunc('month', $5::timestamptz AT TIME ZONE 'UTC') - make_interval(years => $3), date_trunc('month', $5::timestamptz AT TIME ZONE 'UTC') - interval '1 month', interval '1 month')`;
  const financials = await client.query(`
    INSERT INTO financials (organization_id, id, company_id, record_date, revenue, expenses, cash_flow, currency, source_system, external_id)
    SELECT $1, md5($4 || c.id || m || s.source)::uuid, c.id, m::date,
           round(((20000 + 5000 * (c.n % 7)) * (1 + 0.2 * sin(extract(month FROM m)::float / 2)) * (0.8 + 0.4 * ${unit(`c.id || m || s.source || 'r'`)}))::numeric, 2),
           round(((14000 + 4000 * (c.n % 5)) * (0.8 + 0.4 * ${unit(`c.id || m || s.source || 'e'`)}))::numeric, 2),
           round((6000 * (${unit(`c.id || m || s.source || 'c'`)} - 0.4))::numeric, 2),
           s.currency, s.source, s.source || '-' || to_char(m, 'YYYYMM') || '-' || left(c.id::text, 8)
      FROM (${companies}) c CROSS JOIN ${months} AS m
      CROSS JOIN LATERAL (VALUES ('xero', 'AUD'), ('stripe', CASE WHEN c.n % 4 = 0 THEN 'USD' ELSE 'AUD' END)) AS s(source, currency)
    ON CONFLICT DO NOTHING`, params);
  const days = `generate_series(($5::timestamptz AT TIME ZONE 'UTC')::date - make_interval(years => $3), ($5::timestamptz AT TIME ZONE 'UTC')::date - 1, interval '1 day')`;
  const metrics = await client.query(`
    INSERT INTO custom_metrics (organization_id, id, company_id, metric_name, recorded_at, value, unit, source_system)
    SELECT $1, md5($4 || c.id || d || k.name)::uuid, c.id, k.name, (d + interval '12 hours') AT TIME ZONE 'UTC',
           round((k.base * (0.7 + 0.6 * ${unit(`c.id || d || k.name`)}))::numeric, 4), k.unit, 'datagen'
      FROM (${companies}) c CROSS JOIN ${days} AS d
      CROSS JOIN (VALUES ('project_delivery_days', 30.0, 'days'), ('customer_satisfaction', 80.0, 'percent')) AS k(name, base, unit)
    ON CONFLICT DO NOTHING`, params);
  return { financials: financials.rowCount ?? 0, customMetrics: metrics.rowCount ?? 0 };
}
