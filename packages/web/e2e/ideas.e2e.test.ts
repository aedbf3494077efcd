import type { Locator } from 'playwright-core';
import { drag, eventually, text } from './support/browser';
import { createRoadmap, ownOrganizationFile } from './support/own-organization';

/** The ideas board: columns by status, cards sorted by score, dragging changes the status (legal moves only). */
const stamp = Date.now().toString(36);
const ids: Record<string, string> = {};
const own = ownOrganizationFile('Ivy Ideas', `Ideas Co ${stamp}`, `ivy.${stamp}@example.com`, async (org) => {
  const roadmapId = await createRoadmap(org);
  const make = async (title: string, input: Record<string, unknown>) => {
    ids[title] = (await org.gql(`mutation($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { title, description: 'd', roadmapId, ...input } })).createIdea.id;
  };
  // RICE: Offline 500, Dark mode 90, Widgets 2; WSJF puts Widgets first.
  await make('Dark mode', { reach: 90, impact: 1, confidence: 1, effort: 1, businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 10 });
  await make('Offline sync', { reach: 100, impact: 5, confidence: 5, effort: 5, businessValue: 2, timeCriticality: 2, riskReduction: 2, jobSize: 2 });
  await make('Widgets', { reach: 2, impact: 1, confidence: 1, effort: 1, businessValue: 10, timeCriticality: 10, riskReduction: 10, jobSize: 1 });
});

const column = (name: string): Locator => own.page.locator('section.column').filter({ has: own.page.locator('h2', { hasText: new RegExp(`^${name}$`) }) });
const card = (scope: Locator, title: string): Locator => scope.locator('[data-idea-id]').filter({ hasText: title });
const titlesIn = async (name: string) => (await column(name).locator('[data-idea-id] .title').allTextContents());
const statusOf = async (id: string) => (await own.org.gql(`query($id: ID!) { idea(id: $id) { status } }`, { id })).idea.status as string;

it('shows a column per status with the cards sorted by the chosen score', async () => {
  await own.page.getByRole('link', { name: 'Ideas' }).click();
  await own.page.waitForURL(/\/ideas/);
  await card(column('Submitted'), 'Widgets').waitFor();
  for (const name of ['Submitted', 'Under review', 'Approved', 'In development', 'Implemented', 'Rejected']) expect(await column(name).count()).toBe(1);
  expect(await titlesIn('Submitted')).toEqual(['Offline sync', 'Dark mode', 'Widgets']);
  expect(await text(card(column('Submitted'), 'Offline sync').getByTestId('idea-score'))).toBe('RICE 500');
  await own.page.getByLabel('Sort by').selectOption('WSJF_SCORE');
  await eventually('sorted by WSJF', async () => JSON.stringify(await titlesIn('Submitted')) === JSON.stringify(['Widgets', 'Offline sync', 'Dark mode']));
});

it('drags a card to the next status, which the server records', async () => {
  await drag(own.page, card(column('Submitted'), 'Offline sync'), column('Under review'));
  await card(column('Under review'), 'Offline sync').waitFor();
  expect(await titlesIn('Submitted')).toEqual(['Widgets', 'Dark mode']);
  await eventually('status saved', async () => (await statusOf(ids['Offline sync'])) === 'UNDER_REVIEW');
});

it('refuses an illegal move with the server\'s reason, and the card stays', async () => {
  await drag(own.page, card(column('Submitted'), 'Dark mode'), column('Implemented'));
  const alert = own.page.getByRole('alert').filter({ hasText: 'from SUBMITTED to IMPLEMENTED' });
  await alert.waitFor();
  expect(await card(column('Submitted'), 'Dark mode').count()).toBe(1);
  expect(await column('Implemented').locator('[data-idea-id]').count()).toBe(0);
  expect(await statusOf(ids['Dark mode'])).toBe('SUBMITTED');
  expect(own.errors).toEqual([]);
});
