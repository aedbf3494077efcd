import { randomUUID } from 'node:crypto';
import { startTestPlatform, type Tenant, type TestPlatform, statementsBeyondSession } from '../support/harness';

/**
 * The deal list and the board load every nested relation and card field in batches: the number of
 * SQL statements a request sends does not grow with the number of deals it returns.
 */
let t: TestPlatform;
let a: Tenant;
let memberId: string;
const DEALS = 100;
const openStages = () => a.stages.filter((s) => s.type === 'OPEN');

/** One multi-row INSERT: `rows` of values in `columns` order, as $n placeholders. */
async function insert(table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((v) => { values.push(v); return `$${values.length}`; }).join(', ')})`);
  await t.sql(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
}

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Counting Co');
  memberId = (await t.addMember(a, 'MEMBER', 'Second Seller')).userId;
  const org = a.organizationId;
  const owners = [a.userId, memberId];
  const day = 86400_000;
  const now = Date.now();

  const companies = Array.from({ length: 10 }, (_, i) => [org, randomUUID(), `Counted Company ${i + 1}`, owners[i % 2]]);
  await insert('companies', ['organization_id', 'id', 'name', 'owner_id'], companies);

  const contacts = Array.from({ length: 30 }, (_, i) => [org, randomUUID(), companies[i % 10][1], `First${i + 1}`, `Last${i + 1}`, `person${i + 1}@example.com`, owners[i % 2]]);
  await insert('contacts', ['organization_id', 'id', 'company_id', 'first_name', 'last_name', 'email', 'owner_id'], contacts);

  const stages = openStages();
  const deals = Array.from({ length: DEALS }, (_, i) => {
    const stage = stages[i % stages.length];
    const entered = new Date(now - (i % 20) * day).toISOString();
    // Ids in insertion order: the first page of the default order (by id) then holds deals of every stage, so
    // its relations reach the same stages as a full page and the cache spares the same lookups.
    return [org, `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, `Counted deal ${i + 1}`, `${(i + 1) * 100}.00`, 'USD', a.pipelineId, stage.id, companies[i % 10][1], contacts[i % 30][1],
      owners[i % 2], `a${String(i + 1).padStart(3, '0')}`, 'OPEN', entered, i % 3 === 0 ? 0.35 : null];
  });
  await insert('deals', ['organization_id', 'id', 'title', 'value', 'currency', 'pipeline_id', 'stage_id', 'company_id', 'contact_id', 'owner_id', 'position', 'status', 'stage_entered_at', 'probability'], deals);

  const activities: unknown[][] = [];
  deals.forEach((deal, i) => {
    const [dealId, owner] = [deal[1], deal[9]];
    activities.push([org, randomUUID(), 'CALL', `Call ${i + 1}`, 'PENDING', new Date(now - (i % 4) * day - 3600_000).toISOString(), null, dealId, owner, owner]);
    activities.push([org, randomUUID(), 'MEETING', `Meeting ${i + 1}`, 'PENDING', new Date(now + ((i % 5) + 1) * day).toISOString(), null, dealId, owner, owner]);
    activities.push([org, randomUUID(), 'EMAIL', `Email ${i + 1}`, 'COMPLETED', new Date(now - 10 * day).toISOString(), new Date(now - 9 * day).toISOString(), dealId, owner, owner]);
    if (i % 2) activities.push([org, randomUUID(), 'TASK', `Task ${i + 1}`, 'PENDING', null, null, dealId, owner, owner]);
  });
  await insert('activities', ['organization_id', 'id', 'type', 'subject', 'status', 'due_at', 'completed_at', 'deal_id', 'owner_id', 'assigned_to_id'], activities);

  const changes: unknown[][] = [];
  deals.forEach((deal, i) => {
    const [dealId, stageId, owner] = [deal[1], deal[6], deal[9]];
    const first = stages[0].id;
    changes.push([org, randomUUID(), dealId, a.pipelineId, null, first, 'OPEN', owner, deal[3], 'USD', null, new Date(now - 30 * day).toISOString()]);
    if (stageId !== first) changes.push([org, randomUUID(), dealId, a.pipelineId, first, stageId, 'OPEN', owner, deal[3], 'USD', new Date(now - 30 * day).toISOString(), deal[12]]);
  });
  await insert('deal_stage_changes', ['organization_id', 'id', 'deal_id', 'pipeline_id', 'from_stage_id', 'to_stage_id', 'to_status', 'changed_by_id', 'value', 'currency', 'from_stage_entered_at', 'created_at'], changes);

  const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM deals WHERE organization_id = $1`, [org]);
  expect(n).toBe(DEALS);
});
afterAll(() => t?.close());

const CARD = `id title value weightedValue effectiveProbability daysInStage isRotting nextActivityState
  company { id name } contact { id firstName company { id } } owner { id name } stage { id name rottingDays } pipeline { id name }
  activities(first: 3) { totalCount nodes { id subject dueAt assignedTo { id } } }
  stageChanges(first: 3) { totalCount nodes { id fromStage { id } toStage { id } changedBy { id } } }
  nextActivity { id subject dueAt }`;

/** Only generic columns and relations: compiled to one statement per root field (platform/resource/compiled-read.ts). */
const GENERIC = `id title value currency probability expectedCloseDate stageEnteredAt status createdAt customFields __typename
  company { id name } contact { id firstName company { id name } } owner { id name } stage { id name rottingDays } pipeline { id name }
  firstActs: activities(first: 2, orderBy: [{ field: DUE_AT, direction: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id subject dueAt assignedTo { id } } } }
  calls: activities(where: { type: { eq: CALL } }) { nodes { id type } }
  stageChanges(first: 3) { totalCount nodes { id fromStage { id } toStage { id } changedBy { id } } }`;

describe('compiled reads', () => {
  const compiled = (on: boolean) => { t.platform.config.compiledReads = on; };
  afterEach(() => compiled(true));

  it('deals(first: 10 | 100) with nested relations and lists: 1 statement besides opening the session, whatever the page size', async () => {
    const query = `query($first: Int) { deals(first: $first, where: { activities: { some: { type: { eq: CALL } } } }, orderBy: [{ field: VALUE, direction: DESC }]) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { ${GENERIC} } } }`;
    const small = await a.owner.raw(query, { first: 10 });
    const large = await a.owner.raw(query, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(statementsBeyondSession(small)).toBe(1);
    expect(statementsBeyondSession(large)).toBe(1);
    expect(large.data.deals.nodes).toHaveLength(DEALS);
    console.log(`compiled deals list: first 10 → ${statementsBeyondSession(small)}, first 100 → ${statementsBeyondSession(large)} SQL statements`);
  });

  it('deal(id) with nested relations: 1 statement besides opening the session', async () => {
    const [{ id }] = await t.sql(`SELECT id FROM deals WHERE organization_id = $1 ORDER BY id LIMIT 1`, [a.organizationId]);
    const result = await a.owner.raw(`query($id: ID!) { deal(id: $id) { ${GENERIC} } }`, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data.deal.id).toBe(id);
    expect(statementsBeyondSession(result)).toBe(1);
  });

  it('answers exactly what the field-by-field path answers (values, Decimal/Date/DateTime, cursors, aliases, pages)', async () => {
    const query = `query($first: Int, $after: String) { deals(first: $first, after: $after, orderBy: [{ field: EXPECTED_CLOSE_DATE, direction: ASC }, { field: VALUE, direction: DESC }]) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${GENERIC} } } n2: nodes { t: title company { name } } } }`;
    const run = async (on: boolean) => {
      compiled(on);
      const pages: any[] = [];
      let after: string | null = null;
      for (let i = 0; i < 4; i++) {
        const r: any = await a.owner.raw(query, { first: 30, after });
        expect(r.errors).toBeUndefined();
        pages.push(r.data);
        after = r.data.deals.pageInfo.endCursor;
        if (!r.data.deals.pageInfo.hasNextPage) break;
      }
      return pages;
    };
    const fast = await run(true);
    const slow = await run(false);
    expect(fast).toEqual(slow);
    expect(fast.flatMap((p) => p.deals.edges).length).toBe(DEALS);
    // Backward paging and a cursor made by either path work in the other.
    const back = `query($before: String) { deals(last: 5, before: $before) { pageInfo { hasNextPage hasPreviousPage } nodes { id } } }`;
    const cursor = slow[1].deals.pageInfo.endCursor;
    const b1 = await a.owner.raw(back.replace('deals(', 'deals(orderBy: [{ field: EXPECTED_CLOSE_DATE, direction: ASC }, { field: VALUE, direction: DESC }], '), { before: cursor });
    compiled(false);
    const b2 = await a.owner.raw(back.replace('deals(', 'deals(orderBy: [{ field: EXPECTED_CLOSE_DATE, direction: ASC }, { field: VALUE, direction: DESC }], '), { before: cursor });
    expect(b1.errors).toBeUndefined();
    expect(b1.data).toEqual(b2.data);
    // With a module's own card fields the node becomes an entity again: same answers.
    const card = `{ deals(first: 20) { nodes { ${CARD} } } }`;
    const slowCard = await a.owner.raw(card);
    compiled(true);
    const fastCard = await a.owner.raw(card);
    expect(fastCard.errors).toBeUndefined();
    expect(fastCard.data).toEqual(slowCard.data);
  });

  it('the board compiled into one statement answers what the part-by-part board answers (filters, pages, aliases, card fields)', async () => {
    const query = `query($p: ID!, $first: Int, $after: String, $where: DealWhere) { board(pipelineId: $p, where: $where) {
      pipeline { id name isDefault } count totals { currency count value weightedValue }
      columns { stage { id name probability rottingDays } count totals { currency count value weightedValue }
        deals(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CARD} } } } } } }`;
    const variants = [
      { first: 3 },
      { first: 100 },
      { first: 2, where: { ownerId: { eq: memberId } } },
      { first: 5, where: { value: { gte: '5000' } } },
      { first: 4, where: { status: { eq: 'OPEN' } } },
    ];
    for (const variant of variants) {
      const variables = { p: a.pipelineId, ...variant };
      compiled(false);
      const slow = await a.owner.raw(query, variables);
      compiled(true);
      const fast = await a.owner.raw(query, variables);
      expect(slow.errors).toBeUndefined();
      expect(fast.errors).toBeUndefined();
      expect(statementsBeyondSession(fast)).toBe(1);
      expect(statementsBeyondSession(slow)).toBeGreaterThan(1);
      expect(fast.data).toEqual(slow.data);
      // The second page of every column, from the first page's cursors, the same both ways.
      const after = fast.data.board.columns.map((c: any) => c.deals.pageInfo.endCursor).find((cursor: string | null) => cursor);
      if (variant.first < 10) {
        expect(after).toBeTruthy();
        compiled(false);
        const slowNext = await a.owner.raw(query, { ...variables, after });
        compiled(true);
        const fastNext = await a.owner.raw(query, { ...variables, after });
        expect(fastNext.data).toEqual(slowNext.data);
      }
    }
    // Computed card fields take part: rotting, overdue and undated next activities are all on this board.
    const cards = (await a.owner.raw(query, { p: a.pipelineId, first: 100 })).data.board.columns.flatMap((c: any) => c.deals.edges.map((e: any) => e.node));
    expect(new Set(cards.map((n: any) => n.nextActivityState))).toEqual(new Set(['OVERDUE']));
    expect(cards.some((n: any) => n.isRotting) && cards.some((n: any) => !n.isRotting)).toBe(true);
    expect(cards.filter((n: any) => n.weightedValue !== null).length).toBe(DEALS);
  });

  it('a board of a pipeline that is not there is NOT_FOUND both ways, and a partial selection compiles too', async () => {
    for (const on of [true, false]) {
      compiled(on);
      const missing = await a.owner.raw(`query($p: ID!) { board(pipelineId: $p) { count } }`, { p: randomUUID() });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    compiled(true);
    const counts = await a.owner.raw(`query($p: ID!) { board(pipelineId: $p) { count columns { count } } }`, { p: a.pipelineId });
    expect(counts.errors).toBeUndefined();
    expect(statementsBeyondSession(counts)).toBe(1);
    expect(counts.data.board.count).toBe(DEALS);
  });
});

describe('statement counts', () => {
  it('deals(first: 10) and deals(first: 100) with nested relations and card fields send the same number of statements', async () => {
    const query = `query($first: Int) { deals(first: $first) { totalCount nodes { ${CARD} } } }`;
    const small = await a.owner.raw(query, { first: 10 });
    const large = await a.owner.raw(query, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data.deals.nodes).toHaveLength(10);
    expect(large.data.deals.nodes).toHaveLength(100);
    expect(large.data.deals.totalCount).toBe(DEALS);

    // The nested data is really there, not just cheap: check a few cards against what was inserted.
    const nodes = large.data.deals.nodes;
    for (const node of nodes) {
      expect(node.company?.id).toBeTruthy();
      expect(node.contact?.company?.id).toBe(node.company.id);
      expect(node.owner?.id).toBeTruthy();
      expect(node.stage?.id).toBeTruthy();
      expect(node.pipeline?.id).toBe(a.pipelineId);
      expect(node.activities.totalCount).toBeGreaterThanOrEqual(3);
      expect(node.activities.nodes).toHaveLength(3);
      expect(node.stageChanges.nodes.length).toBeGreaterThanOrEqual(1);
      expect(node.nextActivity).not.toBeNull();
      expect(node.nextActivityState).toBe('OVERDUE');
    }
    expect(nodes.some((n: any) => n.isRotting)).toBe(true);
    expect(nodes.some((n: any) => !n.isRotting)).toBe(true);
    expect(new Set(nodes.map((n: any) => n.owner.id)).size).toBe(2);

    console.log(`deals list: first 10 → ${statementsBeyondSession(small)} SQL statements, first 100 → ${statementsBeyondSession(large)} SQL statements`);
    // Session opener, the compiled list, the stages (isRotting, effectiveProbability) and the next activities.
    // One statement besides opening the session: the card fields are computed in it (DealResource.computed).
    expect(statementsBeyondSession(small)).toBe(1);
    expect(statementsBeyondSession(large)).toBe(statementsBeyondSession(small));
  });

  it('the board with first: 10 and first: 100 per column sends the same number of statements', async () => {
    const query = `query($p: ID!, $first: Int) { board(pipelineId: $p) { count totals { currency count value weightedValue }
      columns { stage { id name } count totals { currency count value weightedValue } deals(first: $first) { nodes { ${CARD} } } } } }`;
    const small = await a.owner.raw(query, { p: a.pipelineId, first: 10 });
    const large = await a.owner.raw(query, { p: a.pipelineId, first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const perColumn = DEALS / openStages().length;
    const sizes = (r: any) => r.data.board.columns.map((c: any) => [c.stage.name, c.count, c.deals.nodes.length]);
    expect(sizes(small)).toEqual(a.stages.map((s) => [s.name, s.type === 'OPEN' ? perColumn : 0, s.type === 'OPEN' ? Math.min(10, perColumn) : 0]));
    expect(sizes(large)).toEqual(a.stages.map((s) => [s.name, s.type === 'OPEN' ? perColumn : 0, s.type === 'OPEN' ? perColumn : 0]));
    expect(large.data.board.count).toBe(DEALS);
    // Board order: position within each column.
    for (const column of large.data.board.columns) {
      const titles = column.deals.nodes.map((n: any) => Number(n.title.split(' ').pop()));
      expect(titles).toEqual([...titles].sort((x, y) => x - y));
    }

    console.log(`board: first 10 per column → ${statementsBeyondSession(small)} SQL statements, first 100 per column → ${statementsBeyondSession(large)} SQL statements`);
    // One statement besides opening the session: pipeline, stages, totals and every column's cards with their card fields.
    expect(statementsBeyondSession(small)).toBe(1);
    expect(statementsBeyondSession(large)).toBe(statementsBeyondSession(small));
  });

  it('sends the same statements however its results happen to arrive (ten at once, sizes mixed)', async () => {
    // Concurrent requests make results arrive at varying moments; batches wait for the connection to be
    // free (DbSession.whenIdle), so no batch is split by timing (test/platform/loaders.test.ts shows the split).
    const query = `query($first: Int) { deals(first: $first) { totalCount nodes { ${CARD} } } }`;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => a.owner.raw(query, { first: i % 2 ? 100 : 10 })));
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((r) => statementsBeyondSession(r)))).toEqual(new Set([statementsBeyondSession(results[0])]));
  });
});
