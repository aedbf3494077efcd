import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { createIdea, createRoadmap, IDEA_FIELDS } from './product-support';

/**
 * Idea scores are the server's: RICE = reach × impact × confidence ÷ effort, ICE = impact ×
 * confidence × (10 − effort + 1), WSJF = (businessValue + timeCriticality + riskReduction) ÷ jobSize
 * (seed 003), recomputed on every input change, never accepted from the client.
 */
let t: TestPlatform;
let a: Tenant;
let roadmapId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Scores');
  roadmapId = await createRoadmap(a.owner);
});
afterAll(() => t.close());

const UPDATE = `mutation($id: ID!, $input: UpdateIdeaInput!) { updateIdea(id: $id, input: $input) { ${IDEA_FIELDS} } }`;

const CASES: [string, Record<string, number>, { rice: number; ice: number; wsjf: number }][] = [
  ['the seed example', { reach: 100, impact: 9, confidence: 7, effort: 8 }, { rice: 787.5, ice: 9 * 7 * 3, wsjf: 3 }],
  ['defaults', {}, { rice: 0, ice: 10, wsjf: 3 }],
  ['lowest effort, highest ratings', { reach: 1000, impact: 10, confidence: 10, effort: 1, businessValue: 10, timeCriticality: 10, riskReduction: 10, jobSize: 1 }, { rice: 100_000, ice: 1000, wsjf: 30 }],
  ['highest effort and job size', { reach: 3, impact: 2, confidence: 5, effort: 10, businessValue: 2, timeCriticality: 3, riskReduction: 5, jobSize: 10 }, { rice: 3, ice: 10, wsjf: 1 }],
  ['a fraction', { reach: 10, impact: 1, confidence: 1, effort: 3, businessValue: 1, timeCriticality: 1, riskReduction: 2, jobSize: 3 }, { rice: 10 / 3, ice: 8, wsjf: 4 / 3 }],
];

it.each(CASES)('computes RICE, ICE and WSJF on create: %s', async (_name, input, expected) => {
  const idea = await createIdea(a.owner, roadmapId, input);
  expect(idea.riceScore).toBeCloseTo(expected.rice, 10);
  expect(idea.iceScore).toBeCloseTo(expected.ice, 10);
  expect(idea.wsjfScore).toBeCloseTo(expected.wsjf, 10);
});

it('recomputes every score when one input changes, and keeps them when nothing they use changes', async () => {
  const idea = await createIdea(a.owner, roadmapId, { reach: 100, impact: 9, confidence: 7, effort: 8 });
  const { updateIdea: effort } = await a.owner.ok(UPDATE, { id: idea.id, input: { effort: 4 } });
  expect([effort.riceScore, effort.iceScore]).toEqual([1575, 9 * 7 * 7]);
  const { updateIdea: size } = await a.owner.ok(UPDATE, { id: idea.id, input: { jobSize: 2, businessValue: 5 } });
  expect(size.wsjfScore).toBe(3.5);
  expect(size.riceScore).toBe(1575);
  const { updateIdea: renamed } = await a.owner.ok(`mutation($id: ID!) { updateIdea(id: $id, input: { title: "Renamed" }) { riceScore iceScore wsjfScore } }`, { id: idea.id });
  expect(renamed).toEqual({ riceScore: 1575, iceScore: 441, wsjfScore: 3.5 });
  const [stored] = await t.sql(`SELECT rice_score, ice_score, wsjf_score FROM ideas WHERE id = $1`, [idea.id]);
  expect(stored).toEqual({ rice_score: 1575, ice_score: 441, wsjf_score: 3.5 });
});

const OUT_OF_RANGE: [string, number][] = [
  ['impact', 0], ['impact', 11], ['confidence', 0], ['confidence', 11], ['effort', 0], ['effort', 11], ['reach', -1],
  ['businessValue', 0], ['timeCriticality', 11], ['riskReduction', 0], ['jobSize', 0], ['jobSize', 11], ['priority', 101], ['priority', -1],
];

