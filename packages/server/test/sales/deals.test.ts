import { randomUUID } from 'node:crypto';
import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';

/**
 * Sales business rules through the real API: deal placement and moves, the board read model,
 * card fields, input validation, custom fields, activities and search.
 */
let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.close());

const DEAL_FIELDS = 'id title value currency probability pipelineId stageId position status closedAt lostReason version stageEnteredAt ownerId companyId customFields';
const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { ${DEAL_FIELDS} } }`;
const MOVE_DEAL = `mutation($input: MoveDealInput!) { moveDeal(input: $input) { ${DEAL_FIELDS} } }`;
const GET_DEAL = `query($id: ID!) { deal(id: $id) { ${DEAL_FIELDS}
  stageChanges(first: 50) { totalCount nodes { id fromStageId toStageId toStatus changedById value currency fromStageEnteredAt createdAt } } } }`;
const BOARD = `query($pipelineId: ID!, $where: DealWhere, $first: Int) { board(pipelineId: $pipelineId, where: $where) {
  count totals { currency count value weightedValue }
  columns { stage { id name probability } count totals { currency count value weightedValue } deals(first: $first) { nodes { id position } } } } }`;
const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id name } }`;
const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { id firstName lastName } }`;
const CREATE_ACTIVITY = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id status dueAt completedAt assignedToId } }`;

const stageOf = (tenant: Tenant, name: string) => {
  const stage = tenant.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`No stage ${name}`);
  return stage;
};

async function createDeal(client: ApiClient, input: Record<string, unknown>) {
  return (await client.ok(CREATE_DEAL, { input })).createDeal;
}

async function moveDeal(client: ApiClient, input: Record<string, unknown>) {
  return (await client.ok(MOVE_DEAL, { input })).moveDeal;
}

async function getDeal(client: ApiClient, id: string) {
  return (await client.ok(GET_DEAL, { id })).deal;
}

async function board(client: ApiClient, pipelineId: string, where?: Record<string, unknown>, first = 50) {
  return (await client.ok(BOARD, { pipelineId, where, first })).board;
}

async function columnIds(client: ApiClient, pipelineId: string, stageId: string): Promise<string[]> {
  const b = await board(client, pipelineId);
  return b.columns.find((c: any) => c.stage.id === stageId).deals.nodes.map((n: any) => n.id);
}

