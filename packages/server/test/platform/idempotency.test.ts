import { revive } from '../../src/platform/idempotency/idempotent';
import { tableOf } from '../../src/platform/resource/metadata';
import { DealResource } from '../../src/modules/sales/resources';
import { createFixture, fixtureInput, writableResources } from '../support/fixture-generator';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/**
 * Idempotency keys on every create and on moveDeal: a retry with the same key and arguments gets
 * the first result back and writes nothing; other arguments, another operation or a malformed key
 * are refused; keys belong to one organization; a failed attempt leaves no key behind.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let serial = 0;
const key = (label: string) => `${label}-${Date.now().toString(36)}-${++serial}`;
// daysInStage and isRotting compute from stageEnteredAt: a replay must give back dates, not strings.
const CREATE_DEAL = `mutation($input: CreateDealInput!, $key: String) { r: createDeal(input: $input, idempotencyKey: $key) { id title version createdAt stageEnteredAt daysInStage isRotting stage { id } } }`;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Retry A');
  b = await t.createTenant('Retry B');
});
afterAll(() => t?.close());

const count = async (table: string, tenant: Tenant) => (await t.sql(`SELECT count(*)::int AS n FROM "${table}" WHERE organization_id = $1`, [tenant.organizationId]))[0].n;

describe.each(writableResources().map((def) => [def.name, def] as const))('create%s', (_name, def) => {
  it('creates once per key and returns the first result, dates and all, to a retry', async () => {
    const input = await fixtureInput(def, a);
    const mutation = `mutation($input: Create${def.name}Input!, $key: String) { r: create${def.name}(input: $input, idempotencyKey: $key) { id version createdAt } }`;
    const before = await count(tableOf(def.entity), a);
    const k = key(def.name);
    const first = await a.owner.ok(mutation, { input, key: k });
    const again = await a.owner.ok(mutation, { input, key: k });
    expect(again).toEqual(first);
    expect(await count(tableOf(def.entity), a)).toBe(before + 1);
    const audit = await t.sql(`SELECT count(*)::int AS n FROM audit_logs WHERE entity_id = $1`, [first.r.id]);
    expect(audit[0].n).toBe(1);
  });
});

it('runs every time without a key', async () => {
  const input = { title: 'No key', stageId: a.stages[0].id };
  const first = await a.owner.ok(CREATE_DEAL, { input });
  const second = await a.owner.ok(CREATE_DEAL, { input });
  expect(second.r.id).not.toBe(first.r.id);
});

it('stores the first result with the caller and the operation', async () => {
  const k = key('stored');
  const { r } = await a.owner.ok(CREATE_DEAL, { input: { title: 'Stored', stageId: a.stages[0].id }, key: k });
  const rows = await t.sql(`SELECT operation, actor_user_id, response ->> 'id' AS id, length(request_hash) AS hash FROM idempotency_keys WHERE organization_id = $1 AND key = $2`, [a.organizationId, k]);
  expect(rows).toEqual([{ operation: 'createDeal', actor_user_id: a.userId, id: r.id, hash: 64 }]);
});

it('serves relations of the replayed result', async () => {
  const k = key('relations');
  const input = { title: 'With stage', stageId: a.stages[1].id };
  const first = await a.owner.ok(CREATE_DEAL, { input, key: k });
  const again = await a.owner.ok(CREATE_DEAL, { input, key: k });
  expect(again).toEqual(first);
  expect(again.r.stage).toEqual({ id: a.stages[1].id });
});

it('refuses the same key with other arguments or for another operation', async () => {
  const k = key('conflict');
  await a.owner.ok(CREATE_DEAL, { input: { title: 'First', stageId: a.stages[0].id }, key: k });
  const other = await a.owner.fails(CREATE_DEAL, { input: { title: 'Second', stageId: a.stages[0].id }, key: k });
  expect(other.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
  expect(other.message).toMatch(/already used for a different request/);
  const company = await a.owner.fails(`mutation($key: String) { createCompany(input: { name: "First" }, idempotencyKey: $key) { id } }`, { key: k });
  expect(company.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
  expect((await t.sql(`SELECT count(*)::int AS n FROM deals WHERE organization_id = $1 AND title = 'Second'`, [a.organizationId]))[0].n).toBe(0);
});

it.each([
  ['7 characters', 'abcdefg'],
  ['201 characters', 'k'.repeat(201)],
  ['a space', 'has a space'],
  ['a slash', 'abc/defgh'],
])('refuses a key with %s, writing nothing', async (_label, bad) => {
  const before = await count('deals', a);
  const error = await a.owner.fails(CREATE_DEAL, { input: { title: 'Bad key', stageId: a.stages[0].id }, key: bad });
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  expect(error.message).toMatch(/8 to 200 letters, digits or \._:- characters/);
  expect(await count('deals', a)).toBe(before);
});

it.each([['8 characters', 'abcd.:_-'], ['200 characters', 'K'.repeat(200)]])('accepts a key of %s', async (_label, good) => {
  const input = { title: `Good key ${good.length}`, stageId: a.stages[0].id };
  const first = await a.owner.ok(CREATE_DEAL, { input, key: good });
  expect((await a.owner.ok(CREATE_DEAL, { input, key: good })).r.id).toBe(first.r.id);
});

it('keeps keys apart per organization', async () => {
  const k = key('tenant');
  const mine = await a.owner.ok(CREATE_DEAL, { input: { title: 'Same key', stageId: a.stages[0].id }, key: k });
  const theirs = await b.owner.ok(CREATE_DEAL, { input: { title: 'Same key', stageId: b.stages[0].id }, key: k });
  expect(theirs.r.id).not.toBe(mine.r.id);
  expect((await a.owner.ok(CREATE_DEAL, { input: { title: 'Same key', stageId: a.stages[0].id }, key: k })).r.id).toBe(mine.r.id);
});

it('leaves no key behind when the attempt fails, so a corrected retry runs', async () => {
  const k = key('failed');
  const missing = await a.owner.fails(CREATE_DEAL, { input: { title: 'Nowhere', stageId: '00000000-0000-7000-8000-000000000000' }, key: k });
  expect(missing.extensions?.code).toBe('NOT_FOUND');
  expect(await t.sql(`SELECT 1 FROM idempotency_keys WHERE organization_id = $1 AND key = $2`, [a.organizationId, k])).toEqual([]);
  const { r } = await a.owner.ok(CREATE_DEAL, { input: { title: 'Somewhere', stageId: a.stages[0].id }, key: k });
  expect(r.title).toBe('Somewhere');
});

it('lets concurrent retries of one key write once', async () => {
  const k = key('concurrent');
  const input = { title: `Concurrent ${k}`, stageId: a.stages[0].id };
  const results = await Promise.all([1, 2, 3, 4].map(() => a.owner.ok(CREATE_DEAL, { input, key: k })));
  expect(new Set(results.map((x) => x.r.id)).size).toBe(1);
  expect((await t.sql(`SELECT count(*)::int AS n FROM deals WHERE organization_id = $1 AND title = $2`, [a.organizationId, input.title]))[0].n).toBe(1);
});

it('moves a deal once per key and refuses the key for another move', async () => {
  const deal = await createFixture(writableResources().find((r) => r.name === 'Deal')!, a, { select: 'version' });
  const move = `mutation($input: MoveDealInput!) { moveDeal(input: $input) { id version stageId } }`;
  const k = key('move');
  const input = { dealId: deal.id, toStageId: a.stages[1].id, expectedVersion: deal.row.version, idempotencyKey: k };
  const first = await a.owner.ok(move, { input });
  expect(await a.owner.ok(move, { input })).toEqual(first);
  const other = await a.owner.fails(move, { input: { ...input, toStageId: a.stages[2].id } });
  expect(other.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
  expect((await t.sql(`SELECT count(*)::int AS n FROM deal_stage_changes WHERE deal_id = $1`, [deal.id]))[0].n).toBe(2);
});

it('revives a stored result as the entity it was: dates as dates, nulls kept, nothing added', () => {
  const deal = revive(DealResource, { id: 'x', title: 'Stored', stageEnteredAt: '2026-05-04T03:02:01.000Z', closedAt: null, value: '12.50' }) as unknown as Record<string, unknown>;
  expect(deal).toBeInstanceOf(DealResource.entity);
  expect(deal.stageEnteredAt).toEqual(new Date('2026-05-04T03:02:01.000Z'));
  expect(deal.closedAt).toBeNull();
  expect(deal.title).toBe('Stored');
  expect(deal.value).toBe('12.50');
  expect('description' in deal).toBe(false);
});
