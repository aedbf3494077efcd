import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';

/**
 * Reports with exact numbers: deals created and moved through the API in a fresh organization,
 * with time fields (created, closed, time in stage) arranged in SQL. A second organization with
 * look-alike data must never leak into them.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let m1: ApiClient & { userId: string };
let m2: ApiClient & { userId: string };
let teamId: string;
let p2: { pipelineId: string; open: string; won: string };
const d: Record<string, string> = {};

const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`;
const MOVE_DEAL = `mutation($input: MoveDealInput!) { moveDeal(input: $input) { id status } }`;
const CREATE_ACTIVITY = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`;
const COMPLETE = `mutation($id: ID!) { completeActivity(id: $id) { id } }`;

const PIPELINE_SUMMARY = `query($p: ID!, $f: ReportFilter) { pipelineSummary(pipelineId: $p, filter: $f) { stageId stageName position probability count value weightedValue } }`;
const FORECAST = `query($f: ReportFilter) { forecast(filter: $f) { month currency count value weightedValue } }`;
const WON_LOST = `query($by: String!, $f: ReportFilter) { wonLost(by: $by, filter: $f) { key ownerName currency wonCount wonValue lostCount lostValue winRate } }`;
const FUNNEL = `query($p: ID!, $f: ReportFilter) { funnel(pipelineId: $p, filter: $f) { stageId stageName position reached conversionToNext averageDaysInStage } }`;
const ACTIVITY_COUNTS = `query($f: ReportFilter) { activityCounts(filter: $f) { type ownerId ownerName total completed } }`;

const stageId = (tenant: Tenant, name: string) => tenant.stages.find((s) => s.name === name)!.id;
const money = (x: string | number) => Number(x).toFixed(2);

async function deal(tenant: Tenant, input: Record<string, unknown>, path: string[] = [], lostReason?: string): Promise<string> {
  const { createDeal } = await tenant.owner.ok(CREATE_DEAL, { input });
  for (const name of path) {
    const toStageId = tenant.stages.find((s) => s.name === name)?.id ?? name;
    await tenant.owner.ok(MOVE_DEAL, { input: { dealId: createDeal.id, toStageId, ...(name === 'Closed Lost' ? { lostReason } : {}) } });
  }
  return createDeal.id;
}

async function activity(tenant: Tenant, input: Record<string, unknown>, complete = false): Promise<string> {
  const { createActivity } = await tenant.owner.ok(CREATE_ACTIVITY, { input });
  if (complete) await tenant.owner.ok(COMPLETE, { id: createActivity.id });
  return createActivity.id;
}

async function closedAt(dealId: string, at: string) {
  await t.sql(`UPDATE deals SET closed_at = $2 WHERE id = $1`, [dealId, at]);
}

/** Sets how long the deal had sat in `fromStage` (a stage name of A's default pipeline, or an id) when it left it. */
async function timeIn(dealId: string, fromStage: string, days: number) {
  const from = a.stages.find((s) => s.name === fromStage)?.id ?? fromStage;
  const rows = await t.sql(`UPDATE deal_stage_changes SET from_stage_entered_at = created_at - make_interval(secs => $3::numeric * 86400)
    WHERE deal_id = $1 AND from_stage_id = $2 RETURNING id`, [dealId, from, days]);
  if (rows.length !== 1) throw new Error(`Expected one stage change of ${dealId} out of ${fromStage}, found ${rows.length}`);
}