async function dealCount(organizationId: string): Promise<number> {
  const [row] = await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM deals WHERE organization_id = $1`, [organizationId]);
  return row.count;
}

const money = (n: number) => n.toFixed(2);

describe('createDeal', () => {
  let a: Tenant;
  beforeAll(async () => {
    a = await t.createTenant('Create Co');
  });

  it('puts the deal at the bottom of its column, takes the pipeline from the stage and the organization currency', async () => {
    const contacted = stageOf(a, 'Contacted');
    const first = await createDeal(a.owner, { title: 'First', value: '100.00', stageId: contacted.id });
    const second = await createDeal(a.owner, { title: 'Second', value: '200.00', stageId: contacted.id });
    const third = await createDeal(a.owner, { title: 'Third', stageId: contacted.id });
    for (const d of [first, second, third]) {
      expect(d.pipelineId).toBe(a.pipelineId);
      expect(d.stageId).toBe(contacted.id);
      expect(d.currency).toBe('USD');
      expect(d.status).toBe('OPEN');
      expect(d.version).toBe(1);
      expect(d.ownerId).toBe(a.userId);
    }
    expect(Buffer.compare(Buffer.from(first.position), Buffer.from(second.position))).toBeLessThan(0);
    expect(Buffer.compare(Buffer.from(second.position), Buffer.from(third.position))).toBeLessThan(0);
    expect(await columnIds(a.owner, a.pipelineId, contacted.id)).toEqual([first.id, second.id, third.id]);
  });

  it('records one stage change with no from-stage', async () => {
    const stage = stageOf(a, 'New');
    const deal = await createDeal(a.owner, { title: 'History', value: '1500.50', stageId: stage.id });
    const rows = await t.sql(`SELECT from_stage_id, to_stage_id, to_status, changed_by_id, value, currency, pipeline_id FROM deal_stage_changes WHERE deal_id = $1`, [deal.id]);
    expect(rows).toEqual([{ from_stage_id: null, to_stage_id: stage.id, to_status: 'OPEN', changed_by_id: a.userId, value: '1500.50', currency: 'USD', pipeline_id: a.pipelineId }]);
    const read = await getDeal(a.owner, deal.id);
    expect(read.stageChanges.totalCount).toBe(1);
    expect(read.stageChanges.nodes[0]).toMatchObject({ fromStageId: null, toStageId: stage.id, toStatus: 'OPEN', changedById: a.userId, value: '1500.50', currency: 'USD' });
  });

  it('keeps an explicit currency and refuses a pipeline that is not the stage’s', async () => {
    const deal = await createDeal(a.owner, { title: 'Euro', value: '10', currency: 'EUR', stageId: stageOf(a, 'New').id });
    expect(deal.currency).toBe('EUR');
    const before = await dealCount(a.organizationId);
    const { createPipeline } = await a.owner.ok(`mutation { createPipeline(input: { name: "Other", position: 5 }) { id } }`);
    const error = await a.owner.fails(CREATE_DEAL, { input: { title: 'Wrong pipeline', stageId: stageOf(a, 'New').id, pipelineId: createPipeline.id } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.stageId');
    expect(await dealCount(a.organizationId)).toBe(before);
  });
});

describe('moveDeal', () => {
  let a: Tenant;
  let b: Tenant;
  beforeAll(async () => {
    a = await t.createTenant('Move Co');
    b = await t.createTenant('Other Move Co');
  });

  it('moves between stages: new stage, history row, reset stage clock, version bump', async () => {
    const newStage = stageOf(a, 'New');
    const qualified = stageOf(a, 'Qualified');
    const proposal = stageOf(a, 'Proposal');
    const deal = await createDeal(a.owner, { title: 'Mover', value: '5000.00', stageId: newStage.id });
    // The stage clock must visibly reset: pretend it has been in New for 3 days.
    await t.sql(`UPDATE deals SET stage_entered_at = now() - interval '3 days' WHERE id = $1`, [deal.id]);
    const enteredNew = (await getDeal(a.owner, deal.id)).stageEnteredAt;

    const moved = await moveDeal(a.owner, { dealId: deal.id, toStageId: qualified.id, expectedVersion: 1 });
    expect(moved.stageId).toBe(qualified.id);
    expect(moved.version).toBe(2);
    expect(moved.status).toBe('OPEN');
    expect(Date.now() - new Date(moved.stageEnteredAt).getTime()).toBeLessThan(60_000);

    const again = await moveDeal(a.owner, { dealId: deal.id, toStageId: proposal.id, expectedVersion: 2 });
    expect(again.version).toBe(3);

    const rows = await t.sql(`SELECT from_stage_id, to_stage_id, changed_by_id, value, from_stage_entered_at FROM deal_stage_changes WHERE deal_id = $1 ORDER BY created_at, id`, [deal.id]);
    expect(rows.map((r) => [r.from_stage_id, r.to_stage_id, r.changed_by_id, r.value])).toEqual([
      [null, newStage.id, a.userId, '5000.00'],
      [newStage.id, qualified.id, a.userId, '5000.00'],
      [qualified.id, proposal.id, a.userId, '5000.00'],
    ]);
    expect(new Date(rows[1].from_stage_entered_at).toISOString()).toBe(new Date(enteredNew).toISOString());

    const read = await getDeal(a.owner, deal.id);
    expect(read.stageChanges.nodes.map((c: any) => [c.fromStageId, c.toStageId])).toEqual([
      [null, newStage.id], [newStage.id, qualified.id], [qualified.id, proposal.id],
    ]);
    expect(read.stageChanges.nodes[1].fromStageEnteredAt).toBe(new Date(enteredNew).toISOString());
  });

  it('moves to the bottom of the target column when no neighbour is given', async () => {
    const contacted = stageOf(a, 'Contacted');
    const x = await createDeal(a.owner, { title: 'Col X', stageId: contacted.id });
    const y = await createDeal(a.owner, { title: 'Col Y', stageId: stageOf(a, 'New').id });
    await moveDeal(a.owner, { dealId: y.id, toStageId: contacted.id });
    const ids = await columnIds(a.owner, a.pipelineId, contacted.id);
    expect(ids.indexOf(y.id)).toBe(ids.length - 1);
    expect(ids).toContain(x.id);
  });

  describe('reordering within a column', () => {
    const ids: string[] = [];
    let stageId: string;

    beforeAll(async () => {
      stageId = stageOf(a, 'Negotiation').id;
      for (const n of [1, 2, 3, 4, 5]) ids.push((await createDeal(a.owner, { title: `Card ${n}`, stageId })).id);
    });

    const historyCount = async () => (await t.sql(`SELECT count(*)::int AS n FROM deal_stage_changes WHERE deal_id = ANY($1::uuid[])`, [ids]))[0].n;
    const positions = async () => new Map((await t.sql(`SELECT id, position FROM deals WHERE id = ANY($1::uuid[])`, [ids])).map((r) => [r.id, r.position]));

    it('places a card between two neighbours, after one, or before one', async () => {
      const [c1, c2, c3, c4, c5] = ids;
      const history = await historyCount();
      // 5 between 1 and 2
      await moveDeal(a.owner, { dealId: c5, toStageId: stageId, afterDealId: c1, beforeDealId: c2 });
      expect(await columnIds(a.owner, a.pipelineId, stageId)).toEqual([c1, c5, c2, c3, c4]);
      // 1 just after 3 (only the upper neighbour given)
      await moveDeal(a.owner, { dealId: c1, toStageId: stageId, afterDealId: c3 });
      expect(await columnIds(a.owner, a.pipelineId, stageId)).toEqual([c5, c2, c3, c1, c4]);
      // 4 just before 2 (only the lower neighbour given)
      await moveDeal(a.owner, { dealId: c4, toStageId: stageId, beforeDealId: c2 });
      expect(await columnIds(a.owner, a.pipelineId, stageId)).toEqual([c5, c4, c2, c3, c1]);
      // 5 to the bottom (no neighbours)
      await moveDeal(a.owner, { dealId: c5, toStageId: stageId });
      expect(await columnIds(a.owner, a.pipelineId, stageId)).toEqual([c4, c2, c3, c1, c5]);
      expect(await historyCount()).toBe(history);
    });

    it('keeps working for 30 moves into the same gap, without renumbering the other cards', async () => {
      let order = await columnIds(a.owner, a.pipelineId, stageId);
      const history = await historyCount();
      // Alternate the two bottom cards to the very top: each move lands above the current top card.
      for (let i = 0; i < 30; i++) {
        const mover = order[order.length - 1];
        const before = await positions();
        const top = order[0];
        const moved = await moveDeal(a.owner, { dealId: mover, toStageId: stageId, beforeDealId: top });
        const after = await positions();
        for (const id of ids) if (id !== mover) expect(after.get(id)).toBe(before.get(id));
        expect(Buffer.compare(Buffer.from(moved.position), Buffer.from(after.get(top)!))).toBeLessThan(0);
        order = [mover, ...order.slice(0, -1)];
        expect(await columnIds(a.owner, a.pipelineId, stageId)).toEqual(order);
      }
      // And 30 moves into one gap between two fixed neighbours.
      const [upper, lower] = [order[0], order[1]];
      for (let i = 0; i < 30; i++) {
        const mover = order[order.length - 1];
        const before = await positions();
        await moveDeal(a.owner, { dealId: mover, toStageId: stageId, afterDealId: upper, beforeDealId: order[1] });
        const after = await positions();
        for (const id of ids) if (id !== mover) expect(after.get(id)).toBe(before.get(id));
        order = [upper, mover, ...order.slice(1, -1)];
        expect(await columnIds(a.owner, a.pipelineId, stageId)).toEqual(order);
      }
      expect(order).toContain(lower);
      expect(await historyCount()).toBe(history);
    });

    it('refuses neighbours in another column, itself as neighbour, and neighbours in the wrong order', async () => {
      const other = await createDeal(a.owner, { title: 'Elsewhere', stageId: stageOf(a, 'New').id });
      const order = await columnIds(a.owner, a.pipelineId, stageId);
      const wrongColumn = await a.owner.fails(MOVE_DEAL, { input: { dealId: order[0], toStageId: stageId, afterDealId: other.id } });
      expect(wrongColumn.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'afterDealId' });
      const self = await a.owner.fails(MOVE_DEAL, { input: { dealId: order[0], toStageId: stageId, beforeDealId: order[0] } });
      expect(self.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beforeDealId' });
      const reversed = await a.owner.fails(MOVE_DEAL, { input: { dealId: order[0], toStageId: stageId, afterDealId: order[3], beforeDealId: order[2] } });
      expect(reversed.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await columnIds(a.owner, a.pipelineId, stageId)).toEqual(order);
    });
  });

  it('closes on Closed Won, requires a reason for Closed Lost, and reopens on an open stage', async () => {
    const won = stageOf(a, 'Closed Won');
    const lost = stageOf(a, 'Closed Lost');
    const proposal = stageOf(a, 'Proposal');
    const deal = await createDeal(a.owner, { title: 'Closer', value: '900.00', stageId: proposal.id });

    const wonDeal = await moveDeal(a.owner, { dealId: deal.id, toStageId: won.id });
    expect(wonDeal.status).toBe('WON');
    expect(wonDeal.closedAt).not.toBeNull();
    expect(Math.abs(Date.now() - new Date(wonDeal.closedAt).getTime())).toBeLessThan(60_000);
    expect((await t.sql(`SELECT to_status FROM deal_stage_changes WHERE deal_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`, [deal.id]))[0].to_status).toBe('WON');

    const before = await getDeal(a.owner, deal.id);
    for (const lostReason of [undefined, '   ']) {
      const error = await a.owner.fails(MOVE_DEAL, { input: { dealId: deal.id, toStageId: lost.id, lostReason } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.field).toBe('lostReason');
    }
    expect(await getDeal(a.owner, deal.id)).toEqual(before);

    const lostDeal = await moveDeal(a.owner, { dealId: deal.id, toStageId: lost.id, lostReason: '  Too expensive ' });
    expect(lostDeal.status).toBe('LOST');
    expect(lostDeal.lostReason).toBe('Too expensive');
    expect(lostDeal.closedAt).not.toBeNull();

    const reopened = await moveDeal(a.owner, { dealId: deal.id, toStageId: proposal.id });
    expect(reopened).toMatchObject({ status: 'OPEN', closedAt: null, lostReason: null, stageId: proposal.id });
    const history = await getDeal(a.owner, deal.id);
    expect(history.stageChanges.nodes.map((c: any) => c.toStatus)).toEqual(['OPEN', 'WON', 'LOST', 'OPEN']);
  });

  it('refuses a stale version, a stage of another pipeline, an unknown stage and another organization’s deal, changing nothing', async () => {
    const deal = await createDeal(a.owner, { title: 'Guarded', value: '10.00', stageId: stageOf(a, 'New').id });
    await moveDeal(a.owner, { dealId: deal.id, toStageId: stageOf(a, 'Contacted').id, expectedVersion: 1 });
    const snapshot = await getDeal(a.owner, deal.id);
    const history = snapshot.stageChanges.totalCount;

    const stale = await a.owner.fails(MOVE_DEAL, { input: { dealId: deal.id, toStageId: stageOf(a, 'Qualified').id, expectedVersion: 1 } });
    expect(stale.extensions?.code).toBe('CONFLICT');

    const { createPipeline } = await a.owner.ok(`mutation { createPipeline(input: { name: "Renewals", position: 2 }) { id } }`);
    const { createPipelineStage } = await a.owner.ok(`mutation($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { id pipelineId } }`,
      { input: { pipelineId: createPipeline.id, name: 'Renewal due', position: 1, probability: 0.5 } });
    expect(createPipelineStage.pipelineId).toBe(createPipeline.id);
    const crossPipeline = await a.owner.fails(MOVE_DEAL, { input: { dealId: deal.id, toStageId: createPipelineStage.id } });
    expect(crossPipeline.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toStageId' });

    const unknown = await a.owner.fails(MOVE_DEAL, { input: { dealId: deal.id, toStageId: randomUUID() } });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');

    const foreignStage = await a.owner.fails(MOVE_DEAL, { input: { dealId: deal.id, toStageId: stageOf(b, 'Qualified').id } });
    expect(foreignStage.extensions?.code).toBe('NOT_FOUND');

    const foreignDeal = await b.owner.fails(MOVE_DEAL, { input: { dealId: deal.id, toStageId: stageOf(b, 'Qualified').id } });
    expect(foreignDeal.extensions?.code).toBe('NOT_FOUND');
    const foreignDealOwnStage = await b.owner.fails(MOVE_DEAL, { input: { dealId: deal.id, toStageId: stageOf(a, 'Qualified').id } });
    expect(foreignDealOwnStage.extensions?.code).toBe('NOT_FOUND');

    const after = await getDeal(a.owner, deal.id);
    expect(after).toEqual(snapshot);
    expect(after.stageChanges.totalCount).toBe(history);
  });

  it('lets a MEMBER move its own deals but not others’, and a VIEWER none', async () => {
    const member = await t.addMember(a, 'MEMBER');
    const viewer = await t.addMember(a, 'VIEWER');
    const mine = await createDeal(member, { title: 'Member deal', stageId: stageOf(a, 'New').id });
    const theirs = await createDeal(a.owner, { title: 'Owner deal', stageId: stageOf(a, 'New').id });
    expect((await moveDeal(member, { dealId: mine.id, toStageId: stageOf(a, 'Contacted').id })).stageId).toBe(stageOf(a, 'Contacted').id);
    expect((await member.fails(MOVE_DEAL, { input: { dealId: theirs.id, toStageId: stageOf(a, 'Contacted').id } })).extensions?.code).toBe('FORBIDDEN');
    expect((await viewer.fails(MOVE_DEAL, { input: { dealId: mine.id, toStageId: stageOf(a, 'New').id } })).extensions?.code).toBe('FORBIDDEN');
    expect((await getDeal(a.owner, theirs.id)).stageId).toBe(stageOf(a, 'New').id);
  });
});

describe('board totals and filters', () => {
  let a: Tenant;
  let member: ApiClient & { userId: string };
  const specs = [
    // stage, value, probability override, currency, owned by the member, title
    { stage: 'New', value: 1000, probability: null, currency: 'USD', member: false, title: 'Alpha rollout' },
    { stage: 'New', value: 2500.5, probability: 0.5, currency: 'USD', member: true, title: 'Beta rollout' },
    { stage: 'New', value: 300, probability: null, currency: 'EUR', member: false, title: 'Gamma licence' },
    { stage: 'Qualified', value: 4000, probability: null, currency: 'USD', member: true, title: 'Delta expansion' },
    { stage: 'Qualified', value: 1234.56, probability: 0.05, currency: 'USD', member: false, title: 'Alpha renewal' },
    { stage: 'Proposal', value: 10000, probability: null, currency: 'USD', member: false, title: 'Epsilon platform' },
    { stage: 'Proposal', value: 777, probability: 1, currency: 'EUR', member: true, title: 'Zeta support' },
    { stage: 'Closed Won', value: 5000, probability: null, currency: 'USD', member: false, title: 'Eta won' },
    // Without a value it still counts in its column and currency.
    { stage: 'Contacted', value: null, probability: null, currency: 'USD', member: false, title: 'Theta no value' },
  ] as const;

  beforeAll(async () => {
    a = await t.createTenant('Board Co');
    member = await t.addMember(a, 'MEMBER');
    for (const s of specs) {
      await createDeal(s.member ? member : a.owner, {
        title: s.title, currency: s.currency, stageId: stageOf(a, s.stage).id,
        ...(s.value !== null ? { value: s.value.toFixed(2) } : {}),
        ...(s.probability !== null ? { probability: s.probability } : {}),
      });
    }
  });

  type Spec = (typeof specs)[number];
  /** Per stage and currency: count, value, and weighted value rounded to cents as one sum (as SQL does). */
  function expected(selected: readonly Spec[]) {
    const byStage = new Map<string, Map<string, { count: number; value: number; weighted: number }>>();
    for (const s of selected) {
      const probability = s.probability ?? stageOf(a, s.stage).probability;
      const stage = byStage.get(s.stage) ?? new Map();
      const total = stage.get(s.currency) ?? { count: 0, value: 0, weighted: 0 };
      total.count += 1;
      total.value += s.value ?? 0;
      total.weighted += (s.value ?? 0) * probability;
      stage.set(s.currency, total);
      byStage.set(s.stage, stage);
    }
    for (const stage of byStage.values()) for (const total of stage.values()) total.weighted = Number(money(total.weighted));
    return byStage;
  }

  function normalise(totals: any[]) {
    return Object.fromEntries(totals.map((x) => [x.currency, { count: x.count, value: money(Number(x.value)), weighted: money(Number(x.weightedValue)) }]));
  }

  function expectBoard(b: any, selected: readonly Spec[]) {
    const want = expected(selected);
    for (const column of b.columns) {
      const stageTotals = want.get(column.stage.name) ?? new Map();
      const wantTotals = Object.fromEntries([...stageTotals].map(([currency, x]) => [currency, { count: x.count, value: money(x.value), weighted: money(x.weighted) }]));
      expect({ stage: column.stage.name, totals: normalise(column.totals) }).toEqual({ stage: column.stage.name, totals: wantTotals });
      const count = [...stageTotals.values()].reduce((n, x) => n + x.count, 0);
      expect({ stage: column.stage.name, count: column.count }).toEqual({ stage: column.stage.name, count });
      expect(column.deals.nodes).toHaveLength(count);
    }
    const all = new Map<string, { count: number; value: number; weighted: number }>();
    for (const stage of want.values()) for (const [currency, x] of stage) {
      const total = all.get(currency) ?? { count: 0, value: 0, weighted: 0 };
      all.set(currency, { count: total.count + x.count, value: total.value + x.value, weighted: total.weighted + x.weighted });
    }
    expect(normalise(b.totals)).toEqual(Object.fromEntries([...all].map(([c, x]) => [c, { count: x.count, value: money(x.value), weighted: money(x.weighted) }])));
    expect(b.count).toBe(selected.length);
  }

  it('sums value and value × (deal probability, else stage probability) per column and currency', async () => {
    const b = await board(a.owner, a.pipelineId);
    expect(b.columns.map((c: any) => c.stage.name)).toEqual(['New', 'Contacted', 'Qualified', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost']);
    expectBoard(b, specs);
    // Spot-check one column by hand: New USD = 1000 + 2500.50; weighted 1000×0.1 + 2500.50×0.5 = 1350.25.
    const newColumn = b.columns.find((c: any) => c.stage.name === 'New');
    expect(normalise(newColumn.totals).USD).toEqual({ count: 2, value: '3500.50', weighted: '1350.25' });
  });

  it('reports card weightedValue and effectiveProbability the same way', async () => {
    const { deals } = await a.owner.ok(`{ deals(first: 50) { nodes { title value probability effectiveProbability weightedValue } } }`);
    for (const s of specs) {
      const node = deals.nodes.find((n: any) => n.title === s.title);
      const probability = s.probability ?? stageOf(a, s.stage).probability;
      expect(node.effectiveProbability).toBeCloseTo(probability, 10);
      expect(node.weightedValue).toBe(s.value === null ? null : money(s.value * probability));
    }
  });

  it('narrows counts and totals by owner, value range and search', async () => {
    expectBoard(await board(a.owner, a.pipelineId, { ownerId: { eq: member.userId } }), specs.filter((s) => s.member));
    expectBoard(await board(a.owner, a.pipelineId, { value: { gte: '1000', lte: '5000' } }), specs.filter((s) => s.value !== null && s.value >= 1000 && s.value <= 5000));
    expectBoard(await board(a.owner, a.pipelineId, { value: { isNull: true } }), specs.filter((s) => s.value === null));
    expectBoard(await board(a.owner, a.pipelineId, { search: 'alph' }), specs.filter((s) => s.title.startsWith('Alpha')));
    expectBoard(await board(a.owner, a.pipelineId, { search: 'rollout', ownerId: { eq: a.userId } }), specs.filter((s) => s.title.endsWith('rollout') && !s.member));
    expectBoard(await board(a.owner, a.pipelineId, { currency: { eq: 'EUR' } }), specs.filter((s) => s.currency === 'EUR'));
  });

  it('reads a board filtered by status alone from the kept totals per stage and status, as the live sum would', async () => {
    const closed = (s: Spec) => stageOf(a, s.stage).type !== 'OPEN';
    expectBoard(await board(a.owner, a.pipelineId, { status: { eq: 'OPEN' } }), specs.filter((s) => !closed(s)));
    expectBoard(await board(a.owner, a.pipelineId, { status: { in: ['WON', 'LOST'] } }), specs.filter(closed));
    expectBoard(await board(a.owner, a.pipelineId, { status: { eq: 'WON', in: ['WON', 'OPEN'] } }), specs.filter((s) => stageOf(a, s.stage).type === 'WON'));
    expectBoard(await board(a.owner, a.pipelineId, { status: { in: [] } }), []);
    // With a second condition the board sums live: the same totals.
    expectBoard(await board(a.owner, a.pipelineId, { status: { eq: 'OPEN' }, OR: [{ value: { isNull: true } }, { value: { isNull: false } }] }), specs.filter((s) => !closed(s)));
  });

  it('keeps the unfiltered board\'s maintained totals equal to a live sum through every kind of write', async () => {
    const org = await t.createTenant('Totals Co');
    const live = async () => {
      // The filtered path sums live; a filter every deal passes gives the same deals as the unfiltered board.
      const filtered = await board(org.owner, org.pipelineId, { OR: [{ value: { isNull: true } }, { value: { isNull: false } }] });
      const shape = (b: any) => ({ count: b.count, totals: b.totals, columns: b.columns.map((c: any) => ({ stage: c.stage.name, count: c.count, totals: c.totals })) });
      expect(shape(await board(org.owner, org.pipelineId))).toEqual(shape(filtered));
      return shape(filtered);
    };
    const [proposal, won, lost] = ['Proposal', 'Closed Won', 'Closed Lost'].map((name) => stageOf(org, name));
    const first = await createDeal(org.owner, { title: 'One', value: '1000.10', stageId: stageOf(org, 'New').id });
    const second = await createDeal(org.owner, { title: 'Two', value: '250.00', probability: 0.3, currency: 'EUR', stageId: proposal.id });
    await createDeal(org.owner, { title: 'Three', stageId: proposal.id });
    expect((await live()).count).toBe(3);
    const moved = await moveDeal(org.owner, { dealId: first.id, toStageId: proposal.id, expectedVersion: first.version });
    await org.owner.ok(`mutation($id: ID!, $input: UpdateDealInput!) { updateDeal(id: $id, input: $input) { id } }`,
      { id: second.id, input: { value: '999999999999.99', probability: 0.99, currency: 'USD' } });
    await moveDeal(org.owner, { dealId: moved.id, toStageId: won.id, expectedVersion: moved.version });
    expect((await live()).columns.find((c: any) => c.stage === 'Closed Won').count).toBe(1);
    await org.owner.ok(`mutation($id: ID!) { deleteDeal(id: $id) { id } }`, { id: second.id });
    expect((await live()).count).toBe(2);
    await org.owner.ok(`mutation($id: ID!) { restoreDeal(id: $id) { id } }`, { id: second.id });
    // A stage's probability weighs its deals from then on; nothing stored goes stale.
    await org.owner.ok(`mutation($id: ID!, $input: UpdatePipelineStageInput!) { updatePipelineStage(id: $id, input: $input) { id } }`,
      { id: proposal.id, input: { probability: 0.9 } });
    const after = await live();
    expect(after.count).toBe(3);
    // Writes that bypass the API (imports, fixes by hand) are counted too: the totals live in PostgreSQL.
    await t.sql(`UPDATE deals SET stage_id = $2, status = 'LOST', lost_reason = 'By hand' WHERE organization_id = $1`, [org.organizationId, lost.id]);
    expect((await live()).columns.find((c: any) => c.stage === 'Closed Lost').count).toBe(3);
    await t.sql(`DELETE FROM deal_stage_changes WHERE organization_id = $1`, [org.organizationId]);
    await t.sql(`DELETE FROM deals WHERE organization_id = $1`, [org.organizationId]);
    expect(await live()).toEqual(expect.objectContaining({ count: 0, totals: [] }));
  });

  it('pages a column in board order', async () => {
    const full = await board(a.owner, a.pipelineId);
    const { board: paged } = await a.owner.ok(`query($p: ID!) { board(pipelineId: $p) { columns { stage { name } deals(first: 1) { pageInfo { hasNextPage endCursor } nodes { id } } } } }`, { p: a.pipelineId });
    const newFull = full.columns.find((c: any) => c.stage.name === 'New').deals.nodes.map((n: any) => n.id);
    const newPaged = paged.columns.find((c: any) => c.stage.name === 'New').deals;
    expect(newPaged.nodes.map((n: any) => n.id)).toEqual(newFull.slice(0, 1));
    expect(newPaged.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses an unknown pipeline and another organization’s pipeline', async () => {
    const other = await t.createTenant('Board Other');
    expect((await a.owner.fails(BOARD, { pipelineId: randomUUID() })).extensions?.code).toBe('NOT_FOUND');
    expect((await other.owner.fails(BOARD, { pipelineId: a.pipelineId })).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('card fields: rotting and next activity', () => {
  let a: Tenant;
  const CARD = `query($id: ID!) { deal(id: $id) { id daysInStage isRotting nextActivityState nextActivity { id subject dueAt } } }`;
  const card = async (id: string) => (await a.owner.ok(CARD, { id })).deal;
  const activity = async (input: Record<string, unknown>) => (await a.owner.ok(CREATE_ACTIVITY, { input: { type: 'CALL', ...input } })).createActivity;
  const iso = (ms: number) => new Date(ms).toISOString();

  beforeAll(async () => {
    a = await t.createTenant('Card Co');
  });

  it('is rotting once idle in its stage longer than the stage’s rotting days', async () => {
    const contacted = stageOf(a, 'Contacted');
    const { updatePipelineStage } = await a.owner.ok(`mutation($id: ID!) { updatePipelineStage(id: $id, input: { rottingDays: 3 }) { rottingDays } }`, { id: contacted.id });
    expect(updatePipelineStage.rottingDays).toBe(3);
    const stale = await createDeal(a.owner, { title: 'Stale', stageId: contacted.id });
    const fresh = await createDeal(a.owner, { title: 'Fresh', stageId: contacted.id });
    await t.sql(`UPDATE deals SET stage_entered_at = now() - interval '10 days 2 hours' WHERE id = $1`, [stale.id]);
    await t.sql(`UPDATE deals SET stage_entered_at = now() - interval '2 days 1 hour' WHERE id = $1`, [fresh.id]);
    expect(await card(stale.id)).toMatchObject({ daysInStage: 10, isRotting: true });
    expect(await card(fresh.id)).toMatchObject({ daysInStage: 2, isRotting: false });

    // A stage without rotting days never rots; a closed deal never rots.
    const { updatePipelineStage: cleared } = await a.owner.ok(`mutation($id: ID!) { updatePipelineStage(id: $id, input: { rottingDays: null }) { rottingDays } }`, { id: contacted.id });
    expect(cleared.rottingDays).toBeNull();
    expect(await card(stale.id)).toMatchObject({ daysInStage: 10, isRotting: false });
    const won = await createDeal(a.owner, { title: 'Won long ago', stageId: stageOf(a, 'Closed Won').id });
    await t.sql(`UPDATE deals SET stage_entered_at = now() - interval '400 days' WHERE id = $1`, [won.id]);
    expect(await card(won.id)).toMatchObject({ daysInStage: 400, isRotting: false });

    // Moving resets the clock.
    const moved = await moveDeal(a.owner, { dealId: stale.id, toStageId: stageOf(a, 'New').id });
    expect(moved.stageId).toBe(stageOf(a, 'New').id);
    expect(await card(stale.id)).toMatchObject({ daysInStage: 0, isRotting: false });
  });

  it('shows the earliest open activity and whether it is overdue, today, future or none', async () => {
    const stageId = stageOf(a, 'Qualified').id;
    const now = Date.now();
    const endOfDay = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate() + 1) - 1;

    const overdue = await createDeal(a.owner, { title: 'Overdue', stageId });
    await activity({ subject: 'later', dealId: overdue.id, dueAt: iso(now + 3 * 86400_000) });
    const past = await activity({ subject: 'two days ago', dealId: overdue.id, dueAt: iso(now - 2 * 86400_000) });
    const done = await activity({ subject: 'done earlier', dealId: overdue.id, dueAt: iso(now - 5 * 86400_000) });
    await a.owner.ok(`mutation($id: ID!) { completeActivity(id: $id) { id } }`, { id: done.id });
    await activity({ subject: 'cancelled earlier', dealId: overdue.id, dueAt: iso(now - 9 * 86400_000), status: 'CANCELLED' });
    const gone = await activity({ subject: 'deleted earlier', dealId: overdue.id, dueAt: iso(now - 8 * 86400_000) });
    await a.owner.ok(`mutation($id: ID!) { deleteActivity(id: $id) { id } }`, { id: gone.id });
    expect(await card(overdue.id)).toMatchObject({ nextActivityState: 'OVERDUE', nextActivity: { id: past.id } });

    const future = await createDeal(a.owner, { title: 'Future', stageId });
    const soon = await activity({ subject: 'in two days', dealId: future.id, dueAt: iso(now + 2 * 86400_000) });
    await activity({ subject: 'in five days', dealId: future.id, dueAt: iso(now + 5 * 86400_000) });
    await activity({ subject: 'no date', dealId: future.id });
    expect(await card(future.id)).toMatchObject({ nextActivityState: 'FUTURE', nextActivity: { id: soon.id } });

    const none = await createDeal(a.owner, { title: 'None', stageId });
    expect(await card(none.id)).toMatchObject({ nextActivityState: 'NONE', nextActivity: null });
    const onlyDone = await createDeal(a.owner, { title: 'Only done', stageId });
    const finished = await activity({ subject: 'finished', dealId: onlyDone.id, dueAt: iso(now + 86400_000) });
    await a.owner.ok(`mutation($id: ID!) { completeActivity(id: $id) { id } }`, { id: finished.id });
    expect(await card(onlyDone.id)).toMatchObject({ nextActivityState: 'NONE', nextActivity: null });

    if (endOfDay - Date.now() > 5 * 60_000) {
      const today = await createDeal(a.owner, { title: 'Today', stageId });
      const later = await activity({ subject: 'later today', dealId: today.id, dueAt: iso(Math.min(now + 3600_000, endOfDay)) });
      await activity({ subject: 'tomorrow-ish', dealId: today.id, dueAt: iso(now + 3 * 86400_000) });
      expect(await card(today.id)).toMatchObject({ nextActivityState: 'TODAY', nextActivity: { id: later.id } });
    }
  });
});

describe('stage and company deletion', () => {
  let a: Tenant;
  beforeAll(async () => {
    a = await t.createTenant('Delete Co');
  });

  it('refuses to delete a stage that still holds deals, with a clear message', async () => {
    const { createPipelineStage: stage } = await a.owner.ok(`mutation($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { id name } }`,
      { input: { pipelineId: a.pipelineId, name: 'Demo booked', position: 3, probability: 0.3 } });
    const deal = await createDeal(a.owner, { title: 'Held', stageId: stage.id });
    const error = await a.owner.fails(`mutation($id: ID!) { deletePipelineStage(id: $id) { id } }`, { id: stage.id });
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toMatch(/Demo booked/);
    expect(error.message).toMatch(/1 deal/);
    const { pipelineStage } = await a.owner.ok(`query($id: ID!) { pipelineStage(id: $id) { id deletedAt } }`, { id: stage.id });
    expect(pipelineStage).toEqual({ id: stage.id, deletedAt: null });
    expect((await board(a.owner, a.pipelineId)).columns.map((c: any) => c.stage.id)).toContain(stage.id);

    // Emptied, it can go.
    await moveDeal(a.owner, { dealId: deal.id, toStageId: stageOf(a, 'New').id });
    await a.owner.ok(`mutation($id: ID!) { deletePipelineStage(id: $id) { id } }`, { id: stage.id });
    expect((await board(a.owner, a.pipelineId)).columns.map((c: any) => c.stage.id)).not.toContain(stage.id);
  });

  it('keeps a deleted company’s deals and contacts; deal.company is null while it is in the trash', async () => {
    const { createCompany: company } = await a.owner.ok(CREATE_COMPANY, { input: { name: 'Trashed Inc' } });
    const { createContact: contact } = await a.owner.ok(CREATE_CONTACT, { input: { firstName: 'Tess', lastName: 'Trash', companyId: company.id } });
    const deal = await createDeal(a.owner, { title: 'Company deal', stageId: stageOf(a, 'New').id, companyId: company.id, contactId: contact.id });
    const READ = `query($d: ID!, $c: ID!) { deal(id: $d) { id companyId company { id name } contact { id } } contact(id: $c) { id companyId company { id } }
      deals(first: 50, where: { companyId: { eq: "${company.id}" } }) { totalCount } contacts(first: 50, where: { companyId: { eq: "${company.id}" } }) { totalCount } }`;

    await a.owner.ok(`mutation($id: ID!) { deleteCompany(id: $id) { id } }`, { id: company.id });
    const trashed = await a.owner.ok(READ, { d: deal.id, c: contact.id });
    expect(trashed.deal).toEqual({ id: deal.id, companyId: company.id, company: null, contact: { id: contact.id } });
    expect(trashed.contact).toEqual({ id: contact.id, companyId: company.id, company: null });
    expect(trashed.deals.totalCount).toBe(1);
    expect(trashed.contacts.totalCount).toBe(1);

    await a.owner.ok(`mutation($id: ID!) { restoreCompany(id: $id) { id } }`, { id: company.id });
    const restored = await a.owner.ok(READ, { d: deal.id, c: contact.id });
    expect(restored.deal.company).toEqual({ id: company.id, name: 'Trashed Inc' });
    expect(restored.contact.company).toEqual({ id: company.id });
  });
});

describe('createDeal input validation', () => {
  let a: Tenant;
  let b: Tenant;
  let stageId: string;
  beforeAll(async () => {
    a = await t.createTenant('Validate Co');
    b = await t.createTenant('Validate Other');
    stageId = stageOf(a, 'New').id;
  });

  const cases: [string, Record<string, unknown>, string, string][] = [
    ['a negative value', { value: '-5.00' }, 'BAD_USER_INPUT', 'input.value'],
    ['a probability above 1', { probability: 1.5 }, 'BAD_USER_INPUT', 'input.probability'],
    ['a negative probability', { probability: -0.1 }, 'BAD_USER_INPUT', 'input.probability'],
    ['a malformed currency', { currency: 'XXX1' }, 'BAD_USER_INPUT', 'input.currency'],
    ['a currency that is not ISO 4217', { currency: 'ABC' }, 'BAD_USER_INPUT', 'input.currency'],
    ['a lower-case currency', { currency: 'usd' }, 'BAD_USER_INPUT', 'input.currency'],
    ['a 300-character title', { title: 'x'.repeat(300) }, 'BAD_USER_INPUT', 'input.title'],
    ['an empty title', { title: '' }, 'BAD_USER_INPUT', 'input.title'],
  ];

  it.each(cases)('refuses %s, naming the field and writing nothing', async (_name, patch, code, field) => {
    const before = await dealCount(a.organizationId);
    const error = await a.owner.fails(CREATE_DEAL, { input: { title: 'Bad', stageId, ...patch } });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.field).toBe(field);
    expect(await dealCount(a.organizationId)).toBe(before);
  });

  it('refuses unknown or foreign references with NOT_FOUND, naming the field and writing nothing', async () => {
    const { createCompany: foreignCompany } = await b.owner.ok(CREATE_COMPANY, { input: { name: 'Foreign Ltd' } });
    const { createContact: foreignContact } = await b.owner.ok(CREATE_CONTACT, { input: { firstName: 'For', lastName: 'Eign' } });
    const refs: [Record<string, unknown>, RegExp][] = [
      [{ stageId: randomUUID() }, /stageId$/],
      [{ stageId: stageOf(b, 'New').id }, /stageId$/],
      [{ companyId: randomUUID() }, /companyId$/],
      [{ companyId: foreignCompany.id }, /companyId$/],
      [{ contactId: foreignContact.id }, /contactId$/],
      [{ ownerId: b.userId }, /ownerId$/],
    ];
    for (const [patch, field] of refs) {
      const before = await dealCount(a.organizationId);
      const error = await a.owner.fails(CREATE_DEAL, { input: { title: 'Bad ref', stageId, ...patch } });
      expect({ patch, code: error.extensions?.code }).toEqual({ patch, code: 'NOT_FOUND' });
      expect(error.extensions?.field).toMatch(field);
      expect(await dealCount(a.organizationId)).toBe(before);
    }
    expect(await dealCount(b.organizationId)).toBe(0);
  });

  it('refuses a Closed Lost start without a reason', async () => {
    const before = await dealCount(a.organizationId);
    const error = await a.owner.fails(CREATE_DEAL, { input: { title: 'Born lost', stageId: stageOf(a, 'Closed Lost').id } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lostReason' });
    expect(await dealCount(a.organizationId)).toBe(before);
    const ok = await createDeal(a.owner, { title: 'Born lost', stageId: stageOf(a, 'Closed Lost').id, lostReason: 'No budget' });
    expect(ok).toMatchObject({ status: 'LOST', lostReason: 'No budget' });
    expect(ok.closedAt).not.toBeNull();
  });
});

describe('custom fields on deals', () => {
  let a: Tenant;
  let admin: ApiClient & { userId: string };
  let member: ApiClient & { userId: string };
  let stageId: string;
  const DEFINE = `mutation($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { id key type options required } }`;
  const valid = { code: 'C-1' };

  beforeAll(async () => {
    a = await t.createTenant('Custom Co');
    admin = await t.addMember(a, 'ADMIN');
    member = await t.addMember(a, 'MEMBER');
    stageId = stageOf(a, 'New').id;
    const defs = [
      { key: 'score', label: 'Score', type: 'NUMBER' },
      { key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver', 'Bronze'] },
      { key: 'tags', label: 'Tags', type: 'MULTI_SELECT', options: ['red', 'green', 'blue'] },
      { key: 'renewal', label: 'Renewal', type: 'DATE' },
      { key: 'strategic', label: 'Strategic', type: 'BOOLEAN' },
      { key: 'code', label: 'Code', type: 'TEXT', required: true },
    ];
    for (const input of defs) await admin.ok(DEFINE, { input: { entityType: 'Deal', ...input } });
  });

  it('is defined by an ADMIN, not by a MEMBER', async () => {
    const error = await member.fails(DEFINE, { input: { entityType: 'Deal', key: 'sneaky', label: 'Sneaky', type: 'TEXT' } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const { customFieldDefinitions } = await member.ok(`{ customFieldDefinitions(first: 50, where: { entityType: { eq: "Deal" } }) { nodes { key } } }`);
    expect(customFieldDefinitions.nodes.map((n: any) => n.key).sort()).toEqual(['code', 'renewal', 'score', 'strategic', 'tags', 'tier']);
    const noOptions = await admin.fails(DEFINE, { input: { entityType: 'Deal', key: 'pick', label: 'Pick', type: 'SELECT' } });
    expect(noOptions.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.options' });
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['text for a number', { score: 'high' }, 'score'],
    ['an option not offered', { tier: 'Platinum' }, 'tier'],
    ['a list for a single select', { tier: ['Gold'] }, 'tier'],
    ['an unknown option in a multi-select', { tags: ['red', 'purple'] }, 'tags'],
    ['a repeated option', { tags: ['red', 'red'] }, 'tags'],
    ['a single value for a multi-select', { tags: 'red' }, 'tags'],
    ['a malformed date', { renewal: '2027/01/01' }, 'renewal'],
    ['an impossible month', { renewal: '2027-13-01' }, 'renewal'],
    ['an impossible day', { renewal: '2027-02-30' }, 'renewal'],
    ['text for a boolean', { strategic: 'yes' }, 'strategic'],
    ['a number for text', { code: 12 }, 'code'],
    ['a key that is not defined', { nope: 1 }, 'nope'],
  ];

  it.each(invalid)('refuses %s, naming input.customFields.<key>', async (_name, values, key) => {
    const before = await dealCount(a.organizationId);
    const error = await a.owner.fails(CREATE_DEAL, { input: { title: 'Bad custom', stageId, customFields: { ...valid, ...values } } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(`input.customFields.${key}`);
    expect(await dealCount(a.organizationId)).toBe(before);
  });

  it('requires the required field', async () => {
    const before = await dealCount(a.organizationId);
    for (const customFields of [undefined, {}, { code: null }, { score: 3 }]) {
      const error = await a.owner.fails(CREATE_DEAL, { input: { title: 'Missing code', stageId, customFields } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customFields.code' });
    }
    expect(await dealCount(a.organizationId)).toBe(before);
  });

  describe('stored values and filters', () => {
    const ids: Record<string, string> = {};
    const LIST = `query($where: DealWhere) { deals(first: 50, where: $where) { nodes { title } } }`;
    const titles = async (where: Record<string, unknown>) => (await a.owner.ok(LIST, { where })).deals.nodes.map((n: any) => n.title).sort();

    beforeAll(async () => {
      const rows: [string, Record<string, unknown>][] = [
        ['One', { code: 'A', score: 10, tier: 'Gold', tags: ['red', 'green'], renewal: '2027-01-15', strategic: true }],
        ['Two', { code: 'B', score: 55.5, tier: 'Silver', tags: ['blue'], renewal: '2027-06-01', strategic: false }],
        ['Three', { code: 'C', score: 90, tier: 'Gold', tags: [], strategic: true }],
        ['Four', { code: 'D' }],
      ];
      for (const [title, customFields] of rows) ids[title] = (await createDeal(a.owner, { title, stageId, customFields })).id;
    });

    it('stores valid values as given', async () => {
      const one = await getDeal(a.owner, ids.One);
      expect(one.customFields).toEqual({ code: 'A', score: 10, tier: 'Gold', tags: ['red', 'green'], renewal: '2027-01-15', strategic: true });
      const [row] = await t.sql(`SELECT custom_fields FROM deals WHERE id = $1`, [ids.Two]);
      expect(row.custom_fields).toEqual({ code: 'B', score: 55.5, tier: 'Silver', tags: ['blue'], renewal: '2027-06-01', strategic: false });
      expect((await getDeal(a.owner, ids.Four)).customFields).toEqual({ code: 'D' });
    });

    it('filters by eq, gt, multi-select membership, booleans, in and isNull', async () => {
      expect(await titles({ customFields: [{ key: 'tier', eq: 'Gold' }] })).toEqual(['One', 'Three']);
      expect(await titles({ customFields: [{ key: 'score', gt: 50 }] })).toEqual(['Three', 'Two']);
      expect(await titles({ customFields: [{ key: 'score', gt: 55.5 }] })).toEqual(['Three']);
      expect(await titles({ customFields: [{ key: 'score', gte: 10, lt: 90 }] })).toEqual(['One', 'Two']);
      expect(await titles({ customFields: [{ key: 'score', eq: 10 }] })).toEqual(['One']);
      expect(await titles({ customFields: [{ key: 'tags', eq: 'green' }] })).toEqual(['One']);
      expect(await titles({ customFields: [{ key: 'strategic', eq: true }] })).toEqual(['One', 'Three']);
      expect(await titles({ customFields: [{ key: 'strategic', eq: false }] })).toEqual(['Two']);
      expect(await titles({ customFields: [{ key: 'tier', in: ['Silver', 'Bronze'] }] })).toEqual(['Two']);
      expect(await titles({ customFields: [{ key: 'renewal', gt: '2027-03-01' }] })).toEqual(['Two']);
      expect(await titles({ customFields: [{ key: 'score', isNull: true }] })).toEqual(['Four']);
      expect(await titles({ customFields: [{ key: 'tier', eq: 'Gold' }, { key: 'score', gt: 50 }] })).toEqual(['Three']);
    });

    it('validates updates against the definitions too', async () => {
      const UPDATE = `mutation($id: ID!, $input: UpdateDealInput!) { updateDeal(id: $id, input: $input) { customFields } }`;
      const error = await a.owner.fails(UPDATE, { id: ids.Four, input: { customFields: { score: 'lots' } } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customFields.score' });
      const required = await a.owner.fails(UPDATE, { id: ids.Four, input: { customFields: { code: null } } });
      expect(required.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customFields.code' });
      const { updateDeal } = await a.owner.ok(UPDATE, { id: ids.Four, input: { customFields: { score: 7 } } });
      expect(updateDeal.customFields).toEqual({ code: 'D', score: 7 });
    });
  });
});

describe('activities', () => {
  let a: Tenant;
  let member: ApiClient & { userId: string };
  const now = Date.now();
  const iso = (offsetHours: number) => new Date(now + offsetHours * 3600_000).toISOString();
  const acts: Record<string, any> = {};
  const MINE = `query($overdueOnly: Boolean) { myOpenActivities(first: 50, overdueOnly: $overdueOnly) { nodes { id subject status assignedToId } } }`;
  const OVERDUE = `query($where: ActivityWhere) { overdueActivities(first: 50, where: $where) { nodes { id subject } } }`;

  beforeAll(async () => {
    a = await t.createTenant('Activity Co');
    member = await t.addMember(a, 'MEMBER', 'Mia Member');
    const deal = await createDeal(a.owner, { title: 'Activity deal', stageId: stageOf(a, 'New').id });
    const specs: [string, number | null, string | null][] = [
      // subject, due offset in hours, assignee ('member' | null = owner)
      ['m-overdue-old', -72, 'member'],
      ['m-overdue-recent', -2, 'member'],
      ['m-soon', 5, 'member'],
      ['m-later', 48, 'member'],
      ['m-undated', null, 'member'],
      ['m-done', -30, 'member'],
      ['m-cancelled', -40, 'member'],
      ['o-overdue', -10, null],
      ['o-future', 10, null],
    ];
    for (const [subject, offset, assignee] of specs) {
      const input: Record<string, unknown> = { type: 'CALL', subject, dealId: deal.id };
      if (offset !== null) input.dueAt = iso(offset);
      if (assignee) input.assignedToId = member.userId;
      if (subject === 'm-cancelled') input.status = 'CANCELLED';
      acts[subject] = (await a.owner.ok(CREATE_ACTIVITY, { input })).createActivity;
    }
    await member.ok(`mutation($id: ID!) { completeActivity(id: $id, outcome: "Reached them") { id } }`, { id: acts['m-done'].id });
  });

  it('completes and reopens, keeping completedAt in step with the status', async () => {
    const COMPLETE = `mutation($id: ID!) { completeActivity(id: $id, outcome: "Left a voicemail") { id status completedAt outcome version } }`;
    const REOPEN = `mutation($id: ID!) { reopenActivity(id: $id) { id status completedAt outcome version } }`;
    const { createActivity } = await a.owner.ok(CREATE_ACTIVITY, { input: { type: 'TASK', subject: 'toggle', dueAt: iso(1) } });
    const { completeActivity } = await a.owner.ok(COMPLETE, { id: createActivity.id });
    expect(completeActivity.status).toBe('COMPLETED');
    expect(completeActivity.outcome).toBe('Left a voicemail');
    expect(Math.abs(Date.now() - new Date(completeActivity.completedAt).getTime())).toBeLessThan(60_000);
    const [row] = await t.sql(`SELECT status, completed_at FROM activities WHERE id = $1`, [createActivity.id]);
    expect(row.status).toBe('COMPLETED');
    expect(row.completed_at).not.toBeNull();
    const { reopenActivity } = await a.owner.ok(REOPEN, { id: createActivity.id });
    expect(reopenActivity.status).toBe('PENDING');
    expect(reopenActivity.completedAt).toBeNull();
    expect(reopenActivity.version).toBe(completeActivity.version + 1);
    expect((await t.sql(`SELECT completed_at FROM activities WHERE id = $1`, [createActivity.id]))[0].completed_at).toBeNull();
  });

  it('lists my open activities only, soonest first (undated last)', async () => {
    const { myOpenActivities } = await member.ok(MINE);
    expect(myOpenActivities.nodes.map((n: any) => n.subject)).toEqual(['m-overdue-old', 'm-overdue-recent', 'm-soon', 'm-later', 'm-undated']);
    for (const n of myOpenActivities.nodes) expect(n.assignedToId).toBe(member.userId);
    const { myOpenActivities: overdue } = await member.ok(MINE, { overdueOnly: true });
    expect(overdue.nodes.map((n: any) => n.subject)).toEqual(['m-overdue-old', 'm-overdue-recent']);
    const { myOpenActivities: owners } = await a.owner.ok(MINE);
    // The owner's own: the 'toggle' task of the previous test (reopened, due in an hour) sits between its two.
    expect(owners.nodes.map((n: any) => n.subject)).toEqual(['o-overdue', 'toggle', 'o-future']);
  });

  it('lists overdue open activities for everyone, filterable', async () => {
    const { overdueActivities } = await a.owner.ok(OVERDUE);
    expect(overdueActivities.nodes.map((n: any) => n.subject)).toEqual(['m-overdue-old', 'o-overdue', 'm-overdue-recent']);
    const { overdueActivities: mine } = await a.owner.ok(OVERDUE, { where: { assignedToId: { eq: member.userId } } });
    expect(mine.nodes.map((n: any) => n.subject)).toEqual(['m-overdue-old', 'm-overdue-recent']);
    // Reopening a completed past-due activity makes it overdue again.
    await member.ok(`mutation($id: ID!) { reopenActivity(id: $id) { id } }`, { id: acts['m-done'].id });
    const { overdueActivities: again } = await a.owner.ok(OVERDUE);
    expect(again.nodes.map((n: any) => n.subject)).toEqual(['m-overdue-old', 'm-done', 'o-overdue', 'm-overdue-recent']);
  });
});

describe('search', () => {
  let a: Tenant;
  let b: Tenant;
  const SEARCH = `query($q: String!, $types: [SearchResultType!]) { search(query: $q, types: $types) { type id title subtitle rank } }`;
  const ids: Record<string, Record<string, string>> = { a: {}, b: {} };

  beforeAll(async () => {
    a = await t.createTenant('Search A');
    b = await t.createTenant('Search B');
    for (const [key, tenant] of [['a', a], ['b', b]] as const) {
      const client = tenant.owner;
      ids[key].company = (await client.ok(CREATE_COMPANY, { input: { name: 'Zephyrine Widgets', industry: 'Manufacturing', city: 'Oslo' } })).createCompany.id;
      ids[key].company2 = (await client.ok(CREATE_COMPANY, { input: { name: 'Quokka Logistics', city: 'Zephyr Cove' } })).createCompany.id;
      ids[key].contact = (await client.ok(CREATE_CONTACT, { input: { firstName: 'Zelda', lastName: 'Zephyrson', email: 'zelda@zephyrine.example', jobTitle: 'Buyer' } })).createContact.id;
      ids[key].deal = (await createDeal(client, { title: 'Zephyrine expansion', stageId: stageOf(tenant, 'New').id, description: 'Widgets for the zephyrine plant' })).id;
      ids[key].other = (await createDeal(client, { title: 'Unrelated renewal', stageId: stageOf(tenant, 'New').id })).id;
    }
  });

  it('finds companies, contacts and deals by the prefix of any word, best first', async () => {
    const { search } = await a.owner.ok(SEARCH, { q: 'zeph' });
    expect(search.map((h: any) => h.id).sort()).toEqual([ids.a.company, ids.a.company2, ids.a.contact, ids.a.deal].sort());
    const ranks = search.map((h: any) => h.rank);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
    expect(search.find((h: any) => h.id === ids.a.company)).toMatchObject({ type: 'COMPANY', title: 'Zephyrine Widgets', subtitle: 'Manufacturing' });
    expect(search.find((h: any) => h.id === ids.a.contact)).toMatchObject({ type: 'CONTACT', title: 'Zelda Zephyrson', subtitle: 'Buyer' });
    expect(search.find((h: any) => h.id === ids.a.deal)).toMatchObject({ type: 'DEAL', title: 'Zephyrine expansion', subtitle: 'OPEN' });
    // The deal mentions the word twice (title and description), the city-only company once: ranked accordingly.
    const rankOf = (id: string) => search.find((h: any) => h.id === id).rank;
    expect(rankOf(ids.a.deal)).toBeGreaterThan(rankOf(ids.a.company2));

    const second = await a.owner.ok(SEARCH, { q: 'wid' });
    expect(second.search.map((h: any) => h.id).sort()).toEqual([ids.a.company, ids.a.deal].sort());
    const both = await a.owner.ok(SEARCH, { q: 'zephyrine WIDG' });
    expect(both.search.map((h: any) => h.id).sort()).toEqual([ids.a.company, ids.a.deal].sort());
    expect((await a.owner.ok(SEARCH, { q: 'nothing-like-this' })).search).toEqual([]);
    expect((await a.owner.ok(SEARCH, { q: '  !!  ' })).search).toEqual([]);
  });

  it('respects types', async () => {
    const deals = await a.owner.ok(SEARCH, { q: 'zeph', types: ['DEAL'] });
    expect(deals.search.map((h: any) => [h.type, h.id])).toEqual([['DEAL', ids.a.deal]]);
    const people = await a.owner.ok(SEARCH, { q: 'zeph', types: ['CONTACT', 'COMPANY'] });
    expect(people.search.map((h: any) => h.type).sort()).toEqual(['COMPANY', 'COMPANY', 'CONTACT']);
  });

  it('never returns another organization’s records', async () => {
    for (const [me, other] of [['a', 'b'], ['b', 'a']] as const) {
      const client = me === 'a' ? a.owner : b.owner;
      const { search } = await client.ok(SEARCH, { q: 'zephyrine' });
      expect(search.length).toBeGreaterThan(0);
      const foreign = new Set(Object.values(ids[other]));
      for (const hit of search) expect(foreign.has(hit.id)).toBe(false);
      const mine = new Set(Object.values(ids[me]));
      for (const hit of search) expect(mine.has(hit.id)).toBe(true);
    }
  });

  it('leaves out records in the trash', async () => {
    await a.owner.ok(`mutation($id: ID!) { deleteCompany(id: $id) { id } }`, { id: ids.a.company2 });
    const { search } = await a.owner.ok(SEARCH, { q: 'zeph', types: ['COMPANY'] });
    expect(search.map((h: any) => h.id)).toEqual([ids.a.company]);
  });
});
