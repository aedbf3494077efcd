import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { allResources } from '../../src/platform/resource/definition';
import { resolveOrder } from '../../src/platform/resource/query';

/**
 * What a list refuses and how it reads its paging arguments: the order (default, at most 4 fields,
 * the id as last tie-breaker), first / last / after / before and their bounds, and cursors that
 * belong to another ordering or to nothing. Errors are BAD_USER_INPUT naming the argument.
 */
let t: TestPlatform;
let a: Tenant;
const names = ['Delta', 'Alpha', 'Charlie', 'Bravo', 'Echo'];
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Paging input');
  // Created out of name order, so the default order (name) and the id order differ.
  for (const name of names) ids[name] = (await a.owner.ok(`mutation($n: String!) { createCompany(input: { name: $n }) { id } }`, { n: name })).createCompany.id;
  // Two share a head count: ordering by it alone needs the id to break the tie.
  await t.sql(`UPDATE companies SET employee_count = CASE WHEN name IN ('Delta', 'Alpha') THEN 50 ELSE length(name) END WHERE organization_id = $1`, [a.organizationId]);
});
afterAll(() => t?.close());

const LIST = `query($first: Int, $last: Int, $after: String, $before: String, $orderBy: [CompanyOrderBy!]) {
  companies(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy) {
    nodes { id name } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`;
const list = async (vars: Record<string, unknown>) => (await a.owner.ok(LIST, vars)).companies;
const namesOf = (page: { nodes: { name: string }[] }) => page.nodes.map((n) => n.name);
const refused = async (vars: Record<string, unknown>) => { const e = await a.owner.fails(LIST, vars); return { message: e.message, ...e.extensions }; };
const byName = [...names].sort();

it('orders by the default order when orderBy is absent or empty, and takes ASC when no direction is given', async () => {
  expect(namesOf(await list({}))).toEqual(byName);
  expect(namesOf(await list({ orderBy: [] }))).toEqual(byName);
  expect(namesOf(await list({ orderBy: [{ field: 'NAME' }] }))).toEqual(byName);
  expect(namesOf(await list({ orderBy: [{ field: 'NAME', direction: 'DESC' }] }))).toEqual([...byName].reverse());
});

it('breaks ties by id, so pages of a shared value neither repeat nor skip rows', async () => {
  const orderBy = [{ field: 'EMPLOYEE_COUNT', direction: 'ASC' }];
  const all = (await list({ orderBy, first: 10 })).nodes.map((n: { id: string }) => n.id);
  const tied = [ids.Delta, ids.Alpha].sort();
  expect(all.filter((id: string) => tied.includes(id))).toEqual(tied);
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 5; page++) {
    const got: any = await list({ orderBy, first: 1, after });
    seen.push(...got.nodes.map((n: { id: string }) => n.id));
    if (!got.pageInfo.hasNextPage) break;
    after = got.pageInfo.endCursor;
  }
  expect(seen).toEqual(all);
});