it.each(OUT_OF_RANGE)('refuses %s = %d on create and on update, naming the field', async (field, value) => {
  const created = await a.owner.raw(`mutation($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { title: 'Bad', description: 'x', roadmapId, [field]: value } });
  expect(created.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(created.errors?.[0].extensions?.field).toBe(`input.${field}`);
  const idea = await createIdea(a.owner, roadmapId, { reach: 5 });
  const updated = await a.owner.raw(UPDATE, { id: idea.id, input: { [field]: value } });
  expect(updated.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(updated.errors?.[0].extensions?.field).toBe(`input.${field}`);
});

it('keeps tags as a list, bounded in count and length', async () => {
  const idea = await createIdea(a.owner, roadmapId, { tags: ['mobile', 'enterprise'] });
  const { idea: read } = await a.owner.ok(`query($id: ID!) { idea(id: $id) { tags } }`, { id: idea.id });
  expect(read.tags).toEqual(['mobile', 'enterprise']);
  expect((await createIdea(a.owner, roadmapId)).id).toBeDefined();
  const [row] = await t.sql(`SELECT tags FROM ideas WHERE id = $1`, [idea.id]);
  expect(row.tags).toEqual(['mobile', 'enterprise']);
  const { updateIdea } = await a.owner.ok(`mutation($id: ID!, $tags: [String!]) { updateIdea(id: $id, input: { tags: $tags }) { tags riceScore } }`, { id: idea.id, tags: ['mobile'] });
  expect(updateIdea).toEqual({ tags: ['mobile'], riceScore: idea.riceScore });
  for (const tags of [Array.from({ length: 21 }, (_, i) => `t${i}`), ['x'.repeat(51)]]) {
    const result = await a.owner.raw(`mutation($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { title: 'Tags', description: 'x', roadmapId, tags } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tags' });
  }
});

it('takes no score from the client', async () => {
  for (const score of ['riceScore', 'iceScore', 'wsjfScore']) {
    const result = await a.owner.raw(`mutation($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { title: 'Cheat', description: 'x', roadmapId, [score]: 1e9 } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  }
  const { __type } = await a.owner.ok(`{ __type(name: "UpdateIdeaInput") { inputFields { name } } }`);
  expect(__type.inputFields.map((f: { name: string }) => f.name)).not.toEqual(expect.arrayContaining(['riceScore']));
  expect(__type.inputFields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['reach', 'impact', 'confidence', 'effort', 'jobSize']));
});

it('sorts and filters ideas by each score', async () => {
  const roadmap = await createRoadmap(a.owner);
  const low = await createIdea(a.owner, roadmap, { reach: 1, impact: 1, confidence: 1, effort: 10, businessValue: 10, timeCriticality: 10, riskReduction: 10, jobSize: 1 });
  const mid = await createIdea(a.owner, roadmap, { reach: 50, impact: 5, confidence: 5, effort: 5, businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 10 });
  const high = await createIdea(a.owner, roadmap, { reach: 500, impact: 10, confidence: 10, effort: 1, businessValue: 5, timeCriticality: 5, riskReduction: 5, jobSize: 5 });
  const list = async (field: string, where: Record<string, unknown> = {}) => (await a.owner.ok(`query($w: IdeaWhere, $o: [IdeaOrderBy!]) { ideas(first: 10, where: $w, orderBy: $o) { nodes { id } } }`,
    { w: { roadmapId: { eq: roadmap }, ...where }, o: [{ field: field.replace(/([A-Z])/g, '_$1').toUpperCase(), direction: 'DESC' }] })).ideas.nodes.map((i: { id: string }) => i.id);
  expect(await list('riceScore')).toEqual([high.id, mid.id, low.id]);
  expect(await list('iceScore')).toEqual([high.id, mid.id, low.id]);
  expect(await list('wsjfScore')).toEqual([low.id, high.id, mid.id]);
  expect(await list('riceScore', { riceScore: { gte: 250 } })).toEqual([high.id, mid.id]);
  expect(await list('wsjfScore', { wsjfScore: { gt: 10 } })).toEqual([low.id]);
  expect(await list('iceScore', { iceScore: { lt: 200 } })).toEqual([mid.id, low.id]);
});
