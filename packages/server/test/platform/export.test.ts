import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** CSV export streams what a list query with the same where/orderBy would page through. */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Export A');
  b = await t.createTenant('Export B');
  const { createCompany } = await a.owner.ok(`mutation { createCompany(input: { name: "Acme, \\"Inc\\"" }) { id } }`);
  await t.sql(`INSERT INTO deals (organization_id, id, title, value, currency, pipeline_id, stage_id, company_id, owner_id, position)
    SELECT $1, gen_random_uuid(), 'Bulk ' || lpad(i::text, 4, '0'), i, 'USD', $2, $3, $4, $5, 'a' || lpad(i::text, 5, '0')
    FROM generate_series(1, 2500) i`, [a.organizationId, a.pipelineId, a.stages[0].id, createCompany.id, a.userId]);
  await a.owner.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`, { i: { title: '=HYPERLINK("http://evil")', stageId: a.stages[0].id, value: '1.50' } });
  await b.owner.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`, { i: { title: 'Bulk 9999 of B', stageId: b.stages[0].id } });
});
afterAll(() => t?.close());

async function exportCsv(path: string, token = a.owner.token) {
  const response = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** Enough of RFC 4180 for these rows: quoted cells with doubled quotes. */
function parse(csv: string): string[][] {
  return csv.trim().split('\r\n').map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]));
}

it('streams every matching row across batches, in order, with related columns', async () => {
  const where = encodeURIComponent(JSON.stringify({ title: { startsWith: 'Bulk' } }));
  const orderBy = encodeURIComponent(JSON.stringify([{ field: 'value', direction: 'DESC' }]));
  const result = await exportCsv(`/export/deals.csv?where=${where}&orderBy=${orderBy}&fields=title,value,company.name`);
  expect(result.status).toBe(200);
  expect(result.type).toContain('text/csv');
  const rows = parse(result.text);
  expect(rows[0]).toEqual(['title', 'value', 'company.name']);
  expect(rows).toHaveLength(2501);
  expect(rows[1]).toEqual(['Bulk 2500', '2500.00', 'Acme, "Inc"']);
  expect(rows[2500]).toEqual(['Bulk 0001', '1.00', 'Acme, "Inc"']);
  expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(2500);
  expect(result.text).not.toContain('of B');
});

it('neutralises cells a spreadsheet would run as formulas', async () => {
  const where = encodeURIComponent(JSON.stringify({ title: { contains: 'HYPERLINK' } }));
  const rows = parse((await exportCsv(`/export/deals.csv?where=${where}&fields=title,value`)).text);
  expect(rows[1]).toEqual([`'=HYPERLINK("http://evil")`, '1.50']);
});

it('answers errors with a status and a code', async () => {
  expect((await exportCsv('/export/deals.csv', '')).status).toBe(401);
  expect((await exportCsv('/export/nothing.csv')).status).toBe(404);
  const bad = await exportCsv(`/export/deals.csv?where=${encodeURIComponent('{oops')}`);
  expect(bad.status).toBe(400);
  expect(JSON.parse(bad.text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'where' });
  expect((await exportCsv('/export/deals.csv?fields=title,passwordHash')).status).toBe(400);
  const member = await t.addMember(a, 'MEMBER');
  expect((await exportCsv('/export/apiKeys.csv', member.token)).status).toBe(403);
});
