import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, dayKey, startOfWeek, zonedInstant } from '../src/activities/weekModel';
import { horizontalOverflow, seriousViolations } from './support/axe';
import { drag, e2eState, eventually, launch, signIn, text, watchErrors } from './support/browser';
import { gqlAs } from './support/own-organization';

/**
 * The activities week view in the demo organization, in a browser set to Berlin time: a rep drags
 * and keyboard-moves their own activity to another day (kept after a reload, same time of day),
 * a refused move goes back with a message, a colleague's activity cannot be dragged, the phone
 * layout stacks the days with a Move to day control, and a manager's team week shows a member's.
 */
const ZONE = 'Europe/Berlin';
const stamp = Date.now().toString(36);
let browser: Browser;
const gql = <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) => gqlAs<T>(token, query, variables);
const logIn = async (email: string) => (await gql('mutation ($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }', { e: email, p: 'demo-password' })).logIn.accessToken as string;

const monday = startOfWeek(dayKey(new Date(), ZONE));
const day = (i: number) => addDays(monday, i);
const at = (d: string, hour: number, minute = 0) => zonedInstant(d, ZONE, { hour, minute }).toISOString();

let repToken: string;
let rep2Token: string;
const ids: Record<string, string> = {};
let rep2Id: string;

async function create(token: string, subject: string, dueAt: string) {
  return (await gql('mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }', { input: { type: 'TASK', subject, dueAt } }, token)).createActivity.id as string;
}
const dueAtOf = async (id: string) => (await gql('query ($id: ID!) { activity(id: $id) { dueAt version } }', { id }, repToken)).activity as { dueAt: string; version: number };

async function open(email: string, path: string, viewport = { width: 1440, height: 900 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, baseURL: e2eState().baseUrl, timezoneId: ZONE });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, email);
  await page.goto(path);
  await page.getByTestId('week').locator('.week-grid').waitFor();
  return { context, page, errors };
}

const dayColumn = (page: Page, d: string) => page.locator(`section.week-day[data-day="${d}"]`);
const item = (scope: Page | ReturnType<typeof dayColumn>, subject: string) => scope.locator('.week-item').filter({ hasText: subject });

beforeAll(async () => {
  browser = await launch();
  repToken = await logIn('rep@demo.crm');
  rep2Token = await logIn('rep2@demo.crm');
  rep2Id = (await gql('{ me { user { id } } }', {}, rep2Token)).me.user.id;
  ids.dragged = await create(repToken, `Prepare demo ${stamp}`, at(day(0), 10, 30));
  ids.keyed = await create(repToken, `Send agenda ${stamp}`, at(day(1), 16, 15));
  ids.refused = await create(repToken, `Check contract ${stamp}`, at(day(2), 9, 0));
  ids.phone = await create(repToken, `Phone follow-up ${stamp}`, at(day(3), 11, 45));
  ids.colleague = await create(rep2Token, `Rita's review ${stamp}`, at(day(1), 14, 0));
});
afterAll(async () => { await browser?.close(); });

