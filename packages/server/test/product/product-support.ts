import { testPlatformFile, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';

/** Product-management fixtures made through the API, shared by the product tests. */
let n = 0;

export async function createRoadmap(client: ApiClient, name = `Roadmap ${++n}`): Promise<string> {
  const { createRoadmap } = await client.ok(`mutation($input: CreateRoadmapInput!) { createRoadmap(input: $input) { id } }`, { input: { name, key: `RM-${++n}` } });
  return createRoadmap.id;
}

export const IDEA_FIELDS = 'id status reach impact confidence effort businessValue timeCriticality riskReduction jobSize riceScore iceScore wsjfScore';

export async function createIdea(client: ApiClient, roadmapId: string, input: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const { createIdea } = await client.ok(`mutation($input: CreateIdeaInput!) { createIdea(input: $input) { ${IDEA_FIELDS} } }`,
    { input: { title: `Idea ${++n}`, description: 'An idea', roadmapId, ...input } });
  return createIdea;
}

/** Walks an idea through legal steps to the given status. */
export async function ideaTo(client: ApiClient, id: string, path: string[]): Promise<void> {
  for (const status of path) await client.ok(`mutation($id: ID!, $s: IdeaStatus!) { changeIdeaStatus(id: $id, status: $s) { id } }`, { id, s: status });
}

/** A product test file's platform, the organization its tests work in (`a`) with a roadmap, and another (`b`). */
export interface ProductFile { t: TestPlatform; a: Tenant; b: Tenant; roadmapId: string }

/**
 * The set-up of a product test file: before its tests, a platform (testPlatformFile, closed after
 * them) and two organizations, made in the order named (`{ b: …, a: … }` makes b first), and a roadmap of a's.
 * The fields are filled in by then: read them in hooks and tests, not at the file's top level.
 */
export function productFile(names: { a: string; b: string }): ProductFile {
  const fx = testPlatformFile() as ProductFile;
  beforeAll(async () => {
    for (const [key, name] of Object.entries(names) as ['a' | 'b', string][]) fx[key] = await fx.t.createTenant(name);
    fx.roadmapId = await createRoadmap(fx.a.owner);
  });
  return fx;
}

/** Creates a `type` record as `tenant`'s owner: its id. */
export const create = async (tenant: Tenant, type: string, input: Record<string, unknown>): Promise<string> =>
  (await tenant.owner.ok(`mutation($input: Create${type}Input!) { r: create${type}(input: $input) { id } }`, { input })).r.id;
