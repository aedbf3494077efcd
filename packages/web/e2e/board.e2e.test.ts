import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { card, column, drag, eventually, launch, newContext, recordOperations, signIn, text, watchErrors } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('a new sales rep works a deal on the board (production build, real server and database)', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let sent: Set<string>;
  const stamp = Date.now().toString(36);
  const title = `Rocket expansion ${stamp}`;

  beforeAll(async () => {
    context = await newContext(browser);
    page = await context.newPage();
    errors = watchErrors(page);
    sent = recordOperations(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('signs up and lands on an empty pipeline board', async () => {
    await page.goto('/signup');
    await page.getByLabel('Your name').fill('Erin Endtoend');
    await page.getByLabel('Work e-mail').fill(`erin.${stamp}@example.com`);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByLabel('Company').fill(`Rocket Co ${stamp}`);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/board/);
    await column(page, 'New').waitFor();
    for (const stage of ['New', 'Contacted', 'Qualified', 'Proposal', 'Negotiation']) expect(await column(page, stage).count()).toBe(1);
    expect(await text(page.getByTestId('board-totals'))).toContain('0 open deals');
  });

  it('creates a deal, which appears in its column with the totals', async () => {
    await page.getByRole('button', { name: 'New deal' }).click();
    const dialog = page.getByRole('dialog', { name: 'New deal' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Value').fill('12000');
    await dialog.getByRole('button', { name: 'Create deal' }).click();
    await page.getByRole('status').filter({ hasText: 'Deal created.' }).waitFor();
    await card(column(page, 'New'), title).waitFor();
    expect(await page.getByRole('dialog', { name: 'New deal' }).isVisible()).toBe(false);
    expect(await text(column(page, 'New').getByTestId('column-count'))).toBe('1');
    expect(await text(column(page, 'New').getByTestId('column-totals'))).toContain('$12,000');
    expect(await text(page.getByTestId('board-totals'))).toMatch(/1 open deal\b.*\$12,000.*weighted \$1,200/);
  });

  it('drags it to another stage: the card and both columns’ totals change at once', async () => {
    await drag(page, card(column(page, 'New'), title), column(page, 'Qualified').locator('.column-body'));
    await card(column(page, 'Qualified'), title).waitFor({ timeout: 2000 });
    expect(await card(column(page, 'New'), title).count()).toBe(0);
    expect(await text(column(page, 'Qualified').getByTestId('column-count'))).toBe('1');
    expect(await text(column(page, 'New').getByTestId('column-count'))).toBe('0');
    // 12,000 × 40 % in Qualified
    expect(await text(page.getByTestId('board-totals'))).toContain('weighted $4,800');
  });

  it('finds it in the new stage after a reload', async () => {
    await page.reload();
    await card(column(page, 'Qualified'), title).waitFor();
    expect(await card(column(page, 'New'), title).count()).toBe(0);
  });

  it('moves it with the keyboard too', async () => {
    const moved = card(column(page, 'Qualified'), title);
    await moved.focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(100);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(250);
    await page.keyboard.press('Space');
    await card(column(page, 'Proposal'), title).waitFor({ timeout: 3000 });
    // Screen readers hear the column it went to, not the one it left.
    await page.locator('[id^="DndLiveRegion"]').filter({ hasText: `Dropped ${title} in Proposal.` }).waitFor({ state: 'attached' });
    await page.reload();
    await card(column(page, 'Proposal'), title).waitFor();
  });

  it('marks it lost with a reason: the card leaves the board and the totals drop', async () => {
    await drag(page, card(column(page, 'Proposal'), title), page.getByTestId('zone-LOST'));
    const dialog = page.getByRole('dialog', { name: 'Mark as lost' });
    await dialog.waitFor();
    // The reason is required.
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();
    await dialog.getByText('Give a reason').waitFor();
    await dialog.getByLabel('Lost reason').fill('Chose a cheaper competitor');
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();
    await eventually('the card to leave the board', async () => (await card(page, title).count()) === 0, 3000);
    expect(await text(page.getByTestId('board-totals'))).toMatch(/0 open deals.*\$0.*0 won · 1 lost/);
    await page.reload();
    await page.getByTestId('board-totals').waitFor();
    expect(await text(page.getByTestId('board-totals'))).toContain('1 lost');
    expect(await card(page, title).count()).toBe(0);
  });

  it('never crashed along the way', () => {
    expect(errors).toEqual([]);
  });

  it('sent only operations of the persisted-operation manifest in packages/schema', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'persisted-operations.json'), 'utf8')) as Record<string, string>;
    expect(sent.size).toBeGreaterThan(5);
    const unregistered = [...sent].filter((document) => manifest[createHash('sha256').update(document).digest('hex')] !== document);
    expect(unregistered).toEqual([]);
  });
});

