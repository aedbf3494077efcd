import fc from 'fast-check';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { ADJUST_STOCK, CHANGE_STATUS, eventsDuring, PLACE_ORDER, stockedProduct } from '../support/commerce';

/**
 * Stock under concurrency and over long random histories: never below zero, never two sales of
 * one unit, always the sum of its adjustments; low stock listed and announced.
 */
let t: TestPlatform;
let a: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Stock A');
});
afterAll(() => t?.close());

const stockOf = async (productId: string) => (await t.sql(`SELECT stock_quantity FROM products WHERE id = $1`, [productId]))[0].stock_quantity;
const adjustmentSum = async (productId: string) => (await t.sql(`SELECT coalesce(sum(adjustment_quantity), 0)::int AS s FROM inventory_adjustments WHERE product_id = $1`, [productId]))[0].s;

it('two concurrent orders for the last unit: exactly one succeeds, the other gets CONFLICT', async () => {
  const member = await t.addMember(a, 'MEMBER');
  const p = await stockedProduct(a.owner, { stock: 1 });
  const order = { input: { items: [{ productId: p, quantity: 1 }] } };
  const results = await Promise.all([a.owner.raw(PLACE_ORDER, order), member.raw(PLACE_ORDER, order)]);
  const outcomes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'placed')).sort();
  expect(outcomes).toEqual(['CONFLICT', 'placed']);
  expect([await stockOf(p), await adjustmentSum(p)]).toEqual([0, 0]);
  expect((await t.sql(`SELECT count(*)::int AS n FROM order_items WHERE product_id = $1`, [p]))[0].n).toBe(1);
});

it('ten concurrent orders for 4 units of two products: 4 placed, 6 refused, numbers without gaps', async () => {
  const b = await t.createTenant('Stock rush');
  const [p, q] = [await stockedProduct(b.owner, { stock: 4 }), await stockedProduct(b.owner, { stock: 100 })];
  // Items in both orders of the products: locks are taken in one order, so the rush cannot deadlock.
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => b.owner.raw(PLACE_ORDER, {
    input: { items: i % 2 ? [{ productId: p, quantity: 1 }, { productId: q, quantity: 1 }] : [{ productId: q, quantity: 1 }, { productId: p, quantity: 1 }] },
  })));
  const placed = results.filter((r) => !r.errors).map((r) => r.data.placeOrder.orderNumber).sort((x, y) => x - y);
  expect(placed).toEqual([1, 2, 3, 4]);
  expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(Array(6).fill('CONFLICT'));
  expect([await stockOf(p), await stockOf(q)]).toEqual([0, 96]);
});

it('after any sequence of adjustments, orders and cancellations stock equals the sum of its adjustments and never went below zero', async () => {
  const p = await stockedProduct(a.owner, { stock: 3 });
  const step = fc.oneof(
    fc.record({ kind: fc.constant('adjust' as const), delta: fc.integer({ min: -6, max: 6 }).filter((d) => d !== 0) }),
    fc.record({ kind: fc.constant('order' as const), quantity: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant('cancel' as const) }),
  );
  const placed: string[] = [];
  let expected = 3;
  await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 15 }), async (steps) => {
    for (const s of steps) {
      if (s.kind === 'adjust') {
        const r = await a.owner.raw(ADJUST_STOCK, { input: { productId: p, reason: s.delta > 0 ? 'RESTOCK' : 'DAMAGE', delta: s.delta } });
        expect(r.errors ? r.errors[0].extensions?.code : 'ok').toBe(expected + s.delta >= 0 ? 'ok' : 'BAD_USER_INPUT');
        if (!r.errors) expected += s.delta;
      } else if (s.kind === 'order') {
        const r = await a.owner.raw(PLACE_ORDER, { input: { items: [{ productId: p, quantity: s.quantity }] } });
        expect(r.errors ? r.errors[0].extensions?.code : 'ok').toBe(expected >= s.quantity ? 'ok' : 'CONFLICT');
        if (!r.errors) { expected -= s.quantity; placed.push(r.data.placeOrder.id); }
      } else if (placed.length) {
        const id = placed.pop()!;
        const [{ quantity }] = await t.sql(`SELECT quantity FROM order_items WHERE order_id = $1`, [id]);
        await a.owner.ok(CHANGE_STATUS, { input: { orderId: id, status: 'CANCELLED' } });
        expected += quantity;
      }
      const [stock, sum] = [await stockOf(p), await adjustmentSum(p)];
      expect([stock, sum]).toEqual([expected, expected]);
    }
    const chain = await t.sql(`SELECT previous_quantity, adjustment_quantity, new_quantity FROM inventory_adjustments WHERE product_id = $1 ORDER BY created_at, id`, [p]);
    // Each adjustment starts where the one before ended: a history without holes, never below zero.
    chain.forEach((row, i) => expect([row.previous_quantity, row.new_quantity >= 0, row.previous_quantity + row.adjustment_quantity]).toEqual([i ? chain[i - 1].new_quantity : 0, true, row.new_quantity]));
  }), { numRuns: 8 });
});

it('lists products at or below their threshold, and announces one falling to it', async () => {
  const b = await t.createTenant('Stock low');
  const low = await stockedProduct(b.owner, { stock: 3, lowStockThreshold: 2, name: 'Almost out' });
  await stockedProduct(b.owner, { stock: 30, lowStockThreshold: 2, name: 'Plenty' });
  const empty = await stockedProduct(b.owner, { stock: 0, lowStockThreshold: 0, name: 'Empty' });
  const events = await eventsDuring(t.url, b.owner.token!, `subscription { stockEvents { action productId product { stockQuantity } } }`, 2,
    () => b.owner.ok(PLACE_ORDER, { input: { items: [{ productId: low, quantity: 1 }] } }));
  // Each event is checked and read on its own, so they may arrive in either order.
  expect(events.map((e) => e.stockEvents).sort((x, y) => x.action.localeCompare(y.action))).toEqual([
    { action: 'LOW_STOCK', productId: low, product: { stockQuantity: 2 } },
    { action: 'STOCK', productId: low, product: { stockQuantity: 2 } },
  ]);
  const { lowStockProducts } = await b.owner.ok(`{ lowStockProducts { id name stockQuantity } }`);
  expect(lowStockProducts).toEqual([{ id: empty, name: 'Empty', stockQuantity: 0 }, { id: low, name: 'Almost out', stockQuantity: 2 }]);
  const { products } = await b.owner.ok(`{ products(where: { lowStock: true }, orderBy: [{ field: NAME, direction: ASC }]) { nodes { name } } }`);
  expect(products.nodes.map((n: any) => n.name)).toEqual(['Almost out', 'Empty']);
});
