import type { Browser, Page } from 'playwright-core';
import { launch, session } from './support/browser';
import { seriousViolations } from './support/axe';

let browser: Browser;
const stamp = `Imp${Date.now().toString(36)}`;
const ROWS = 5000;

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** 5,000 companies; `broken` spoils three rows (lines 102, 2001 and 4001 of the file). */
function companiesCsv(broken: boolean): Buffer {
  const lines = ['Company name,Industry,Employees,Annual revenue,Town'];
  for (let i = 1; i <= ROWS; i++) {
    const name = broken && i === 4000 ? '' : `${stamp} Company ${String(i).padStart(4, '0')}`;
    const employees = broken && i === 101 ? 'many' : String(10 + (i % 90));
    const revenue = broken && i === 2000 ? '12.34.5' : `${1000 + i}.50`;
    lines.push(`"${name}",Software,${employees},${revenue},Lisbon`);
  }
  return Buffer.from(lines.join('\n'));
}

describe('a member imports companies from a CSV file', () => {
  let signedIn: Awaited<ReturnType<typeof session>>;
  let page: Page;
  beforeAll(async () => { signedIn = await session(browser, 'rep@demo.crm'); page = signedIn.page; });
  afterAll(async () => { await signedIn?.context.close(); });

  const open = async (file: Buffer, name: string) => {
    await page.goto('/companies');
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import companies' });
    await dialog.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: file });
    return dialog;
  };

  it('maps the columns, shows every bad row by line and field, and writes nothing', async () => {
    const dialog = await open(companiesCsv(true), 'broken.csv');
    await dialog.getByText('5,000 companies').first().waitFor();
    // Columns matched automatically; the unknown one is left out.
    expect(await dialog.getByLabel('Field for column Company name').inputValue()).toBe('name');
    expect(await dialog.getByLabel('Field for column Employees').inputValue()).toBe('employeeCount');
    expect(await dialog.getByLabel('Field for column Annual revenue').inputValue()).toBe('revenue');
    expect(await dialog.getByLabel('Field for column Town').inputValue()).toBe('city');
    const preview = dialog.getByRole('region', { name: 'Preview of the first rows' });
    await preview.getByText(`${stamp} Company 0001`).waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(5);
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Check 5,000 companies' }).click();
    await dialog.getByText('3 rows have problems').waitFor({ timeout: 60_000 });
    const problems = dialog.getByRole('region', { name: 'Problems by line' });
    const rows = await problems.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'Line 102 Employees Employees must be a whole number, like 120.',
      'Line 2001 Revenue Revenue must be an amount like 1200 or 99.50 (no currency sign, not negative).',
      'Line 4001 Name Name is missing.',
    ].map((r) => r.replace(/^Line /, '')));
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).first().click();

    await page.goto(`/companies?q=${stamp}`);
    await page.getByText(`No companies match`).waitFor();
  });

  it('imports the corrected file with a progress bar, and every row is in the list', async () => {
    const dialog = await open(companiesCsv(false), 'fixed.csv');
    await dialog.getByRole('button', { name: 'Check 5,000 companies' }).click();
    await dialog.getByText('All 5,000 companies are ready to import.').waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Import 5,000 companies' }).click();
    await dialog.getByRole('progressbar').first().waitFor();
    await page.getByText('5,000 companies imported.').waitFor({ timeout: 90_000 });
    await page.goto(`/companies?q=${stamp}`);
    await page.getByText('Showing 25 of 5,000 companies').waitFor();
    expect(signedIn.errors).toEqual([]);
  });
});
