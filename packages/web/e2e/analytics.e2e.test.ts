import type { Browser } from 'playwright-core';
import { launch, session } from './support/browser';
import { seriousViolations } from './support/axe';
import { gqlAs } from './support/own-organization';

let browser: Browser;
const stamp = `Kpi${Date.now().toString(36)}`;
const email = `${stamp.toLowerCase()}@example.com`;

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const gql = <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) => gqlAs<T>(token, query, variables);

/** The first day of the month `back` months before this one, as the page's default range counts them. */
function monthStart(back: number): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - back, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
}

describe('a company’s KPI dashboard', () => {
  let companyId: string;

  beforeAll(async () => {
    // An organization of its own: the overview sums every company, and other tests import financials into the demo organization.
    const { signUp } = await gql('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { name: 'Kim Kpi', email, password: 'demo-password', organizationName: `KPIs ${stamp}` } });
    const token = signUp.accessToken as string;
    companyId = (await gql(`mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`, { input: { name: `${stamp} Builders` } }, token)).createCompany.id;
    // The twelve whole months before this one: revenue 1000 + i, expenses 400, so net profit 600 + i.
    const rows = Array.from({ length: 12 }, (_, i) => ({ companyId, recordDate: monthStart(12 - i), revenue: `${1000 + i}.00`, expenses: '400.00', cashFlow: '50.00', currency: 'USD', sourceSystem: 'xero' }));
    const { ingestFinancials } = await gql(`mutation($rows: [CreateFinancialInput!]!) { ingestFinancials(rows: $rows) { inserted } }`, { rows }, token);
    expect(ingestFinancials.inserted).toBe(12);
    await gql(`mutation($rows: [CreateLeadEventInput!]!) { ingestLeadEvents(rows: $rows) { inserted } }`, {
      rows: [{ companyId, sourceSystem: 'hubspot', externalId: `${stamp}-1`, leadId: 'HS-7', stage: 'Qualified', status: 'active', occurredAt: new Date().toISOString() }],
    }, token);
  });

  it('opens from the company page and shows its financials per month and its lead events, then the organization overview, with no serious accessibility violation', async () => {
    const { page, context, errors } = await session(browser, email);
    try {
      await page.goto(`/companies/${companyId}`);
      await page.getByRole('link', { name: 'KPI dashboard' }).click();
      await page.getByRole('heading', { name: `${stamp} Builders: KPIs` }).waitFor();
      const financials = page.getByRole('region', { name: 'Financials' });
      await financials.getByRole('button', { name: 'Table' }).click();
      const rows = financials.locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(12);
      // First month: revenue 1,000, expenses 400, net profit 600 (computed by the database), cash flow 50.
      expect((await rows.first().innerText()).replace(/\s+/g, ' ')).toContain('$1,000.00 $400.00 $600.00 $50.00');
      expect((await rows.last().innerText()).replace(/\s+/g, ' ')).toContain('$1,011.00 $400.00 $611.00 $50.00');
      const events = page.getByRole('region', { name: 'Lead events' });
      await events.getByRole('cell', { name: 'hubspot' }).waitFor();
      await events.getByRole('cell', { name: 'Qualified' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // The organization overview sums every company per month (only this one has financials in its organization).
      await page.getByRole('link', { name: 'All companies' }).click();
      await page.getByRole('heading', { name: 'KPIs of all companies' }).waitFor();
      const overview = page.getByRole('region', { name: 'Financials' });
      await overview.getByRole('button', { name: 'Table' }).click();
      await overview.locator('tbody tr').first().waitFor();
      expect((await overview.locator('tbody tr').first().innerText()).replace(/\s+/g, ' ')).toContain('$1,000.00 $400.00 $600.00 $50.00');
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
