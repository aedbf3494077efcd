import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/**
 * Global search on a large table ranks candidates (app_search, migration
 * OpenBoardFunnelTotalsSearchCandidates): the organization's newest rows when enough of them match,
 * else the GIN index's first matches. The test database is small, so the tables are made to look
 * large to the function (pg_class.reltuples, what it reads) and the answers checked on both paths.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;

const SEARCH = `query($q: String!) { search(query: $q, types: [DEAL], first: 20) { id title rank } }`;
const CREATE = `mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Candidates A');
  b = await t.createTenant('Candidates B');
});
afterAll(async () => {
  await t?.sql(`ANALYZE deals`);
  await t?.close();
});

async function deals(tenant: Tenant, titles: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) ids.push((await tenant.owner.ok(CREATE, { input: { title, stageId: tenant.stages[0].id } })).createDeal.id);
  return ids;
}

const search = async (tenant: Tenant, q: string) => (await tenant.owner.ok(SEARCH, { q })).search as { id: string; title: string; rank: number }[];

it('answers from the newest matching rows, or from the index for a rarer word, within the organization and out of the trash', async () => {
  // 30 deals share a word (enough among the newest to answer from them); 3 have a rarer one; the other tenant has both.
  const common = await deals(a, Array.from({ length: 30 }, (_, i) => (i % 10 === 0 ? `Quillwort quillwort renewal ${i}` : `Quillwort renewal ${i}`)));
  const rare = await deals(a, ['Marrowfat order', 'Marrowfat pilot', 'Marrowfat trial']);
  await deals(b, ['Quillwort elsewhere', 'Marrowfat elsewhere']);
  await a.owner.ok(`mutation($id: ID!) { deleteDeal(id: $id) { id } }`, { id: rare[2] });
  const small = { quill: await search(a, 'quill'), marrow: await search(a, 'marrow') };

  await t.sql(`UPDATE pg_class SET reltuples = 10000000 WHERE oid = 'deals'::regclass`);
  const large = await search(a, 'quill');
  expect(large).toHaveLength(20);
  expect(large.every((h) => common.includes(h.id))).toBe(true);
  expect(large.map((h) => h.rank)).toEqual([...large.map((h) => h.rank)].sort((x, y) => y - x));
  // The three that say it twice rank first, as when every match is ranked.
  expect(large.slice(0, 3).map((h) => h.id).sort()).toEqual([common[0], common[10], common[20]].sort());
  expect(large).toEqual(small.quill);
  // A word too rare among the newest rows: every live match of the organization, from the index.
  expect((await search(a, 'marrow')).map((h) => h.id).sort()).toEqual(rare.slice(0, 2).sort());
  expect(await search(a, 'marrow')).toEqual(small.marrow);
  expect(await search(a, 'nothing-of-the-kind')).toEqual([]);
});