beforeAll(async () => {
  t = await startTestPlatform();
  // The other organization first, with data in the same stages, months and types as A's.
  b = await t.createTenant('Reports B');
  const bOpen = await deal(b, { title: 'B open', value: '99999.00', stageId: stageId(b, 'New'), expectedCloseDate: '2031-01-10' });
  const bWon = await deal(b, { title: 'B won', value: '11111.00', stageId: stageId(b, 'New') }, ['Contacted', 'Closed Won']);
  const bLost = await deal(b, { title: 'B lost', value: '22222.00', stageId: stageId(b, 'New') }, ['Closed Lost'], 'Timing');
  await closedAt(bWon, '2024-05-12T12:00:00Z');
  await closedAt(bLost, '2024-06-12T12:00:00Z');
  await activity(b, { type: 'CALL', subject: 'B call', dealId: bOpen }, true);
  await activity(b, { type: 'EMAIL', subject: 'B mail', dealId: bWon });

  a = await t.createTenant('Reports A');
  m1 = await t.addMember(a, 'MEMBER', 'Mona One');
  m2 = await t.addMember(a, 'MEMBER', 'Max Two');
  teamId = (await a.owner.ok(`mutation { createTeam(input: { name: "Closers" }) { id } }`)).createTeam.id;
  for (const member of [m1, m2]) await a.owner.ok(`mutation($u: ID!, $t: ID) { setMemberTeam(userId: $u, teamId: $t) { teamId } }`, { u: member.userId, t: teamId });

  const { createPipeline } = await a.owner.ok(`mutation { createPipeline(input: { name: "Partners", position: 1 }) { id } }`);
  const STAGE = `mutation($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { id } }`;
  p2 = {
    pipelineId: createPipeline.id,
    open: (await a.owner.ok(STAGE, { input: { pipelineId: createPipeline.id, name: 'Partner open', position: 1, probability: 0.6 } })).createPipelineStage.id,
    won: (await a.owner.ok(STAGE, { input: { pipelineId: createPipeline.id, name: 'Partner won', position: 2, probability: 1, type: 'WON' } })).createPipelineStage.id,
  };

  const s = (name: string) => stageId(a, name);
  d.D1 = await deal(a, { title: 'D1', value: '1000.00', stageId: s('New'), expectedCloseDate: '2031-01-15' });
  d.D2 = await deal(a, { title: 'D2', value: '2000.00', probability: 0.5, ownerId: m1.userId, stageId: s('New'), expectedCloseDate: '2031-01-20' }, ['Contacted', 'Qualified']);
  d.D3 = await deal(a, { title: 'D3', value: '3000.00', ownerId: m1.userId, stageId: s('New'), expectedCloseDate: '2031-02-10' }, ['Contacted', 'Qualified', 'Proposal']);
  d.D4 = await deal(a, { title: 'D4', value: '4000.00', ownerId: m2.userId, stageId: s('New'), expectedCloseDate: '2031-02-28' }, ['Contacted', 'Closed Won']);
  d.D5 = await deal(a, { title: 'D5', value: '5000.00', stageId: s('New') }, ['Closed Lost'], 'Budget');
  d.D6 = await deal(a, { title: 'D6', value: '6000.00', ownerId: m2.userId, stageId: s('New'), expectedCloseDate: '2031-03-01' }, ['Negotiation', 'Closed Lost'], 'Competitor');
  d.D7 = await deal(a, { title: 'D7', value: '7000.00', currency: 'EUR', stageId: p2.open, expectedCloseDate: '2031-01-05' });
  d.D8 = await deal(a, { title: 'D8', value: '800.00', ownerId: m1.userId, stageId: s('New'), expectedCloseDate: '2031-03-15' }, ['Contacted', 'Qualified', 'Proposal', 'Negotiation', 'Closed Won']);
  d.D9 = await deal(a, { title: 'D9', value: '900.00', ownerId: m2.userId, stageId: s('New') }, ['Closed Won']);
  d.D10 = await deal(a, { title: 'D10', value: '10000.00', stageId: s('New') }, ['Negotiation']);
  d.D11 = await deal(a, { title: 'D11', value: '1500.00', ownerId: m2.userId, stageId: s('New'), expectedCloseDate: '2031-02-14' }, ['Contacted']);
  d.D12 = await deal(a, { title: 'D12', value: '300.00', currency: 'EUR', stageId: p2.open }, [p2.won]);

  await closedAt(d.D4, '2024-05-10T12:00:00Z');
  await closedAt(d.D9, '2024-05-15T12:00:00Z');
  await closedAt(d.D5, '2024-05-20T12:00:00Z');
  await closedAt(d.D8, '2024-06-03T12:00:00Z');
  await closedAt(d.D6, '2024-06-25T12:00:00Z');
  await closedAt(d.D12, '2024-07-04T12:00:00Z');
  await t.sql(`UPDATE deals SET created_at = '2024-01-10T12:00:00Z' WHERE id = ANY($1::uuid[])`, [[d.D1, d.D2]]);

  const days: [string, string, number][] = [
    ['D2', 'New', 2], ['D3', 'New', 4], ['D4', 'New', 1], ['D5', 'New', 3], ['D6', 'New', 5], ['D8', 'New', 6], ['D9', 'New', 0.5], ['D10', 'New', 2.5], ['D11', 'New', 1],
    ['D2', 'Contacted', 3], ['D3', 'Contacted', 1], ['D4', 'Contacted', 2], ['D8', 'Contacted', 4],
    ['D3', 'Qualified', 7], ['D8', 'Qualified', 3],
    ['D8', 'Proposal', 10],
    ['D6', 'Negotiation', 1.5], ['D8', 'Negotiation', 2],
  ];
  for (const [key, stage, n] of days) await timeIn(d[key], stage, n);
  await timeIn(d.D12, p2.open, 4);

  const acts = {
    A1: await activity(a, { type: 'CALL', subject: 'A1', dealId: d.D1 }, true),
    A2: await activity(a, { type: 'CALL', subject: 'A2', dealId: d.D1 }),
    A3: await activity(a, { type: 'EMAIL', subject: 'A3', dealId: d.D7 }),
    A4: await activity(a, { type: 'CALL', subject: 'A4', dealId: d.D2, ownerId: m1.userId }, true),
    A5: await activity(a, { type: 'MEETING', subject: 'A5', dealId: d.D3, ownerId: m1.userId }),
    A6: await activity(a, { type: 'TASK', subject: 'A6', ownerId: m2.userId }),
    A7: await activity(a, { type: 'CALL', subject: 'A7', dealId: d.D5 }),
  };
  await t.sql(`UPDATE activities SET created_at = '2024-03-05T12:00:00Z' WHERE id = $1`, [acts.A7]);
});
afterAll(() => t?.close());

