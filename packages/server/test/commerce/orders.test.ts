import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { ADJUST_STOCK, CHANGE_STATUS, eventsDuring, key, PLACE_ORDER, RECORD_PAYMENT, REFUND_PAYMENT, stockedProduct } from '../support/commerce';

/**
 * Orders through the API: numbers, totals from catalog prices, the lifecycle, payments and
 * refunds, each checked against what the database then holds.
 */
let t: TestPlatform;
let a: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Shop A');
});
afterAll(() => t?.close());

const stockOf = async (productId: string) => (await t.sql(`SELECT stock_quantity FROM products WHERE id = $1`, [productId]))[0].stock_quantity;

describe('placeOrder', () => {
  it('numbers orders 1, 2, 3… per organization, prices items from the catalog and derives the totals', async () => {
    const b = await t.createTenant('Shop numbering');
    const p1 = await stockedProduct(b.owner, { price: '19.99', stock: 10 });
    const p2 = await stockedProduct(b.owner, { price: '0.10', stock: 10 });
    const first = (await b.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p1, quantity: 3 }, { productId: p2, quantity: 7 }], discountAmount: '5.00', taxAmount: '1.23' } })).placeOrder;
    expect(first).toMatchObject({ orderNumber: 1, status: 'PENDING', currency: 'USD', subtotalAmount: '60.67', discountAmount: '5.00', taxAmount: '1.23', totalAmount: '56.90', amountPaid: '0.00', paidAt: null });
    // The price changes afterwards; the item keeps what it was ordered at.
    await b.owner.ok(`mutation($id: ID!) { updateProduct(id: $id, input: { price: "25.00" }) { id } }`, { id: p1 });
    const second = (await b.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p1, quantity: 1 }] } })).placeOrder;
    expect(second).toMatchObject({ orderNumber: 2, totalAmount: '25.00' });
    const items = await t.sql(`SELECT product_id, quantity, unit_price::text, line_total::text FROM order_items WHERE order_id = $1 ORDER BY quantity`, [first.id]);
    expect(items).toEqual([{ product_id: p1, quantity: 3, unit_price: '19.99', line_total: '59.97' }, { product_id: p2, quantity: 7, unit_price: '0.10', line_total: '0.70' }]);
    expect([await stockOf(p1), await stockOf(p2)]).toEqual([6, 3]);
  });

  it('refuses client-set totals, a discount above the subtotal, a duplicate product and a product in another currency', async () => {
    const p = await stockedProduct(a.owner, { price: '10.00', stock: 10 });
    const eur = await stockedProduct(a.owner, { price: '10.00', stock: 10, currency: 'EUR' });
    const totalSet = await a.owner.raw(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }], totalAmount: '1.00' } });
    expect(totalSet.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const discount = await a.owner.fails(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }], discountAmount: '10.01' } });
    expect([discount.extensions?.code, discount.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.discountAmount']);
    const twice = await a.owner.fails(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }, { productId: p, quantity: 2 }] } });
    expect([twice.extensions?.code, twice.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.items.1.productId']);
    const mixed = await a.owner.fails(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }, { productId: eur, quantity: 1 }] } });
    expect([mixed.extensions?.code, mixed.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.items.1.productId']);
    // Nothing of the refused orders was written: no order, no stock taken.
    expect([await stockOf(p), await stockOf(eur)]).toEqual([10, 10]);
    expect((await t.sql(`SELECT count(*)::int AS n FROM order_items WHERE product_id = $1`, [p]))[0].n).toBe(0);
  });

  it('refuses more than is in stock with CONFLICT, leaves no gap in the numbers and takes nothing', async () => {
    const b = await t.createTenant('Shop short');
    const plenty = await stockedProduct(b.owner, { stock: 10 });
    const scarce = await stockedProduct(b.owner, { stock: 1 });
    expect((await b.owner.ok(PLACE_ORDER, { input: { items: [{ productId: plenty, quantity: 1 }] } })).placeOrder.orderNumber).toBe(1);
    const short = await b.owner.fails(PLACE_ORDER, { input: { items: [{ productId: plenty, quantity: 2 }, { productId: scarce, quantity: 2 }] } });
    expect([short.extensions?.code, short.extensions?.productIds]).toEqual(['CONFLICT', [scarce]]);
    expect([await stockOf(plenty), await stockOf(scarce)]).toEqual([9, 1]);
    expect((await b.owner.ok(PLACE_ORDER, { input: { items: [{ productId: scarce, quantity: 1 }] } })).placeOrder.orderNumber).toBe(2);
  });
});

