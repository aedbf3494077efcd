import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';

/** Aggregates answer the analysts' questions with the same tenant and role rules as lists. */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let rep: ApiClient & { userId: string };

const CREATE_COMPANY = `mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }`;
const CREATE_DEAL = `mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Analytics A');
  b = await t.createTenant('Analytics B');
  rep = await t.addMember(a, 'MEMBER');
  const retail = (await a.owner.ok(CREATE_COMPANY, { i: { name: 'Shop', industry: 'Retail' } })).createCompany.id;
  const energy = (await a.owner.ok(CREATE_COMPANY, { i: { name: 'Grid', industry: 'Energy' } })).createCompany.id;
  const won = a.stages.find((s) => s.type === 'WON')!;
  const deals: [string, string, string, string | null, ApiClient][] = [
    // title, value, companyId, closedAt (won), who creates (= owner)
    ['W1', '100.00', retail, '2026-01-10T12:00:00Z', a.owner],
    ['W2', '200.00', retail, '2026-01-20T12:00:00Z', a.owner],
    ['W3', '50.00', energy, '2026-02-05T12:00:00Z', a.owner],
    ['W4', '70.00', energy, '2026-02-06T12:00:00Z', rep],
    ['O1', '999.00', retail, null, rep],
  ];
  for (const [title, value, companyId, closedAt, who] of deals) {
    const { createDeal } = await who.ok(CREATE_DEAL, { i: { title, value, companyId, stageId: closedAt ? won.id : a.stages[0].id } });
    if (closedAt) await t.sql(`UPDATE deals SET closed_at = $2 WHERE id = $1`, [createDeal.id, closedAt]);
  }
  // The other organization has look-alike data that must never be counted.
  const bCompany = (await b.owner.ok(CREATE_COMPANY, { i: { name: 'Shop', industry: 'Retail' } })).createCompany.id;
  await b.owner.ok(CREATE_DEAL, { i: { title: 'B1', value: '5000.00', companyId: bCompany, stageId: b.stages.find((s) => s.type === 'WON')!.id } });
});
afterAll(() => t?.close());

const AGG = `query($w: DealWhere, $g: [DealGroupKey!], $d: DealDateGrouping, $h: [DealAggregateCondition!], $l: Int) {
  dealsAggregate(where: $w, groupBy: $g, groupByDate: $d, having: $h, limit: $l) { group count sum { value } avg { value } min { value } max { value } } }`;

it('won revenue by owner by month', async () => {
  const { dealsAggregate } = await a.owner.ok(AGG, { w: { status: { eq: 'WON' } }, g: ['OWNER_ID'], d: { field: 'CLOSED_AT', unit: 'MONTH' } });
  const rows = dealsAggregate.map((r: any) => [r.group.ownerId === a.userId ? 'owner' : 'rep', r.group.closedAt, r.count, r.sum.value]);
  expect(rows.sort()).toEqual([
    ['owner', '2026-01-01', 2, '300.0000'],
    ['owner', '2026-02-01', 1, '50.0000'],
    ['rep', '2026-02-01', 1, '70.0000'],
  ].sort());
});

it('deal count by stage and company industry, through the relation', async () => {
  const { dealsAggregate } = await a.owner.ok(AGG, { g: ['STAGE__NAME', 'COMPANY__INDUSTRY'] });
  const rows = Object.fromEntries(dealsAggregate.map((r: any) => [`${r.group['stage.name']}/${r.group['company.industry']}`, r.count]));
  expect(rows).toEqual({ 'Closed Won/Energy': 2, 'Closed Won/Retail': 2, [`${a.stages[0].name}/Retail`]: 1 });
});

it('totals without grouping, and HAVING on groups', async () => {
  const total = (await a.owner.ok(AGG, {})).dealsAggregate;
  // Money is summed per currency, so the currency joins the (otherwise empty) group key.
  expect(total).toEqual([{ group: { currency: 'USD' }, count: 5, sum: { value: '1419.0000' }, avg: { value: '283.8000' }, min: { value: '50.0000' }, max: { value: '999.0000' } }]);
  const big = (await a.owner.ok(AGG, { g: ['COMPANY__INDUSTRY'], h: [{ function: 'SUM', field: 'VALUE', gt: 500 }] })).dealsAggregate;
  expect(big.map((r: any) => r.group['company.industry'])).toEqual(['Retail']);
  const many = (await a.owner.ok(AGG, { g: ['COMPANY__INDUSTRY'], h: [{ function: 'COUNT', gte: 3 }] })).dealsAggregate;
  expect(many.map((r: any) => [r.group['company.industry'], r.count])).toEqual([['Retail', 3]]);
});

it('never counts another organization', async () => {
  const mine = (await b.owner.ok(AGG, {})).dealsAggregate;
  expect(mine[0].count).toBe(1);
  expect(mine[0].sum.value).toBe('5000.0000');
  const companies = (await b.owner.ok(`{ companiesAggregate(groupBy: [INDUSTRY]) { group count } }`)).companiesAggregate;
  expect(companies).toEqual([{ group: { industry: 'Retail' }, count: 1 }]);
});

it('follows the role matrix and refuses bad input with a field', async () => {
  expect((await rep.ok(AGG, {})).dealsAggregate[0].count).toBe(5);
  expect((await rep.fails(`{ apiKeysAggregate { count } }`)).extensions?.code).toBe('FORBIDDEN');
  const limit = await a.owner.fails(AGG, { l: 0 });
  expect(limit.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  const having = await a.owner.fails(AGG, { h: [{ function: 'SUM', gt: 1 }] });
  expect(having.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'having[0].field' });
});
