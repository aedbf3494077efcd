import type { ApiClient } from '../support/harness';

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