describe('changeOrderStatus', () => {
  it('follows the lifecycle and names both states of an illegal move', async () => {
    const p = await stockedProduct(a.owner, { stock: 5 });
    const { placeOrder: order } = await a.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }] } });
    const skip = await a.owner.fails(CHANGE_STATUS, { input: { orderId: order.id, status: 'SHIPPED' } });
    expect([skip.extensions?.code, skip.extensions?.field, skip.extensions?.from, skip.extensions?.to]).toEqual(['BAD_USER_INPUT', 'input.status', 'PENDING', 'SHIPPED']);
    expect(skip.message).toMatch(/from PENDING to SHIPPED/);
    for (const status of ['CONFIRMED', 'PROCESSING', 'SHIPPED']) await a.owner.ok(CHANGE_STATUS, { input: { orderId: order.id, status } });
    const late = await a.owner.fails(CHANGE_STATUS, { input: { orderId: order.id, status: 'CANCELLED' } });
    expect([late.extensions?.from, late.extensions?.to]).toEqual(['SHIPPED', 'CANCELLED']);
    const { changeOrderStatus } = await a.owner.ok(CHANGE_STATUS, { input: { orderId: order.id, status: 'DELIVERED' } });
    expect(changeOrderStatus.status).toBe('DELIVERED');
    const back = await a.owner.fails(CHANGE_STATUS, { input: { orderId: order.id, status: 'PENDING' } });
    expect([back.extensions?.from, back.extensions?.to]).toEqual(['DELIVERED', 'PENDING']);
    expect(await stockOf(p)).toBe(4);
  });

  it('cancelling a paid order gives the stock back and refunds its payments', async () => {
    const p = await stockedProduct(a.owner, { price: '30.00', stock: 4 });
    const { placeOrder: order } = await a.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 3 }] } });
    await a.owner.ok(RECORD_PAYMENT, { input: { orderId: order.id, amount: '50.00', paymentMethod: 'CARD', idempotencyKey: key() } });
    await a.owner.ok(RECORD_PAYMENT, { input: { orderId: order.id, amount: '40.00', paymentMethod: 'CASH', idempotencyKey: key() } });
    expect(await stockOf(p)).toBe(1);
    const { changeOrderStatus } = await a.owner.ok(CHANGE_STATUS, { input: { orderId: order.id, status: 'CANCELLED' } });
    expect([changeOrderStatus.status, changeOrderStatus.amountPaid]).toEqual(['CANCELLED', '0.00']);
    expect(await stockOf(p)).toBe(4);
    const payments = await t.sql(`SELECT status, amount::text, refunded_amount::text FROM payments WHERE order_id = $1 ORDER BY amount`, [order.id]);
    expect(payments).toEqual([{ status: 'REFUNDED', amount: '40.00', refunded_amount: '40.00' }, { status: 'REFUNDED', amount: '50.00', refunded_amount: '50.00' }]);
    const returned = await t.sql(`SELECT reason, adjustment_quantity FROM inventory_adjustments WHERE order_id = $1 ORDER BY created_at`, [order.id]);
    expect(returned).toEqual([{ reason: 'SALE', adjustment_quantity: -3 }, { reason: 'RETURN', adjustment_quantity: 3 }]);
    const paying = await a.owner.fails(RECORD_PAYMENT, { input: { orderId: order.id, amount: '1.00', paymentMethod: 'CASH', idempotencyKey: key() } });
    expect([paying.extensions?.code, paying.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.orderId']);
  });
});

