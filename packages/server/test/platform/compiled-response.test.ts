import 'reflect-metadata';
import { compileRootFieldResponse, compiledResponsesSent } from '../../src/platform/resource/compiled-response';
import { sql } from '../../src/platform/sql';
import { testPlatformFile, type Tenant } from '../support/harness';

/**
 * Whole responses written by PostgreSQL (compiled-response.ts) answer exactly what graphql-js
 * answers field by field: every shape below is asked both ways and compared, and each must have
 * taken the compiled path (or, for the last ones, must not have).
 */
const file = testPlatformFile();
let a: Tenant;
let other: Tenant;
const ids: { deals: string[]; companies: string[]; odd: string } = { deals: [], companies: [], odd: '' };

beforeAll(async () => {
  const { t } = file;
  a = await t.createTenant('Compiled Co');
  other = await t.createTenant('Elsewhere Ltd');
  for (let i = 0; i < 3; i++) {
    const { createCompany } = await a.owner.ok(`mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }`, { i: { name: `Company ${i}` } });
    ids.companies.push(createCompany.id);
    for (let j = 0; j < 2; j++) {
      await a.owner.ok(`mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`, { i: { firstName: `First ${i}.${j}`, lastName: 'Person', companyId: createCompany.id } });
    }
  }
  for (let i = 0; i < 7; i++) {
    const { createDeal } = await a.owner.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`, {
      i: { title: `Deal ${i}`, value: `${(i + 1) * 1000}.50`, currency: i % 3 === 0 ? 'EUR' : 'USD', stageId: a.stages[i % 3].id, companyId: ids.companies[i % 3], probability: i % 2 ? 0.35 : null },
    });
    ids.deals.push(createDeal.id);
  }
  // Text the JSON must escape exactly as JSON.stringify does.
  const { createDeal } = await a.owner.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`, {
    i: { title: 'Quote " back\\slash \n new line \t tab – dash ✓ 𝄞 \u0001', value: '0.00', stageId: a.stages[0].id },
  });
  ids.odd = createDeal.id;
  await a.owner.ok(`mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }`, { i: { type: 'CALL', subject: 'Call them', dealId: ids.deals[1], dueAt: '2020-01-01T10:00:00.000Z' } });
  await a.owner.ok(`mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }`, { i: { type: 'TASK', subject: 'Later', dealId: ids.deals[1] } });
  // Next activities of every state: a future one, and a completed one that does not count.
  await a.owner.ok(`mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }`, { i: { type: 'MEETING', subject: 'Kick-off', dealId: ids.deals[2], dueAt: '2999-01-01T09:00:00.000Z' } });
  await a.owner.ok(`mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }`, { i: { type: 'CALL', subject: 'Done already', dealId: ids.deals[3], dueAt: '2020-01-01T10:00:00.000Z', status: 'COMPLETED' } });
});

/** The operation answered both ways: graphql-js field by field, then compiled; the two bodies and whether the compiled path answered. */
async function bothWays(query: string, variables: Record<string, unknown> = {}, client = () => a.owner) {
  const { platform } = file.t;
  platform.config.compiledReads = false;
  const slow = await client().raw(query, variables);
  platform.config.compiledReads = true;
  const before = compiledResponsesSent();
  const fast = await client().raw(query, variables);
  const compiled = compiledResponsesSent() > before;
  const strip = (r: typeof slow) => ({ status: r.status, data: r.data, errors: r.errors?.map((e) => ({ code: e.extensions?.code, path: e.path })) });
  return { slow: strip(slow), fast: strip(fast), compiled };
}

const CARD = `id __typename title value currency probability status createdAt expectedCloseDate daysInStage isRotting effectiveProbability weightedValue
  nextActivityState nextActivity { id subject dueAt __typename } company { id name __typename } stage { name probability }`;

