import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** Lead events from outside CRMs in the pipeline view: on their deal beside its stage history, and in the funnel when asked. */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let dealId: string;

const INGEST = `mutation($rows: [CreateLeadEventInput!]!) { ingestLeadEvents(rows: $rows) { inserted errors { index } } }`;
const FUNNEL = `query($p: ID!, $x: Boolean) { funnel(pipelineId: $p, includeExternalEvents: $x) { stageName position reached } }`;
const event = (tenant: Tenant, externalId: string, leadId: string, stage: number, extra: Record<string, unknown> = {}) => ({
  sourceSystem: 'pipedrive', externalId, leadId, stage: tenant.stages[stage].name.toUpperCase(), status: 'active', occurredAt: '2026-06-01T09:00:00Z', ...extra,
});

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Pipeline A');
  b = await t.createTenant('Pipeline B');
  dealId = (await a.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, { input: { title: 'Synced deal', stageId: a.stages[0].id } })).createDeal.id;
  await a.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, { input: { title: 'Own deal', stageId: a.stages[0].id } });
  expect((await a.owner.ok(INGEST, { rows: [
    event(a, 'P1', 'PD-1', 2, { dealId }),
    event(a, 'P2', 'PD-2', 1),
    event(a, 'P3', 'PD-3', 0, { eventType: 'WON', stage: 'closed/won elsewhere' }),
    event(a, 'P4', 'PD-4', 0, { stage: 'a stage this pipeline does not have' }),
  ] })).ingestLeadEvents).toEqual({ inserted: 4, errors: [] });
  // Organization B's outside leads carry the same stage names: they must not count in A's funnel.
  await b.owner.ok(INGEST, { rows: [event(b, 'P1', 'PD-1', 3), event(b, 'P2', 'PD-2', 3)] });
});
afterAll(() => t?.close());

it('the deal shows its outside events beside its own stage changes', async () => {
  const { deal } = await a.owner.ok(`query($id: ID!) { deal(id: $id) { stageChanges { nodes { toStage { name } } } externalEvents { nodes { externalId sourceSystem stage } } } }`, { id: dealId });
  expect(deal.stageChanges.nodes).toEqual([{ toStage: { name: a.stages[0].name } }]);
  expect(deal.externalEvents.nodes).toEqual([{ externalId: 'P1', sourceSystem: 'pipedrive', stage: a.stages[2].name.toUpperCase() }]);
});

it('the funnel counts outside events only when asked: they lift their deal, or count as leads of their own', async () => {
  const open = a.stages.filter((s) => s.type !== 'LOST').sort((x, y) => x.position - y.position);
  const plain = (await a.owner.ok(FUNNEL, { p: a.pipelineId })).funnel;
  expect(plain.map((s: { reached: number }) => s.reached)).toEqual(open.map((s) => (s.position <= a.stages[0].position ? 2 : 0)));
  const withEvents = (await a.owner.ok(FUNNEL, { p: a.pipelineId, x: true })).funnel;
  // Reached: the two own deals (one lifted to stage 2 by its event), lead PD-2 at stage 1, won lead PD-3 everywhere; PD-4 matches no stage.
  const expected = open.map((s) => {
    const reaches = (position: number) => (s.type === 'WON' ? false : s.position <= position);
    return [reaches(a.stages[2].position), reaches(a.stages[0].position), reaches(a.stages[1].position), true].filter(Boolean).length;
  });
  expect(withEvents.map((s: { reached: number }) => s.reached)).toEqual(expected);
  expect(expected.slice(0, 3)).toEqual([4, 3, 2]);
});
