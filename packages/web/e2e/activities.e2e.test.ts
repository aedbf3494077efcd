import type { Browser } from 'playwright-core';
import { launch, session } from './support/browser';
import { gqlAs } from './support/own-organization';

/**
 * Activities in the demo organization: a rep edits, reschedules and deletes their own (checked through
 * the API); a manager's team view shows one member's open activities. (Every role reads all activities,
 * so reps get the team view too, read-only for colleagues' activities: see week.e2e.test.ts.)
 */
let browser: Browser;
const stamp = Date.now().toString(36);

const gql = <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) => gqlAs<T>(token, query, variables);

const logIn = async (email: string) => (await gql('mutation ($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }', { e: email, p: 'demo-password' })).logIn.accessToken as string;
const inDays = (days: number, hour = 10) => { const d = new Date(); d.setDate(d.getDate() + days); d.setHours(hour, 0, 0, 0); return d; };
const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

let repToken: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  browser = await launch();
  repToken = await logIn('rep@demo.crm');
  const create = async (subject: string) => (await gql('mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
    { input: { type: 'TASK', subject, dueAt: inDays(3).toISOString() } }, repToken)).createActivity.id as string;
  ids.edited = await create(`Send brochure ${stamp}`);
  ids.kept = await create(`Call back ${stamp}`);
});
afterAll(async () => { await browser?.close(); });

it('a rep edits, reschedules and deletes their own activity', async () => {
  const { page, context, errors } = await session(browser, 'rep@demo.crm');
  await page.goto('/activities?tab=upcoming');
  await page.getByRole('button', { name: `Edit “Send brochure ${stamp}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit activity' });
  await dialog.getByLabel('Subject').fill(`Send the brochure ${stamp}`);
  await dialog.getByLabel('Due date').fill(isoDate(new Date()));
  await dialog.getByLabel('Time').fill('23:30');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  // Rescheduled to today: it leaves Upcoming for Today.
  await page.getByRole('tab', { name: /Today/ }).click();
  await page.getByText(`Send the brochure ${stamp}`, { exact: true }).waitFor();
  const { activity } = await gql('query ($id: ID!) { activity(id: $id) { subject dueAt } }', { id: ids.edited }, repToken);
  expect(activity.subject).toBe(`Send the brochure ${stamp}`);
  expect(new Date(activity.dueAt).getTime()).toBe(new Date(`${isoDate(new Date())}T23:30`).getTime());

  await page.getByRole('button', { name: `Edit “Send the brochure ${stamp}”` }).click();
  await page.getByRole('dialog', { name: 'Edit activity' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete activity?' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByText(`“Send the brochure ${stamp}” deleted.`).waitFor();
  expect(await page.getByText(`Send the brochure ${stamp}`, { exact: true }).count()).toBe(0);
  expect((await gql('query ($id: ID!) { activity(id: $id) { id } }', { id: ids.edited }, repToken)).activity).toBeNull();
  expect(errors).toEqual([]);
  await context.close();
});

it('a manager sees one member’s open activities in the team view', async () => {
  const { page, context, errors } = await session(browser, 'manager@demo.crm');
  await page.goto('/activities');
  await page.getByLabel('Whose activities').selectOption({ label: 'Rafael Rep' });
  await page.getByRole('heading', { name: 'Team activities' }).waitFor();
  await page.getByRole('tab', { name: /Upcoming/ }).click();
  const row = page.locator('li.activity-row', { hasText: `Call back ${stamp}` });
  await row.waitFor();
  expect(await row.textContent()).toContain('Rafael Rep');
  const rows = await page.locator('li.activity-row').allTextContents();
  expect(rows.every((r) => r.includes('Rafael Rep'))).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});
