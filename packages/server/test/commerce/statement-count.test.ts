import { startTestPlatform, type Tenant, type TestPlatform, statementsBeyondSession } from '../support/harness';
import { key, PLACE_ORDER, RECORD_PAYMENT, stockedProduct } from '../support/commerce';

/** Placing, paying and listing orders: the SQL statements a request sends do not grow with its items or rows. */
let t: TestPlatform;
let a: Tenant;
const products: string[] = [];
let customerId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Counting shop');
  customerId = (await a.owner.ok(`mutation { createContact(input: { firstName: "Cora", lastName: "Count" }) { id } }`)).createContact.id;
  for (let i = 0; i < 12; i++) products.push(await stockedProduct(a.owner, { price: `${i + 1}.00`, stock: 1000 }));
});
afterAll(() => t?.close());

const place = (items: number) => a.owner.raw(PLACE_ORDER, { input: { customerId, items: products.slice(0, items).map((productId) => ({ productId, quantity: 2 })) } });

it('placeOrder with 1, 3 or 12 items and recordPayment send a fixed number of statements', async () => {
  const counts = [];
  for (const items of [1, 3, 12]) {
    const placed = await place(items);
    expect(placed.errors).toBeUndefined();
    const paid = await a.owner.raw(RECORD_PAYMENT, { input: { orderId: placed.data.placeOrder.id, amount: placed.data.placeOrder.totalAmount, paymentMethod: 'CARD', idempotencyKey: key() } });
    expect(paid.data.recordPayment.paidAt).not.toBeNull();
    counts.push([items, statementsBeyondSession(placed), statementsBeyondSession(paid)]);
  }
  console.log(`placeOrder / recordPayment statements by items: ${JSON.stringify(counts)}`);
  expect(counts.map(([, place]) => place)).toEqual([counts[0][1], counts[0][1], counts[0][1]]);
  expect(counts.map(([, , pay]) => pay)).toEqual([counts[0][2], counts[0][2], counts[0][2]]);
  expect(counts[0][1]).toBeLessThanOrEqual(12);
});

it('the order list with items, products and customer: the same statements for 5 and 40 orders', async () => {
  for (let i = 0; i < 40; i++) expect((await place((i % 4) + 1)).errors).toBeUndefined();
  const query = `query($first: Int) { orders(first: $first) { totalCount nodes { id orderNumber status totalAmount customer { id firstName }
    items(first: 10) { totalCount nodes { quantity unitPrice product { id name } } } payments { totalCount } } } }`;
  const small = await a.owner.raw(query, { first: 5 });
  const large = await a.owner.raw(query, { first: 40 });
  expect([small.errors, large.errors]).toEqual([undefined, undefined]);
  expect(large.data.orders.nodes).toHaveLength(40);
  expect(large.data.orders.nodes.every((o: any) => o.customer.firstName === 'Cora' && o.items.nodes.length === o.items.totalCount && o.items.nodes[0].product.name)).toBe(true);
  console.log(`orders list: first 5 → ${statementsBeyondSession(small)}, first 40 → ${statementsBeyondSession(large)} SQL statements`);
  expect(statementsBeyondSession(large)).toBe(statementsBeyondSession(small));
});

it('the order list with its lifecycle fields (nextStatuses, balanceDue) is one statement and answers what the field-by-field path answers', async () => {
  // Orders in several states: paid in part, cancelled, confirmed.
  const partly = (await place(2)).data.placeOrder;
  await a.owner.ok(RECORD_PAYMENT, { input: { orderId: partly.id, amount: '1.00', paymentMethod: 'CARD', idempotencyKey: key() } });
  const cancelled = (await place(1)).data.placeOrder;
  await a.owner.ok(`mutation($id: ID!) { changeOrderStatus(input: { orderId: $id, status: CANCELLED }) { id } }`, { id: cancelled.id });
  const confirmed = (await place(3)).data.placeOrder;
  await a.owner.ok(`mutation($id: ID!) { changeOrderStatus(input: { orderId: $id, status: CONFIRMED }) { id } }`, { id: confirmed.id });
  const query = `query { orders(first: 30) { nodes { id status totalAmount amountPaid balanceDue nextStatuses customer { id } } } }`;
  t.platform.config.compiledReads = false;
  const slow = await a.owner.raw(query);
  t.platform.config.compiledReads = true;
  const fast = await a.owner.raw(query);
  expect([slow.errors, fast.errors]).toEqual([undefined, undefined]);
  expect(fast.data).toEqual(slow.data);
  expect(statementsBeyondSession(fast)).toBe(1);
  const byId = new Map(fast.data.orders.nodes.map((o: any) => [o.id, o]));
  expect(byId.get(partly.id)).toMatchObject({ balanceDue: (Number(partly.totalAmount) - 1).toFixed(2), nextStatuses: ['CONFIRMED', 'CANCELLED'] });
  expect(byId.get(cancelled.id)).toMatchObject({ status: 'CANCELLED', balanceDue: '0.00', nextStatuses: [] });
  expect(byId.get(confirmed.id)).toMatchObject({ nextStatuses: ['PROCESSING', 'CANCELLED'] });
});