// Every row has its variables: jest takes a test function with more parameters than the row has values for one awaiting done().
const SHAPES: [string, string, Record<string, unknown>][] = [
  ['a page with aliases, fragments, directives and every pageInfo field', `query($no: Boolean!) { __typename all: deals(first: 4) { __typename totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }
      edges { cursor node { ...Card } __typename } titles: nodes { name: title ... on Deal { value } skipped: id @include(if: $no) kept: id @skip(if: $no) } } }
    fragment Card on Deal { ${CARD} }`, { no: false }],
  ['the total alone', `{ deals { totalCount } companies { totalCount } }`, {}],
  ['pageInfo alone, the last page', `{ deals(first: 10) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, {}],
  ['paged from the end', `{ deals(last: 3) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id title } } }`, {}],
  ['ordered by value, filtered', `{ deals(first: 3, where: { currency: { eq: "USD" } }, orderBy: [{ field: VALUE, direction: DESC }]) { totalCount edges { cursor node { id value } } } }`, {}],
  ['nothing found', `{ deals(where: { title: { eq: "no such deal" } }) { totalCount nodes { id } edges { cursor } pageInfo { hasNextPage startCursor endCursor } } }`, {}],
  ['nested connections and to-one relations', `{ companies(first: 5) { nodes { id name contacts(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { firstName company { name } } }
      deals(last: 2) { pageInfo { hasPreviousPage } nodes { ${CARD} } } } } }`, {}],
  ['an empty page', `{ deals(first: 0) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, {}],
];

