import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/**
 * What the search boxes promise ("Name, e-mail, company…"): a whole e-mail address, a domain, a phone
 * number however it is typed, and the company's name for its contacts and deals; never another
 * organization's rows that say the same.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
const ids: Record<string, string> = {};

const CONTACTS = `query($q: String!) { contacts(where: { search: $q }, first: 50) { nodes { id } } }`;
const COMPANIES = `query($q: String!) { companies(where: { search: $q }, first: 50) { nodes { id } } }`;
const DEALS = `query($q: String!) { deals(where: { search: $q }, first: 50) { nodes { id } } }`;

async function seed(tenant: Tenant, prefix: string): Promise<void> {
  const company = async (input: Record<string, unknown>) => (await tenant.owner.ok(`mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`, { input })).createCompany.id as string;
  const contact = async (input: Record<string, unknown>) => (await tenant.owner.ok(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input })).createContact.id as string;
  ids[`${prefix}acme`] = await company({ name: 'Quorvex Widgets', website: 'https://www.quorvex-widgets.com/about', email: 'sales@quorvexmail.io', phone: '+44 20 7946 0958' });
  ids[`${prefix}other`] = await company({ name: 'Plainfield Tools', website: 'plainfield.example' });
  ids[`${prefix}jane`] = await contact({ firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@zintara.com', phone: '+1 (555) 123-4567', companyId: ids[`${prefix}acme`] });
  ids[`${prefix}jim`] = await contact({ firstName: 'Jim', lastName: 'Roe', email: 'jim@plainfield.example', mobile: '07700 900123', companyId: ids[`${prefix}other`] });
  ids[`${prefix}deal`] = (await tenant.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, {
    input: { title: 'Annual renewal', stageId: tenant.stages[0].id, companyId: ids[`${prefix}acme`] },
  })).createDeal.id;
  ids[`${prefix}deal2`] = (await tenant.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, {
    input: { title: 'Annual renewal', stageId: tenant.stages[0].id, companyId: ids[`${prefix}other`] },
  })).createDeal.id;
}

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Search A');
  b = await t.createTenant('Search B');
  await seed(a, 'a.');
  await seed(b, 'b.');
});
afterAll(async () => t?.close());

const found = async (query: string, q: string, key: 'contacts' | 'companies' | 'deals') =>
  ((await a.owner.ok(query, { q }))[key].nodes as { id: string }[]).map((n) => n.id).sort();

it.each([
  ['a whole e-mail address', 'jane.doe@zintara.com', ['a.jane']],
  ['an e-mail domain', 'zintara.com', ['a.jane']],
  ['a phone number as typed', '+1 (555) 123-4567', ['a.jane']],
  ['the same number with other punctuation', '555.123.4567', ['a.jane']],
  ['its last seven digits', '123 4567', ['a.jane']],
  ['a mobile number', '07700 900123', ['a.jim']],
  ['the company name', 'quorvex', ['a.jane']],
  ['a name as before', 'jim', ['a.jim']],
])('contacts: finds %s', async (_what, q, expected) => {
  expect(await found(CONTACTS, q, 'contacts')).toEqual(expected.map((k) => ids[k]).sort());
});

it.each([
  ['a web domain without www', 'quorvex-widgets.com', ['a.acme']],
  ['an e-mail domain', 'quorvexmail.io', ['a.acme']],
  ['a phone number', '020 7946 0958', ['a.acme']],
  ['a bare domain', 'plainfield.example', ['a.other']],
])('companies: finds %s', async (_what, q, expected) => {
  expect(await found(COMPANIES, q, 'companies')).toEqual(expected.map((k) => ids[k]).sort());
});

it('deals: finds a deal by its company name, the board filter included', async () => {
  expect(await found(DEALS, 'quorvex', 'deals')).toEqual([ids['a.deal']]);
  expect(await found(DEALS, 'renewal', 'deals')).toEqual([ids['a.deal'], ids['a.deal2']].sort());
  const { board } = await a.owner.ok(`query($p: ID!) { board(pipelineId: $p, where: { search: "quorvex" }) { count } }`, { p: a.pipelineId });
  expect(board.count).toBe(1);
});

it('never answers with another organization’s rows, and survives operator characters', async () => {
  const everything = [...await found(CONTACTS, 'jane.doe@zintara.com', 'contacts'), ...await found(COMPANIES, 'quorvex', 'companies'), ...await found(DEALS, 'quorvex', 'deals')];
  expect(everything.some((id) => Object.entries(ids).some(([k, v]) => k.startsWith('b.') && v === id))).toBe(false);
  // Operators are separators: only the words remain (none of which any contact has).
  expect(await found(CONTACTS, "o'brien & | ! ( ) :* <->", 'contacts')).toEqual([]);
  // Nothing searchable at all: no search, as an empty box.
  for (const q of ['@@@', '---', '()']) expect(await found(CONTACTS, q, 'contacts')).toEqual([ids['a.jane'], ids['a.jim']].sort());
});
