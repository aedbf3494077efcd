import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** Time series against figures worked out by hand: buckets, sum / average / last, year-over-year, per currency, and nothing of another organization. */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let c: string;
let d: string;

const STAT = 'sum average last previousYearSum yearOverYear';
const FIN = `bucket currency records revenue { ${STAT} } expenses { ${STAT} } netProfit { ${STAT} } cashFlow { ${STAT} }`;
const FINANCIAL_SERIES = `query($c: ID!, $from: Date!, $to: Date!, $bucket: SeriesBucket!) { financialSeries(companyId: $c, from: $from, to: $to, bucket: $bucket) { ${FIN} } }`;
const OVERVIEW = `query($from: Date!, $to: Date!, $bucket: SeriesBucket!) { organizationFinancials(from: $from, to: $to, bucket: $bucket) { bucket currency records revenue { sum last } } }`;
const METRIC_SERIES = `query($c: ID!, $m: String!, $from: Date!, $to: Date!, $bucket: SeriesBucket!) { metricSeries(companyId: $c, metricName: $m, from: $from, to: $to, bucket: $bucket) { bucket unit records value { ${STAT} } } }`;

const fin = (companyId: string, recordDate: string, revenue: string, expenses: string, cashFlow: string, currency = 'AUD', sourceSystem = 'xero') => ({ companyId, recordDate, revenue, expenses, cashFlow, currency, sourceSystem });
const stat = (sum: string, average: string, last: string, previousYearSum: string | null, yearOverYear: number | null) => ({ sum, average, last, previousYearSum, yearOverYear });

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Series A');
  b = await t.createTenant('Series B');
  const make = async (tenant: Tenant, name: string) => (await tenant.owner.ok(`mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`, { input: { name } })).createCompany.id as string;
  c = await make(a, 'Builder Co');
  d = await make(a, 'Shop Co');
  const other = await make(b, 'Look-alike Co');
  const rows = [
    fin(c, '2023-01-10', '80.00', '30.00', '10.00'),
    fin(c, '2023-02-10', '90.00', '40.00', '0.00'),
    fin(c, '2024-01-05', '100.00', '60.00', '5.00'),
    fin(c, '2024-01-20', '50.00', '10.00', '7.50'),
    fin(c, '2024-02-10', '120.00', '20.00', '-4.00'),
    fin(c, '2024-04-01', '10.00', '1.00', '0.00'),
    fin(c, '2024-07-01', '999.00', '0.00', '0.00'),
    fin(c, '2024-01-07', '1000.00', '100.00', '0.00', 'USD', 'stripe'),
    fin(d, '2024-01-03', '5.00', '1.00', '0.00'),
  ];
  await a.owner.ok(`mutation($rows: [CreateFinancialInput!]!) { ingestFinancials(rows: $rows) { inserted } }`, { rows });
  await b.owner.ok(`mutation($rows: [CreateFinancialInput!]!) { ingestFinancials(rows: $rows) { inserted } }`, { rows: [fin(other, '2024-01-05', '7777.00', '1.00', '0.00')] });
  const metric = (recordedAt: string, value: string) => ({ companyId: c, metricName: 'nps', recordedAt, value, unit: 'score' });
  await a.owner.ok(`mutation($rows: [CreateCustomMetricInput!]!) { ingestMetrics(rows: $rows) { inserted } }`, { rows: [
    metric('2023-03-01T10:00:00Z', '10.0000'), metric('2024-03-01T10:00:00Z', '12.5000'), metric('2024-03-15T23:30:00Z', '13.1234'),
    metric('2024-03-31T23:59:59Z', '20.0000'), metric('2024-04-01T00:00:00Z', '99.0000'),
  ] });
});
afterAll(() => t?.close());

it('MONTH: per currency, with sum, average, last and the change from a year earlier', async () => {
  const { financialSeries } = await a.owner.ok(FINANCIAL_SERIES, { c, from: '2024-01-01', to: '2024-06-30', bucket: 'MONTH' });
  expect(financialSeries).toEqual([
    { bucket: '2024-01-01', currency: 'AUD', records: 2,
      revenue: stat('150.00', '75.00', '50.00', '80.00', 0.875), expenses: stat('70.00', '35.00', '10.00', '30.00', 1.3333),
      netProfit: stat('80.00', '40.00', '40.00', '50.00', 0.6), cashFlow: stat('12.50', '6.25', '7.50', '10.00', 0.25) },
    { bucket: '2024-01-01', currency: 'USD', records: 1,
      revenue: stat('1000.00', '1000.00', '1000.00', null, null), expenses: stat('100.00', '100.00', '100.00', null, null),
      netProfit: stat('900.00', '900.00', '900.00', null, null), cashFlow: stat('0.00', '0.00', '0.00', null, null) },
    { bucket: '2024-02-01', currency: 'AUD', records: 1,
      revenue: stat('120.00', '120.00', '120.00', '90.00', 0.3333), expenses: stat('20.00', '20.00', '20.00', '40.00', -0.5),
      netProfit: stat('100.00', '100.00', '100.00', '50.00', 1), cashFlow: stat('-4.00', '-4.00', '-4.00', '0.00', null) },
    { bucket: '2024-04-01', currency: 'AUD', records: 1,
      revenue: stat('10.00', '10.00', '10.00', null, null), expenses: stat('1.00', '1.00', '1.00', null, null),
      netProfit: stat('9.00', '9.00', '9.00', null, null), cashFlow: stat('0.00', '0.00', '0.00', null, null) },
  ]);
});

