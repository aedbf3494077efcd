import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';

/** Aggregates never add money across currencies, and count distinct values of a key. */
let t: TestPlatform;
let multi: Tenant;
let single: Tenant;
let rep: ApiClient & { userId: string };
const company: Record<string, string> = {};

const CREATE_COMPANY = `mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }`;
const CREATE_DEAL = `mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`;
const MONEY = `query($g: [DealGroupKey!], $h: [DealAggregateCondition!]) {
  dealsAggregate(groupBy: $g, having: $h) { group count sum { value } avg { value } min { value } max { value } } }`;

beforeAll(async () => {
  t = await startTestPlatform();
  multi = await t.createTenant('Two Currencies');
  single = await t.createTenant('One Currency');
  rep = await t.addMember(multi, 'MEMBER');
  company.retail = (await multi.owner.ok(CREATE_COMPANY, { i: { name: 'Shop', industry: 'Retail', revenue: '1000.10' } })).createCompany.id;
  company.energy = (await multi.owner.ok(CREATE_COMPANY, { i: { name: 'Grid', industry: 'Energy', revenue: '2000.20' } })).createCompany.id;
  const stageId = multi.stages[0].id;
  const deals: [string, string, string, string | null, ApiClient][] = [
    ['U1', '100.10', 'USD', company.retail, multi.owner],
    ['U2', '200.20', 'USD', company.retail, multi.owner],
    ['E1', '50.05', 'EUR', company.energy, multi.owner],
    ['U3', '70.00', 'USD', company.retail, rep],
    ['E2', '0.01', 'EUR', null, rep],
  ];
  for (const [title, value, currency, companyId, who] of deals) await who.ok(CREATE_DEAL, { i: { title, value, currency, companyId, stageId } });
  for (const value of ['0.10', '0.20', '0.40']) await single.owner.ok(CREATE_DEAL, { i: { title: `S ${value}`, value, stageId: single.stages[0].id } });
});
afterAll(() => t?.close());

it('one currency: one row, keyed by it, with exact sums', async () => {
  const { dealsAggregate } = await single.owner.ok(MONEY, {});
  // 0.1 + 0.2 + 0.4 in floating point would not print as 0.7; NUMERIC does.
  expect(dealsAggregate).toEqual([{ group: { currency: 'USD' }, count: 3, sum: { value: '0.7000' }, avg: { value: '0.2333' }, min: { value: '0.1000' }, max: { value: '0.4000' } }]);
});

it('two currencies: a row per currency, never one sum of both', async () => {
  const { dealsAggregate } = await multi.owner.ok(MONEY, {});
  expect(dealsAggregate).toEqual([
    { group: { currency: 'EUR' }, count: 2, sum: { value: '50.0600' }, avg: { value: '25.0300' }, min: { value: '0.0100' }, max: { value: '50.0500' } },
    { group: { currency: 'USD' }, count: 3, sum: { value: '370.3000' }, avg: { value: '123.4333' }, min: { value: '70.0000' }, max: { value: '200.2000' } },
  ]);
});

it('adds the currency next to the keys asked for, once, also when CURRENCY is asked for', async () => {
  const byOwner = (await multi.owner.ok(MONEY, { g: ['OWNER_ID'] })).dealsAggregate
    .map((r: any) => [r.group.ownerId === rep.userId ? 'rep' : 'owner', r.group.currency, r.count, r.sum.value]).sort();
  expect(byOwner).toEqual([['owner', 'EUR', 1, '50.0500'], ['owner', 'USD', 2, '300.3000'], ['rep', 'EUR', 1, '0.0100'], ['rep', 'USD', 1, '70.0000']]);
  const explicit = (await multi.owner.ok(MONEY, { g: ['CURRENCY'] })).dealsAggregate;
  expect(explicit.map((r: any) => r.group)).toEqual([{ currency: 'EUR' }, { currency: 'USD' }]);
});

it('selected through fragments, or only in having, money still splits by currency', async () => {
  const viaFragment = await multi.owner.ok(`query { dealsAggregate { group ...Money } } fragment Money on DealAggregateRow { ... on DealAggregateRow { total: sum { value } } }`);
  expect(viaFragment.dealsAggregate).toEqual([{ group: { currency: 'EUR' }, total: { value: '50.0600' } }, { group: { currency: 'USD' }, total: { value: '370.3000' } }]);
  // 50.06 EUR + 370.30 USD would pass "more than 400"; no single currency does.
  const having = await multi.owner.ok(`query($h: [DealAggregateCondition!]) { dealsAggregate(having: $h) { group count } }`, { h: [{ function: 'SUM', field: 'VALUE', gt: 400 }] });
  expect(having.dealsAggregate).toEqual([]);
  const over100 = await multi.owner.ok(`query($h: [DealAggregateCondition!]) { dealsAggregate(having: $h) { group count } }`, { h: [{ function: 'SUM', field: 'VALUE', gt: 100 }] });
  expect(over100.dealsAggregate).toEqual([{ group: { currency: 'USD' }, count: 3 }]);
});

it('counts alone do not split by currency, and decimals that are not per-row money add up', async () => {
  expect((await multi.owner.ok(`{ dealsAggregate { group count } }`)).dealsAggregate).toEqual([{ group: {}, count: 5 }]);
  expect((await multi.owner.ok(`{ dealsAggregate(groupBy: [COMPANY__INDUSTRY]) { group count } }`)).dealsAggregate)
    .toEqual([{ group: { 'company.industry': 'Energy' }, count: 1 }, { group: { 'company.industry': 'Retail' }, count: 3 }, { group: { 'company.industry': null }, count: 1 }]);
  // Company revenue is in the organization currency (no currency column): one total.
  expect((await multi.owner.ok(`{ companiesAggregate { group sum { revenue } } }`)).companiesAggregate).toEqual([{ group: {}, sum: { revenue: '3000.3000' } }]);
});

it('distinctCount: count(DISTINCT key) per group, nulls not counted, through to-one relations too', async () => {
  const rows = (await multi.owner.ok(`{ dealsAggregate(groupBy: [OWNER_ID], distinct: COMPANY_ID) { group count distinctCount } }`)).dealsAggregate
    .map((r: any) => [r.group.ownerId === rep.userId ? 'rep' : 'owner', r.count, r.distinctCount]).sort();
  // The owner's three deals are at two companies; the rep's two at one company and none.
  expect(rows).toEqual([['owner', 3, 2], ['rep', 2, 1]]);
  const industries = (await multi.owner.ok(`{ dealsAggregate(distinct: COMPANY__INDUSTRY) { count distinctCount } }`)).dealsAggregate;
  expect(industries).toEqual([{ count: 5, distinctCount: 2 }]);
  expect((await multi.owner.ok(`{ dealsAggregate { distinctCount } }`)).dealsAggregate).toEqual([{ distinctCount: null }]);
  // Same tenant and role rules: the rep counts the same, the other organization sees none of these.
  expect((await rep.ok(`{ dealsAggregate(distinct: OWNER_ID) { count distinctCount } }`)).dealsAggregate).toEqual([{ count: 5, distinctCount: 2 }]);
  expect((await single.owner.ok(`{ dealsAggregate(distinct: COMPANY_ID) { count distinctCount } }`)).dealsAggregate).toEqual([{ count: 3, distinctCount: 0 }]);
});

it('refuses a distinct key that is not a group key', async () => {
  const error = await multi.owner.fails(`query($d: DealGroupKey) { dealsAggregate(distinct: $d) { count } }`, { d: 'VALUE' });
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
});
