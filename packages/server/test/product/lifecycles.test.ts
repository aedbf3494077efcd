import type { ChangeEvent } from '../../src/platform/events/event-bus';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { createIdea, createRoadmap, ideaTo } from './product-support';

/** Status lifecycles of ideas, features, epics and releases: legal moves only, each one audited and announced. */
let t: TestPlatform;
let a: Tenant;
let roadmapId: string;
const events: ChangeEvent[] = [];

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Lifecycles');
  roadmapId = await createRoadmap(a.owner);
  t.platform.events.subscribe((e) => events.push(e));
});
afterAll(() => t.close());

const CHANGE: Record<string, string> = {
  Idea: `mutation($id: ID!, $s: IdeaStatus!) { changeIdeaStatus(id: $id, status: $s) { id status version } }`,
  Feature: `mutation($id: ID!, $s: FeatureStatus!) { changeFeatureStatus(id: $id, status: $s) { id status version } }`,
  Epic: `mutation($id: ID!, $s: EpicStatus!) { changeEpicStatus(id: $id, status: $s) { id status version } }`,
  Release: `mutation($id: ID!, $s: ReleaseStatus!) { changeReleaseStatus(id: $id, status: $s) { id status version releaseDate } }`,
};

async function create(type: string, extra: Record<string, unknown> = {}): Promise<string> {
  const base = type === 'Release' ? { name: `R ${Math.random()}`, versionNumber: `${Math.floor(Math.random() * 1e9)}` } : { title: `${type} x`, description: 'd' };
  const data = await a.owner.ok(`mutation($input: Create${type}Input!) { create${type}(input: $input) { id } }`, { input: { ...base, roadmapId, ...extra } });
  return data[`create${type}`].id;
}

/** Waits for the event bus to carry this many status changes of a record (the test fails on its timeout if it never does). */
async function announcedTimes(id: string, count: number): Promise<void> {
  while (events.filter((e) => e.id === id && e.action === 'STATUS_CHANGE').length < count) await new Promise((r) => setTimeout(r, 20));
}

