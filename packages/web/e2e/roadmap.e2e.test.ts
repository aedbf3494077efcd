import type { Locator } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { drag, eventually, text } from './support/browser';
import { createRoadmap, ownOrganizationFile } from './support/own-organization';

/** The roadmap: features under their epics in a lane per release (and "Unscheduled"); dragging or the "Move to" menu moves one, as the role allows. */
const stamp = Date.now().toString(36);
const ids: Record<string, string> = {};
const own = ownOrganizationFile('Rhea Roadmap', `Roadmap Co ${stamp}`, `rhea.${stamp}@example.com`, async (org) => {
  const roadmapId = await createRoadmap(org);
  const make = async (type: string, input: Record<string, unknown>) => (await org.gql(`mutation($input: Create${type}Input!) { r: create${type}(input: $input) { id } }`, { input: { roadmapId, ...input } })).r.id as string;
  ids.Sync = await make('Epic', { title: 'Sync everywhere', description: 'd' });
  ids.Spring = await make('Release', { name: 'Spring', versionNumber: '1.0', targetDate: '2027-03-01' });
  ids.Summer = await make('Release', { name: 'Summer', versionNumber: '1.1', targetDate: '2027-06-01' });
  ids['Offline mode'] = await make('Feature', { title: 'Offline mode', description: 'd', epicId: ids.Sync });
  ids.Widgets = await make('Feature', { title: 'Widgets', description: 'd' });
  await org.gql(`mutation($f: ID!, $to: ID) { moveFeatureToRelease(featureId: $f, toReleaseId: $to) { id } }`, { f: ids['Offline mode'], to: ids.Spring });
});

const lane = (name: string): Locator => own.page.locator('section.column[data-lane]').filter({ has: own.page.locator('h2', { hasText: name }) });
const card = (scope: Locator, title: string): Locator => scope.locator('[data-feature-id]').filter({ hasText: title });
const releasesOf = async (title: string) =>
  (await own.org.gql(`query($id: ID!) { feature(id: $id) { releaseLinks(first: 10) { nodes { release { name } } } } }`, { id: ids[title] })).feature.releaseLinks.nodes.map((l: { release: { name: string } }) => l.release.name);

it('shows a lane per release after "Unscheduled", with each feature under its epic and its status', async () => {
  await own.page.getByRole('link', { name: 'Roadmap' }).click();
  await own.page.waitForURL(/\/roadmap/);
  await card(lane('Spring'), 'Offline mode').waitFor();
  expect(await own.page.locator('section.column[data-lane] h2').allTextContents()).toEqual(['Unscheduled', 'Spring (1.0)', 'Summer (1.1)']);
  expect(await text(lane('Spring').locator('.column-totals'))).toContain('Planning');
  const epic = lane('Spring').getByRole('group', { name: 'Epic Sync everywhere' });
  expect(await text(card(epic, 'Offline mode').locator('[data-status]'))).toBe('Backlog');
  expect(await card(lane('Unscheduled'), 'Widgets').count()).toBe(1);
  expect(await seriousViolations(own.page)).toEqual([]);
});

it('drags a feature to another release, which stays there after a reload', async () => {
  await drag(own.page, card(lane('Spring'), 'Offline mode'), lane('Summer'));
  await card(lane('Summer'), 'Offline mode').waitFor();
  expect(await card(lane('Spring'), 'Offline mode').count()).toBe(0);
  await eventually('moved on the server', async () => JSON.stringify(await releasesOf('Offline mode')) === '["Summer"]');
  await own.page.reload();
  await card(lane('Summer'), 'Offline mode').waitFor();
  expect(await card(lane('Spring'), 'Offline mode').count()).toBe(0);
});

it('moves a feature with the keyboard through its "Move to" menu', async () => {
  const menu = own.page.getByLabel('Move Widgets to');
  await menu.focus();
  await menu.selectOption({ label: 'Spring (1.0)' });
  await card(lane('Spring'), 'Widgets').waitFor();
  expect(await card(lane('Unscheduled'), 'Widgets').count()).toBe(0);
  await own.page.getByText('Widgets moved to Spring (1.0).').waitFor({ state: 'attached' });
  expect(await releasesOf('Widgets')).toEqual(['Spring']);
  expect(own.errors).toEqual([]);
});

it('lets a viewer read the roadmap but offers no moves', async () => {
  await own.asMember('VIEWER', 'Vic Viewer', async (session) => {
    await session.page.goto('/roadmap');
    await session.page.locator('[data-feature-id]').filter({ hasText: 'Offline mode' }).waitFor();
    expect(await session.page.locator('.roadmap-move select').count()).toBe(0);
    expect(await session.page.locator('.roadmap-card-handle[aria-disabled="true"]').count()).toBe(2);
    expect(session.errors).toEqual([]);
  });
});