it('a rep drags their activity to another day: it moves at once, keeps its time, and is there after a reload', async () => {
  const { page, context, errors } = await open('rep@demo.crm', '/activities?view=week');
  await item(dayColumn(page, day(0)), `Prepare demo ${stamp}`).waitFor();
  expect(await text(page.locator('.week-range'))).toMatch(/\d/);
  // Monday first.
  expect(await page.locator('section.week-day').first().getAttribute('data-day')).toBe(monday);
  await drag(page, item(dayColumn(page, day(0)), `Prepare demo ${stamp}`), dayColumn(page, day(3)));
  await item(dayColumn(page, day(3)), `Prepare demo ${stamp}`).waitFor({ timeout: 2000 });
  expect(await item(dayColumn(page, day(0)), `Prepare demo ${stamp}`).count()).toBe(0);
  await eventually('the new due date to be saved', async () => (await dueAtOf(ids.dragged!)).dueAt === at(day(3), 10, 30));
  await page.reload();
  const moved = item(dayColumn(page, day(3)), `Prepare demo ${stamp}`);
  await moved.waitFor();
  expect(await text(moved.locator('time'))).toMatch(/10[:.]30/);
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

it('moves with the keyboard, and screen readers hear where it went', async () => {
  const { page, context, errors } = await open('rep@demo.crm', '/activities?view=week');
  const card = item(dayColumn(page, day(1)), `Send agenda ${stamp}`);
  await card.getByRole('button', { name: new RegExp(`^Reschedule Send agenda ${stamp}`) }).focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(150);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(250);
  await page.keyboard.press('Space');
  await item(dayColumn(page, day(3)), `Send agenda ${stamp}`).waitFor({ timeout: 3000 });
  await page.locator('[id^="DndLiveRegion"]').filter({ hasText: `Moved “Send agenda ${stamp}” to` }).waitFor({ state: 'attached' });
  await eventually('the keyboard move to be saved', async () => (await dueAtOf(ids.keyed!)).dueAt === at(day(3), 16, 15));
  expect(errors).toEqual([]);
  await context.close();
});

it('a move the server refuses goes back, with a message saying why', async () => {
  const { page, context } = await open('rep@demo.crm', '/activities?view=week');
  const subject = `Check contract ${stamp}`;
  await item(dayColumn(page, day(2)), subject).waitFor();
  // Someone changes it after the page loaded: the page's version is stale.
  await gql('mutation ($id: ID!) { updateActivity(id: $id, input: { description: "Changed elsewhere" }) { id } }', { id: ids.refused }, repToken);
  await drag(page, item(dayColumn(page, day(2)), subject), dayColumn(page, day(5)));
  await page.getByRole('alert').filter({ hasText: 'changed by someone else' }).waitFor({ timeout: 5000 });
  await item(dayColumn(page, day(2)), subject).waitFor({ timeout: 3000 });
  expect(await item(dayColumn(page, day(5)), subject).count()).toBe(0);
  expect((await dueAtOf(ids.refused!)).dueAt).toBe(at(day(2), 9, 0));
  await context.close();
});

it('a rep sees a colleague’s week but cannot drag, edit or complete the colleague’s activity', async () => {
  const { page, context, errors } = await open('rep@demo.crm', `/activities?view=week&whose=${rep2Id}`);
  const subject = `Rita's review ${stamp}`;
  const theirs = item(dayColumn(page, day(1)), subject);
  await theirs.waitFor();
  expect(await theirs.getAttribute('data-draggable')).toBeNull();
  expect(await theirs.getByRole('button').count()).toBe(0);
  expect(await text(theirs)).toContain('Rita Rep');
  await drag(page, theirs, dayColumn(page, day(4)));
  await page.waitForTimeout(500);
  expect(await item(dayColumn(page, day(4)), subject).count()).toBe(0);
  expect(await item(dayColumn(page, day(1)), subject).count()).toBe(1);
  const { activity } = await gql('query ($id: ID!) { activity(id: $id) { dueAt } }', { id: ids.colleague }, rep2Token);
  expect(activity.dueAt).toBe(at(day(1), 14, 0));
  expect(errors).toEqual([]);
  await context.close();
});

it('at phone width the days stack, nothing overflows sideways, and Move to day reschedules', async () => {
  const { page, context, errors } = await open('rep@demo.crm', '/activities?view=week', { width: 390, height: 844 });
  const subject = `Phone follow-up ${stamp}`;
  await item(dayColumn(page, day(3)), subject).waitFor();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  const [a, b] = [await dayColumn(page, day(0)).boundingBox(), await dayColumn(page, day(1)).boundingBox()];
  expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
  expect(Math.abs(b!.x - a!.x)).toBeLessThan(1);
  await item(dayColumn(page, day(3)), subject).getByLabel(`Move “${subject}” to day`).selectOption(day(5));
  await item(dayColumn(page, day(5)), subject).waitFor({ timeout: 2000 });
  await page.getByRole('status').filter({ hasText: `“${subject}” moved to` }).waitFor();
  await eventually('the move to be saved', async () => (await dueAtOf(ids.phone!)).dueAt === at(day(5), 11, 45));
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

it('a manager’s team week shows one member’s activities, with navigation between weeks', async () => {
  const { page, context, errors } = await open('manager@demo.crm', '/activities?view=week');
  await page.getByLabel('Whose activities').selectOption({ label: 'Rafael Rep' });
  await page.getByRole('heading', { name: 'Team activities' }).waitFor();
  const theirs = item(dayColumn(page, day(3)), `Prepare demo ${stamp}`);
  await theirs.waitFor();
  expect(await text(theirs)).toContain('Rafael Rep');
  // A manager may change anyone's activity.
  expect(await theirs.getAttribute('data-draggable')).toBe('true');
  const names = await page.locator('.week-item-who').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((n) => n === 'Rafael Rep')).toBe(true);
  await page.getByRole('button', { name: 'Next week' }).click();
  await dayColumn(page, addDays(monday, 7)).waitFor();
  expect(new URL(page.url()).searchParams.get('week')).toBe(addDays(monday, 7));
  await page.getByRole('button', { name: 'This week' }).click();
  await dayColumn(page, monday).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
