import type { Browser, Page } from 'playwright-core';
import { dataRows, launch, session } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('a member is offered only what the server lets them do (viewerCan)', () => {
  let signedIn: Awaited<ReturnType<typeof session>>;
  let page: Page;
  beforeAll(async () => { signedIn = await session(browser, 'rep@demo.crm'); page = signedIn.page; });
  afterAll(async () => { await signedIn?.context.close(); });

  it('cannot drag a colleague’s card on the board, can drag their own', async () => {
    const cards = page.locator('[data-deal-id]');
    await cards.first().waitFor();
    // Cards of colleagues' deals are not draggable (dnd-kit marks them aria-disabled); the rep's own are.
    const states = await cards.evaluateAll((els) => els.map((e) => ({ disabled: e.getAttribute('aria-disabled') })));
    expect(states.some((s) => s.disabled === 'true')).toBe(true);
    expect(states.some((s) => s.disabled !== 'true')).toBe(true);
  });

  it('sees no selection, Won/Lost or Delete on colleagues’ deals in the list and on the deal page', async () => {
    await page.goto('/deals?status=OPEN&size=100');
    const rows = dataRows(page);
    await rows.first().waitFor();
    const theirs = rows.filter({ hasText: 'Mona Manager' }).first();
    const mine = rows.filter({ hasText: 'Rafael Rep' }).first();
    await mine.getByRole('checkbox').waitFor();
    expect(await theirs.getByRole('checkbox').count()).toBe(0);


    await theirs.locator('a').first().click();
    await page.locator('main h1').first().waitFor();
    await page.getByText('Owner Mona Manager').first().waitFor();
    expect(await page.getByRole('button', { name: 'Won' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lost' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);

    await page.goBack();
    await mine.locator('a').first().click();
    await page.getByText('Owner Rafael Rep').first().waitFor();
    await page.getByRole('button', { name: 'Won' }).waitFor();
    await page.getByRole('button', { name: 'Delete' }).waitFor();
    expect(signedIn.errors).toEqual([]);
  });
});