it('QUARTER, WEEK and DAY buckets', async () => {
  const quarter = (await a.owner.ok(FINANCIAL_SERIES, { c, from: '2024-01-01', to: '2024-06-30', bucket: 'QUARTER' })).financialSeries;
  expect(quarter.map((p: { bucket: string; currency: string; records: number; revenue: object }) => [p.bucket, p.currency, p.records, p.revenue])).toEqual([
    ['2024-01-01', 'AUD', 3, stat('270.00', '90.00', '120.00', '170.00', 0.5882)],
    ['2024-01-01', 'USD', 1, stat('1000.00', '1000.00', '1000.00', null, null)],
    ['2024-04-01', 'AUD', 1, stat('10.00', '10.00', '10.00', null, null)],
  ]);
  const week = (await a.owner.ok(FINANCIAL_SERIES, { c, from: '2024-01-01', to: '2024-01-31', bucket: 'WEEK' })).financialSeries;
  // ISO weeks start on Monday: 2024-01-05 (Friday) is in the week of 2024-01-01, 2024-01-20 (Saturday) in that of 2024-01-15.
  expect(week.map((p: { bucket: string; currency: string; revenue: { sum: string } }) => `${p.bucket} ${p.currency} ${p.revenue.sum}`)).toEqual(['2024-01-01 AUD 100.00', '2024-01-01 USD 1000.00', '2024-01-15 AUD 50.00']);
  const day = (await a.owner.ok(FINANCIAL_SERIES, { c, from: '2024-01-06', to: '2024-01-20', bucket: 'DAY' })).financialSeries;
  expect(day.map((p: { bucket: string; currency: string }) => `${p.bucket} ${p.currency}`)).toEqual(['2024-01-07 USD', '2024-01-20 AUD']);
});

it('the organization overview sums every company per currency', async () => {
  const { organizationFinancials } = await a.owner.ok(OVERVIEW, { from: '2024-01-01', to: '2024-01-31', bucket: 'MONTH' });
  expect(organizationFinancials).toEqual([
    { bucket: '2024-01-01', currency: 'AUD', records: 3, revenue: { sum: '155.00', last: '50.00' } },
    { bucket: '2024-01-01', currency: 'USD', records: 1, revenue: { sum: '1000.00', last: '1000.00' } },
  ]);
  const mine = await b.owner.ok(OVERVIEW, { from: '2024-01-01', to: '2024-01-31', bucket: 'MONTH' });
  expect(mine.organizationFinancials).toEqual([{ bucket: '2024-01-01', currency: 'AUD', records: 1, revenue: { sum: '7777.00', last: '7777.00' } }]);
});

it('a metric series keeps 4 decimals and buckets by UTC day', async () => {
  const { metricSeries } = await a.owner.ok(METRIC_SERIES, { c, m: 'nps', from: '2024-03-01', to: '2024-03-31', bucket: 'MONTH' });
  expect(metricSeries).toEqual([{ bucket: '2024-03-01', unit: 'score', records: 3, value: stat('45.6234', '15.2078', '20.0000', '10.0000', 3.5623) }]);
});

it('another organization’s company is NOT_FOUND; a reversed range is BAD_USER_INPUT', async () => {
  expect((await b.owner.fails(METRIC_SERIES, { c, m: 'nps', from: '2024-03-01', to: '2024-03-31', bucket: 'MONTH' })).extensions?.code).toBe('NOT_FOUND');
  expect((await b.owner.fails(FINANCIAL_SERIES, { c, from: '2024-01-01', to: '2024-03-31', bucket: 'MONTH' })).extensions?.code).toBe('NOT_FOUND');
  expect((await a.owner.fails(FINANCIAL_SERIES, { c, from: '2024-03-01', to: '2024-01-31', bucket: 'MONTH' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
});
