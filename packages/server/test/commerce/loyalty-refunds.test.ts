import 'reflect-metadata';
import { CHANGE_STATUS, key, PLACE_ORDER, RECORD_PAYMENT, REFUND_PAYMENT, stockedProduct } from '../support/commerce';
import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';
import { accountOf, contact, driftedAccounts, program, REDEEM } from './loyalty-support';

/**
 * Points follow the order's paid state: a refund that leaves a paid order unpaid, or cancelling a
 * paid order, takes back the points it earned in the same transaction (an ADJUSTED event linked to
 * the order, with the balance before and after; never below zero), and paying it again restores them.
 */
let t: TestPlatform;
let a: Tenant;
let manager: ApiClient;

const PAYMENTS = `query($id: ID!) { order(id: $id) { payments { nodes { id } } } }`;
const events = (accountId: string) => t.sql(`SELECT event_type, points, balance_before, balance_after, description, order_id FROM loyalty_events WHERE account_id = $1 ORDER BY created_at, id`, [accountId]);

/** A placed and fully paid order of `customer` for 2 × 25.00; the payment's id. */
async function paidOrderOf(customer: string): Promise<{ orderId: string; paymentId: string; orderNumber: number }> {
  const productId = await stockedProduct(manager, { price: '25.00', stock: 10 });
  const { placeOrder } = await manager.ok(PLACE_ORDER, { input: { customerId: customer, items: [{ productId, quantity: 2 }], idempotencyKey: key('order') } });
  await manager.ok(RECORD_PAYMENT, { input: { orderId: placeOrder.id, amount: '50.00', paymentMethod: 'CARD', idempotencyKey: key('pay') } });
  const { order } = await manager.ok(PAYMENTS, { id: placeOrder.id });
  return { orderId: placeOrder.id, paymentId: order.payments.nodes[0].id, orderNumber: placeOrder.orderNumber };
}

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Refund points');
  manager = await t.addMember(a, 'MANAGER');
});
afterAll(() => t?.close());

it('a partial refund that leaves the order unpaid takes its points back; paying again restores them', async () => {
  const programId = await program(a, { pointsPerDollar: 2 });
  const customer = await contact(a);
  const { orderId, paymentId, orderNumber } = await paidOrderOf(customer);
  const account = (await accountOf(t, customer, programId))!;
  expect(account.points_balance).toBe(100);

  const { refundPayment } = await manager.ok(REFUND_PAYMENT, { input: { paymentId, amount: '10.00', idempotencyKey: key('refund') } });
  expect(refundPayment).toMatchObject({ amountPaid: '40.00', paidAt: null });
  expect((await accountOf(t, customer, programId))!).toMatchObject({ points_balance: 0, total_earned: 100 });
  const [, taken] = await events(account.id);
  expect(taken).toMatchObject({ event_type: 'ADJUSTED', points: -100, balance_before: 100, balance_after: 0, order_id: orderId, description: `Order #${orderNumber} refunded: its points are taken back` });

  // A second refund of the already unpaid order takes nothing more.
  await manager.ok(REFUND_PAYMENT, { input: { paymentId, amount: '5.00', idempotencyKey: key('refund') } });
  expect((await accountOf(t, customer, programId))!.points_balance).toBe(0);
  expect(await events(account.id)).toHaveLength(2);

  await manager.ok(RECORD_PAYMENT, { input: { orderId, amount: '15.00', paymentMethod: 'CASH', idempotencyKey: key('pay') } });
  expect((await accountOf(t, customer, programId))!.points_balance).toBe(100);
  expect((await events(account.id))[2]).toMatchObject({ event_type: 'ADJUSTED', points: 100, balance_before: 0, balance_after: 100, order_id: orderId });
  expect(await driftedAccounts(t, a.organizationId)).toEqual([]);
});

