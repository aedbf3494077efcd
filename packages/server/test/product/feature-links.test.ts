import type { Tenant } from '../support/harness';
import { create, createIdea, createRoadmap, ideaTo, productFile } from './product-support';

/**
 * Seed 003's many-to-many links: ideas ↔ features (IdeaFeatureLink) and features ↔ releases
 * (ReleaseFeature), declared on the platform; moveFeatureToRelease moves a feature between releases
 * in one transaction. Links stay within one roadmap and one organization.
 */
const fx = productFile({ a: 'Links A', b: 'Links B' });

let n = 0;
const feature = (tenant: Tenant, roadmap: string, title = `Feature ${++n}`) => create(tenant, 'Feature', { title, description: 'd', roadmapId: roadmap });
const release = (tenant: Tenant, roadmap: string) => create(tenant, 'Release', { name: `Release ${++n}`, versionNumber: `${++n}.0`, roadmapId: roadmap });

const MOVE = `mutation($f: ID!, $from: ID, $to: ID) { moveFeatureToRelease(featureId: $f, fromReleaseId: $from, toReleaseId: $to) { id releaseLinks(first: 10) { nodes { releaseId } } } }`;
const releasesOf = async (featureId: string) =>
  (await fx.a.owner.ok(`query($f: ID!) { feature(id: $f) { releaseLinks(first: 10, orderBy: [{ field: CREATED_AT, direction: ASC }]) { nodes { release { id } } } } }`, { f: featureId }))
    .feature.releaseLinks.nodes.map((l: { release: { id: string } }) => l.release.id);