describe('payments', () => {
  it('partial payments add up; the order is paid when they cover its total; no more than is owed', async () => {
    const p = await stockedProduct(a.owner, { price: '33.33', stock: 5 });
    const { placeOrder: order } = await a.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 3 }] } });
    const first = (await a.owner.ok(RECORD_PAYMENT, { input: { orderId: order.id, amount: '50.00', paymentMethod: 'CASH', idempotencyKey: key() } })).recordPayment;
    expect([first.amountPaid, first.paidAt]).toEqual(['50.00', null]);
    const over = await a.owner.fails(RECORD_PAYMENT, { input: { orderId: order.id, amount: '50.00', paymentMethod: 'CASH', idempotencyKey: key() } });
    expect([over.extensions?.code, over.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.amount']);
    const second = (await a.owner.ok(RECORD_PAYMENT, { input: { orderId: order.id, amount: '49.99', paymentMethod: 'BANK_TRANSFER', idempotencyKey: key() } })).recordPayment;
    expect(second.amountPaid).toBe('99.99');
    expect(second.paidAt).not.toBeNull();
    const zero = await a.owner.fails(RECORD_PAYMENT, { input: { orderId: order.id, amount: '0.00', paymentMethod: 'CASH', idempotencyKey: key() } });
    expect(zero.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.sql(`SELECT sum(amount)::text AS s, count(*)::int AS n FROM payments WHERE order_id = $1`, [order.id]))[0]).toEqual({ s: '99.99', n: 2 });
  });

  it('a retry with the same key returns the first result and charges once; the same key with another amount is refused', async () => {
    const p = await stockedProduct(a.owner, { price: '100.00', stock: 5 });
    const { placeOrder: order } = await a.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }] } });
    const input = { orderId: order.id, amount: '60.00', paymentMethod: 'CARD', idempotencyKey: key('retry') };
    const [one, two] = await Promise.all([a.owner.ok(RECORD_PAYMENT, { input }), a.owner.ok(RECORD_PAYMENT, { input })]);
    const three = await a.owner.ok(RECORD_PAYMENT, { input });
    expect(two.recordPayment).toEqual(one.recordPayment);
    expect(three.recordPayment).toEqual(one.recordPayment);
    expect(one.recordPayment.amountPaid).toBe('60.00');
    const other = await a.owner.fails(RECORD_PAYMENT, { input: { ...input, amount: '40.00' } });
    expect([other.extensions?.code, other.extensions?.field]).toEqual(['CONFLICT', 'idempotencyKey']);
    const rows = await t.sql(`SELECT amount::text, idempotency_key FROM payments WHERE order_id = $1`, [order.id]);
    expect(rows).toEqual([{ amount: '60.00', idempotency_key: input.idempotencyKey }]);
  });

  it('two concurrent payments that together exceed the total: one is recorded, the other refused', async () => {
    const p = await stockedProduct(a.owner, { price: '100.00', stock: 5 });
    const { placeOrder: order } = await a.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }] } });
    const pay = () => a.owner.raw(RECORD_PAYMENT, { input: { orderId: order.id, amount: '60.00', paymentMethod: 'CARD', idempotencyKey: key() } });
    const results = await Promise.all([pay(), pay()]);
    expect(results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'paid')).sort()).toEqual(['BAD_USER_INPUT', 'paid']);
    expect((await t.sql(`SELECT amount_paid::text AS paid, (SELECT count(*)::int FROM payments WHERE order_id = $1) AS n FROM orders WHERE id = $1`, [order.id]))[0]).toEqual({ paid: '60.00', n: 1 });
  });

  it('a key retried after its replay record was purged is still refused by the payment’s own unique key', async () => {
    const p = await stockedProduct(a.owner, { price: '50.00', stock: 5 });
    const { placeOrder: order } = await a.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }] } });
    const input = { orderId: order.id, amount: '20.00', paymentMethod: 'CASH', idempotencyKey: key('old') };
    await a.owner.ok(RECORD_PAYMENT, { input });
    await t.sql(`DELETE FROM idempotency_keys WHERE key = $1`, [input.idempotencyKey]);
    const late = await a.owner.fails(RECORD_PAYMENT, { input });
    expect([late.extensions?.code, late.extensions?.field]).toEqual(['CONFLICT', 'input.idempotencyKey']);
    expect((await t.sql(`SELECT amount_paid::text AS paid, (SELECT count(*)::int FROM payments WHERE order_id = $1) AS n FROM orders WHERE id = $1`, [order.id]))[0]).toEqual({ paid: '20.00', n: 1 });
  });

  it('refunds never exceed what was paid, and bring the order below paid again', async () => {
    const p = await stockedProduct(a.owner, { price: '80.00', stock: 5 });
    const { placeOrder: order } = await a.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }] } });
    await a.owner.ok(RECORD_PAYMENT, { input: { orderId: order.id, amount: '80.00', paymentMethod: 'CARD', idempotencyKey: key() } });
    const [payment] = await t.sql(`SELECT id FROM payments WHERE order_id = $1`, [order.id]);
    const part = (await a.owner.ok(REFUND_PAYMENT, { input: { paymentId: payment.id, amount: '30.00' } })).refundPayment;
    expect([part.amountPaid, part.paidAt]).toEqual(['50.00', null]);
    const tooMuch = await a.owner.fails(REFUND_PAYMENT, { input: { paymentId: payment.id, amount: '50.01' } });
    expect([tooMuch.extensions?.code, tooMuch.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.amount']);
    const rest = (await a.owner.ok(REFUND_PAYMENT, { input: { paymentId: payment.id } })).refundPayment;
    expect(rest.amountPaid).toBe('0.00');
    const again = await a.owner.fails(REFUND_PAYMENT, { input: { paymentId: payment.id, amount: '0.01' } });
    expect(again.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.sql(`SELECT status, refunded_amount::text FROM payments WHERE id = $1`, [payment.id]))[0]).toEqual({ status: 'REFUNDED', refunded_amount: '80.00' });
  });
});

