import http from 'node:http';
import type { ChangeEvent } from '../../src/platform/events/event-bus';
import { checkedOutAfterSettling, startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';

/**
 * Streamed CSV upload of financials and metric points (POST /import/financials, /import/metric-points):
 * upserted on the natural key like the ingest mutations, bad rows reported by line and nothing written
 * (or the good rows only, in partial mode), bounded in bytes and rows, and a slow or aborted upload
 * holds no pooled connection.
 */
const POOL = 3;
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let companyA: string;
let companyB: string;
const events: ChangeEvent[] = [];

const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`;

beforeAll(async () => {
  t = await startTestPlatform({ dbPoolSize: POOL, dbAcquireTimeoutMs: 2000, ingestUploadMaxBytes: 200_000, ingestUploadMaxRows: 1_000 });
  a = await t.createTenant('Upload A');
  b = await t.createTenant('Upload B');
  companyA = (await a.owner.ok(CREATE_COMPANY, { input: { name: 'Acme Construction' } })).createCompany.id;
  companyB = (await b.owner.ok(CREATE_COMPANY, { input: { name: 'Other Org Co' } })).createCompany.id;
  t.platform.events.subscribe((e) => events.push(e));
});
afterAll(() => t?.close());

async function upload(client: ApiClient, path: string, csv: string, query: Record<string, string> = {}) {
  const response = await fetch(`${t.url}/import/${path}?${new URLSearchParams(query)}`, {
    method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${client.token}` }, body: csv,
  });
  return { status: response.status, body: await response.json() };
}

const HEADER = 'companyId,recordDate,revenue,expenses,cashFlow,currency,sourceSystem';
const monthRow = (company: string, month: number, revenue = `${1000 + month}.50`) => `${company},2024-${String(month).padStart(2, '0')}-01,${revenue},400.25,10.00,AUD,xero`;
const financialsCsv = (company: string, months: number) => [HEADER, ...Array.from({ length: months }, (_, i) => monthRow(company, i + 1))].join('\n');
const financials = (tenant: Tenant) => t.sql(`SELECT record_date::text AS date, revenue::text, net_profit::text AS "netProfit", version FROM financials WHERE organization_id = $1 ORDER BY record_date`, [tenant.organizationId]);

it('upserts every row on the natural key; re-sending the file changes nothing; one event per batch', async () => {
  events.length = 0;
  const first = await upload(a.owner, 'financials', financialsCsv(companyA, 12));
  expect(first).toMatchObject({ status: 200, body: { received: 12, inserted: 12, updated: 0, unchanged: 0, rejected: 0, written: true, errors: [] } });
  const stored = await financials(a);
  expect(stored).toHaveLength(12);
  expect(stored[2]).toEqual({ date: '2024-03-01', revenue: '1003.50', netProfit: '603.25', version: 1 });
  await new Promise((r) => setTimeout(r, 200));
  expect(events.filter((e) => e.type === 'Financial')).toEqual([expect.objectContaining({ action: 'INGEST', count: 12, organizationId: a.organizationId, refs: { companyId: companyA } })]);

  events.length = 0;
  const again = await upload(a.owner, 'financials', financialsCsv(companyA, 12));
  expect(again).toMatchObject({ status: 200, body: { received: 12, inserted: 0, updated: 0, unchanged: 12 } });
  expect(await financials(a)).toEqual(stored);
  await new Promise((r) => setTimeout(r, 200));
  expect(events.filter((e) => e.type === 'Financial')).toEqual([]);

  // One changed figure: that row only is updated.
  const changed = [HEADER, ...Array.from({ length: 12 }, (_, i) => monthRow(companyA, i + 1, i === 4 ? '9999.00' : undefined))].join('\n');
  expect((await upload(a.owner, 'financials', changed)).body).toMatchObject({ inserted: 0, updated: 1, unchanged: 11 });
  expect((await financials(a))[4]).toEqual({ date: '2024-05-01', revenue: '9999.00', netProfit: '9598.75', version: 2 });
  expect(await financials(b)).toEqual([]);
});

