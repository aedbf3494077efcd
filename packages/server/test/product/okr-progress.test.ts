import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { createRoadmap } from './product-support';

/** An OKR's progress is the mean of its key results' (current − start) ÷ (target − start), clamped to 0..1, kept in the same transaction. */
let t: TestPlatform;
let a: Tenant;
let roadmapId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('OKRs');
  roadmapId = await createRoadmap(a.owner);
});
afterAll(() => t.close());

const OKR = `query($id: ID!) { okr(id: $id) { progress keyResults(first: 10) { nodes { id progress } } } }`;
const KR = `mutation($input: CreateKeyResultInput!) { createKeyResult(input: $input) { id progress } }`;
const PROGRESS = `mutation($id: ID!, $v: Float!) { updateKeyResultProgress(id: $id, currentValue: $v) { id currentValue progress okr { progress } } }`;

async function okr(): Promise<string> {
  return (await a.owner.ok(`mutation($r: ID!) { createOkr(input: { title: "Grow", roadmapId: $r, quarter: "2026-Q4" }) { id progress } }`, { r: roadmapId })).createOkr.id;
}
const progressOf = async (id: string): Promise<number> => (await a.owner.ok(OKR, { id })).okr.progress;

it('is 0 without key results and follows each key result created, changed and deleted', async () => {
  const id = await okr();
  expect(await progressOf(id)).toBe(0);
  const signups = (await a.owner.ok(KR, { input: { okrId: id, title: 'Sign-ups', startValue: 100, targetValue: 200, currentValue: 150, unit: 'users' } })).createKeyResult;
  expect(signups.progress).toBe(0.5);
  expect(await progressOf(id)).toBe(0.5);
  // A falling target: churn from 10% down to 5%, now 9%.
  const churn = (await a.owner.ok(KR, { input: { okrId: id, title: 'Churn', startValue: 10, targetValue: 5, currentValue: 9, unit: '%' } })).createKeyResult;
  expect(churn.progress).toBeCloseTo(0.2, 12);
  expect(await progressOf(id)).toBeCloseTo(0.35, 12);

  const { updateKeyResultProgress: moved } = await a.owner.ok(PROGRESS, { id: signups.id, v: 250 });
  expect(moved).toMatchObject({ currentValue: 250, progress: 1, okr: { progress: 0.6 } });
  const { updateKeyResultProgress: below } = await a.owner.ok(PROGRESS, { id: churn.id, v: 12 });
  expect(below).toMatchObject({ progress: 0, okr: { progress: 0.5 } });
  // The generic update moves it too.
  const { updateKeyResult } = await a.owner.ok(`mutation($id: ID!) { updateKeyResult(id: $id, input: { startValue: 12 }) { progress okr { progress } } }`, { id: churn.id });
  expect(updateKeyResult).toEqual({ progress: 0, okr: { progress: 0.5 } });

  await a.owner.ok(`mutation($id: ID!) { deleteKeyResult(id: $id) { id } }`, { id: churn.id });
  expect(await progressOf(id)).toBe(1);
  await a.owner.ok(`mutation($id: ID!) { restoreKeyResult(id: $id) { id } }`, { id: churn.id });
  expect(await progressOf(id)).toBe(0.5);
  const [stored] = await t.sql(`SELECT progress FROM okrs WHERE id = $1`, [id]);
  expect(stored.progress).toBe(0.5);
  const audit = await t.sql(`SELECT new_values->>'progress' AS p FROM audit_logs WHERE entity_id = $1 AND action = 'PROGRESS' ORDER BY created_at, id`, [id]);
  expect(audit.map((r) => Math.round(Number(r.p) * 1e9) / 1e9)).toEqual([0.5, 0.35, 0.6, 0.5, 1, 0.5]);
});

it('never takes progress from the client', async () => {
  for (const type of ['CreateOkrInput', 'UpdateOkrInput', 'CreateKeyResultInput', 'UpdateKeyResultInput']) {
    const { __type } = await a.owner.ok(`query($n: String!) { __type(name: $n) { inputFields { name } } }`, { n: type });
    expect(__type.inputFields.map((f: { name: string }) => f.name)).not.toContain('progress');
  }
});

it('refuses a key result whose target equals its start, and leaves the OKR as it was', async () => {
  const id = await okr();
  const kr = (await a.owner.ok(KR, { input: { okrId: id, title: 'NPS', startValue: 0, targetValue: 10, currentValue: 5, unit: 'pts' } })).createKeyResult;
  const created = await a.owner.fails(KR, { input: { okrId: id, title: 'Flat', startValue: 3, targetValue: 3, unit: 'x' } });
  expect(created.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetValue' });
  const updated = await a.owner.fails(`mutation($id: ID!) { updateKeyResult(id: $id, input: { targetValue: 0 }) { id } }`, { id: kr.id });
  expect(updated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetValue' });
  expect(await progressOf(id)).toBe(0.5);
});

it('a VIEWER cannot move a key result; the OKR keeps its progress', async () => {
  const viewer = await t.addMember(a, 'VIEWER');
  const id = await okr();
  const kr = (await a.owner.ok(KR, { input: { okrId: id, title: 'Calls', targetValue: 4, unit: 'calls' } })).createKeyResult;
  expect((await viewer.fails(PROGRESS, { id: kr.id, v: 4 })).extensions?.code).toBe('FORBIDDEN');
  expect(await progressOf(id)).toBe(0);
});