describe('adjustStock', () => {
  it('writes previous, delta and new; a recount sets the counted quantity; never below zero', async () => {
    const p = await stockedProduct(a.owner, { stock: 7 });
    await a.owner.ok(ADJUST_STOCK, { input: { productId: p, reason: 'DAMAGE', delta: -2, notes: 'dropped' } });
    await a.owner.ok(ADJUST_STOCK, { input: { productId: p, reason: 'RECOUNT', countedQuantity: 9 } });
    const below = await a.owner.fails(ADJUST_STOCK, { input: { productId: p, reason: 'THEFT', delta: -10 } });
    expect([below.extensions?.code, below.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.delta']);
    const rows = await t.sql(`SELECT reason, previous_quantity, adjustment_quantity, new_quantity, notes, created_by_id FROM inventory_adjustments WHERE product_id = $1 ORDER BY created_at, new_quantity`, [p]);
    expect(rows).toEqual([
      { reason: 'RESTOCK', previous_quantity: 0, adjustment_quantity: 7, new_quantity: 7, notes: null, created_by_id: a.userId },
      { reason: 'DAMAGE', previous_quantity: 7, adjustment_quantity: -2, new_quantity: 5, notes: 'dropped', created_by_id: a.userId },
      { reason: 'RECOUNT', previous_quantity: 5, adjustment_quantity: 4, new_quantity: 9, notes: null, created_by_id: a.userId },
    ]);
    expect(await stockOf(p)).toBe(9);
  });
});

describe('events and deliveries', () => {
  it('announces an order placed, moved and paid on the order stream', async () => {
    const b = await t.createTenant('Shop events');
    const p = await stockedProduct(b.owner, { price: '10.00', stock: 5 });
    let orderId = '';
    const events = await eventsDuring(t.url, b.owner.token!, `subscription { orderEvents { action orderId order { status amountPaid } } }`, 4, async () => {
      orderId = (await b.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }] } })).placeOrder.id;
      await b.owner.ok(CHANGE_STATUS, { input: { orderId, status: 'CONFIRMED' } });
      await b.owner.ok(RECORD_PAYMENT, { input: { orderId, amount: '10.00', paymentMethod: 'CASH', idempotencyKey: key() } });
    });
    expect(events.map((e) => e.orderEvents.action).sort()).toEqual(['CHANGE_STATUS', 'PAID', 'PLACE', 'RECORD_PAYMENT']);
    expect(new Set(events.map((e) => e.orderEvents.orderId))).toEqual(new Set([orderId]));
    // Each event is read when it is delivered: the order as it is then, never null for a reader.
    expect(events.every((e) => ['PENDING', 'CONFIRMED'].includes(e.orderEvents.order.status))).toBe(true);
  });

  it('takes one delivery per order', async () => {
    const p = await stockedProduct(a.owner, { stock: 5 });
    const { placeOrder } = await a.owner.ok(PLACE_ORDER, { input: { items: [{ productId: p, quantity: 1 }] } });
    const create = `mutation($input: CreateDeliveryInput!) { createDelivery(input: $input) { id status order { id } } }`;
    const input = { orderId: placeOrder.id, recipientName: 'Ann Able', address: { city: 'Lyon' }, deliveryMethod: 'SHIPPING' };
    const { createDelivery } = await a.owner.ok(create, { input });
    expect(createDelivery).toMatchObject({ status: 'PENDING', order: { id: placeOrder.id } });
    const second = await a.owner.fails(create, { input });
    expect([second.extensions?.code, second.extensions?.field]).toEqual(['CONFLICT', 'input.orderId']);
  });
});
