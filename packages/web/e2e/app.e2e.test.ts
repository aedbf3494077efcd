import type { Browser, BrowserContext, Page } from 'playwright-core';
import fs from 'node:fs';
import { column, dataRows, e2eState, eventually, launch, newContext, signIn, text, watchErrors } from './support/browser';
import { horizontalOverflow, seriousViolations } from './support/axe';
import { gqlAs } from './support/own-organization';

let browser: Browser;
const stamp = Date.now().toString(36);

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const gql = <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) => gqlAs<T>(token, query, variables);

describe('an owner works through settings, lists and the dashboard', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    context = await newContext(browser, { width: 1440, height: 900 });
    page = await context.newPage();
    errors = watchErrors(page);
    await signIn(page, 'owner@demo.crm');
  });
  afterAll(async () => { await context?.close(); });

  it('creates a stage in settings and sees it on the board', async () => {
    await page.goto('/settings/pipelines');
    const form = page.locator('section', { has: page.getByRole('heading', { name: /Add a stage/ }) });
    await form.getByLabel('Name').fill(`Demo ${stamp}`);
    await form.getByLabel('Probability (%)').fill('55');
    await form.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('row', { name: new RegExp(`Demo ${stamp}`) }).first().waitFor();
    await page.goto('/board');
    await column(page, `Demo ${stamp}`).waitFor();
  });

  it('invites a member who accepts in another browser', async () => {
    await page.goto('/settings/members');
    const form = page.locator('section', { has: page.getByRole('heading', { name: 'Invite a member' }) });
    await form.getByLabel('E-mail').fill(`new.${stamp}@example.com`);
    await form.getByLabel('Role').selectOption('MANAGER');
    await form.getByRole('button', { name: 'Create invitation' }).click();
    const link = await page.getByTestId('copy-value').inputValue();
    expect(link).toContain('/accept-invitation?token=');
    const other = await newContext(browser);
    const invited = await other.newPage();
    await invited.goto(link);
    await invited.getByLabel('Your name').fill('Nina New');
    await invited.getByLabel('Password').fill('a long password');
    await invited.getByRole('button', { name: 'Accept invitation' }).click();
    await invited.waitForURL(/\/board/);
    await invited.locator('.user-box').getByText('manager').waitFor();
    // A manager does not see the settings.
    expect(await invited.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await other.close();
    await page.reload();
    await page.getByRole('cell', { name: 'Nina New', exact: true }).first().waitFor();
  });

  it('creates an API key, shown once, and revokes it', async () => {
    await page.goto('/settings/api-keys');
    await page.getByLabel('Name').fill(`Export ${stamp}`);
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await page.getByTestId('copy-value').inputValue();
    expect(key.length).toBeGreaterThan(20);
    const row = page.getByRole('row', { name: new RegExp(`Export ${stamp}`) });
    await row.getByText('Never').first().waitFor();
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByText('Revoked').waitFor();
  });

  it('deletes a company and restores it from the trash', async () => {
    await page.goto('/companies?sort=NAME&dir=DESC');
    const first = page.locator('tbody tr a').first();
    const name = await text(first);
    await first.click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.waitForURL(/\/companies$/);
    await page.goto('/settings/trash');
    await page.getByRole('button', { name: `Restore ${name}` }).click();
    await page.getByRole('status').filter({ hasText: `${name} restored.` }).waitFor();
    await page.goto('/companies?sort=NAME&dir=DESC');
    expect(await text(page.locator('tbody tr a').first())).toBe(name);
  });

  it('sorts, filters and exports the companies list', async () => {
    await page.goto('/companies');
    const names = async () => (await dataRows(page).locator('td:nth-child(1)').allTextContents()).map((s) => s.trim());
    await dataRows(page).first().waitFor();
    const ascending = await names();
    expect([...ascending].sort((a, b) => a.localeCompare(b))).toEqual(ascending);
    await page.getByRole('button', { name: 'Name' }).click();
    await eventually('descending order', async () => (await names())[0] !== ascending[0]);
    await page.getByLabel('Status').selectOption('CUSTOMER');
    await eventually('only customers', async () => (await dataRows(page).locator('td:nth-child(3)').allTextContents()).every((s) => s.trim() === 'Customer'));
    const shown = (await names()).length;
    const [download, response] = await Promise.all([
      page.waitForEvent('download'), page.waitForResponse(/\/export\/companies\.csv/), page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(response.status()).toBe(200);
    const csv = fs.readFileSync((await download.path())!, 'utf8').trim().split('\n');
    expect(csv[0]).toContain('name');
    expect(csv.length - 1).toBe(shown);
    expect(csv.slice(1).every((line) => line.includes('CUSTOMER'))).toBe(true);
  });

  it('shows more than 25 rows when asked', async () => {
    await page.goto('/deals?size=50');
    await page.locator('tbody tr').nth(30).waitFor();
  });

  it('never crashed', () => { expect(errors).toEqual([]); });
});

describe('the dashboard against known data in two currencies', () => {
  it('shows open pipeline per currency, counting every open deal', async () => {
    const { signUp } = await gql<{ signUp: { accessToken: string } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { name: 'Dana Dash', email: `dana.${stamp}@example.com`, password: 'correct horse battery', organizationName: `Dash ${stamp}` } });
    const token = signUp.accessToken;
    const { pipelines } = await gql<{ pipelines: { nodes: { stages: { nodes: { id: string; type: string }[] } }[] } }>(
      '{ pipelines(first: 1) { nodes { stages(first: 20, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id type } } } } }', {}, token);
    const stageId = pipelines.nodes[0]!.stages.nodes[0]!.id;
    for (const [title, value, currency] of [['Alpha', '1000.50', 'USD'], ['Beta', '2000', 'USD'], ['Gamma', '300.25', 'EUR']]) {
      await gql('mutation ($input: CreateDealInput!) { createDeal(input: $input) { id } }', { input: { title, value, currency, stageId, expectedCloseDate: '2020-01-15' } }, token);
    }
    const context = await newContext(browser, { width: 1440, height: 900 });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(`dana.${stamp}@example.com`);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/board/);
    await page.goto('/dashboard');
    const open = page.getByTestId('kpi-open');
    await open.getByText('3 open deals').waitFor();
    const figures = await text(open);
    expect(figures).toContain('$3,000.50');
    expect(figures).toContain('€300.25');
    await page.getByLabel('From').fill('2030-01-01');
    await page.getByLabel('To').fill('2029-01-01');
    await page.getByRole('alert').filter({ hasText: 'is after' }).waitFor();
    expect(await page.getByTestId('kpi-open').count()).toBe(0);
    await context.close();
  });
});

