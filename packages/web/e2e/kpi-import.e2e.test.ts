import type { Browser, Page, Response } from 'playwright-core';
import { dataRows, launch, session } from './support/browser';
import { seriousViolations } from './support/axe';
import { gqlAs } from './support/own-organization';

let browser: Browser;
const stamp = `Kim${Date.now().toString(36)}`;

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const gql = <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) => gqlAs<T>(token, query, variables);
const logIn = async (email: string) => (await gql('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }', { e: email, p: 'demo-password' })).logIn.accessToken as string;

function monthStart(back: number): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - back, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
}

/** Twelve months of figures (the page's default range); `broken` spoils the revenue of line 5. */
function financialsCsv(broken: boolean): Buffer {
  const lines = ['Date,Revenue,Expenses,Cash flow,Currency,Source'];
  for (let i = 0; i < 12; i++) lines.push(`${monthStart(12 - i)},${broken && i === 3 ? 'lots' : `${2000 + i}.00`},500.00,75.00,USD,${stamp}`);
  return Buffer.from(lines.join('\n'));
}

describe('a manager imports financials from a CSV file', () => {
  let companyId: string;
  let token: string;
  let signedIn: Awaited<ReturnType<typeof session>>;
  let page: Page;

  beforeAll(async () => {
    token = await logIn('owner@demo.crm');
    companyId = (await gql(`mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`, { input: { name: `${stamp} Foundry` } }, token)).createCompany.id;
    signedIn = await session(browser, 'manager@demo.crm');
    page = signedIn.page;
  });
  afterAll(async () => { await signedIn?.context.close(); });

  const stored = async () => (await gql(`query($c: ID!) { financials(where: { companyId: { eq: $c } }) { totalCount } }`, { c: companyId }, token)).financials.totalCount as number;

  const choose = async (file: Buffer, name: string) => {
    await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: file });
    await page.getByRole('region', { name: 'Preview of the first rows' }).waitFor();
  };

  it('shows the bad row by line and field and writes nothing; the corrected file imports and shows on the KPI dashboard', async () => {
    await page.goto('/kpis');
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { name: 'Import KPIs' }).waitFor();
    await page.getByLabel('Company').fill(stamp);
    await page.getByRole('option', { name: new RegExp(`${stamp} Foundry`) }).click();
    await choose(financialsCsv(true), 'broken.csv');
    // Headers that spell a field's name or alias are matched.
    expect(await page.getByLabel('Field for column Cash flow').inputValue()).toBe('cashFlow');
    expect(await page.getByLabel('Field for column Source').inputValue()).toBe('sourceSystem');
    await page.getByText(`Company: ${stamp} Foundry for every row.`).waitFor();

    await page.getByRole('button', { name: 'Import financials' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing was imported' }).waitFor();
    const problems = dataRows(page.getByRole('region', { name: 'Problems by line' }));
    expect(await problems.count()).toBe(1);
    expect((await problems.first().innerText()).replace(/\s+/g, ' ')).toBe('5 Revenue Revenue must be an amount like 1200 or 99.50 (no currency sign, not negative).');
    expect(await stored()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Choose another file' }).click();
    await choose(financialsCsv(false), 'fixed.csv');
    const sent = page.waitForResponse((r: Response) => r.url().includes('/import/financials'));
    await page.getByRole('button', { name: 'Import financials' }).click();
    expect((await sent).status()).toBe(200);
    await page.getByRole('status').filter({ hasText: '12 financial records imported' }).waitFor();
    expect(await stored()).toBe(12);

    await page.getByRole('link', { name: `See the KPIs of ${stamp} Foundry` }).click();
    await page.getByRole('heading', { name: `${stamp} Foundry: KPIs` }).waitFor();
    const financials = page.getByRole('region', { name: 'Financials' });
    await financials.getByRole('button', { name: 'Table' }).click();
    const rows = dataRows(financials);
    await rows.first().waitFor();
    expect(await rows.count()).toBe(12);
    // Net profit is revenue − expenses, computed by the database.
    expect((await rows.first().innerText()).replace(/\s+/g, ' ')).toContain('$2,000.00 $500.00 $1,500.00 $75.00');
    expect((await rows.last().innerText()).replace(/\s+/g, ' ')).toContain('$2,011.00 $500.00 $1,511.00 $75.00');
    expect(signedIn.errors).toEqual([]);
  });

  it('imports the good rows only when asked to', async () => {
    const partial = Buffer.from(`Date,Revenue,Expenses,Cash flow,Currency,Source\n2020-01-01,1.00,1.00,1.00,USD,${stamp}-p\n2020-02-01,x,1.00,1.00,USD,${stamp}-p\n`);
    await page.goto('/kpis/import');
    await page.getByLabel('Company').fill(stamp);
    await page.getByRole('option', { name: new RegExp(`${stamp} Foundry`) }).click();
    await choose(partial, 'partial.csv');
    await page.getByLabel(/Import the good rows/).check();
    await page.getByRole('button', { name: 'Import financials' }).click();
    await page.getByRole('status').filter({ hasText: '1 financial record imported' }).waitFor();
    await page.getByText('1 row was skipped').waitFor();
    expect(await dataRows(page.getByRole('region', { name: 'Problems by line' })).count()).toBe(1);
    expect(await stored()).toBe(13);
  });

  it('is not offered to a viewer', async () => {
    const viewer = await session(browser, 'viewer@demo.crm');
    try {
      await viewer.page.goto('/kpis');
      await viewer.page.getByRole('heading', { name: 'KPIs of all companies' }).waitFor();
      expect(await viewer.page.getByRole('link', { name: 'Import CSV' }).count()).toBe(0);
      await viewer.page.goto('/kpis/import');
      await viewer.page.getByText('Importing KPIs is for managers, admins and owners').waitFor();
    } finally {
      await viewer.context.close();
    }
  });
});

