import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { stateFile, type E2eState } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that work as root with no network; Playwright gives every launch a fresh profile directory. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function e2eState(): E2eState {
  return JSON.parse(fs.readFileSync(stateFile, 'utf8')) as E2eState;
}

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; run node packages/web/scripts/ensure-chromium.mjs or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export async function newContext(browser: Browser, viewport = { width: 1920, height: 1000 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, baseURL: e2eState().baseUrl });
  context.setDefaultTimeout(20_000);
  return context;
}

/** Collects uncaught errors so a test can assert the page never crashed. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Collects the GraphQL documents the page sends, to compare with the persisted-operation manifest. */
export function recordOperations(page: Page): Set<string> {
  const documents = new Set<string>();
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { query?: string } | null;
    if (body?.query) documents.add(body.query);
  });
  return documents;
}

export async function signIn(page: Page, email: string, password = 'demo-password'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/board/);
  await page.locator('section.column').first().waitFor();
}

export const column = (page: Page, name: string): Locator =>
  page.locator('section.column').filter({ has: page.locator('h2', { hasText: new RegExp(`^${name}$`) }) });

export const card = (scope: Page | Locator, title: string): Locator => scope.locator('[data-deal-id]').filter({ hasText: title });

/**
 * Drags like a person with a mouse: press, move in steps (past the 5 px activation distance),
 * release. The target is measured once the card is lifted (the Won/Lost zones only appear then).
 */
export async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + 20);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + 30, { steps: 3 });
  await to.waitFor();
  const b = (await to.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 40), { steps: 15 });
  await page.waitForTimeout(150);
  await page.mouse.up();
}

/** Rows of data in a table, not the aria-hidden skeleton rows shown while the list loads. */
export const dataRows = (scope: Page | Locator): Locator => scope.locator('tbody:not([aria-hidden="true"]) > tr');

export async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until fn() is truthy (polling), failing with `what` after the timeout. */
export async function eventually<T>(what: string, fn: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** A signed-in page in its own context, with the page's errors collected; `close` ends the context. */
export async function session(browser: Browser, email: string, viewport = { width: 1440, height: 900 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, email);
  return { context, page, errors };
}
