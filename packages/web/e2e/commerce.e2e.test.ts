import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dataRows, launch, session } from './support/browser';
import { gqlAs, ownOrganization } from './support/own-organization';

/**
 * Commerce in the browser, in an organization of its own: an order placed from the contact page
 * (the dialog's preview, then the server's totals), moved to its next status, paid in two payments;
 * an order for more than is in stock refused with a human message; products added to a deal.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let gql: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;
const stamp = Date.now().toString(36);
const ids: Record<string, string> = {};

async function product(name: string, price: string, stock: number): Promise<string> {
  const { createProduct } = await gql('mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }', { input: { name, price, currency: 'USD' } });
  await gql('mutation ($input: AdjustStockInput!) { adjustStock(input: $input) { id } }', { input: { productId: createProduct.id, reason: 'RESTOCK', delta: stock } });
  return createProduct.id;
}

beforeAll(async () => {
  browser = await launch();
  const own = await ownOrganization('Olga Orders', `Orders ${stamp}`, `olga.${stamp}@example.com`);
  gql = own.gql;
  ids.beans = await product('Espresso beans', '12.50', 5);
  ids.grinder = await product('Burr grinder', '89.99', 1);
  ids.contact = (await gql('mutation { createContact(input: { firstName: "Maya", lastName: "Bean" }) { id } }')).createContact.id;
  const { pipelines } = await gql('{ pipelines(first: 1) { nodes { stages(first: 1, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id } } } } }');
  ids.deal = (await gql('mutation ($input: CreateDealInput!) { createDeal(input: $input) { id } }', { input: { title: 'Office coffee', stageId: pipelines.nodes[0].stages.nodes[0].id, currency: 'USD' } })).createDeal.id;
  ({ context, page, errors } = await own.signedIn(browser));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Picks a product in the picker labelled `label` by typing part of its name. */
async function pick(scope: ReturnType<Page['getByRole']>, label: string, typed: string, name: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: new RegExp(name) }).click();
}

it('places an order for a contact: the dialog previews the total, the order page shows the server’s', async () => {
  await page.goto(`/contacts/${ids.contact}`);
  await page.getByRole('heading', { name: 'Maya Bean' }).waitFor();
  await page.getByRole('region', { name: 'Orders' }).getByRole('button', { name: 'New order' }).click();
  const dialog = page.getByRole('dialog', { name: 'New order for Maya Bean' });
  await pick(dialog, 'Add a product', 'Espresso', 'Espresso beans');
  await dialog.getByRole('textbox', { name: 'Quantity of Espresso beans' }).fill('2');
  await pick(dialog, 'Add a product', 'grinder', 'Burr grinder');
  expect(await dialog.getByTestId('order-preview-total').innerText()).toBe('$114.99');
  // A double click places one order: the key stays the same and the button is busy.
  await dialog.getByRole('button', { name: 'Place order' }).dblclick();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: 'Order #1' }).waitFor();
  ids.order = page.url().split('/').pop()!;
  const items = page.getByRole('region', { name: 'Items' });
  await dataRows(items).nth(1).waitFor();
  expect((await dataRows(items).allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['Espresso beans 2 $12.50 $25.00', 'Burr grinder 1 $89.99 $89.99']);
  const details = page.getByRole('complementary', { name: 'Details' });
  const prop = (label: string) => details.locator(`dt:text-is("${label}") + dd`).innerText();
  expect([await prop('Subtotal'), await prop('Total'), await prop('Paid'), await prop('Balance due')]).toEqual(['$114.99', '$114.99', '$0.00', '$114.99']);
  const { orders } = await gql('{ orders { totalCount nodes { totalAmount status } } }');
  expect(orders).toEqual({ totalCount: 1, nodes: [{ totalAmount: '114.99', status: 'PENDING' }] });
  expect(errors).toEqual([]);
});

it('offers only the lifecycle’s next statuses and moves the order along', async () => {
  const actions = page.getByRole('group', { name: 'Order status' });
  expect(await actions.getByRole('button').allInnerTexts()).toEqual(['Confirm', 'Cancel order']);
  await actions.getByRole('button', { name: 'Confirm' }).click();
  await page.getByText('Order #1 is now confirmed.').waitFor();
  await actions.getByRole('button', { name: 'Start processing' }).waitFor();
  expect(await actions.getByRole('button').allInnerTexts()).toEqual(['Start processing', 'Cancel order']);
  expect((await gql('query ($id: ID!) { order(id: $id) { status } }', { id: ids.order })).order.status).toBe('CONFIRMED');
});

it('records payments until the order is paid; the amount defaults to the balance due', async () => {
  const payments = page.getByRole('region', { name: 'Payments' });
  await payments.getByRole('button', { name: 'Record payment' }).click();
  let dialog = page.getByRole('dialog', { name: 'Payment for order #1' });
  const amount = dialog.getByRole('textbox', { name: 'Amount (USD)' });
  expect(await amount.inputValue()).toBe('114.99');
  await amount.fill('200');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await dialog.getByText('At most $114.99.').waitFor();
  await amount.fill('100');
  await dialog.getByRole('combobox', { name: 'Method' }).selectOption('CASH');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await page.getByText('$100.00 recorded.').waitFor();
  await payments.getByRole('button', { name: 'Record payment' }).click();
  dialog = page.getByRole('dialog', { name: 'Payment for order #1' });
  expect(await dialog.getByRole('textbox', { name: 'Amount (USD)' }).inputValue()).toBe('14.99');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await page.getByText('Order #1 is paid in full.').waitFor();
  await dataRows(payments).nth(1).waitFor();
  expect(await payments.getByRole('button', { name: 'Record payment' }).count()).toBe(0);
  const { order } = await gql('query ($id: ID!) { order(id: $id) { amountPaid balanceDue paidAt payments { totalCount } } }', { id: ids.order });
  expect(order).toMatchObject({ amountPaid: '114.99', balanceDue: '0.00', payments: { totalCount: 2 } });
  expect(order.paidAt).toBeTruthy();
  expect(errors).toEqual([]);
});