it('orders by at most 4 fields', async () => {
  const five = ['NAME', 'EMPLOYEE_COUNT', 'CREATED_AT', 'UPDATED_AT', 'REVENUE'].map((field) => ({ field }));
  expect(await refused({ orderBy: five })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderBy', message: 'Order by at most 4 fields' });
  expect(namesOf(await list({ orderBy: five.slice(0, 4) }))).toEqual(byName);
});

it('reads last (with or without before) backwards from the end, in the list’s order', async () => {
  expect(namesOf(await list({ last: 2 }))).toEqual(byName.slice(-2));
  expect(namesOf(await list({ last: 2, orderBy: [{ field: 'NAME', direction: 'DESC' }] }))).toEqual([...byName].reverse().slice(-2));
  const middle = await list({ first: 3 });
  expect(namesOf(await list({ before: middle.pageInfo.endCursor }))).toEqual(byName.slice(0, 2));
  expect(namesOf(await list({ last: 1, before: middle.pageInfo.endCursor }))).toEqual([byName[1]]);
  expect(namesOf(await list({ first: 1, before: middle.pageInfo.endCursor }))).toEqual([byName[0]]);
  expect(namesOf(await list({ after: middle.pageInfo.startCursor, first: 2 }))).toEqual(byName.slice(1, 3));
});

it('takes first or last between 0 and the ceiling, not both', async () => {
  expect((await list({ first: 0 })).nodes).toEqual([]);
  expect((await list({ last: 0 })).nodes).toEqual([]);
  expect(await refused({ first: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', message: 'first must be between 0 and 200' });
  expect(await refused({ last: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  expect(await refused({ first: 201 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  expect(await refused({ last: 201 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last', message: 'last must be between 0 and 200' });
  expect(namesOf(await list({ first: 200 }))).toEqual(byName);
  expect(await refused({ first: 1, last: 1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last', message: 'Give first or last, not both' });
});

it('refuses a cursor that is not one, or that belongs to another ordering, naming the argument', async () => {
  const byNamePage = await list({ first: 2 });
  const cursor = byNamePage.pageInfo.endCursor;
  for (const argName of ['after', 'before']) {
    expect(await refused({ [argName]: 'not a cursor!' })).toMatchObject({ code: 'BAD_USER_INPUT', field: argName, message: 'Malformed cursor' });
    expect(await refused({ [argName]: Buffer.from('{"a":1}').toString('base64url') })).toMatchObject({ code: 'BAD_USER_INPUT', field: argName });
    expect(await refused({ [argName]: cursor, orderBy: [{ field: 'CREATED_AT' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: argName, message: 'This cursor belongs to another ordering; start again without it' });
    expect(await refused({ [argName]: cursor, orderBy: [{ field: 'NAME', direction: 'DESC' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: argName });
  }
  // The same ordering's cursor, one value short, is refused too.
  const [signature, ...values] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  const short = Buffer.from(JSON.stringify([signature, ...values.slice(1)])).toString('base64url');
  expect(await refused({ after: short })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  expect(namesOf(await list({ after: cursor }))).toEqual(byName.slice(2));
});

describe('with a default page of one row', () => {
  let saved: number;
  beforeAll(() => { saved = t.platform.config.pageSizeDefault; t.platform.config.pageSizeDefault = 1; });
  afterAll(() => { t.platform.config.pageSizeDefault = saved; });

  it('reads forward from the start when neither first, last nor before is given', async () => {
    const page = await list({});
    expect(namesOf(page)).toEqual([byName[0]]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('reads backward from the cursor when only before is given: the row just before it', async () => {
    const third = (await list({ first: 3 })).pageInfo.endCursor;
    const page = await list({ before: third });
    expect(namesOf(page)).toEqual([byName[1]]);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });
});

it('takes a cursor written in the published format (order signature "property:DIRECTION,…", then the values): cursors outlive a deploy', async () => {
  const cursor = Buffer.from(JSON.stringify(['name:ASC,id:ASC', 'Bravo', ids.Bravo])).toString('base64url');
  expect(namesOf(await list({ after: cursor }))).toEqual(byName.slice(2));
  expect((await list({ first: 2 })).pageInfo.endCursor).toBe(cursor);
});

it('refuses an order by a field that is not sortable, whoever asks (the GraphQL enum offers none, internal callers are checked too)', () => {
  const company = allResources().find((def) => def.name === 'Company')!;
  expect(company.sortable).not.toContain('industry');
  let error: unknown;
  try { resolveOrder(company, [{ field: 'industry', direction: 'ASC' }]); } catch (e) { error = e; }
  expect(error).toMatchObject({ message: 'Company cannot be ordered by industry', extensions: { code: 'BAD_USER_INPUT', field: 'orderBy' } });
  expect(resolveOrder(company, [{ field: 'name', direction: 'DESC' }]).map((term) => [term.info.property, term.direction])).toEqual([['name', 'DESC'], ['id', 'DESC']]);
});
