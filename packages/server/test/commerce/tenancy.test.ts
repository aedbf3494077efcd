import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { ADJUST_STOCK, CHANGE_STATUS, key, PLACE_ORDER, RECORD_PAYMENT, REFUND_PAYMENT, stockedProduct } from '../support/commerce';

/**
 * Another organization can neither see nor touch orders, payments or stock; within one, the
 * roles of domain.md: members place orders and change their own, managers all and the stock.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let productA: string;
let orderA: string;
let paymentA: string;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Wall shop A');
  b = await t.createTenant('Wall shop B');
  productA = await stockedProduct(a.owner, { price: '10.00', stock: 10 });
  orderA = (await a.owner.ok(PLACE_ORDER, { input: { items: [{ productId: productA, quantity: 2 }] } })).placeOrder.id;
  await a.owner.ok(RECORD_PAYMENT, { input: { orderId: orderA, amount: '5.00', paymentMethod: 'CASH', idempotencyKey: key() } });
  paymentA = (await t.sql(`SELECT id FROM payments WHERE order_id = $1`, [orderA]))[0].id;
});
afterAll(() => t?.close());

const snapshot = async () => ({
  order: (await t.sql(`SELECT status, amount_paid::text, version FROM orders WHERE id = $1`, [orderA]))[0],
  stock: (await t.sql(`SELECT stock_quantity FROM products WHERE id = $1`, [productA]))[0].stock_quantity,
  payments: (await t.sql(`SELECT count(*)::int AS n, sum(refunded_amount)::text AS refunded FROM payments WHERE order_id = $1`, [orderA]))[0],
  adjustments: (await t.sql(`SELECT count(*)::int AS n FROM inventory_adjustments WHERE product_id = $1`, [productA]))[0].n,
});

describe('another organization', () => {
  it('sees none of the orders, items, payments or adjustments, by id or in lists and reports', async () => {
    const { order, payment, orders, payments, orderItems, inventoryAdjustments, revenueByMonth } = await b.owner.ok(`query($o: ID!, $p: ID!) {
      order(id: $o) { id } payment(id: $p) { id }
      orders(first: 50) { totalCount } payments(first: 50) { totalCount } orderItems(first: 50) { totalCount } inventoryAdjustments(first: 50) { totalCount }
      revenueByMonth { revenue } }`, { o: orderA, p: paymentA });
    expect({ order, payment, orders, payments, orderItems, inventoryAdjustments, revenueByMonth }).toEqual({
      order: null, payment: null, orders: { totalCount: 0 }, payments: { totalCount: 0 }, orderItems: { totalCount: 0 }, inventoryAdjustments: { totalCount: 0 }, revenueByMonth: [],
    });
    // The same queries in A do find them: the emptiness above is the wall, not an empty database.
    const mine = await a.owner.ok(`query($o: ID!) { order(id: $o) { id items { totalCount } payments { totalCount } } }`, { o: orderA });
    expect(mine.order).toEqual({ id: orderA, items: { totalCount: 1 }, payments: { totalCount: 1 } });
  });

  it('cannot order its products, pay, refund, cancel or adjust its stock: NOT_FOUND, nothing changes', async () => {
    const before = await snapshot();
    const attempts = [
      b.owner.raw(PLACE_ORDER, { input: { items: [{ productId: productA, quantity: 1 }] } }),
      b.owner.raw(RECORD_PAYMENT, { input: { orderId: orderA, amount: '1.00', paymentMethod: 'CASH', idempotencyKey: key() } }),
      b.owner.raw(REFUND_PAYMENT, { input: { paymentId: paymentA, amount: '1.00' } }),
      b.owner.raw(CHANGE_STATUS, { input: { orderId: orderA, status: 'CANCELLED' } }),
      b.owner.raw(ADJUST_STOCK, { input: { productId: productA, reason: 'THEFT', delta: -1 } }),
    ];
    const codes = (await Promise.all(attempts)).map((r) => r.errors?.[0].extensions?.code);
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(await snapshot()).toEqual(before);
  });

  it('cannot point its order at a contact of A', async () => {
    const { createContact } = await a.owner.ok(`mutation { createContact(input: { firstName: "Ann", lastName: "Buyer" }) { id } }`);
    const p = await stockedProduct(b.owner, { stock: 5 });
    const refused = await b.owner.fails(PLACE_ORDER, { input: { customerId: createContact.id, items: [{ productId: p, quantity: 1 }] } });
    expect([refused.extensions?.code, refused.extensions?.field]).toEqual(['NOT_FOUND', 'input.customerId']);
    expect((await t.sql(`SELECT stock_quantity FROM products WHERE id = $1`, [p]))[0].stock_quantity).toBe(5);
  });
});

describe('roles', () => {
  it('a member places orders and changes its own only; a viewer places none; only managers adjust stock', async () => {
    const member = await t.addMember(a, 'MEMBER');
    const viewer = await t.addMember(a, 'VIEWER');
    const manager = await t.addMember(a, 'MANAGER');
    const own = (await member.ok(PLACE_ORDER, { input: { items: [{ productId: productA, quantity: 1 }] } })).placeOrder;
    expect((await member.ok(CHANGE_STATUS, { input: { orderId: own.id, status: 'CONFIRMED' } })).changeOrderStatus.status).toBe('CONFIRMED');
    const others = await member.fails(CHANGE_STATUS, { input: { orderId: orderA, status: 'CONFIRMED' } });
    expect([others.extensions?.code, others.message]).toEqual(['FORBIDDEN', expect.stringMatching(/can only change orders it owns/)]);
    const paysOthers = await member.fails(RECORD_PAYMENT, { input: { orderId: orderA, amount: '1.00', paymentMethod: 'CASH', idempotencyKey: key() } });
    expect(paysOthers.extensions?.code).toBe('FORBIDDEN');
    expect((await viewer.fails(PLACE_ORDER, { input: { items: [{ productId: productA, quantity: 1 }] } })).extensions?.code).toBe('FORBIDDEN');
    expect((await member.fails(ADJUST_STOCK, { input: { productId: productA, reason: 'RESTOCK', delta: 1 } })).extensions?.code).toBe('FORBIDDEN');
    expect((await manager.ok(CHANGE_STATUS, { input: { orderId: own.id, status: 'PROCESSING' } })).changeOrderStatus.status).toBe('PROCESSING');
    expect((await manager.ok(ADJUST_STOCK, { input: { productId: productA, reason: 'RESTOCK', delta: 1 } })).adjustStock.stockQuantity).toBe(8);
    const { order } = await viewer.ok(`query($id: ID!) { order(id: $id) { createdBy { id } viewerCan { changeOrderStatus recordPayment } } }`, { id: own.id });
    expect(order).toEqual({ createdBy: { id: member.userId }, viewerCan: { changeOrderStatus: false, recordPayment: false } });
  });
});