it('a refund of an order without a customer touches no points', async () => {
  const programId = await program(a, { pointsPerDollar: 1 });
  const productId = await stockedProduct(manager, { price: '30.00', stock: 5 });
  const { placeOrder } = await manager.ok(PLACE_ORDER, { input: { items: [{ productId, quantity: 1 }] } });
  await manager.ok(RECORD_PAYMENT, { input: { orderId: placeOrder.id, amount: '30.00', paymentMethod: 'CASH', idempotencyKey: key('pay') } });
  const { order } = await manager.ok(PAYMENTS, { id: placeOrder.id });
  await manager.ok(REFUND_PAYMENT, { input: { paymentId: order.payments.nodes[0].id, idempotencyKey: key('refund') } });
  expect(await t.sql(`SELECT 1 FROM loyalty_events e JOIN loyalty_accounts x ON x.id = e.account_id WHERE x.program_id = $1`, [programId])).toEqual([]);
});

it('cancelling a paid order refunds it and takes back its points, in one transaction', async () => {
  const programId = await program(a, { pointsPerDollar: 1 });
  const customer = await contact(a);
  const { orderId, orderNumber } = await paidOrderOf(customer);
  const account = (await accountOf(t, customer, programId))!;
  expect(account.points_balance).toBe(50);
  const { changeOrderStatus } = await manager.ok(CHANGE_STATUS, { input: { orderId, status: 'CANCELLED' } });
  expect(changeOrderStatus).toMatchObject({ status: 'CANCELLED', amountPaid: '0.00' });
  expect((await accountOf(t, customer, programId))!.points_balance).toBe(0);
  expect((await events(account.id))[1]).toMatchObject({ event_type: 'ADJUSTED', points: -50, balance_before: 50, balance_after: 0, order_id: orderId, description: `Order #${orderNumber} cancelled: its points are taken back` });
});

it('points already spent are not taken below zero: the take-back stops at the balance', async () => {
  const programId = await program(a, { pointsPerDollar: 1 });
  const customer = await contact(a);
  const { paymentId } = await paidOrderOf(customer);
  const account = (await accountOf(t, customer, programId))!;
  await manager.ok(REDEEM, { input: { accountId: account.id, points: 30 } });
  await manager.ok(REFUND_PAYMENT, { input: { paymentId, idempotencyKey: key('refund') } });
  expect((await accountOf(t, customer, programId))!.points_balance).toBe(0);
  expect((await events(account.id)).map((e) => [e.event_type, e.points, e.balance_before, e.balance_after])).toEqual([
    ['EARNED', 50, 0, 50], ['REDEEMED', -30, 50, 20], ['ADJUSTED', -20, 20, 0],
  ]);
  expect(await driftedAccounts(t, a.organizationId)).toEqual([]);
});

it('a refund whose take-back fails rolls back with it: the payment stays as it was', async () => {
  const programId = await program(a, { pointsPerDollar: 1 });
  const customer = await contact(a);
  const { orderId, paymentId } = await paidOrderOf(customer);
  const account = (await accountOf(t, customer, programId))!;
  // A trigger that refuses the take-back's event stands in for any failure inside the transaction.
  await t.sql(`CREATE FUNCTION test_refuse_adjusted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.event_type = 'ADJUSTED' AND NEW.account_id = '${account.id}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
  await t.sql(`CREATE TRIGGER test_refuse_adjusted BEFORE INSERT ON loyalty_events FOR EACH ROW EXECUTE FUNCTION test_refuse_adjusted()`);
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await manager.fails(REFUND_PAYMENT, { input: { paymentId, idempotencyKey: key('refund') } });
  } finally {
    quiet.mockRestore();
    await t.sql(`DROP TRIGGER test_refuse_adjusted ON loyalty_events`);
    await t.sql(`DROP FUNCTION test_refuse_adjusted()`);
  }
  expect((await t.sql(`SELECT amount_paid::text AS paid, paid_at IS NOT NULL AS paid_flag FROM orders WHERE id = $1`, [orderId]))[0]).toEqual({ paid: '50.00', paid_flag: true });
  expect((await t.sql(`SELECT refunded_amount::text AS r, status FROM payments WHERE id = $1`, [paymentId]))[0]).toEqual({ r: '0.00', status: 'COMPLETED' });
  expect((await accountOf(t, customer, programId))!.points_balance).toBe(50);
});
