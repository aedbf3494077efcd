import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { CHANGE_STATUS, key, PLACE_ORDER, RECORD_PAYMENT, stockedProduct } from '../support/commerce';

/** Commerce reports with exact numbers, per currency, cancelled orders left out, another tenant never in them. */
let t: TestPlatform;
let a: Tenant;
const ids: Record<string, string> = {};

async function order(tenant: Tenant, customerId: string | null, items: [string, number][], month: string, pay?: string): Promise<string> {
  const { placeOrder } = await tenant.owner.ok(PLACE_ORDER, { input: { customerId, items: items.map(([productId, quantity]) => ({ productId, quantity })) } });
  if (pay) await tenant.owner.ok(RECORD_PAYMENT, { input: { orderId: placeOrder.id, amount: pay, paymentMethod: 'CASH', idempotencyKey: key() } });
  await t.sql(`UPDATE orders SET created_at = $2 WHERE id = $1`, [placeOrder.id, `${month}-15T12:00:00Z`]);
  return placeOrder.id;
}

async function world(tenant: Tenant): Promise<void> {
  const contact = async (first: string, last: string) => (await tenant.owner.ok(`mutation($f: String!, $l: String!) { createContact(input: { firstName: $f, lastName: $l }) { id } }`, { f: first, l: last })).createContact.id;
  ids.ann = await contact('Ann', 'Able');
  ids.bob = await contact('Bob', 'Baker');
  ids.widget = await stockedProduct(tenant.owner, { name: 'Widget', price: '10.00', stock: 100 });
  ids.gadget = await stockedProduct(tenant.owner, { name: 'Gadget', price: '25.50', stock: 100 });
  ids.euro = await stockedProduct(tenant.owner, { name: 'Euro thing', price: '7.00', stock: 100, currency: 'EUR' });
  await order(tenant, ids.ann, [[ids.widget, 2], [ids.gadget, 1]], '2026-03', '45.50'); // 45.50
  await order(tenant, ids.bob, [[ids.widget, 1]], '2026-03'); // 10.00
  await order(tenant, ids.ann, [[ids.gadget, 4]], '2026-04', '20.00'); // 102.00
  await order(tenant, ids.bob, [[ids.euro, 3]], '2026-04'); // 21.00 EUR
  const cancelled = await order(tenant, ids.bob, [[ids.widget, 50]], '2026-04');
  await tenant.owner.ok(CHANGE_STATUS, { input: { orderId: cancelled, status: 'CANCELLED' } });
}

beforeAll(async () => {
  t = await startTestPlatform();
  const b = await t.createTenant('Report shop B');
  await world(b);
  a = await t.createTenant('Report shop A');
  await world(a);
});
afterAll(() => t?.close());

it('revenue by month and currency', async () => {
  const { revenueByMonth } = await a.owner.ok(`{ revenueByMonth { month currency orderCount revenue paid } }`);
  expect(revenueByMonth).toEqual([
    { month: '2026-03', currency: 'USD', orderCount: 2, revenue: '55.50', paid: '45.50' },
    { month: '2026-04', currency: 'EUR', orderCount: 1, revenue: '21.00', paid: '0.00' },
    { month: '2026-04', currency: 'USD', orderCount: 1, revenue: '102.00', paid: '20.00' },
  ]);
  const { april } = await a.owner.ok(`{ april: revenueByMonth(filter: { from: "2026-04-01", to: "2026-04-30", currency: "USD" }) { month revenue } }`);
  expect(april).toEqual([{ month: '2026-04', revenue: '102.00' }]);
});

it('revenue by product and top customers', async () => {
  const { revenueByProduct, topCustomers } = await a.owner.ok(`{
    revenueByProduct { productId productName currency quantity orderCount revenue }
    topCustomers { contactId name currency orderCount revenue } }`);
  expect(revenueByProduct).toEqual([
    { productId: ids.gadget, productName: 'Gadget', currency: 'USD', quantity: 5, orderCount: 2, revenue: '127.50' },
    { productId: ids.widget, productName: 'Widget', currency: 'USD', quantity: 3, orderCount: 2, revenue: '30.00' },
    { productId: ids.euro, productName: 'Euro thing', currency: 'EUR', quantity: 3, orderCount: 1, revenue: '21.00' },
  ]);
  expect(topCustomers).toEqual([
    { contactId: ids.ann, name: 'Ann Able', currency: 'USD', orderCount: 2, revenue: '147.50' },
    { contactId: ids.bob, name: 'Bob Baker', currency: 'EUR', orderCount: 1, revenue: '21.00' },
    { contactId: ids.bob, name: 'Bob Baker', currency: 'USD', orderCount: 1, revenue: '10.00' },
  ]);
  const bounded = await a.owner.fails(`{ topCustomers(first: 1000) { name } }`);
  expect([bounded.extensions?.code, bounded.extensions?.field]).toEqual(['BAD_USER_INPUT', 'first']);
});

it('a contact’s orders, newest first, with items and customer', async () => {
  const { contact } = await a.owner.ok(`query($id: ID!) { contact(id: $id) { orders { totalCount nodes { totalAmount customer { firstName } items { nodes { quantity product { name } } } } } } }`, { id: ids.ann });
  expect(contact.orders.totalCount).toBe(2);
  expect(contact.orders.nodes.map((o: any) => [o.totalAmount, o.customer.firstName, o.items.nodes.length])).toEqual([['102.00', 'Ann', 1], ['45.50', 'Ann', 2]]);
});
