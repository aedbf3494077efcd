import 'reflect-metadata';
import { testPlatformFile, type Tenant } from '../support/harness';

/**
 * A compiled read is a named prepared statement, and PostgreSQL plans it once per connection only
 * if it judges the generic plan no dearer than a custom one. A page size sent as `LIMIT $n` (planned
 * as a tenth of the table) or an enum filter sent as `status = $n` (no partial index can be proved
 * for it) tips that judgement, and every execution is planned again. One pooled connection here, so
 * the statements the API ran can be read back from pg_prepared_statements.
 */
const file = testPlatformFile({ dbPoolSize: 1 });
let a: Tenant;

const BOARD = (where: string) => `query($p: ID!) { board(pipelineId: $p${where}) { count columns { count deals(first: 25) {
  pageInfo { hasNextPage endCursor } nodes { id title value daysInStage company { name } owner { name } } } } } }`;
const SHAPES: [string, string][] = [
  ['the board', BOARD('')],
  ['the board of open deals', BOARD(', where: { status: { eq: OPEN } }')],
  ['a page of open deals', `query($p: ID!) { deals(first: 25, where: { status: { eq: OPEN }, pipelineId: { eq: $p } }, orderBy: [{ field: EXPECTED_CLOSE_DATE, direction: ASC }]) {
    pageInfo { hasNextPage endCursor } nodes { id title company { name } } } }`],
];

beforeAll(async () => {
  const { t } = file;
  a = await t.createTenant('Planned Co');
  const { createCompany } = await a.owner.ok(`mutation { createCompany(input: { name: "Planned customer" }) { id } }`);
  for (const [i, stage] of a.stages.entries()) {
    await a.owner.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`, { i: { title: `Deal ${i}`, value: '100.00', stageId: stage.id, companyId: createCompany.id, lostReason: stage.type === 'LOST' ? 'Price' : undefined } });
  }
  // A table of realistic size and shape (most deals closed long ago), so that the planner's estimates are those of production.
  const [{ columns }] = await t.sql<{ columns: string }>(`SELECT string_agg(quote_ident(column_name), ', ') AS columns FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = 'deals' AND column_name NOT IN ('id', 'title') AND is_generated = 'NEVER'`);
  await t.sql(`INSERT INTO deals (id, title, ${columns}) SELECT gen_random_uuid(), 'Copy ' || n, ${columns.replace(/(^|, )/g, '$1d.')} FROM deals d, generate_series(1, CASE WHEN d.status = 'OPEN' THEN 20 ELSE 1500 END) n WHERE organization_id = $1`, [a.organizationId]);
  await t.sql('ANALYZE deals');
});

/** The compiled statements prepared on the API's one connection, read on that connection, which is given back at once. */
async function preparedStatements(): Promise<{ name: string; statement: string; generic: number; custom: number }[]> {
  const client = await file.t.platform.appPool.connect();
  try {
    const { rows } = await client.query(`SELECT name, statement, generic_plans, custom_plans FROM pg_prepared_statements WHERE name LIKE 'crm\\_%' AND statement NOT LIKE '%app\\_begin%'`);
    return rows.map((r) => ({ name: r.name, statement: r.statement, generic: Number(r.generic_plans), custom: Number(r.custom_plans) }));
  } finally {
    client.release();
  }
}

it.each(SHAPES)('%s is planned once per connection, not at every execution', async (_name, query) => {
  // PostgreSQL plans the first five executions for their values, then compares.
  for (let i = 0; i < 6; i++) await a.owner.ok(query, { p: a.pipelineId });
  const before = await preparedStatements();
  for (let i = 0; i < 3; i++) await a.owner.ok(query, { p: a.pipelineId });
  const after = await preparedStatements();
  // The statement these three executions ran: the one whose counts moved.
  const ran = after.filter((row) => {
    const old = before.find((b) => b.name === row.name);
    return !old || old.generic + old.custom < row.generic + row.custom;
  });
  expect(ran).toHaveLength(1);
  const old = before.find((b) => b.name === ran[0].name)!;
  expect({ generic: ran[0].generic - old.generic, custom: ran[0].custom - old.custom }).toEqual({ generic: 3, custom: 0 });
});

it('an enum filter is written into the statement, so that its generic plan can use the partial index of open deals', async () => {
  await a.owner.ok(SHAPES[1][1], { p: a.pipelineId });
  // As sent, or inside the statement that also checks the session (a connection already open for the caller).
  const open = (await preparedStatements()).map((row) => row.statement).filter((text) => text.includes('WITH bt AS') && text.includes(`t.status::text = ANY(`));
  expect(open.length).toBeGreaterThan(0);
  for (const text of open) expect(text).toMatch(/"bd"\."status" = 'OPEN'/);
});

it("a deal's next activity and its state, asked together, are one lookup", async () => {
  const { deals } = await a.owner.ok(`{ deals(first: 5) { nodes { id nextActivityState nextActivity { subject } } } }`);
  expect(deals.nodes).toHaveLength(5);
  const statements = (await preparedStatements()).map((row) => row.statement).filter((text) => text.includes('"nextActivityState"'));
  expect(statements.length).toBeGreaterThan(0);
  for (const text of statements) expect(text.match(/FROM "activities"/g)).toHaveLength(1);
});
