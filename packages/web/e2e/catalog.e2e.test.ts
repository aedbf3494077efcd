import type { Browser, Page } from 'playwright-core';
import { dataRows, e2eState, eventually, launch, session } from './support/browser';

/**
 * The catalog (the generic record list and page for products) and a contact's orders, in an
 * organization of its own: products stocked and an order placed through the API, then read in the
 * browser.
 */
let browser: Browser;
let signedIn: Awaited<ReturnType<typeof session>>;
let page: Page;
const stamp = Date.now().toString(36);
const ids: Record<string, string> = {};
const errors = () => signedIn.errors;

async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${e2eState().baseUrl}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(ids.token ? { authorization: `Bearer ${ids.token}` } : {}) }, body: JSON.stringify({ query, variables }),
  });
  const { data, errors: failed } = await response.json() as { data: T; errors?: unknown[] };
  if (failed) throw new Error(JSON.stringify(failed));
  return data;
}

async function product(name: string, price: string, stock: number, lowStockThreshold: number): Promise<string> {
  const { createProduct } = await api('mutation ($i: CreateProductInput!) { createProduct(input: $i) { id } }', { i: { name, price, lowStockThreshold, sku: `${name.split(' ')[0]}-${stamp}` } });
  await api('mutation ($i: AdjustStockInput!) { adjustStock(input: $i) { id } }', { i: { productId: createProduct.id, reason: 'RESTOCK', delta: stock } });
  return createProduct.id;
}

beforeAll(async () => {
  browser = await launch();
  const email = `cat.${stamp}@example.com`;
  ids.token = (await api('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    { input: { name: 'Cat Alog', email, password: 'demo-password', organizationName: `Catalog ${stamp}` } })).signUp.accessToken;
  ids.widget = await product('Blue Widget', '12.50', 40, 5);
  ids.gadget = await product('Red Gadget', '99.00', 3, 2);
  ids.contact = (await api('mutation { createContact(input: { firstName: "Olga", lastName: "Order" }) { id } }')).createContact.id;
  await api('mutation ($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }', { i: { customerId: ids.contact, items: [{ productId: ids.widget, quantity: 2 }, { productId: ids.gadget, quantity: 1 }] } });
  signedIn = await session(browser, email);
  page = signedIn.page;
});
afterAll(async () => {
  await signedIn?.context.close();
  await browser?.close();
});

const cellsOf = async (scope: ReturnType<Page['locator']>) => Promise.all((await dataRows(scope).all()).map(async (row) => (await row.locator('td').allInnerTexts()).map((t) => t.trim())));

it('lists the catalog with stock, marks low stock, filters to it and opens a product with its stock changes', async () => {
  await page.goto('/catalog');
  const table = page.locator('table');
  await dataRows(table).nth(1).waitFor();
  expect((await cellsOf(table)).map((row) => [row[0], row[3], row[4]])).toEqual([['Blue Widget', '$12.50', '38'], ['Red Gadget', '$99.00', '2 · low']]);
  await page.getByLabel('Stock').selectOption('low');
  await eventually('the low-stock filter', async () => {
    const rows = await cellsOf(table);
    if (rows.length !== 1) throw new Error(`${rows.length} rows`);
    return rows;
  });
  expect((await cellsOf(table))[0][0]).toBe('Red Gadget');
  await page.getByRole('link', { name: 'Red Gadget' }).click();
  await page.getByRole('heading', { name: 'Red Gadget' }).waitFor();
  const changes = page.getByRole('region', { name: 'Stock changes' });
  await dataRows(changes).nth(1).waitFor();
  expect((await cellsOf(changes)).map((row) => row.slice(1, 4))).toEqual([['Sale', '-1', '2'], ['Restock', '+3', '3']]);
  expect(errors()).toEqual([]);
});

it('shows a contact’s orders on the contact page', async () => {
  await page.goto(`/contacts/${ids.contact}`);
  await page.getByRole('heading', { name: 'Olga Order' }).waitFor();
  const orders = page.getByRole('region', { name: 'Orders' });
  await dataRows(orders).first().waitFor();
  const [row] = await cellsOf(orders);
  expect([row[0], row[2], row[3], row[4], row[5]]).toEqual(['#1', 'Pending', '2', '$124.00', '$0.00']);
  expect(errors()).toEqual([]);
});