describe('two people on the same board see each other’s moves', () => {
  let a: BrowserContext;
  let b: BrowserContext;
  let pageA: Page;
  let pageB: Page;

  beforeAll(async () => {
    a = await newContext(browser);
    b = await newContext(browser);
    pageA = await a.newPage();
    pageB = await b.newPage();
    await Promise.all([signIn(pageA, 'manager@demo.crm'), signIn(pageB, 'owner@demo.crm')]);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('a move in one browser shows up in the other within about a second (a subscription, not the poll), and back', async () => {
    const first = column(pageA, 'Contacted').locator('[data-deal-id]').first();
    const dealId = (await first.getAttribute('data-deal-id'))!;
    const dealTitle = await text(first.locator('.title'));
    await column(pageB, 'Contacted').locator(`[data-deal-id="${dealId}"]`).waitFor();

    await drag(pageA, first, column(pageA, 'Negotiation').locator('.column-body'));
    await column(pageA, 'Negotiation').locator(`[data-deal-id="${dealId}"]`).waitFor({ timeout: 2000 });
    const seenAt = Date.now();
    await column(pageB, 'Negotiation').locator(`[data-deal-id="${dealId}"]`).waitFor({ timeout: 6000 });
    // The poll comes every 15 s; only the dealEvents subscription brings it this fast.
    expect(Date.now() - seenAt).toBeLessThan(2000);
    expect(await column(pageB, 'Contacted').locator(`[data-deal-id="${dealId}"]`).count()).toBe(0);

    // And the other way round.
    await drag(pageB, column(pageB, 'Negotiation').locator(`[data-deal-id="${dealId}"]`), column(pageB, 'Contacted').locator('.column-body'));
    const backAt = Date.now();
    await column(pageA, 'Contacted').locator(`[data-deal-id="${dealId}"]`).waitFor({ timeout: 6000 });
    expect(Date.now() - backAt).toBeLessThan(2000);
    expect(await card(column(pageA, 'Negotiation'), dealTitle).count()).toBe(0);
  });

  it('a stale move is refused with a message and the card goes back', async () => {
    // Both see the same card; B moves it first, then A (still on the old version) moves it too.
    await Promise.all([pageA.reload(), pageB.reload()]);
    await column(pageA, 'Qualified').locator('[data-deal-id]').first().waitFor();
    const cardA = column(pageA, 'Qualified').locator('[data-deal-id]').first();
    const dealId = (await cardA.getAttribute('data-deal-id'))!;
    // A's board reads are refused while B moves the deal, so A keeps the stale version (the event of
    // B's move reaches A, and A's refresh fails).
    await pageA.context().route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('"operationName":"Board"')) await route.abort();
      else await route.continue();
    });
    await drag(pageB, column(pageB, 'Qualified').locator(`[data-deal-id="${dealId}"]`), column(pageB, 'Proposal').locator('.column-body'));
    await column(pageB, 'Proposal').locator(`[data-deal-id="${dealId}"]`).waitFor({ timeout: 2000 });
    await pageB.waitForTimeout(500);
    await pageA.context().unroute('**/graphql');
    expect(await column(pageA, 'Qualified').locator(`[data-deal-id="${dealId}"]`).count()).toBe(1);

    await drag(pageA, column(pageA, 'Qualified').locator(`[data-deal-id="${dealId}"]`), column(pageA, 'Negotiation').locator('.column-body'));
    const alert = pageA.getByRole('alert').filter({ hasText: 'changed by someone else' });
    await alert.waitFor({ timeout: 5000 });
    // The card goes back, and the refusal fetches B's version at once.
    await column(pageA, 'Proposal').locator(`[data-deal-id="${dealId}"]`).waitFor({ timeout: 3000 });
    expect(await column(pageA, 'Negotiation').locator(`[data-deal-id="${dealId}"]`).count()).toBe(0);
  });
});

describe('sessions', () => {
  it('an expired session returns to the sign-in page with a notice, not a blank screen', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/login');
    await page.evaluate(() => {
      localStorage.setItem('crm.session.v1', JSON.stringify({
        accessToken: 'expired.token.value', accessTokenExpiresAt: Date.now() - 60_000, refreshToken: 'rt_revoked', userId: 'u', organizationId: null,
      }));
    });
    await page.goto('/board');
    await page.waitForURL(/\/login\?.*expired=1/);
    await page.getByText('Your session has expired').waitFor();
    await context.close();
  });

  it('signing out ends the session everywhere in the browser', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'rep@demo.crm');
    const other = await context.newPage();
    await other.goto('/companies');
    await other.getByRole('heading', { name: 'Companies' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await other.waitForURL(/\/login/, { timeout: 5000 });
    await context.close();
  });
});
