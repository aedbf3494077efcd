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

/** GraphQL as a demo user (API calls that arrange what the commerce screens show). */
async function gqlAs(email, query, variables = {}) {
  const call = async (q, v, token) => {
    const response = await fetch(`${args.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: q, variables: v }) });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { logIn } = await call('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }', { e: email, p: 'demo-password' });
  return call(query, variables, logIn.accessToken);
}

/** Two stocked catalog products (made by the demo manager once), a customer and a deal of the rep's. */
async function commerceData() {
  const manager = (q, v) => gqlAs('manager@demo.crm', q, v);
  const names = [['Espresso beans 1 kg', '18.50'], ['Burr grinder', '129.00']];
  const { products } = await manager('{ products(first: 10, where: { name: { contains: "Espresso beans 1 kg" } }) { nodes { id } } }');
  if (!products.nodes.length) {
    for (const [name, price] of names) {
      const { createProduct } = await manager('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }', { input: { name, price, currency: 'USD', sku: name.slice(0, 3).toUpperCase() + '-1' } });
      await manager('mutation($input: AdjustStockInput!) { adjustStock(input: $input) { id } }', { input: { productId: createProduct.id, reason: 'RESTOCK', delta: 500 } });
    }
  }
  const rep = (q, v) => gqlAs('rep@demo.crm', q, v);
  const { createContact } = await rep('mutation { createContact(input: { firstName: "Maya", lastName: "Bean", email: "maya.bean@example.com" }) { id } }');
  const { pipelines } = await rep('{ pipelines(first: 1) { nodes { stages(first: 1, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id } } } } }');
  const { createDeal } = await rep('mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }', { input: { title: 'Office coffee corner', stageId: pipelines.nodes[0].stages.nodes[0].id, currency: 'USD', contactId: createContact.id } });
  return { contactId: createContact.id, dealId: createDeal.id };
}

async function commerceShots(page, label) {
  const { contactId, dealId } = await commerceData();
  const pick = async (scope, typed, name) => {
    await scope.getByRole('combobox', { name: 'Add a product' }).fill(typed);
    await page.getByRole('option', { name: new RegExp(name) }).click();
  };
  await page.goto(`/contacts/${contactId}`);
  await page.getByRole('heading', { name: 'Maya Bean' }).waitFor();
  await page.getByRole('region', { name: 'Orders' }).getByRole('button', { name: 'New order' }).click();
  const dialog = page.getByRole('dialog', { name: 'New order for Maya Bean' });
  await pick(dialog, 'Espresso', 'Espresso beans');
  await dialog.getByRole('textbox', { name: /Quantity of Espresso/ }).fill('3');
  await pick(dialog, 'grinder', 'Burr grinder');
  await shot(page, `${label}-16-commerce-new-order`);
  await dialog.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/\/orders\//);
  await page.getByRole('heading', { name: /Order #/ }).waitFor();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('button', { name: 'Start processing' }).waitFor();
  await page.getByRole('region', { name: 'Payments' }).getByRole('button', { name: 'Record payment' }).click();
  await shot(page, `${label}-17-commerce-record-payment`);
  const pay = page.getByRole('dialog', { name: /Payment for order/ });
  await pay.getByRole('textbox', { name: /Amount/ }).fill('100');
  await pay.getByRole('button', { name: 'Record payment' }).click();
  await pay.waitFor({ state: 'detached' });
  await shot(page, `${label}-18-commerce-order`, { full: true });
  await page.goto('/orders');
  await page.locator('tbody:not([aria-hidden="true"]) tr').first().waitFor();
  await shot(page, `${label}-19-commerce-orders`);
  await page.goto(`/board/deal/${dealId}`);
  const products = page.getByRole('region', { name: 'Products' });
  await products.getByRole('button', { name: 'Add products' }).click();
  await pick(products, 'Espresso', 'Espresso beans');
  await products.getByRole('textbox', { name: /Quantity of Espresso/ }).fill('12');
  await pick(products, 'grinder', 'Burr grinder');
  await shot(page, `${label}-19a-commerce-deal-products-editing`);
  await products.getByRole('button', { name: 'Save products' }).click();
  await products.getByTestId('deal-products-total').waitFor();
  await shot(page, `${label}-19b-commerce-deal-drawer-products`);
}

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
  if (!args.only || 'commerce'.includes(args.only) || args.only.includes('commerce')) await commerceShots(page, label);
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
  await page.goto('/activities?view=week');
  await page.locator('.week-grid').waitFor();
  await shot(page, `${label}-42-activities-week`, { full: viewport.width < 600 });
  const editActivity = page.locator('.week-item').getByRole('button', { name: /^Edit/ }).first();
  if (await editActivity.count()) {
    await editActivity.click();
    await page.getByRole('dialog', { name: 'Edit activity' }).waitFor();
    await shot(page, `${label}-43-activity-edit`);
    await page.keyboard.press('Escape');
  }
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

  // A manager: the team's week and the Move to pipeline dialog.
  const manager = await session(viewport, 'manager@demo.crm');
  await manager.page.goto('/activities?view=week&whose=all');
  await manager.page.locator('.week-grid').waitFor();
  await shot(manager.page, `${label}-44-activities-team-week`, { full: viewport.width < 600 });
  await manager.page.goto('/activities?whose=all&tab=upcoming');
  await manager.page.locator('li.activity-row').first().waitFor();
  await shot(manager.page, `${label}-45-activities-team-list`);
  await manager.page.goto('/board');
  const managerDeal = await manager.page.locator('[data-deal-id]').first().getAttribute('data-deal-id');
  await manager.page.goto(`/deals/${managerDeal}`);
  await manager.page.getByRole('heading', { name: 'Details' }).waitFor();
  const movePipeline = manager.page.getByRole('button', { name: 'Move to pipeline…' });
  if (await movePipeline.count()) {
    await movePipeline.click();
    await manager.page.getByRole('dialog', { name: 'Move to another pipeline' }).waitFor();
    await shot(manager.page, `${label}-46-move-to-pipeline`);
  }
  await manager.context.close();
  // An admin: the KPI import page (mapping, preview, a refused file's report) and integration settings.
  const admin = await session(viewport, 'admin@demo.crm');
  const pa = admin.page;
  await pa.goto('/kpis/import');
  await pa.getByRole('heading', { name: 'Import KPIs' }).waitFor();
  await pa.getByLabel('Company').fill('acme');
  await pa.getByRole('option').first().click();
  const csv = ['Date,Revenue,Expenses,Cash flow,Currency,Source', '2026-01-01,12000.00,8000.00,1500.00,USD,shots', '2026-02-01,lots,8100.00,1400.00,USD,shots',
    '2026-03-01,12800.00,,1550.00,USD,shots', '2026-01-01,13100.00,8300.00,1600.00,USD,shots'].join('\n');
  await pa.getByLabel('CSV file').setInputFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await pa.getByRole('region', { name: 'Preview of the first rows' }).waitFor();
  await shot(pa, `${label}-52-kpi-import-mapping`, { full: true });
  await pa.getByRole('button', { name: 'Import financials' }).click();
  await pa.getByRole('region', { name: 'Problems by line' }).waitFor();
  await shot(pa, `${label}-53-kpi-import-errors`);
  await pa.goto('/settings/integrations');
  await pa.getByRole('heading', { name: 'Connect a system' }).waitFor();
  if (!(await pa.getByTestId('integration').count())) {
    await pa.getByLabel('Provider').fill('xero');
    await pa.getByLabel('Account', { exact: true }).fill('demo-tenant-1');
    await pa.getByLabel('Scopes').fill('accounting.reports.read offline_access');
    await pa.getByLabel('Access token').fill('screenshot-access-token-7c1e');
    await pa.getByRole('button', { name: 'Connect' }).click();
    await pa.getByTestId('integration').first().waitFor();
  }
  await pa.getByTestId('integration').first().scrollIntoViewIfNeeded();
  await shot(pa, `${label}-61-integrations`);
  await pa.getByTestId('integration').first().getByRole('button', { name: /^Rotate .* credentials$/ }).click();
  await shot(pa, `${label}-62-integration-rotate`);
  await admin.context.close();

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
