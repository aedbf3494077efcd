import { runDatagen } from '../../src/seed/datagen';
import { startTestPlatform, type TestPlatform } from '../support/harness';

/** The data generator's analytics: years of monthly financials and daily metrics per company, the same rows for a seed, in both modes. */
let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.close());

const NOW = new Date('2026-11-02T00:00:00Z');
const load = (bulk: boolean) => runDatagen(t.platform.ownerPool, { deals: 40, organizations: 1, seed: 5, users: 2, passwordHash: 'not-a-password-hash', now: NOW, bulk, analyticsYears: 3, analyticsCompanies: 4 });

const analyticsOf = async (organizationId: string) => ({
  financials: await t.sql(`SELECT count(*)::int AS n, count(DISTINCT company_id)::int AS companies, min(record_date)::text AS first, max(record_date)::text AS last,
    md5(string_agg(id::text || revenue || expenses || net_profit || cash_flow || currency || source_system, ',' ORDER BY id)) AS h FROM financials WHERE organization_id = $1`, [organizationId]),
  metrics: await t.sql(`SELECT metric_name, count(*)::int AS n, min(recorded_at) AS first, max(recorded_at) AS last, md5(string_agg(id::text || value, ',' ORDER BY id)) AS h
    FROM custom_metrics WHERE organization_id = $1 GROUP BY 1 ORDER BY 1`, [organizationId]),
  badProfit: await t.sql(`SELECT count(*)::int AS n FROM financials WHERE organization_id = $1 AND net_profit <> revenue - expenses`, [organizationId]),
});

it('loads 3 years of monthly financials (two sources) and daily metrics for each company, reproducibly and in bulk mode alike', async () => {
  const first = await load(false);
  const a = await analyticsOf(first.organizations[0].id);
  // 4 companies × 36 months × 2 sources; 4 × 1,096 days (2023-11-02 … 2026-11-01) per metric.
  expect(a.financials[0]).toMatchObject({ n: 288, companies: 4, first: '2023-11-01', last: '2026-10-01' });
  expect(a.metrics.map((m) => [m.metric_name, m.n])).toEqual([['customer_satisfaction', 4 * 1096], ['project_delivery_days', 4 * 1096]]);
  expect(a.metrics[0].first.toISOString()).toBe('2023-11-02T12:00:00.000Z');
  expect(a.metrics[0].last.toISOString()).toBe('2026-11-01T12:00:00.000Z');
  expect(a.badProfit[0].n).toBe(0);
  expect(first.rows).toBeGreaterThan(288 + 8 * 1096);
  // The same seed in bulk mode into another organization: the same figures (ids derive from the companies', which derive from the seed).
  const second = await load(true);
  const b = await analyticsOf(second.organizations[0].id);
  expect(b.financials[0]).toEqual(a.financials[0]);
  expect(b.metrics).toEqual(a.metrics);
});