/** Waits for the event bus to carry this change (the test fails on its timeout if it never does). */
async function announced(type: string, id: string, action: string): Promise<ChangeEvent> {
  for (;;) {
    const found = events.find((e) => e.type === type && e.id === id && e.action === action);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const LEGAL: [string, string[]][] = [
  ['Idea', ['UNDER_REVIEW', 'APPROVED', 'IN_DEVELOPMENT', 'IMPLEMENTED']],
  ['Idea', ['REJECTED', 'UNDER_REVIEW', 'SUBMITTED']],
  ['Feature', ['IN_PROGRESS', 'IN_REVIEW', 'TESTING', 'DONE']],
  ['Feature', ['CANCELLED', 'BACKLOG']],
  ['Epic', ['IN_PROGRESS', 'COMPLETED', 'IN_PROGRESS', 'PLANNING']],
  ['Release', ['IN_PROGRESS', 'TESTING', 'READY', 'RELEASED']],
];

it.each(LEGAL)('%s moves along %j, one audited STATUS_CHANGE event each', async (type, path) => {
  const id = await create(type);
  for (const status of path) {
    const data = await a.owner.ok(CHANGE[type], { id, s: status });
    expect(Object.values(data)[0]).toMatchObject({ id, status });
  }
  const audit = await t.sql(`SELECT old_values->>'status' AS "from", new_values->>'status' AS "to" FROM audit_logs WHERE entity_id = $1 AND action = 'STATUS_CHANGE' ORDER BY created_at, id`, [id]);
  expect(audit.map((r) => r.to)).toEqual(path);
  expect(audit[0].from).toBe(type === 'Idea' ? 'SUBMITTED' : type === 'Feature' ? 'BACKLOG' : 'PLANNING');
  // On the event bus (what webhooks deliver as <type>.status_changed): each move with where it came from.
  await announcedTimes(id, path.length);
  const moves = events.filter((e) => e.id === id && e.action === 'STATUS_CHANGE');
  expect(moves.map((e) => [e.type, e.organizationId, e.refs.roadmapId, e.previousStatus, e.status])).toEqual(path.map((to, i) => [type, a.organizationId, roadmapId, audit[i].from, to]));
});

const ILLEGAL: [string, string[], string][] = [
  ['Idea', [], 'IMPLEMENTED'],
  ['Idea', [], 'APPROVED'],
  ['Idea', ['UNDER_REVIEW', 'APPROVED', 'IN_DEVELOPMENT', 'IMPLEMENTED'], 'UNDER_REVIEW'],
  ['Feature', [], 'DONE'],
  ['Feature', ['IN_PROGRESS'], 'TESTING'],
  ['Epic', [], 'COMPLETED'],
  ['Epic', ['CANCELLED'], 'IN_PROGRESS'],
  ['Release', [], 'RELEASED'],
  ['Release', ['IN_PROGRESS', 'TESTING', 'READY', 'RELEASED'], 'PLANNING'],
  ['Release', ['IN_PROGRESS'], 'IN_PROGRESS'],
];

it.each(ILLEGAL)('%s after %j cannot go to %s: BAD_USER_INPUT naming from and to, nothing written', async (type, path, to) => {
  const id = await create(type);
  for (const status of path) await a.owner.ok(CHANGE[type], { id, s: status });
  const from = path.at(-1) ?? (type === 'Idea' ? 'SUBMITTED' : type === 'Feature' ? 'BACKLOG' : 'PLANNING');
  const [before] = await t.sql(`SELECT version FROM ${type === 'Idea' ? 'ideas' : `${type.toLowerCase()}s`} WHERE id = $1`, [id]);
  const error = await a.owner.fails(CHANGE[type], { id, s: to });
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', from, to });
  expect(error.message).toContain(`from ${from} to ${to}`);
  const [after] = await t.sql(`SELECT status, version FROM ${type === 'Idea' ? 'ideas' : `${type.toLowerCase()}s`} WHERE id = $1`, [id]);
  expect(after).toEqual({ status: from, version: before.version });
});

it('takes no status through create or update', async () => {
  for (const type of ['Idea', 'Feature', 'Epic', 'Release']) {
    const { __type } = await a.owner.ok(`query($n: String!) { __type(name: $n) { inputFields { name } } }`, { n: `Update${type}Input` });
    expect(__type.inputFields.map((f: { name: string }) => f.name)).not.toContain('status');
  }
});

it('refuses a status change from a VIEWER and a stale expectedVersion', async () => {
  const viewer = await t.addMember(a, 'VIEWER');
  const id = await create('Epic');
  expect((await viewer.fails(CHANGE.Epic, { id, s: 'IN_PROGRESS' })).extensions?.code).toBe('FORBIDDEN');
  const stale = await a.owner.fails(`mutation($id: ID!) { changeEpicStatus(id: $id, status: IN_PROGRESS, expectedVersion: 99) { id } }`, { id });
  expect(stale.extensions?.code).toBe('CONFLICT');
});

describe('promoteIdeaToFeature', () => {
  const PROMOTE = `mutation($id: ID!) { promoteIdeaToFeature(id: $id) { id status featureLinks(first: 5) { nodes { feature { id title description roadmapId status ideaLinks(first: 5) { nodes { idea { id } } } } } } } }`;

  it('turns an approved idea into a linked feature and moves it to IN_DEVELOPMENT', async () => {
    const idea = await createIdea(a.owner, roadmapId, { title: 'Dark mode', description: 'Please' });
    await ideaTo(a.owner, idea.id, ['UNDER_REVIEW', 'APPROVED']);
    const { promoteIdeaToFeature: promoted } = await a.owner.ok(PROMOTE, { id: idea.id });
    expect(promoted.status).toBe('IN_DEVELOPMENT');
    expect(promoted.featureLinks.nodes).toEqual([{ feature: expect.objectContaining({ title: 'Dark mode', description: 'Please', roadmapId, status: 'BACKLOG', ideaLinks: { nodes: [{ idea: { id: idea.id } }] } }) }]);
    const { features } = await a.owner.ok(`query($i: ID!) { features(first: 5, where: { ideaLinks: { some: { ideaId: { eq: $i } } } }) { nodes { id } } }`, { i: idea.id });
    expect(features.nodes).toEqual([{ id: promoted.featureLinks.nodes[0].feature.id }]);
  });

  it('refuses an idea that is not approved, and creates no feature', async () => {
    const idea = await createIdea(a.owner, roadmapId);
    const error = await a.owner.fails(PROMOTE, { id: idea.id });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', from: 'SUBMITTED', to: 'IN_DEVELOPMENT' });
    expect(await t.sql(`SELECT id FROM idea_features WHERE idea_id = $1`, [idea.id])).toEqual([]);
  });
});

describe('launch checklist gate', () => {
  const ITEM = `mutation($input: CreateLaunchChecklistItemInput!) { createLaunchChecklistItem(input: $input) { id done doneAt } }`;
  const TICK = `mutation($id: ID!, $done: Boolean!) { updateLaunchChecklistItem(id: $id, input: { done: $done }) { id done doneAt } }`;
  const LAUNCH = `mutation($id: ID!) { launchRelease(id: $id) { id status releaseDate } }`;

  it('refuses to launch while items are open, listing them; launches once all are done', async () => {
    const release = await create('Release');
    for (const s of ['IN_PROGRESS', 'TESTING', 'READY']) await a.owner.ok(CHANGE.Release, { id: release, s });
    const docs = (await a.owner.ok(ITEM, { input: { releaseId: release, title: 'Docs published', position: 1 } })).createLaunchChecklistItem;
    const qa = (await a.owner.ok(ITEM, { input: { releaseId: release, title: 'QA sign-off', position: 2 } })).createLaunchChecklistItem;
    await a.owner.ok(ITEM, { input: { releaseId: release, title: 'Blog post', position: 3, done: true } });

    for (const attempt of [LAUNCH, CHANGE.Release]) {
      const error = await a.owner.fails(attempt, { id: release, s: 'RELEASED' });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', from: 'READY', to: 'RELEASED', openItems: [{ id: docs.id, title: 'Docs published' }, { id: qa.id, title: 'QA sign-off' }] });
      expect(error.message).toContain('"Docs published", "QA sign-off"');
    }
    const ticked = (await a.owner.ok(TICK, { id: docs.id, done: true })).updateLaunchChecklistItem;
    expect(ticked.doneAt).not.toBeNull();
    const still = await a.owner.fails(LAUNCH, { id: release });
    expect(still.extensions?.openItems).toEqual([{ id: qa.id, title: 'QA sign-off' }]);
    await a.owner.ok(TICK, { id: qa.id, done: true });
    // An item in the trash does not hold the launch back.
    const obsolete = (await a.owner.ok(ITEM, { input: { releaseId: release, title: 'Obsolete' } })).createLaunchChecklistItem;
    expect((await a.owner.fails(LAUNCH, { id: release })).extensions?.openItems).toEqual([{ id: obsolete.id, title: 'Obsolete' }]);
    await a.owner.ok(`mutation($id: ID!) { deleteLaunchChecklistItem(id: $id) { id } }`, { id: obsolete.id });
    const { launchRelease } = await a.owner.ok(LAUNCH, { id: release });
    expect(launchRelease.status).toBe('RELEASED');
    expect(launchRelease.releaseDate).not.toBeNull();
    expect((await announced('Release', release, 'STATUS_CHANGE')).id).toBe(release);
  });

  it('reopening an item clears doneAt', async () => {
    const release = await create('Release');
    const item = (await a.owner.ok(ITEM, { input: { releaseId: release, title: 'Check', done: true } })).createLaunchChecklistItem;
    expect(item.doneAt).not.toBeNull();
    expect((await a.owner.ok(TICK, { id: item.id, done: false })).updateLaunchChecklistItem).toEqual({ id: item.id, done: false, doneAt: null });
  });
});