it('links a feature to several ideas and an idea to several features, both ways', async () => {
  const [i1, i2] = [await createIdea(fx.a.owner, fx.roadmapId), await createIdea(fx.a.owner, fx.roadmapId)];
  const [f1, f2] = [await feature(fx.a, fx.roadmapId), await feature(fx.a, fx.roadmapId)];
  for (const [idea, f] of [[i1.id, f1], [i2.id, f1], [i1.id, f2]]) await create(fx.a, 'IdeaFeatureLink', { ideaId: idea, featureId: f, note: 'covers it' });
  const { idea } = await fx.a.owner.ok(`query($i: ID!) { idea(id: $i) { featureLinks(first: 10) { totalCount nodes { feature { id } } } } }`, { i: i1.id });
  expect(idea.featureLinks.nodes.map((l: { feature: { id: string } }) => l.feature.id).sort()).toEqual([f1, f2].sort());
  const { features } = await fx.a.owner.ok(`query($i: ID!) { features(first: 10, where: { ideaLinks: { some: { ideaId: { eq: $i } } } }) { totalCount } }`, { i: i2.id });
  expect(features.totalCount).toBe(1);
  // The same pair twice is refused, naming the feature.
  const twice = await fx.a.owner.fails(`mutation($input: CreateIdeaFeatureLinkInput!) { createIdeaFeatureLink(input: $input) { id } }`, { input: { ideaId: i1.id, featureId: f1, note: 'again' } });
  expect(twice.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.featureId' });
});

it('a link in the trash does not hold its pair (unique among live rows), and restoring it then clashes', async () => {
  const [idea, f] = [await createIdea(fx.a.owner, fx.roadmapId), await feature(fx.a, fx.roadmapId)];
  const first = await create(fx.a, 'IdeaFeatureLink', { ideaId: idea.id, featureId: f, note: 'first' });
  await fx.a.owner.ok(`mutation($id: ID!) { deleteIdeaFeatureLink(id: $id) { id } }`, { id: first });
  await create(fx.a, 'IdeaFeatureLink', { ideaId: idea.id, featureId: f, note: 'again, after the first went to the trash' });
  const restored = await fx.a.owner.fails(`mutation($id: ID!) { restoreIdeaFeatureLink(id: $id) { id } }`, { id: first });
  expect(restored.extensions?.code).toBe('CONFLICT');
});

it('promoting an idea links the new feature to it', async () => {
  const idea = await createIdea(fx.a.owner, fx.roadmapId, { title: 'Offline mode' });
  await ideaTo(fx.a.owner, idea.id, ['UNDER_REVIEW', 'APPROVED']);
  await fx.a.owner.ok(`mutation($id: ID!) { promoteIdeaToFeature(id: $id) { id } }`, { id: idea.id });
  const rows = await fx.t.sql(`SELECT f.title, l.note FROM idea_features l JOIN features f ON f.organization_id = l.organization_id AND f.id = l.feature_id WHERE l.idea_id = $1 AND l.deleted_at IS NULL`, [idea.id]);
  expect(rows).toEqual([{ title: 'Offline mode', note: 'Promoted from the idea "Offline mode"' }]);
});

it('puts a feature in several releases and moves it from one to another in one step', async () => {
  const [r1, r2, r3] = [await release(fx.a, fx.roadmapId), await release(fx.a, fx.roadmapId), await release(fx.a, fx.roadmapId)];
  const f = await feature(fx.a, fx.roadmapId);
  await fx.a.owner.ok(MOVE, { f, to: r1 });
  await create(fx.a, 'ReleaseFeature', { releaseId: r3, featureId: f, note: 'Also in the autumn release' });
  expect(await releasesOf(f)).toEqual([r1, r3]);
  await fx.a.owner.ok(MOVE, { f, from: r1, to: r2 });
  expect((await releasesOf(f)).sort()).toEqual([r2, r3].sort());
  const { release: moved } = await fx.a.owner.ok(`query($r: ID!) { release(id: $r) { featureLinks(first: 5) { nodes { feature { id } } } } }`, { r: r2 });
  expect(moved.featureLinks.nodes).toEqual([{ feature: { id: f } }]);
  // Out of a release into "unscheduled".
  await fx.a.owner.ok(MOVE, { f, from: r3 });
  expect(await releasesOf(f)).toEqual([r2]);
  const { features } = await fx.a.owner.ok(`query($r: ID!) { features(first: 50, where: { roadmapId: { eq: $r }, releaseLinks: { none: {} } }) { nodes { id } } }`, { r: fx.roadmapId });
  expect(features.nodes.map((x: { id: string }) => x.id)).not.toContain(f);
});

it('refuses a move from a release the feature is not in, and writes nothing', async () => {
  const [r1, r2] = [await release(fx.a, fx.roadmapId), await release(fx.a, fx.roadmapId)];
  const f = await feature(fx.a, fx.roadmapId);
  const error = await fx.a.owner.fails(MOVE, { f, from: r1, to: r2 });
  expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'fromReleaseId' });
  expect(await releasesOf(f)).toEqual([]);
  expect((await fx.a.owner.fails(MOVE, { f })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect((await fx.a.owner.fails(MOVE, { f, from: r1, to: r1 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
});

it('keeps links within one roadmap and one organization', async () => {
  const other = await createRoadmap(fx.a.owner);
  const f = await feature(fx.a, fx.roadmapId);
  const elsewhere = await release(fx.a, other);
  const across = await fx.a.owner.fails(MOVE, { f, to: elsewhere });
  expect(across.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.featureId' });
  const foreignIdea = await createIdea(fx.b.owner, await createRoadmap(fx.b.owner));
  const foreign = await fx.a.owner.fails(`mutation($input: CreateIdeaFeatureLinkInput!) { createIdeaFeatureLink(input: $input) { id } }`, { input: { ideaId: foreignIdea.id, featureId: f, note: 'x' } });
  expect(foreign.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.ideaId' });
  // B sees none of A's links.
  const seen = await fx.b.owner.ok(`{ releaseFeatures(first: 5) { totalCount } ideaFeatureLinks(first: 5) { totalCount } }`);
  expect(seen).toEqual({ releaseFeatures: { totalCount: 0 }, ideaFeatureLinks: { totalCount: 0 } });
});

it('lets members move features and viewers only read', async () => {
  const [r1, r2] = [await release(fx.a, fx.roadmapId), await release(fx.a, fx.roadmapId)];
  const f = await feature(fx.a, fx.roadmapId);
  await fx.a.owner.ok(MOVE, { f, to: r1 });
  const viewer = await fx.t.addMember(fx.a, 'VIEWER');
  const member = await fx.t.addMember(fx.a, 'MEMBER');
  const flags = `query($f: ID!) { feature(id: $f) { viewerCan { moveFeatureToRelease } } }`;
  expect((await viewer.ok(flags, { f })).feature.viewerCan.moveFeatureToRelease).toBe(false);
  expect((await viewer.fails(MOVE, { f, from: r1, to: r2 })).extensions?.code).toBe('FORBIDDEN');
  expect(await releasesOf(f)).toEqual([r1]);
  expect((await member.ok(flags, { f })).feature.viewerCan.moveFeatureToRelease).toBe(true);
  await member.ok(MOVE, { f, from: r1, to: r2 });
  expect(await releasesOf(f)).toEqual([r2]);
});
