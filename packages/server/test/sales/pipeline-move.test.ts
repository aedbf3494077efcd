import { keptSums } from '../support/kept-sums';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** A deal moves to another pipeline: it lands there, its history records it, and every kept sum follows. */
let t: TestPlatform;
let a: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Pipeline moves');
});
afterAll(() => t?.close());

const MOVE = `mutation($input: MoveDealToPipelineInput!) { moveDealToPipeline(input: $input) { id version pipelineId stageId status stage { name } stageChanges { nodes { fromStageId toStageId } } } }`;

it('moves a deal into another pipeline, records it, and keeps every sum right', async () => {
  const { createPipeline } = await a.owner.ok(`mutation { createPipeline(input: { name: "Renewals", position: 3 }) { id } }`);
  const { createPipelineStage: target } = await a.owner.ok(`mutation($i: CreatePipelineStageInput!) { createPipelineStage(input: $i) { id } }`,
    { i: { pipelineId: createPipeline.id, name: 'Renewal talk', position: 1, probability: 0.3 } });
  const { createDeal } = await a.owner.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id version } }`, { i: { title: 'Moving on', value: '1200.00', stageId: a.stages[2].id, expectedCloseDate: '2027-01-15' } });

  const { moveDealToPipeline: moved } = await a.owner.ok(MOVE, { input: { dealId: createDeal.id, toStageId: target.id, expectedVersion: createDeal.version } });
  expect(moved).toMatchObject({ pipelineId: createPipeline.id, stageId: target.id, status: 'OPEN', stage: { name: 'Renewal talk' } });
  expect(moved.stageChanges.nodes.at(-1)).toEqual({ fromStageId: null, toStageId: target.id });

  // The boards: gone from the old column's kept totals, counted in the new one.
  const board = (pipelineId: string) => a.owner.ok(`query($p: ID!) { board(pipelineId: $p) { columns { stage { id } count } } }`, { p: pipelineId });
  expect((await board(a.pipelineId)).board.columns.find((c: any) => c.stage.id === a.stages[2].id).count).toBe(0);
  expect((await board(createPipeline.id)).board.columns.find((c: any) => c.stage.id === target.id).count).toBe(1);
  // How far it got counts in the new pipeline only.
  const [{ furthest_stage_position }] = await t.sql(`SELECT furthest_stage_position FROM deals WHERE id = $1`, [createDeal.id]);
  expect(furthest_stage_position).toBe(1);
  const sums = await keptSums(t.databaseUrl);
  for (const [name, { kept, live }] of Object.entries(sums)) expect({ name, kept }).toEqual({ name, kept: live });

  // Within its own pipeline it is moveDeal's job; a stale version is refused.
  expect((await a.owner.fails(MOVE, { input: { dealId: createDeal.id, toStageId: target.id } })).extensions?.field).toBe('input.toStageId');
  expect((await a.owner.fails(MOVE, { input: { dealId: createDeal.id, toStageId: a.stages[0].id, expectedVersion: 1 } })).extensions?.code).toBe('CONFLICT');
  // A member cannot move a colleague's deal.
  const rep = await t.addMember(a, 'MEMBER');
  expect((await rep.fails(MOVE, { input: { dealId: createDeal.id, toStageId: a.stages[0].id } })).extensions?.code).toBe('FORBIDDEN');
});
