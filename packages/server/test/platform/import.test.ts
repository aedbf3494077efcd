import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';

/** CSV import: every row through the create pipeline, in one transaction; bad rows reported by line, nothing half-imported. */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  t = await startTestPlatform({ importBodyLimit: '2mb' });
  a = await t.createTenant('Import A');
  b = await t.createTenant('Import B');
});
afterAll(() => t?.close());

async function upload(client: ApiClient, plural: string, csv: string, query: Record<string, string> = {}) {
  const response = await fetch(`${t.url}/import/${plural}.csv?${new URLSearchParams(query)}`, {
    method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${client.token}` }, body: csv,
  });
  return { status: response.status, body: await response.json() };
}

const companyCount = async (tenant: Tenant) => (await tenant.owner.ok(`{ companies { totalCount } }`)).companies.totalCount;

function companiesCsv(n: number, bad: Record<number, string> = {}): string {
  const lines = ['Company name,Employees,Size,Annual revenue'];
  for (let i = 1; i <= n; i++) lines.push(bad[i] ?? `"Imported ${i}, Inc",${i % 500},SMALL,${i}.50`);
  return lines.join('\n');
}
const MAPPING = JSON.stringify({ 'Company name': 'name', Employees: 'employeeCount', Size: 'size', 'Annual revenue': 'revenue' });

it('reports every bad row of a 5,000-row file by line and field, and writes nothing', async () => {
  const csv = companiesCsv(5000, { 17: `"No employees count",many,SMALL,1`, 2500: `,10,SMALL,1`, 4999: `"Odd size",1,GIGANTIC,1.999` });
  const { status, body } = await upload(a.owner, 'companies', csv, { mapping: MAPPING });
  expect(status).toBe(422);
  expect(body.total).toBe(5000);
  expect(body.created).toBe(0);
  const byRow = body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`).sort();
  // Line numbers count the header as line 1.
  expect(byRow).toEqual(['18:employeeCount', '2501:name', '5000:revenue', '5000:size'].sort());
  expect(await companyCount(a)).toBe(0);
}, 180_000);

it('a dry run checks everything and writes nothing; the real run writes every row once, audited', async () => {
  const csv = companiesCsv(5000);
  const dry = await upload(a.owner, 'companies', csv, { mapping: MAPPING, dryRun: 'true' });
  expect(dry).toMatchObject({ status: 200, body: { total: 5000, valid: 5000, created: 0, dryRun: true, errors: [] } });
  expect(await companyCount(a)).toBe(0);
  const real = await upload(a.owner, 'companies', csv, { mapping: MAPPING });
  expect(real).toMatchObject({ status: 200, body: { total: 5000, created: 5000, errors: [] } });
  expect(await companyCount(a)).toBe(5000);
  expect(await companyCount(b)).toBe(0);
  const [{ count }] = await t.sql(`SELECT count(*)::int AS count FROM audit_logs WHERE organization_id = $1 AND entity_type = 'Company' AND action = 'CREATE'`, [a.organizationId]);
  expect(count).toBe(5000);
  const { companies } = await a.owner.ok(`{ companies(where: { name: { eq: "Imported 42, Inc" } }) { nodes { employeeCount size revenue } } }`);
  expect(companies.nodes).toEqual([{ employeeCount: 42, size: 'SMALL', revenue: '42.50' }]);
}, 240_000);

it('maps headers that spell field names without a mapping, and refuses references into another organization', async () => {
  const foreignStage = b.stages[0].id;
  const csv = `title,value,stageId\nOwn deal,100.00,${a.stages[0].id}\nForeign stage,5.00,${foreignStage}`;
  const { status, body } = await upload(a.owner, 'deals', csv);
  expect(status).toBe(422);
  expect(body.errors).toEqual([expect.objectContaining({ row: 3, field: 'stageId', code: 'NOT_FOUND' })]);
  expect((await a.owner.ok(`{ deals { totalCount } }`)).deals.totalCount).toBe(0);
});

it('answers refusals with a code: role, unknown resource, unknown column, too large, not CSV', async () => {
  const viewer = await t.addMember(a, 'VIEWER');
  expect((await upload(viewer, 'companies', companiesCsv(1), { mapping: MAPPING })).body.errors[0].extensions.code).toBe('FORBIDDEN');
  expect((await upload(a.owner, 'nothing', 'a\n1')).status).toBe(404);
  expect((await upload(a.owner, 'companies', companiesCsv(1), { mapping: JSON.stringify({ Nope: 'name' }) })).body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'mapping' });
  const huge = await upload(a.owner, 'companies', 'name\n' + 'x'.repeat(3_000_000));
  expect(huge.status).toBe(413);
  expect(huge.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  expect((await upload(a.owner, 'companies', 'name,size\n"unterminated,SMALL')).body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
});