describe('quick edits of the board filters', () => {
  it('keeps the last typed Min and Max and refuses a negative Min', async () => {
    const context = await newContext(browser, { width: 1440, height: 900 });
    const page = await context.newPage();
    await signIn(page, 'rep@demo.crm');
    const min = page.getByLabel('Minimum value');
    const max = page.getByLabel('Maximum value');
    await min.fill('100');
    await page.waitForTimeout(380);
    await min.fill('1000');
    await max.fill('5000');
    await page.waitForTimeout(200);
    await max.fill('');
    await page.waitForTimeout(800);
    expect(await min.inputValue()).toBe('1000');
    expect(await max.inputValue()).toBe('');
    expect(new URL(page.url()).searchParams.get('min')).toBe('1000');
    expect(new URL(page.url()).searchParams.get('max')).toBeNull();
    await min.fill('-5');
    await page.getByRole('alert').filter({ hasText: 'cannot be negative' }).waitFor();
    await page.waitForTimeout(500);
    expect(new URL(page.url()).searchParams.get('min')).toBe('1000');
    await context.close();
  });
});

const SCREENS = ['/board', '/deals', '/companies', '/companies/:first', '/contacts', '/contacts/:first', '/activities', '/activities?view=week', '/dashboard',
  '/settings/pipelines', '/settings/custom-fields', '/settings/members', '/settings/teams', '/settings/roles', '/settings/api-keys', '/settings/organization', '/settings/trash'];

describe.each([['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]])('every screen at %s width', (_label, viewport) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(browser, viewport);
    page = await context.newPage();
    await signIn(page, 'owner@demo.crm');
  });
  afterAll(async () => { await context?.close(); });

  it.each(SCREENS)('%s: no horizontal overflow, no serious or critical axe violation', async (path) => {
    let target = path;
    if (path.endsWith(':first')) {
      await page.goto(path.replace('/:first', ''));
      target = (await page.locator('tbody tr a').first().getAttribute('href'))!;
    }
    await page.goto(target);
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(600);
    if (viewport.width < 600) expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // Known, not yet fixed: a deal card's aria-label (full date, exact value) differs from its short visible text.
    expect(await seriousViolations(page, { exclude: target === '/board' ? ['.deal-card'] : [] })).toEqual([]);
  });
});