describe('pipelineSummary', () => {
  const summary = async (client: ApiClient, pipelineId: string, f?: Record<string, unknown>) =>
    (await client.ok(PIPELINE_SUMMARY, { p: pipelineId, f })).pipelineSummary.map((r: any) => [r.stageName, r.count, money(r.value), money(r.weightedValue)]);

  it('sums open deals per stage, weighted by the deal’s probability, else the stage’s', async () => {
    const rows = (await a.owner.ok(PIPELINE_SUMMARY, { p: a.pipelineId })).pipelineSummary;
    expect(rows.map((r: any) => [r.stageName, r.position, r.probability])).toEqual([
      ['New', 1, 0.1], ['Contacted', 2, 0.2], ['Qualified', 3, 0.4], ['Proposal', 4, 0.6], ['Negotiation', 5, 0.8], ['Closed Won', 6, 1], ['Closed Lost', 7, 0],
    ]);
    expect(await summary(a.owner, a.pipelineId)).toEqual([
      ['New', 1, '1000.00', '100.00'],
      ['Contacted', 1, '1500.00', '300.00'],
      ['Qualified', 1, '2000.00', '1000.00'],
      ['Proposal', 1, '3000.00', '1800.00'],
      ['Negotiation', 1, '10000.00', '8000.00'],
      ['Closed Won', 0, '0.00', '0.00'],
      ['Closed Lost', 0, '0.00', '0.00'],
    ]);
    expect(await summary(a.owner, p2.pipelineId)).toEqual([
      ['Partner open', 1, '7000.00', '4200.00'],
      ['Partner won', 0, '0.00', '0.00'],
    ]);
  });

  it('narrows by owner, team and creation date', async () => {
    const only = (rows: any[]) => rows.filter((r) => r[1] > 0);
    expect(only(await summary(a.owner, a.pipelineId, { ownerId: m1.userId }))).toEqual([
      ['Qualified', 1, '2000.00', '1000.00'], ['Proposal', 1, '3000.00', '1800.00'],
    ]);
    expect(only(await summary(a.owner, a.pipelineId, { teamId }))).toEqual([
      ['Contacted', 1, '1500.00', '300.00'], ['Qualified', 1, '2000.00', '1000.00'], ['Proposal', 1, '3000.00', '1800.00'],
    ]);
    expect(only(await summary(a.owner, a.pipelineId, { from: '2025-01-01' }))).toEqual([
      ['Contacted', 1, '1500.00', '300.00'], ['Proposal', 1, '3000.00', '1800.00'], ['Negotiation', 1, '10000.00', '8000.00'],
    ]);
    expect(only(await summary(a.owner, a.pipelineId, { from: '2024-01-10', to: '2024-01-10' }))).toEqual([
      ['New', 1, '1000.00', '100.00'], ['Qualified', 1, '2000.00', '1000.00'],
    ]);
  });
});