describe('compiled responses answer what graphql-js answers', () => {
  it.each(SHAPES)('%s', async (_name, query, variables) => {
    const { slow, fast, compiled } = await bothWays(query, variables);
    expect(slow.errors).toBeUndefined();
    expect(fast).toEqual(slow);
    expect(compiled).toBe(true);
  });

  it('a page after and before a cursor, forwards and backwards', async () => {
    const first = await a.owner.ok(`{ deals(first: 3) { pageInfo { endCursor } nodes { id } } }`);
    const cursor = first.deals.pageInfo.endCursor;
    for (const args of [`first: 2, after: "${cursor}"`, `last: 2, before: "${cursor}"`, `before: "${cursor}"`, `last: 10, after: "${cursor}"`]) {
      const { slow, fast, compiled } = await bothWays(`{ deals(${args}) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`);
      expect(slow.errors).toBeUndefined();
      expect([args, fast]).toEqual([args, slow]);
      expect(compiled).toBe(true);
    }
  });

  it('a record by id, one that is not there, and another organization’s', async () => {
    const foreign = (await other.owner.ok(`mutation { createCompany(input: { name: "Theirs" }) { id } }`)).createCompany.id;
    for (const [id, present] of [[ids.deals[1], true], ['00000000-0000-4000-8000-000000000000', false]] as const) {
      const { slow, fast, compiled } = await bothWays(`query($id: ID!) { deal(id: $id) { ${CARD} } }`, { id });
      expect(fast).toEqual(slow);
      expect(!!fast.data.deal).toBe(present);
      expect(compiled).toBe(true);
    }
    const { slow, fast } = await bothWays(`query($id: ID!) { company(id: $id) { id name } }`, { id: foreign });
    expect(fast).toEqual(slow);
    expect(fast.data.company).toBeNull();
  });

  it('escapes text exactly as JSON.stringify does', async () => {
    const { slow, fast, compiled } = await bothWays(`query($id: ID!) { deal(id: $id) { title } }`, { id: ids.odd });
    expect(fast).toEqual(slow);
    expect(fast.data.deal.title).toContain('𝄞');
    expect(compiled).toBe(true);
  });

  it('the board, whole, filtered and paged per column', async () => {
    const board = `query($p: ID!, $where: DealWhere, $first: Int) { board(pipelineId: $p, where: $where) { __typename count totals { currency count value weightedValue __typename }
      pipeline { id name } columns { __typename count totals { currency count value weightedValue } stage { id name type position }
        deals(first: $first) { pageInfo { hasNextPage endCursor } nodes { ${CARD} } } } } }`;
    for (const variables of [{ p: a.pipelineId, first: 25 }, { p: a.pipelineId, first: 1 }, { p: a.pipelineId, first: 2, where: { currency: { eq: 'USD' } } }, { p: a.pipelineId, where: { status: { eq: 'OPEN' } } }]) {
      const { slow, fast, compiled } = await bothWays(board, variables);
      expect(slow.errors).toBeUndefined();
      expect(fast).toEqual(slow);
      expect(compiled).toBe(true);
    }
    expect((await bothWays(board, { p: a.pipelineId })).fast.data.board.totals.map((t: { currency: string }) => t.currency)).toEqual(['USD', 'EUR']);
  });

  it('leaves to graphql-js what it cannot write, with the same answer and errors', async () => {
    const cases: [string, Record<string, unknown>][] = [
      // A root field with no compiled form beside one that has it.
      [`{ me { id } deals(first: 1) { nodes { id } } }`, {}],
      // Refused arguments and an unknown pipeline: the errors graphql-js reports.
      [`{ deals(first: 100000) { nodes { id } } }`, {}],
      [`{ deals(first: 2, after: "not a cursor") { nodes { id } } }`, {}],
      [`query($p: ID!) { board(pipelineId: $p) { count } }`, { p: '00000000-0000-4000-8000-000000000000' }],
      [`query($id: ID!) { deal(id: $id) { id } }`, { id: 'not-a-uuid' }],
    ];
    for (const [query, variables] of cases) {
      const { slow, fast, compiled } = await bothWays(query, variables);
      expect([query, fast]).toEqual([query, slow]);
      expect([query, compiled]).toEqual([query, false]);
    }
  });

  it('a signed-out caller is refused as before', async () => {
    const { slow, fast, compiled } = await bothWays(`{ deals { totalCount } }`, {}, () => file.t.anonymous);
    expect(fast).toEqual(slow);
    expect(fast.errors?.[0].code).toBe('UNAUTHENTICATED');
    expect(compiled).toBe(false);
  });

  it('orders totals of equal counts by currency code, both ways', async () => {
    for (const currency of ['CAD', 'CAD']) {
      await a.owner.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`, { i: { title: `Tied ${currency}`, value: '10.00', currency, stageId: a.stages[1].id } });
    }
    const board = `query($p: ID!) { board(pipelineId: $p) { columns { stage { id } totals { currency count value } } } }`;
    const { slow, fast, compiled } = await bothWays(board, { p: a.pipelineId });
    expect(fast).toEqual(slow);
    expect(compiled).toBe(true);
    const column = fast.data.board.columns.find((c: { stage: { id: string } }) => c.stage.id === a.stages[1].id);
    expect(column.totals).toEqual([{ currency: 'CAD', count: 2, value: '20.00' }, { currency: 'USD', count: 2, value: expect.any(String) }]);
  });

  it('a Float JSON cannot carry (NaN, ±Infinity, stored by SQL) is a field error both ways; -0 is written 0', async () => {
    const { createRoadmap } = await a.owner.ok(`mutation($i: CreateRoadmapInput!) { createRoadmap(input: $i) { id } }`, { i: { name: 'Measures', key: 'RM-NAN' } });
    const { createKpi } = await a.owner.ok(`mutation($i: CreateKpiInput!) { createKpi(input: $i) { id } }`, { i: { name: 'Uptime', roadmapId: createRoadmap.id, targetValue: 1, unit: '%' } });
    const query = `query($id: ID!) { kpi(id: $id) { id name currentValue targetValue } }`;
    for (const stored of ['NaN', 'Infinity', '-Infinity']) {
      await file.t.sql(`UPDATE kpis SET current_value = $3 WHERE organization_id = $1 AND id = $2`, [a.organizationId, createKpi.id, stored]);
      const { slow, fast, compiled } = await bothWays(query, { id: createKpi.id });
      expect([stored, fast]).toEqual([stored, slow]);
      expect(slow.errors?.map((e) => e.path?.join('.'))).toEqual(['kpi.currentValue']);
      expect(compiled).toBe(false);
    }
    await file.t.sql(`UPDATE kpis SET current_value = '-0' WHERE organization_id = $1 AND id = $2`, [a.organizationId, createKpi.id]);
    const { slow, fast, compiled } = await bothWays(query, { id: createKpi.id });
    expect(fast).toEqual(slow);
    expect(Object.is(fast.data.kpi.currentValue, 0)).toBe(true);
    expect(compiled).toBe(true);
  });

  it('says in the log when PostgreSQL refuses a compiled statement, and answers field by field', async () => {
    // A compiler bug, made on purpose: a root field whose statement names a column that is not there.
    compileRootFieldResponse('contacts', () => sql`SELECT no_such_column AS j FROM contacts`);
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { slow, fast, compiled } = await bothWays(`{ contacts(first: 2) { nodes { firstName } } }`);
      expect(fast).toEqual(slow);
      expect(fast.data.contacts.nodes).toHaveLength(2);
      expect(compiled).toBe(false);
      expect(logged.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('42703'))).toHaveLength(1);
    } finally {
      logged.mockRestore();
    }
  });
});