it('reports every bad row by line and field, another organization’s company included, and writes nothing', async () => {
  const csv = [HEADER, monthRow(companyA, 1).replace('2024-01', '2030-01'), `${companyA},2030-02-01,lots,1,1,AUD,xero`, `${companyA},,1,1,1,AUD,xero`,
    monthRow(companyB, 4).replace('2024', '2030'), monthRow(companyA, 1).replace('2024-01', '2030-01'), `${companyA},2030-06-01,1.005,1,1,AUD,xero`].join('\n');
  const before = await financials(a);
  const { status, body } = await upload(a.owner, 'financials', csv);
  expect(status).toBe(422);
  expect(body).toMatchObject({ received: 6, inserted: 0, updated: 0, written: false, rejected: 5 });
  // Lines count the header as line 1.
  expect(body.errors.map((e: { line: number; field: string; code: string }) => `${e.line}:${e.field}:${e.code}`)).toEqual([
    '3:revenue:BAD_USER_INPUT', '4:recordDate:BAD_USER_INPUT', '5:companyId:NOT_FOUND', '6:recordDate:CONFLICT', '7:revenue:BAD_USER_INPUT',
  ]);
  expect(body.errors[2].message).toMatch(/organization/);
  expect(await financials(a)).toEqual(before);
  expect(await financials(b)).toEqual([]);
});