describe('forecast', () => {
  const forecast = async (client: ApiClient, f?: Record<string, unknown>) =>
    (await client.ok(FORECAST, { f })).forecast.map((r: any) => [r.month, r.currency, r.count, money(r.value), money(r.weightedValue)]);

  it('groups open deals by expected-close month and currency, unweighted and weighted', async () => {
    expect(await forecast(a.owner)).toEqual([
      ['2031-01', 'EUR', 1, '7000.00', '4200.00'],
      ['2031-01', 'USD', 2, '3000.00', '1100.00'],
      ['2031-02', 'USD', 2, '4500.00', '2100.00'],
    ]);
  });

  it('narrows by pipeline, owner, team and expected-close dates (inclusive)', async () => {
    expect(await forecast(a.owner, { pipelineId: a.pipelineId })).toEqual([
      ['2031-01', 'USD', 2, '3000.00', '1100.00'],
      ['2031-02', 'USD', 2, '4500.00', '2100.00'],
    ]);
    expect(await forecast(a.owner, { pipelineId: p2.pipelineId })).toEqual([['2031-01', 'EUR', 1, '7000.00', '4200.00']]);
    expect(await forecast(a.owner, { ownerId: a.userId })).toEqual([
      ['2031-01', 'EUR', 1, '7000.00', '4200.00'],
      ['2031-01', 'USD', 1, '1000.00', '100.00'],
    ]);
    expect(await forecast(a.owner, { teamId })).toEqual([
      ['2031-01', 'USD', 1, '2000.00', '1000.00'],
      ['2031-02', 'USD', 2, '4500.00', '2100.00'],
    ]);
    expect(await forecast(a.owner, { from: '2031-01-20', to: '2031-02-14' })).toEqual([
      ['2031-01', 'USD', 1, '2000.00', '1000.00'],
      ['2031-02', 'USD', 2, '4500.00', '2100.00'],
    ]);
    expect(await forecast(a.owner, { from: '2031-02-01', to: '2031-02-10' })).toEqual([['2031-02', 'USD', 1, '3000.00', '1800.00']]);
  });

  it('answers whole months from the rollup and cut months live, with the same figures', async () => {
    expect(await forecast(a.owner, { from: '2031-02-01', to: '2031-02-28' })).toEqual([['2031-02', 'USD', 2, '4500.00', '2100.00']]);
    expect(await forecast(a.owner, { from: '2031-01-01', to: '2031-02-28' })).toEqual(await forecast(a.owner, { from: '2031-01-01', to: '2031-03-02' }));
    expect(await forecast(a.owner, { to: '2031-01-31', teamId })).toEqual([['2031-01', 'USD', 1, '2000.00', '1000.00']]);
  });

  it('keeps its monthly rollup equal to the live sum through edits, moves and deletes', async () => {
    const org = await t.createTenant('Forecast upkeep');
    const stage = (name: string) => org.stages.find((s) => s.name === name)!;
    const create = async (input: Record<string, unknown>) =>
      (await org.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id version } }`, { input })).createDeal;
    // No date filter reads the rollup; a range cut mid-month sums the deals live.
    const both = async () => {
      const rolled = await forecast(org.owner);
      expect(rolled).toEqual(await forecast(org.owner, { from: '2000-01-02' }));
      return rolled;
    };
    const first = await create({ title: 'A', value: '100.00', expectedCloseDate: '2031-03-15', stageId: stage('New').id });
    const second = await create({ title: 'B', value: '200.00', probability: 0.5, expectedCloseDate: '2031-04-01', stageId: stage('Proposal').id });
    expect(await both()).toEqual([['2031-03', 'USD', 1, '100.00', '10.00'], ['2031-04', 'USD', 1, '200.00', '100.00']]);
    await org.owner.ok(`mutation($id: ID!, $input: UpdateDealInput!) { updateDeal(id: $id, input: $input) { id } }`, { id: first.id, input: { expectedCloseDate: '2031-04-30' } });
    expect(await both()).toEqual([['2031-04', 'USD', 2, '300.00', '110.00']]);
    await org.owner.ok(`mutation($input: MoveDealInput!) { moveDeal(input: $input) { id } }`, { input: { dealId: second.id, toStageId: stage('Closed Won').id } });
    expect(await both()).toEqual([['2031-04', 'USD', 1, '100.00', '10.00']]);
    await org.owner.ok(`mutation($id: ID!) { deleteDeal(id: $id) { id } }`, { id: first.id });
    expect(await both()).toEqual([]);
  });
});

describe('wonLost', () => {
  const wonLost = async (by: string, f?: Record<string, unknown>) =>
    (await a.owner.ok(WON_LOST, { by, f })).wonLost.map((r: any) => ({ ...r, wonValue: money(r.wonValue), lostValue: money(r.lostValue) }));
  const row = (key: string, ownerName: string | null, currency: string, wonCount: number, wonValue: string, lostCount: number, lostValue: string, winRate: number | null) =>
    ({ key, ownerName, currency, wonCount, wonValue, lostCount, lostValue, winRate });

  it('counts won and lost deals by closing month, with the win rate', async () => {
    expect(await wonLost('MONTH')).toEqual([
      row('2024-05', null, 'USD', 2, '4900.00', 1, '5000.00', 0.6667),
      row('2024-06', null, 'USD', 1, '800.00', 1, '6000.00', 0.5),
      row('2024-07', null, 'EUR', 1, '300.00', 0, '0.00', 1),
    ]);
  });

  it('counts them by owner, per currency', async () => {
    const rows = await wonLost('OWNER');
    const expected = [
      row(a.userId, 'Owner', 'EUR', 1, '300.00', 0, '0.00', 1),
      row(a.userId, 'Owner', 'USD', 0, '0.00', 1, '5000.00', 0),
      row(m1.userId, 'Mona One', 'USD', 1, '800.00', 0, '0.00', 1),
      row(m2.userId, 'Max Two', 'USD', 2, '4900.00', 1, '6000.00', 0.6667),
    ].sort((x, y) => (x.key + x.currency < y.key + y.currency ? -1 : 1));
    expect(rows).toEqual(expected);
  });

  it('narrows by closing date (inclusive), owner, team and pipeline', async () => {
    expect(await wonLost('MONTH', { from: '2024-06-01', to: '2024-06-30' })).toEqual([row('2024-06', null, 'USD', 1, '800.00', 1, '6000.00', 0.5)]);
    expect(await wonLost('MONTH', { to: '2024-05-15' })).toEqual([row('2024-05', null, 'USD', 2, '4900.00', 0, '0.00', 1)]);
    expect(await wonLost('MONTH', { ownerId: m2.userId })).toEqual([
      row('2024-05', null, 'USD', 2, '4900.00', 0, '0.00', 1),
      row('2024-06', null, 'USD', 0, '0.00', 1, '6000.00', 0),
    ]);
    const team = await wonLost('OWNER', { teamId });
    expect(team.map((r: any) => r.key).sort()).toEqual([m1.userId, m2.userId].sort());
    expect(await wonLost('MONTH', { pipelineId: a.pipelineId })).toEqual([
      row('2024-05', null, 'USD', 2, '4900.00', 1, '5000.00', 0.6667),
      row('2024-06', null, 'USD', 1, '800.00', 1, '6000.00', 0.5),
    ]);
    expect(await wonLost('MONTH', { pipelineId: p2.pipelineId })).toEqual([row('2024-07', null, 'EUR', 1, '300.00', 0, '0.00', 1)]);
  });

  it('refuses an unknown grouping and a reversed date range', async () => {
    expect((await a.owner.fails(WON_LOST, { by: 'YEAR' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'by' });
    expect((await a.owner.fails(WON_LOST, { by: 'MONTH', f: { from: '2024-06-02', to: '2024-06-01' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });
});

/** A fresh organization with helpers to create deals in its first stage and move them through the API. */
async function pipelineAtWork(name: string) {
  const org = await t.createTenant(name);
  const stage = (stageName: string) => org.stages.find((s) => s.name === stageName)!;
  const create = async (title: string): Promise<string> =>
    (await org.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, { input: { title, stageId: stage('New').id } })).createDeal.id;
  const move = (dealId: string, to: string) =>
    org.owner.ok(`mutation($input: MoveDealInput!) { moveDeal(input: $input) { id } }`, { input: { dealId, toStageId: stage(to).id } });
  return { org, stage, create, move };
}

describe('funnel', () => {
  const funnel = async (f?: Record<string, unknown>, pipelineId = a.pipelineId) =>
    (await a.owner.ok(FUNNEL, { p: pipelineId, f })).funnel.map((r: any) => [r.stageName, r.reached, r.conversionToNext, r.averageDaysInStage]);

  it('counts deals that reached each stage, conversion to the next, and average days in stage', async () => {
    expect(await funnel()).toEqual([
      ['New', 10, 0.8, 2.78],
      ['Contacted', 8, 0.875, 2.5],
      ['Qualified', 7, 0.8571, 5],
      ['Proposal', 6, 0.8333, 10],
      ['Negotiation', 5, 0.6, 1.75],
      ['Closed Won', 3, null, null],
    ]);
  });

  it('narrows the cohort by owner and by creation date', async () => {
    expect(await funnel({ ownerId: m2.userId })).toEqual([
      ['New', 4, 1, 1.88],
      ['Contacted', 4, 0.75, 2],
      ['Qualified', 3, 1, null],
      ['Proposal', 3, 1, null],
      ['Negotiation', 3, 0.6667, 1.5],
      ['Closed Won', 2, null, null],
    ]);
    expect(await funnel({ from: '2024-01-01', to: '2025-12-31' })).toEqual([
      ['New', 2, 0.5, 2],
      ['Contacted', 1, 1, 3],
      ['Qualified', 1, 0, null],
      ['Proposal', 0, null, null],
      ['Negotiation', 0, null, null],
      ['Closed Won', 0, null, null],
    ]);
    expect(await funnel({ teamId })).toEqual([
      ['New', 7, 1, 2.79],
      ['Contacted', 7, 0.8571, 2.5],
      ['Qualified', 6, 0.8333, 5],
      ['Proposal', 5, 0.8, 10],
      ['Negotiation', 4, 0.75, 1.75],
      ['Closed Won', 3, null, null],
    ]);
  });

  it('follows the stages\' current order when they are rearranged (re-derived from the history)', async () => {
    const { org, stage, create, move } = await pipelineAtWork('Funnel order');
    const [skipper, stepper, another] = [await create('Skips Contacted'), await create('Stops at Contacted'), await create('Also at Contacted')];
    await move(skipper, 'Qualified');
    await move(stepper, 'Contacted');
    await move(another, 'Contacted');
    const reached = async () => (await org.owner.ok(FUNNEL, { p: org.pipelineId })).funnel.map((r: any) => [r.stageName, r.reached]);
    expect(await reached()).toEqual([['New', 3], ['Contacted', 3], ['Qualified', 1], ['Proposal', 0], ['Negotiation', 0], ['Closed Won', 0]]);
    // Contacted and Qualified change places: the deals that entered Contacted are now the further ones.
    const [contacted, qualified] = [stage('Contacted').position, stage('Qualified').position];
    await t.sql(`UPDATE pipeline_stages SET position = 99 WHERE organization_id = $1 AND id = $2`, [org.organizationId, stage('Contacted').id]);
    await t.sql(`UPDATE pipeline_stages SET position = $3 WHERE organization_id = $1 AND id = $2`, [org.organizationId, stage('Qualified').id, contacted]);
    await t.sql(`UPDATE pipeline_stages SET position = $3 WHERE organization_id = $1 AND id = $2`, [org.organizationId, stage('Contacted').id, qualified]);
    expect(await reached()).toEqual([['New', 3], ['Qualified', 3], ['Contacted', 2], ['Proposal', 0], ['Negotiation', 0], ['Closed Won', 0]]);
  });

  it('gives a whole pipeline\'s time in stage from its kept sums, equal to the live figures through trash, restore and deletion', async () => {
    const { org, stage, create, move } = await pipelineAtWork('Funnel upkeep');
    const ids = [await create('One'), await create('Two'), await create('Three')];
    for (const id of ids) await move(id, 'Contacted');
    await move(ids[0], 'Qualified');
    // Spread the times spent so the averages differ per deal.
    await t.sql(`UPDATE deal_stage_changes SET from_stage_entered_at = created_at - make_interval(days => (hashtext(deal_id::text) & 7) + 1)
      WHERE organization_id = $1 AND from_stage_id IS NOT NULL`, [org.organizationId]);
    const days = async (f?: Record<string, unknown>) =>
      (await org.owner.ok(FUNNEL, { p: org.pipelineId, f })).funnel.map((r: any) => [r.stageName, r.reached, r.averageDaysInStage]);
    // No filter reads the kept sums; a date range that excludes nothing sums the history live.
    const both = async () => {
      const kept = await days();
      expect(kept).toEqual(await days({ from: '2000-01-01' }));
      return kept;
    };
    const start = await both();
    expect(start[0]).toEqual(['New', 3, expect.any(Number)]);
    await org.owner.ok(`mutation($id: ID!) { deleteDeal(id: $id) { id } }`, { id: ids[0] });
    const trashed = await both();
    expect(trashed[0][1]).toBe(2);
    await org.owner.ok(`mutation($id: ID!) { restoreDeal(id: $id) { id } }`, { id: ids[0] });
    expect(await both()).toEqual(start);
    await t.sql(`DELETE FROM deals WHERE organization_id = $1 AND id = $2`, [org.organizationId, ids[1]]);
    expect((await both())[0][1]).toBe(2);
    await t.sql(`DELETE FROM deal_stage_changes WHERE organization_id = $1 AND deal_id = $2`, [org.organizationId, ids[2]]);
    await both();
  });

  it('covers only the pipeline asked for', async () => {
    expect(await funnel(undefined, p2.pipelineId)).toEqual([
      ['Partner open', 2, 0.5, 4],
      ['Partner won', 1, null, null],
    ]);
  });
});

describe('activityCounts', () => {
  const counts = async (f?: Record<string, unknown>) =>
    (await a.owner.ok(ACTIVITY_COUNTS, { f })).activityCounts.map((r: any) => [r.type, r.ownerName, r.total, r.completed]);

  it('counts activities by type and owner, with how many are completed', async () => {
    const rows = (await a.owner.ok(ACTIVITY_COUNTS)).activityCounts;
    expect(rows.find((r: any) => r.type === 'MEETING')).toEqual({ type: 'MEETING', ownerId: m1.userId, ownerName: 'Mona One', total: 1, completed: 0 });
    expect(await counts()).toEqual([
      ['CALL', 'Mona One', 1, 1],
      ['CALL', 'Owner', 3, 1],
      ['EMAIL', 'Owner', 1, 0],
      ['MEETING', 'Mona One', 1, 0],
      ['TASK', 'Max Two', 1, 0],
    ]);
  });

  it('narrows by owner, team, pipeline and creation date', async () => {
    expect(await counts({ ownerId: m1.userId })).toEqual([['CALL', 'Mona One', 1, 1], ['MEETING', 'Mona One', 1, 0]]);
    expect(await counts({ teamId })).toEqual([['CALL', 'Mona One', 1, 1], ['MEETING', 'Mona One', 1, 0], ['TASK', 'Max Two', 1, 0]]);
    expect(await counts({ pipelineId: a.pipelineId })).toEqual([['CALL', 'Mona One', 1, 1], ['CALL', 'Owner', 3, 1], ['MEETING', 'Mona One', 1, 0]]);
    expect(await counts({ pipelineId: p2.pipelineId })).toEqual([['EMAIL', 'Owner', 1, 0]]);
    expect(await counts({ to: '2025-12-31' })).toEqual([['CALL', 'Owner', 1, 0]]);
    expect(await counts({ from: '2025-01-01' })).toEqual([
      ['CALL', 'Mona One', 1, 1],
      ['CALL', 'Owner', 2, 1],
      ['EMAIL', 'Owner', 1, 0],
      ['MEETING', 'Mona One', 1, 0],
      ['TASK', 'Max Two', 1, 0],
    ]);
  });
});

describe('tenant isolation of reports', () => {
  it('shows the other organization only its own numbers', async () => {
    const rows = (await b.owner.ok(PIPELINE_SUMMARY, { p: b.pipelineId })).pipelineSummary.filter((r: any) => r.count > 0);
    expect(rows.map((r: any) => [r.stageName, r.count, money(r.value)])).toEqual([['New', 1, '99999.00']]);
    expect((await b.owner.ok(FORECAST)).forecast.map((r: any) => [r.month, r.count, money(r.value)])).toEqual([['2031-01', 1, '99999.00']]);
    expect((await b.owner.ok(WON_LOST, { by: 'MONTH' })).wonLost.map((r: any) => [r.key, r.wonCount, money(r.wonValue), r.lostCount, money(r.lostValue)])).toEqual([
      ['2024-05', 1, '11111.00', 0, '0.00'],
      ['2024-06', 0, '0.00', 1, '22222.00'],
    ]);
    expect((await b.owner.ok(WON_LOST, { by: 'OWNER' })).wonLost.map((r: any) => r.key)).toEqual([b.userId]);
    expect((await b.owner.ok(FUNNEL, { p: b.pipelineId })).funnel.map((r: any) => r.reached)).toEqual([3, 1, 1, 1, 1, 1]);
    expect((await b.owner.ok(ACTIVITY_COUNTS)).activityCounts.map((r: any) => [r.type, r.total, r.completed])).toEqual([['CALL', 1, 1], ['EMAIL', 1, 0]]);
  });

  it('returns nothing when asked about another organization’s pipeline, owner or team', async () => {
    expect((await a.owner.ok(PIPELINE_SUMMARY, { p: b.pipelineId })).pipelineSummary).toEqual([]);
    expect((await a.owner.ok(FUNNEL, { p: b.pipelineId })).funnel).toEqual([]);
    expect((await a.owner.ok(FORECAST, { f: { pipelineId: b.pipelineId } })).forecast).toEqual([]);
    expect((await a.owner.ok(FORECAST, { f: { ownerId: b.userId } })).forecast).toEqual([]);
    expect((await a.owner.ok(WON_LOST, { by: 'OWNER', f: { ownerId: b.userId } })).wonLost).toEqual([]);
    expect((await a.owner.ok(ACTIVITY_COUNTS, { f: { ownerId: b.userId } })).activityCounts).toEqual([]);
    expect((await b.owner.ok(FORECAST, { f: { teamId } })).forecast).toEqual([]);
    expect((await b.owner.ok(ACTIVITY_COUNTS, { f: { teamId } })).activityCounts).toEqual([]);
  });

  it('is readable by a VIEWER and needs an organization', async () => {
    const viewer = await t.addMember(a, 'VIEWER');
    expect((await viewer.ok(FORECAST)).forecast).toHaveLength(3);
    expect((await t.anonymous.fails(FORECAST)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('pipelineSummary with several currencies', () => {
  it('gives a row per currency instead of adding them up', async () => {
    const tenant = await t.createTenant('Two currencies');
    const create = `mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`;
    await tenant.owner.ok(create, { input: { title: 'Dollars', stageId: tenant.stages[0].id, value: '100.00', currency: 'USD' } });
    await tenant.owner.ok(create, { input: { title: 'Euros', stageId: tenant.stages[0].id, value: '40.00', currency: 'EUR' } });
    const { pipelineSummary } = await tenant.owner.ok(`query($p: ID!) { pipelineSummary(pipelineId: $p) { stageName currency count value weightedValue } }`, { p: tenant.pipelineId });
    const first = pipelineSummary.filter((r: any) => r.stageName === tenant.stages[0].name);
    expect(first).toEqual([
      { stageName: tenant.stages[0].name, currency: 'EUR', count: 1, value: '40.00', weightedValue: '4.00' },
      { stageName: tenant.stages[0].name, currency: 'USD', count: 1, value: '100.00', weightedValue: '10.00' },
    ]);
    const empty = pipelineSummary.find((r: any) => r.stageName === tenant.stages[1].name);
    expect(empty).toMatchObject({ currency: 'USD', count: 0, value: '0' });
  });
});
