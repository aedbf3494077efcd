import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform, statementsBeyondSession } from '../support/harness';

/**
 * Ingestion of financials, metrics and lead events: one upsert per batch on the natural key, a
 * re-sent batch changes nothing, bad rows are reported by index (all-or-nothing or partial), and
 * another organization's companies are refused.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let companyA: string;
let companyA2: string;
let companyB: string;

const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`;
const INGEST_FINANCIALS = `mutation($rows: [CreateFinancialInput!]!, $mode: IngestMode) { ingestFinancials(rows: $rows, mode: $mode) { received inserted updated unchanged rejected errors { index field code message } } }`;
const INGEST_METRICS = `mutation($rows: [CreateCustomMetricInput!]!, $mode: IngestMode) { ingestMetrics(rows: $rows, mode: $mode) { received inserted updated unchanged rejected errors { index field code } } }`;
const INGEST_EVENTS = `mutation($rows: [CreateLeadEventInput!]!, $mode: IngestMode) { ingestLeadEvents(rows: $rows, mode: $mode) { received inserted updated unchanged rejected errors { index field code } } }`;

const company = async (tenant: Tenant, name: string) => (await tenant.owner.ok(CREATE_COMPANY, { input: { name } })).createCompany.id as string;

function months(companyId: string, n: number, from = 2023): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    companyId, recordDate: `${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    revenue: `${1000 + i}.50`, expenses: `${400 + i}.25`, cashFlow: `${i}.00`, currency: 'AUD', sourceSystem: 'xero', externalId: `X-${i}`,
  }));
}

const state = (table: string, org: string) => t.sql(`SELECT id, version, updated_at FROM ${table} WHERE organization_id = $1 ORDER BY id`, [org]);

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Ingest A');
  b = await t.createTenant('Ingest B');
  companyA = await company(a, 'Acme Construction');
  companyA2 = await company(a, 'Acme Retail');
  companyB = await company(b, 'Other Org Co');
});
afterAll(() => t?.close());

describe('financials', () => {
  it('upserts a batch in one statement and derives net profit in the database', async () => {
    const rows = months(companyA, 24);
    const first = await a.owner.raw(INGEST_FINANCIALS, { rows });
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestFinancials).toEqual({ received: 24, inserted: 24, updated: 0, unchanged: 0, rejected: 0, errors: [] });
    const [row] = await t.sql(`SELECT revenue::text, expenses::text, net_profit::text FROM financials WHERE organization_id = $1 AND record_date = '2023-03-01'`, [a.organizationId]);
    expect(row).toEqual({ revenue: '1002.50', expenses: '402.25', net_profit: '600.25' });
    const { financials } = await a.owner.ok(`{ financials(first: 1, orderBy: [{ field: RECORD_DATE, direction: ASC }]) { nodes { recordDate netProfit sourceSystem } totalCount } }`);
    expect(financials).toEqual({ nodes: [{ recordDate: '2023-01-01', netProfit: '600.25', sourceSystem: 'xero' }], totalCount: 24 });
  });

  it('writes a batch with the same number of statements whatever its size (no query per row)', async () => {
    const small = await a.owner.raw(INGEST_FINANCIALS, { rows: months(companyA2, 3, 2010) });
    const large = await a.owner.raw(INGEST_FINANCIALS, { rows: months(companyA2, 300, 2011) });
    expect(large.data.ingestFinancials.inserted).toBe(300);
    expect(statementsBeyondSession(small)).toBeGreaterThan(0);
    expect(statementsBeyondSession(large)).toBe(statementsBeyondSession(small));
    await t.sql(`DELETE FROM financials WHERE organization_id = $1 AND company_id = $2`, [a.organizationId, companyA2]);
  });

  it('a re-sent batch changes nothing: same row count, versions and updated_at', async () => {
    const before = await state('financials', a.organizationId);
    const again = await a.owner.ok(INGEST_FINANCIALS, { rows: months(companyA, 24) });
    expect(again.ingestFinancials).toMatchObject({ received: 24, inserted: 0, updated: 0, unchanged: 24 });
    expect(await state('financials', a.organizationId)).toEqual(before);
  });

  it('a changed row is updated in place (its version moves on), the others stay', async () => {
    const rows = months(companyA, 24);
    rows[5] = { ...rows[5], revenue: '9999.99' };
    const res = await a.owner.ok(INGEST_FINANCIALS, { rows });
    expect(res.ingestFinancials).toMatchObject({ inserted: 0, updated: 1, unchanged: 23 });
    const versions = await t.sql(`SELECT record_date::text AS d, version, net_profit::text AS p FROM financials WHERE organization_id = $1 AND version > 1`, [a.organizationId]);
    expect(versions).toEqual([{ d: '2023-06-01', version: 2, p: '9594.74' }]);
  });

  it('a batch with bad rows reports every one by index, field and code, and writes nothing', async () => {
    const before = await state('financials', a.organizationId);
    const rows = months(companyA2, 10);
    rows[2] = { ...rows[2], currency: 'aud' };
    rows[4] = { ...rows[4], revenue: '1.001' };
    rows[7] = { ...rows[7], companyId: companyB };
    rows[9] = { ...rows[9], recordDate: rows[8].recordDate };
    const res = await a.owner.raw(INGEST_FINANCIALS, { rows });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field).toBe('rows');
    const reported = (res.errors?.[0].extensions?.rows as { index: number; field: string; code: string }[]).map((e) => `${e.index}:${e.field}:${e.code}`);
    expect(reported).toEqual(['2:currency:BAD_USER_INPUT', '4:revenue:BAD_USER_INPUT', '7:companyId:NOT_FOUND', '9:recordDate:CONFLICT']);
    expect(await state('financials', a.organizationId)).toEqual(before);
  });

  it('PARTIAL writes the good rows and reports the rest', async () => {
    const rows = months(companyA2, 6);
    rows[1] = { ...rows[1], companyId: companyB };
    rows[3] = { ...rows[3], cashFlow: '12345678901.00' };
    const res = await a.owner.ok(INGEST_FINANCIALS, { rows, mode: 'PARTIAL' });
    expect(res.ingestFinancials.inserted).toBe(4);
    expect(res.ingestFinancials.rejected).toBe(2);
    expect(res.ingestFinancials.errors.map((e: { index: number; field: string; code: string }) => `${e.index}:${e.field}:${e.code}`)).toEqual(['1:companyId:NOT_FOUND', '3:cashFlow:BAD_USER_INPUT']);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM financials WHERE organization_id = $1 AND company_id = $2`, [a.organizationId, companyA2]);
    expect(n).toBe(4);
  });

  it('another organization’s company is refused even alone, and nothing lands in either organization', async () => {
    const res = await a.owner.raw(INGEST_FINANCIALS, { rows: months(companyB, 1) });
    expect(res.errors?.[0].extensions?.rows).toEqual([expect.objectContaining({ index: 0, field: 'companyId', code: 'NOT_FOUND' })]);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM financials WHERE company_id = $1`, [companyB]);
    expect(n).toBe(0);
  });

  it('refuses a batch over 5,000 rows', async () => {
    const err = await a.owner.fails(INGEST_FINANCIALS, { rows: Array.from({ length: 5001 }, () => months(companyA, 1)[0]) });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
  });

  it('a viewer may not ingest; a manager may', async () => {
    const viewer = await t.addMember(a, 'VIEWER');
    expect((await viewer.as(a.organizationId).fails(INGEST_FINANCIALS, { rows: months(companyA, 1) })).extensions?.code).toBe('FORBIDDEN');
    const manager = await t.addMember(a, 'MANAGER');
    expect((await manager.as(a.organizationId).ok(INGEST_FINANCIALS, { rows: months(companyA, 1) })).ingestFinancials.unchanged).toBe(1);
  });

  it('organization B sees none of A’s financials', async () => {
    const { financials } = await b.owner.ok(`{ financials { totalCount } }`);
    expect(financials.totalCount).toBe(0);
    expect((await b.owner.fails(`query($c: ID!) { financialSeries(companyId: $c, from: "2023-01-01", to: "2023-12-31", bucket: MONTH) { bucket } }`, { c: companyA })).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('custom metrics', () => {
  const metrics = (n: number) => Array.from({ length: n }, (_, i) => ({
    companyId: companyA, metricName: 'project_delivery_days', recordedAt: new Date(Date.UTC(2024, 0, 1 + i, 12)).toISOString(), value: `${i}.1234`, unit: 'days',
  }));

  it('upserts on (company, metric, time); a re-send changes nothing', async () => {
    expect((await a.owner.ok(INGEST_METRICS, { rows: metrics(40) })).ingestMetrics).toMatchObject({ inserted: 40, unchanged: 0 });
    const before = await state('custom_metrics', a.organizationId);
    expect((await a.owner.ok(INGEST_METRICS, { rows: metrics(40) })).ingestMetrics).toMatchObject({ inserted: 0, updated: 0, unchanged: 40 });
    expect(await state('custom_metrics', a.organizationId)).toEqual(before);
  });

  it('reports a value too large for NUMERIC(12,4) and a duplicate time by index', async () => {
    const rows = metrics(3);
    rows[0] = { ...rows[0], value: '123456789.0000' };
    rows[2] = { ...rows[2], recordedAt: rows[1].recordedAt };
    const err = await a.owner.fails(INGEST_METRICS, { rows });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect((err.extensions?.rows as { index: number; field: string }[]).map((e) => `${e.index}:${e.field}`)).toEqual(['0:value', '2:recordedAt']);
  });

  it('a fifth decimal is reported with its row like any other bad value', async () => {
    const rows = metrics(2);
    rows[1] = { ...rows[1], value: '1.12345' };
    const err = await a.owner.fails(INGEST_METRICS, { rows });
    expect(err.extensions?.rows).toEqual([expect.objectContaining({ index: 1, field: 'value', code: 'BAD_USER_INPUT' })]);
  });

  it('a value the Decimal type cannot read fails the request, naming the row', async () => {
    const rows = metrics(2);
    rows[1] = { ...rows[1], value: '1.2.3' };
    const err = await a.owner.fails(INGEST_METRICS, { rows });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain('rows[1].value');
  });
});

describe('lead events', () => {
  let dealId: string;
  let contactId: string;

  beforeAll(async () => {
    contactId = (await a.owner.ok(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input: { firstName: 'Lee', lastName: 'Event', companyId: companyA } })).createContact.id;
    dealId = (await a.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, { input: { title: 'Outside deal', stageId: a.stages[0].id, contactId } })).createDeal.id;
  });

  const event = (externalId: string, extra: Record<string, unknown> = {}) => ({
    sourceSystem: 'hubspot', externalId, leadId: 'HS-LEAD-1', eventType: 'STAGE_CHANGED', stage: a.stages[1].name, status: 'active',
    value: '2500.00', currency: 'AUD', occurredAt: '2024-05-02T10:00:00.000Z', ...extra,
  });

  it('links an event to its deal, and the deal brings its contact and company; later events of the lead follow', async () => {
    const res = await a.owner.ok(INGEST_EVENTS, { rows: [event('E1', { dealId })] });
    expect(res.ingestLeadEvents.inserted).toBe(1);
    const later = await a.owner.ok(INGEST_EVENTS, { rows: [event('E2', { stage: a.stages[2].name, occurredAt: '2024-05-09T10:00:00.000Z' })] });
    expect(later.ingestLeadEvents.inserted).toBe(1);
    const { deal } = await a.owner.ok(`query($id: ID!) { deal(id: $id) { externalEvents(orderBy: [{ field: OCCURRED_AT, direction: ASC }]) { nodes { externalId stage contact { id } company { id } } } stageChanges { nodes { toStage { id } } } } }`, { id: dealId });
    expect(deal.externalEvents.nodes).toEqual([
      { externalId: 'E1', stage: a.stages[1].name, contact: { id: contactId }, company: { id: companyA } },
      { externalId: 'E2', stage: a.stages[2].name, contact: { id: contactId }, company: { id: companyA } },
    ]);
    expect(deal.stageChanges.nodes).toHaveLength(1);
  });

  it('re-sending events changes nothing; the same external id of another source is another event', async () => {
    const before = await state('lead_events', a.organizationId);
    expect((await a.owner.ok(INGEST_EVENTS, { rows: [event('E1', { dealId }), event('E2', { stage: a.stages[2].name, occurredAt: '2024-05-09T10:00:00.000Z' })] })).ingestLeadEvents.unchanged).toBe(2);
    expect(await state('lead_events', a.organizationId)).toEqual(before);
    expect((await a.owner.ok(INGEST_EVENTS, { rows: [event('E1', { sourceSystem: 'pipedrive', leadId: 'PD-9' })] })).ingestLeadEvents.inserted).toBe(1);
  });

  it('refuses another organization’s deal by index', async () => {
    const otherDeal = (await b.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, { input: { title: 'B deal', stageId: b.stages[0].id } })).createDeal.id;
    const res = await a.owner.ok(INGEST_EVENTS, { rows: [event('E9', { leadId: 'X', dealId: otherDeal }), event('E10', { leadId: 'Y' })], mode: 'PARTIAL' });
    expect(res.ingestLeadEvents).toMatchObject({ inserted: 1, rejected: 1, errors: [{ index: 0, field: 'dealId', code: 'NOT_FOUND' }] });
  });
});

describe('CSV upload', () => {
  async function upload(client: ApiClient, plural: string, csv: string) {
    const response = await fetch(`${t.url}/import/${plural}.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${client.token}` }, body: csv });
    return { status: response.status, body: await response.json() };
  }

  it('upserts financials from a file on the natural key; the same file again changes nothing', async () => {
    const csv = ['companyId,recordDate,revenue,expenses,cashFlow,currency,sourceSystem', ...[1, 2, 3].map((m) => `${companyA2},2022-0${m}-01,100.00,40.00,5.00,USD,myob`)].join('\n');
    const first = await upload(a.owner, 'financials', csv);
    expect(first).toMatchObject({ status: 200, body: { total: 3, created: 3, errorCount: 0 } });
    const before = await state('financials', a.organizationId);
    expect((await upload(a.owner, 'financials', csv)).status).toBe(200);
    expect(await state('financials', a.organizationId)).toEqual(before);
    const [{ p }] = await t.sql(`SELECT net_profit::text AS p FROM financials WHERE organization_id = $1 AND source_system = 'myob' AND record_date = '2022-02-01'`, [a.organizationId]);
    expect(p).toBe('60.00');
  });

  it('reports a file’s bad rows by line and writes none of them', async () => {
    const csv = ['companyId,metricName,recordedAt,value', `${companyA},nps,2022-01-01T00:00:00Z,1.5`, `${companyB},nps,2022-01-02T00:00:00Z,2`, `${companyA},nps,2022-01-01T00:00:00Z,3`].join('\n');
    const { status, body } = await upload(a.owner, 'customMetrics', csv);
    expect(status).toBe(422);
    expect(body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`).sort()).toEqual(['3:companyId', '4:recordedAt']);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM custom_metrics WHERE metric_name = 'nps'`);
    expect(n).toBe(0);
  });
});