describe('an admin connects an integration', () => {
  const accessToken = `${stamp}-access-SECRET-9f3a`;
  const rotated = `${stamp}-rotated-SECRET-77b2`;

  it('connects, sees status and the last four characters only, rotates, and no secret reaches the page or its responses', async () => {
    const { page, context, errors } = await session(browser, 'admin@demo.crm');
    const bodies: string[] = [];
    page.on('response', (response) => { if (response.url().includes('/graphql')) void response.text().then((t) => bodies.push(t)).catch(() => undefined); });
    try {
      await page.goto('/settings');
      await page.getByRole('link', { name: 'Integrations' }).click();
      await page.getByRole('heading', { name: 'Connect a system' }).waitFor();
      await page.getByLabel('Provider').fill(`${stamp.toLowerCase()}books`);
      await page.getByLabel('Account', { exact: true }).fill('tenant-42');
      await page.getByLabel('Access token').fill(accessToken);
      await page.getByLabel('API secret').fill(`${stamp}-api-SECRET`);
      expect(await page.getByLabel('Access token').getAttribute('type')).toBe('password');
      await page.getByRole('button', { name: 'Connect' }).click();
      const row = page.getByTestId('integration').filter({ hasText: `${stamp.toLowerCase()}books` });
      await row.waitFor();
      expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/Pending Last sync: never Access token: Set, ends in 9f3a Refresh token: Not set · API secret: Set Rotate/);

      await row.getByRole('button', { name: /^Rotate .* credentials$/ }).click();
      const dialog = page.getByRole('dialog', { name: /Rotate .* credentials/ });
      await dialog.getByLabel('New access token').fill(rotated);
      await dialog.getByRole('button', { name: 'Save new credentials' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByText('Set, ends in 77b2').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      const dom = await page.content();
      await new Promise((r) => setTimeout(r, 300));
      for (const secret of [accessToken, rotated, `${stamp}-api-SECRET`, 'SECRET']) {
        expect(dom).not.toContain(secret);
        expect(bodies.filter((b) => b.includes(secret))).toEqual([]);
      }
      expect(bodies.length).toBeGreaterThan(2);

      await row.getByRole('button', { name: 'Disconnect' }).click();
      await page.getByRole('dialog', { name: /Disconnect/ }).getByRole('button', { name: 'Disconnect' }).click();
      await row.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is not offered to a manager', async () => {
    const manager = await session(browser, 'manager@demo.crm');
    try {
      await manager.page.goto('/settings/integrations');
      await manager.page.getByText('Settings are for owners and admins').waitFor();
    } finally {
      await manager.context.close();
    }
  });
});