it('refuses an order for more than is in stock with a human message, and places nothing', async () => {
  await page.goto(`/contacts/${ids.contact}`);
  await page.getByRole('heading', { name: 'Maya Bean' }).waitFor();
  await dataRows(page.getByRole('region', { name: 'Orders' })).first().waitFor();
  await page.getByRole('region', { name: 'Orders' }).getByRole('button', { name: 'New order' }).click();
  const dialog = page.getByRole('dialog', { name: 'New order for Maya Bean' });
  await pick(dialog, 'Add a product', 'grinder', 'Burr grinder');
  await dialog.getByRole('button', { name: 'Place order' }).click();
  await dialog.getByRole('alert').getByText('Not enough stock for Burr grinder. Lower the quantity or restock first; nothing was ordered.').waitFor();
  expect((await gql('{ orders { totalCount } }')).orders.totalCount).toBe(1);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

it('adds products to a deal with a discount; its value becomes the sum of the lines', async () => {
  await page.goto(`/deals/${ids.deal}`);
  const products = page.getByRole('region', { name: 'Products' });
  await products.getByRole('button', { name: 'Add products' }).click();
  await pick(products, 'Add a product', 'Espresso', 'Espresso beans');
  await products.getByRole('textbox', { name: 'Quantity of Espresso beans' }).fill('3');
  await products.getByRole('textbox', { name: 'Unit price of Espresso beans (USD)' }).fill('11.75');
  await products.getByText('New value: $35.25').waitFor();
  await products.getByRole('textbox', { name: 'Discount on Espresso beans (USD)' }).fill('2.25');
  await products.getByText('New value: $33.00').waitFor();
  await products.getByRole('button', { name: 'Save products' }).click();
  await page.getByText('Products saved; the deal’s value is their sum.').waitFor();
  expect(await products.getByTestId('deal-products-total').innerText()).toBe('$33.00');
  expect((await dataRows(products).allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['Espresso beans 3 $11.75 −$2.25 $33.00']);
  const { deal } = await gql('query ($id: ID!) { deal(id: $id) { value lineItems { totalCount nodes { discountAmount lineTotal } } } }', { id: ids.deal });
  expect(deal).toEqual({ value: '33.00', lineItems: { totalCount: 1, nodes: [{ discountAmount: '2.25', lineTotal: '33.00' }] } });
  expect(errors).toEqual([]);
});

it('a viewer sees the order, the contact’s orders and the deal’s products, and is offered no action', async () => {
  // Arranged in the demo organization by its manager; read in the browser by its viewer.
  const { logIn } = await gqlAs(undefined, 'mutation ($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }', { e: 'manager@demo.crm', p: 'demo-password' });
  const asManager = <T = any>(query: string, variables: Record<string, unknown> = {}) => gqlAs<T>(logIn.accessToken, query, variables);
  const { createProduct } = await asManager('mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }', { input: { name: `Viewer tea ${stamp}`, price: '8.00', currency: 'USD' } });
  await asManager('mutation ($input: AdjustStockInput!) { adjustStock(input: $input) { id } }', { input: { productId: createProduct.id, reason: 'RESTOCK', delta: 3 } });
  const { createContact } = await asManager('mutation { createContact(input: { firstName: "Vera", lastName: "Readonly" }) { id } }');
  const { placeOrder } = await asManager('mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id orderNumber } }', { input: { customerId: createContact.id, items: [{ productId: createProduct.id, quantity: 2 }] } });
  await asManager('mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }', { input: { orderId: placeOrder.id, amount: '5.00', paymentMethod: 'CASH', idempotencyKey: `viewer-${stamp}` } });
  const { pipelines } = await asManager('{ pipelines(first: 1) { nodes { stages(first: 1, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id } } } } }');
  const { createDeal } = await asManager('mutation ($input: CreateDealInput!) { createDeal(input: $input) { id } }', { input: { title: `Viewer deal ${stamp}`, stageId: pipelines.nodes[0].stages.nodes[0].id, currency: 'USD' } });
  await asManager('mutation ($input: SetDealLineItemsInput!) { setDealLineItems(input: $input) { id } }', { input: { dealId: createDeal.id, items: [{ productId: createProduct.id, quantity: 4 }] } });

  const viewer = await session(browser, 'viewer@demo.crm');
  try {
    const p = viewer.page;
    await p.goto(`/orders/${placeOrder.id}`);
    await p.getByRole('heading', { name: `Order #${placeOrder.orderNumber}` }).waitFor();
    await dataRows(p.getByRole('region', { name: 'Payments' })).first().waitFor();
    expect(await p.getByRole('group', { name: 'Order status' }).count()).toBe(0);
    expect(await p.getByRole('button', { name: /Record payment|Refund|Confirm|Cancel order|Delete/ }).count()).toBe(0);
    await p.goto(`/contacts/${createContact.id}`);
    await dataRows(p.getByRole('region', { name: 'Orders' })).first().waitFor();
    expect(await p.getByRole('button', { name: 'New order' }).count()).toBe(0);
    await p.goto(`/deals/${createDeal.id}`);
    const products = p.getByRole('region', { name: 'Products' });
    await dataRows(products).first().waitFor();
    expect(await products.getByTestId('deal-products-total').innerText()).toBe('$32.00');
    expect(await products.getByRole('button').count()).toBe(0);
    expect(viewer.errors).toEqual([]);
  } finally {
    await viewer.context.close();
  }
});