it('partial mode writes the good rows and reports the others', async () => {
  const csv = [HEADER, `${companyA},2031-01-01,5.00,1.00,0,AUD,manual`, `${companyA},2031-02-01,x,1.00,0,AUD,manual`, monthRow(companyB, 3).replace('2024', '2031')].join('\n');
  const { status, body } = await upload(a.owner, 'financials', csv, { mode: 'partial' });
  expect(status).toBe(200);
  expect(body).toMatchObject({ received: 3, inserted: 1, rejected: 2, written: true, mode: 'partial' });
  expect(body.errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`)).toEqual(['3:revenue', '4:companyId']);
  const [{ count }] = await t.sql(`SELECT count(*)::int AS count FROM financials WHERE organization_id = $1 AND source_system = 'manual'`, [a.organizationId]);
  expect(count).toBe(1);
});

it('metric points: a column mapping and a company for every row, upserted on metric + time', async () => {
  const csv = 'When,Metric,Value,Unit\n2024-01-01T00:00:00Z,delivery_days,12.5,days\n2024-02-01T00:00:00Z,delivery_days,11.2500,days\n';
  const query = { mapping: JSON.stringify({ When: 'recordedAt', Metric: 'metricName', Value: 'value', Unit: 'unit' }), defaults: JSON.stringify({ companyId: companyA }) };
  expect((await upload(a.owner, 'metric-points', csv, query)).body).toMatchObject({ received: 2, inserted: 2, errors: [] });
  expect((await upload(a.owner, 'metric-points', csv, query)).body).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
  const rows = await t.sql(`SELECT value::text, unit FROM custom_metrics WHERE organization_id = $1 ORDER BY recorded_at`, [a.organizationId]);
  expect(rows).toEqual([{ value: '12.5000', unit: 'days' }, { value: '11.2500', unit: 'days' }]);
  // The company given for every row is checked like a column: another organization's is refused.
  const foreign = await upload(a.owner, 'metric-points', csv, { ...query, defaults: JSON.stringify({ companyId: companyB }) });
  expect(foreign.status).toBe(422);
  expect(foreign.body.errors.map((e: { line: number; code: string }) => `${e.line}:${e.code}`)).toEqual(['2:NOT_FOUND', '3:NOT_FOUND']);
});

it('refuses with a code: role, bad CSV, unknown mapping, too large, too many rows', async () => {
  const viewer = await t.addMember(a, 'VIEWER');
  const forbidden = await upload(viewer, 'financials', financialsCsv(companyA, 1));
  expect({ status: forbidden.status, code: forbidden.body.errors[0].extensions.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  const anonymous = await fetch(`${t.url}/import/financials`, { method: 'POST', body: financialsCsv(companyA, 1) });
  expect(anonymous.status).toBe(401);

  const broken = await upload(a.owner, 'financials', `${HEADER}\n${monthRow(companyA, 1)}\n${companyA},"2024-02-01,1,1,1,AUD,xero`);
  expect(broken.status).toBe(400);
  expect(broken.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  expect(broken.body.errors[0].message).toMatch(/not valid CSV/);
  expect((await upload(a.owner, 'financials', 'a,b\n1,2')).body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'mapping' });
  expect((await upload(a.owner, 'financials', financialsCsv(companyA, 1), { mode: 'some' })).body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'mode' });

  const huge = await upload(a.owner, 'financials', `${HEADER}\n${monthRow(companyA, 1)}\n${'x'.repeat(250_000)}`);
  expect({ status: huge.status, code: huge.body.errors[0].extensions.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  // Without a Content-Length (chunked), the limit is counted as the body arrives.
  const chunked = await new Promise<{ status: number; body: any }>((resolve, reject) => {
    const url = new URL(`${t.url}/import/financials`);
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${a.owner.token}` } }, (response) => {
      let text = '';
      response.on('data', (c) => { text += c; }).on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
    });
    request.on('error', reject);
    request.write(`${HEADER}\n`);
    for (let i = 0; i < 25; i++) request.write(`${'y'.repeat(10_000)}\n`);
    request.end();
  });
  expect({ status: chunked.status, code: chunked.body.errors[0].extensions.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  const many = [HEADER, ...Array.from({ length: 1001 }, (_, i) => `${companyA},${new Date(Date.UTC(2040, 0, 1 + i)).toISOString().slice(0, 10)},1,1,1,AUD,many`)].join('\n');
  const tooMany = await upload(a.owner, 'financials', many);
  expect(tooMany.status).toBe(413);
  expect(tooMany.body.errors[0].message).toMatch(/at most 1000 rows/);
  const [{ count }] = await t.sql(`SELECT count(*)::int AS count FROM financials WHERE source_system = 'many'`);
  expect(count).toBe(0);
  expect(await checkedOutAfterSettling(t.platform)).toEqual({ app: 0, owner: 0 });
});

/** Sends the headers and part of a body, and leaves the request open. */
function startUpload(body: string, length: number): Promise<http.ClientRequest> {
  const url = new URL(`${t.url}/import/financials`);
  const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
    headers: { 'content-type': 'text/csv', 'content-length': String(length), authorization: `Bearer ${a.owner.token}` } });
  request.on('error', () => undefined);
  return new Promise((resolve) => request.write(body, () => resolve(request)));
}

it('a slow upload holds no connection, and an aborted one writes nothing and gives everything back', async () => {
  const csv = financialsCsv(companyA, 12).replace(/2024/g, '2035');
  const half = csv.slice(0, Math.floor(csv.length / 2));
  // Three times the pool's size of uploads waiting for the rest of their body.
  const open = await Promise.all(Array.from({ length: 3 * POOL }, () => startUpload(half, csv.length)));
  await new Promise((r) => setTimeout(r, 500));
  expect(await checkedOutAfterSettling(t.platform)).toEqual({ app: 0, owner: 0 });
  // The pool is free for everyone else while they wait.
  const { me } = await a.owner.ok(`{ me { user { id } } }`);
  expect(me.user.id).toBe(a.userId);

  for (const request of open) request.destroy();
  await new Promise((r) => setTimeout(r, 300));
  expect(await checkedOutAfterSettling(t.platform)).toEqual({ app: 0, owner: 0 });
  const [{ count }] = await t.sql(`SELECT count(*)::int AS count FROM financials WHERE record_date >= '2035-01-01'`);
  expect(count).toBe(0);
  const [{ idle }] = await t.sql(`SELECT count(*)::int AS idle FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`);
  expect(idle).toBe(0);
  // The same file, sent whole, still imports.
  expect((await upload(a.owner, 'financials', csv)).body).toMatchObject({ received: 12, inserted: 12 });
});
