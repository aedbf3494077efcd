import type { Browser } from 'playwright-core';
import type { Page } from 'playwright-core';
import { e2eState, eventually, launch, newContext, signIn, watchErrors } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Runs the open tab once GraphiQL's editors have loaded (they arrive in a chunk of their own; a click
 * before that does nothing) and waits for a result naming `field`.
 */
async function execute(page: Page, field: string): Promise<void> {
  await page.locator('.graphiql-query-editor .CodeMirror').filter({ hasText: field }).waitFor();
  const result = page.locator('.result-window').filter({ hasText: `"${field}"` });
  await eventually(`a result with ${field}`, async () => {
    if (await result.count()) return true;
    await page.getByRole('button', { name: /Execute query/ }).click();
    await result.waitFor({ timeout: 3000 }).catch(() => undefined);
    return (await result.count()) > 0;
  }, 20_000);
}

/** Requests to anywhere but the server under test: the explorer must work offline. */
function watchForeignRequests(page: import('playwright-core').Page): string[] {
  const origin = new URL(e2eState().baseUrl).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

describe('the GraphQL explorer for analysts', () => {
  it('opens from /graphql, runs a saved aggregate with the signed-in session, and shows the docs, loading nothing from elsewhere', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const foreign = watchForeignRequests(page);
    await signIn(page, 'owner@demo.crm');
    await page.goto('/graphql');
    await page.waitForURL(/\/explorer$/);
    await page.locator('.graphiql-container').waitFor();
    // The first saved tab: won revenue by owner by month.
    await page.getByRole('tab').filter({ hasText: 'WonRevenueByOwnerByMonth' }).first().waitFor();
    await execute(page, 'dealsAggregate');
    const result = page.locator('.result-window');
    await result.filter({ hasText: '"count"' }).waitFor();
    expect(await result.textContent()).not.toContain('"errors"');
    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    await page.locator('.graphiql-doc-explorer').filter({ hasText: 'Query' }).waitFor();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks a stranger to sign in or give an API key, and works with the key', async () => {
    // An API key made by the demo ADMIN, through the API.
    const base = e2eState().baseUrl;
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { data: any };
    };
    const { data: login } = await gql('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }', { e: 'admin@demo.crm', p: 'demo-password' });
    const { data: created } = await gql('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }', { input: { name: `Explorer ${Date.now()}`, role: 'VIEWER' } }, login.logIn.accessToken);
    expect(created.createApiKey.key).toBeTruthy();

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/explorer');
    await page.getByRole('link', { name: 'Sign in with your account' }).waitFor();
    await page.getByLabel('Or use an API key').fill(created.createApiKey.key);
    await page.getByRole('button', { name: 'Use this key' }).click();
    await page.getByText('Using an API key').waitFor();
    await execute(page, 'dealsAggregate');
    await context.close();
  });
});
