import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { drag, eventually, launch, text } from './support/browser';
import { ownOrganization } from './support/own-organization';

/** The ideas board: columns by status, cards sorted by score, dragging changes the status (legal moves only). */
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let org: Awaited<ReturnType<typeof ownOrganization>>;
const stamp = Date.now().toString(36);
const ids: Record<string, string> = {};

const column = (name: string): Locator => page.locator('section.column').filter({ has: page.locator('h2', { hasText: new RegExp(`^${name}$`) }) });
const card = (scope: Locator, title: string): Locator => scope.locator('[data-idea-id]').filter({ hasText: title });
const titlesIn = async (name: string) => (await column(name).locator('[data-idea-id] .title').allTextContents());
const statusOf = async (id: string) => (await org.gql(`query($id: ID!) { idea(id: $id) { status } }`, { id })).idea.status as string;

beforeAll(async () => {
  browser = await launch();
  org = await ownOrganization('Ivy Ideas', `Ideas Co ${stamp}`, `ivy.${stamp}@example.com`);
  const { createRoadmap } = await org.gql(`mutation { createRoadmap(input: { name: "Mobile app", key: "MOB" }) { id } }`);
  const make = async (title: string, input: Record<string, unknown>) => {
    ids[title] = (await org.gql(`mutation($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { title, description: 'd', roadmapId: createRoadmap.id, ...input } })).createIdea.id;
  };
  // RICE: Offline 500, Dark mode 90, Widgets 2; WSJF puts Widgets first.
  await make('Dark mode', { reach: 90, impact: 1, confidence: 1, effort: 1, businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 10 });
  await make('Offline sync', { reach: 100, impact: 5, confidence: 5, effort: 5, businessValue: 2, timeCriticality: 2, riskReduction: 2, jobSize: 2 });
  await make('Widgets', { reach: 2, impact: 1, confidence: 1, effort: 1, businessValue: 10, timeCriticality: 10, riskReduction: 10, jobSize: 1 });
  ({ context, page, errors } = await org.signedIn(browser));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

it('shows a column per status with the cards sorted by the chosen score', async () => {
  await page.getByRole('link', { name: 'Ideas' }).click();
  await page.waitForURL(/\/ideas/);
  await card(column('Submitted'), 'Widgets').waitFor();
  for (const name of ['Submitted', 'Under review', 'Approved', 'In development', 'Implemented', 'Rejected']) expect(await column(name).count()).toBe(1);
  expect(await titlesIn('Submitted')).toEqual(['Offline sync', 'Dark mode', 'Widgets']);
  expect(await text(card(column('Submitted'), 'Offline sync').getByTestId('idea-score'))).toBe('RICE 500');
  await page.getByLabel('Sort by').selectOption('WSJF_SCORE');
  await eventually('sorted by WSJF', async () => JSON.stringify(await titlesIn('Submitted')) === JSON.stringify(['Widgets', 'Offline sync', 'Dark mode']));
});

it('drags a card to the next status, which the server records', async () => {
  await drag(page, card(column('Submitted'), 'Offline sync'), column('Under review'));
  await card(column('Under review'), 'Offline sync').waitFor();
  expect(await titlesIn('Submitted')).toEqual(['Widgets', 'Dark mode']);
  await eventually('status saved', async () => (await statusOf(ids['Offline sync'])) === 'UNDER_REVIEW');
});

it('refuses an illegal move with the server\'s reason, and the card stays', async () => {
  await drag(page, card(column('Submitted'), 'Dark mode'), column('Implemented'));
  const alert = page.getByRole('alert').filter({ hasText: 'from SUBMITTED to IMPLEMENTED' });
  await alert.waitFor();
  expect(await card(column('Submitted'), 'Dark mode').count()).toBe(1);
  expect(await column('Implemented').locator('[data-idea-id]').count()).toBe(0);
  expect(await statusOf(ids['Dark mode'])).toBe('SUBMITTED');
  expect(errors).toEqual([]);
});
