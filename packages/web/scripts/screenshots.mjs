#!/usr/bin/env node
/**
 * Screenshots of every screen at desktop and phone width, for looking at the app by eye:
 *
 *   node packages/web/scripts/screenshots.mjs [--base http://localhost:4000] [--out /tmp/crm-shots]
 *
 * Needs a running server with the demo organization serving the current build (npm start, or
 * the dev API of the README). Signs in as rep@demo.crm and, for the empty states, signs up a new
 * organization.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: args } = parseArgs({ options: { base: { type: 'string', default: 'http://localhost:4000' }, out: { type: 'string', default: '/tmp/crm-shots' }, only: { type: 'string' } } });
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
fs.mkdirSync(args.out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: FLAGS, headless: true });
const problems = [];

async function session(viewport, email = 'rep@demo.crm') {
  const context = await browser.newContext({ viewport, baseURL: args.base, deviceScaleFactor: 1, hasTouch: viewport.width < 600, isMobile: viewport.width < 600 });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${viewport.width}px pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`${viewport.width}px console: ${m.text().slice(0, 200)}`); });
  if (email) {
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/board/);
    await page.locator('[data-deal-id]').first().waitFor();
  }
  return { context, page };
}

const shot = async (page, name, options = {}) => {
  if (args.only && !name.includes(args.only)) return;
  await page.waitForTimeout(options.wait ?? 700);
  const file = path.join(args.out, `${name}.png`);
  await page.screenshot({ path: file, fullPage: !!options.full });
  console.log(file);
};

for (const [label, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  // Signed out
  const anon = await browser.newContext({ viewport, baseURL: args.base });
  const p0 = await anon.newPage();
  await p0.goto('/login');
  await shot(p0, `${label}-01-login`);
  await p0.getByLabel('E-mail').fill('rep@demo.crm');
  await p0.getByLabel('Password').fill('wrong-password');
  await p0.getByRole('button', { name: 'Sign in' }).click();
  await p0.getByRole('alert').waitFor();
  await shot(p0, `${label}-02-login-error`);
  await p0.goto('/signup');
  await p0.getByRole('button', { name: 'Create account' }).click();
  await shot(p0, `${label}-03-signup-validation`);
  await anon.close();

  const { context, page } = await session(viewport);
  await shot(page, `${label}-10-board`);
  const first = page.locator('[data-deal-id]').first();
  const id = await first.getAttribute('data-deal-id');
  await page.goto(`/board/deal/${id}`);
  await page.getByRole('heading', { name: 'Details' }).waitFor();
  await shot(page, `${label}-11-deal-drawer`);
  await page.goto(`/deals/${id}`);
  await page.getByRole('heading', { name: 'Details' }).waitFor();
  await shot(page, `${label}-12-deal-page`, { full: true });
  await page.goto('/board?mine=1&q=renewal');
  await shot(page, `${label}-13-board-filtered`);
  await page.goto('/board');
  await page.getByRole('button', { name: 'New deal' }).click();
  await page.getByRole('button', { name: 'Create deal' }).click();
  await shot(page, `${label}-14-new-deal-validation`);
  await page.keyboard.press('Escape');
  if (viewport.width > 600) {
    const card = page.locator('[data-deal-id]').first();
    const box = await card.boundingBox();
    await page.mouse.move(box.x + 40, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 340, box.y + 120, { steps: 10 });
    await shot(page, `${label}-15-board-dragging`, { wait: 200 });
    await page.mouse.up();
  }
  await page.goto('/companies');
  await page.locator('tbody tr').first().waitFor();
  await shot(page, `${label}-20-companies`);
  const companyHref = await page.locator('tbody tr a').first().getAttribute('href');
  await page.goto(companyHref);
  await page.getByRole('heading', { name: 'Details' }).waitFor();
  await shot(page, `${label}-21-company`, { full: true });
  // Record pages edit inline; an Edit dialog is shot only where a page still has one.
  const edit = page.getByRole('button', { name: 'Edit', exact: true });
  if (await edit.count()) {
    await edit.click();
    await page.getByLabel('Name').fill('');
    await page.getByLabel('E-mail').fill('not-an-email');
    await page.getByRole('button', { name: 'Save' }).click();
    await shot(page, `${label}-22-company-edit-validation`);
    await page.keyboard.press('Escape');
  }
  await page.goto('/companies?q=zzzzqqq');
  await shot(page, `${label}-23-companies-empty-search`, { wait: 1200 });
  await page.goto('/contacts');
  await page.locator('tbody tr').first().waitFor();
  await shot(page, `${label}-30-contacts`);
  const contactHref = await page.locator('tbody tr a').first().getAttribute('href');
  await page.goto(contactHref);
  await page.getByRole('heading', { name: 'Details' }).waitFor();
  await shot(page, `${label}-31-contact`, { full: true });
  await page.goto('/activities');
  await shot(page, `${label}-40-activities`);
  await page.goto('/activities?tab=upcoming');
  await shot(page, `${label}-41-activities-upcoming`);
  await page.goto('/dashboard');
  await page.locator('.recharts-surface').first().waitFor();
  await shot(page, `${label}-50-dashboard`, { full: true, wait: 1200 });
  await page.getByRole('button', { name: 'Table' }).first().click();
  await shot(page, `${label}-51-dashboard-table`);
  // Product management (empty states when the organization has no roadmap or documents yet).
  await page.goto('/roadmap');
  await shot(page, `${label}-55-roadmap`, { wait: 1500 });
  await page.goto('/okrs');
  await shot(page, `${label}-56-okrs`, { full: true, wait: 1500 });
  await page.goto('/documents');
  await shot(page, `${label}-57-documents`, { wait: 1500 });
  // The most revised document, so its history and the restore of an old revision show.
  await page.goto('/documents?sort=REVISION&dir=DESC');
  const documentLink = page.locator('tbody:not([aria-hidden="true"]) tr a').first();
  await documentLink.waitFor({ timeout: 3000 }).catch(() => {});
  if (await documentLink.count()) {
    await page.goto(await documentLink.getAttribute('href'));
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await shot(page, `${label}-58-document`, { full: true });
    await page.getByRole('button', { name: /^View revision/ }).last().click();
    await page.getByTestId('version-content').waitFor();
    await shot(page, `${label}-59-document-version`);
    await page.keyboard.press('Escape');
  }
  await page.goto('/board');
  await page.getByRole('combobox', { name: /Search companies/ }).fill('acme');
  await page.getByRole('listbox').waitFor();
  await page.keyboard.press('ArrowDown');
  await shot(page, `${label}-60-search`);
  await page.goto('/deals/00000000-0000-7000-8000-000000000000');
  await shot(page, `${label}-70-deal-not-found`, { wait: 1500 });
  await page.goto('/nowhere');
  await shot(page, `${label}-71-not-found`);
  if (viewport.width < 600) {
    await page.goto('/board');
    await page.getByRole('button', { name: 'Open menu' }).click();
    await shot(page, `${label}-80-menu`);
  }
  await context.close();

  // A brand-new organization: empty states.
  const fresh = await browser.newContext({ viewport, baseURL: args.base });
  const pf = await fresh.newPage();
  const stamp = `${label}-${Date.now().toString(36)}`;
  await pf.goto('/signup');
  await pf.getByLabel('Your name').fill('Shot Taker');
  await pf.getByLabel('Work e-mail').fill(`shots.${stamp}@example.com`);
  await pf.getByLabel('Password').fill('correct horse battery');
  await pf.getByLabel('Company').fill(`Shots ${stamp}`);
  await pf.getByRole('button', { name: 'Create account' }).click();
  await pf.waitForURL(/\/board/);
  await pf.locator('section.column').first().waitFor();
  await shot(pf, `${label}-90-empty-board`);
  await pf.goto('/companies');
  await shot(pf, `${label}-91-empty-companies`, { wait: 1200 });
  await pf.goto('/activities');
  await shot(pf, `${label}-92-empty-activities`, { wait: 1200 });
  await pf.goto('/dashboard');
  await shot(pf, `${label}-93-empty-dashboard`, { wait: 1500 });
  await pf.goto('/documents');
  await shot(pf, `${label}-94-empty-documents`, { wait: 1200 });
  await fresh.close();
}
await browser.close();
if (problems.length) console.log(`\nProblems seen:\n  ${[...new Set(problems)].join('\n  ')}`);
