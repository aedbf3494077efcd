import 'reflect-metadata';
import { earnPointsForPaidOrder } from '../../src/modules/commerce/loyalty-earn';
import { expireLoyaltyPoints } from '../../src/modules/commerce/loyalty-expiry';
import { declaredJobs } from '../../src/platform/jobs';
import { key, PLACE_ORDER, RECORD_PAYMENT, stockedProduct } from '../support/commerce';
import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';
import { accountOf, ADJUST, asServer, contact, driftedAccounts, paidOrder, program, REDEEM } from './loyalty-support';

/**
 * Loyalty rules through the real API: points earned from paid orders at the program's rate (once),
 * redeemed up to the balance (also under real concurrency), adjusted by managers with a reason,
 * expired by the scheduled job; the balance always equals the sum of the events; the liability
 * report; a contact's balance and history through the generic API; other tenants never meet.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let manager: ApiClient;
let member: ApiClient;
let viewer: ApiClient;

const DAY = 86_400_000;
const events = (accountId: string) => t.sql(`SELECT event_type, points, balance_before, balance_after, description, order_id, expires_at FROM loyalty_events WHERE account_id = $1 ORDER BY created_at, id`, [accountId]);
const earn = (tenant: Tenant, orderId: string) => asServer(t, tenant.organizationId, (ctx) => earnPointsForPaidOrder(ctx, orderId));

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Loyal A');
  b = await t.createTenant('Loyal B');
  manager = await t.addMember(a, 'MANAGER');
  member = await t.addMember(a, 'MEMBER');
  viewer = await t.addMember(a, 'VIEWER');
});
afterAll(() => t?.close());

describe('earning from paid orders', () => {
  it('credits the whole part of total × rate in every active program, once per order', async () => {
    const rate3 = await program(a, { pointsPerDollar: 3, pointsExpireAfterDays: 30 });
    const rate1 = await program(a, { pointsPerDollar: 1 });
    const inactive = await program(a, { pointsPerDollar: 5, isActive: false });
    const customer = await contact(a);
    const order = await paidOrder(t, a, customer, '12.50');
    expect(await earn(a, order)).toBe(37 + 12);
    expect(await earn(a, order)).toBe(0);
    const account = (await accountOf(t, customer, rate3))!;
    expect(account).toMatchObject({ points_balance: 37, total_earned: 37, total_redeemed: 0 });
    const [earned, ...more] = await events(account.id);
    expect(more).toEqual([]);
    expect(earned).toMatchObject({ event_type: 'EARNED', points: 37, balance_before: 0, balance_after: 37, order_id: order });
    expect(Math.abs(new Date(earned.expires_at).getTime() - (Date.now() + 30 * DAY))).toBeLessThan(DAY);
    expect((await accountOf(t, customer, rate1))!.points_balance).toBe(12);
    expect((await events((await accountOf(t, customer, rate1))!.id))[0].expires_at).toBeNull();
    expect(await accountOf(t, customer, inactive)).toBeUndefined();
  });

  it('recordPayment earns the points when payments first cover the total, in the same transaction', async () => {
    const programId = await program(a, { pointsPerDollar: 10 });
    const customer = await contact(a);
    const productId = await stockedProduct(manager, { price: '4.99', stock: 10 });
    const { placeOrder } = await manager.ok(PLACE_ORDER, { input: { customerId: customer, items: [{ productId, quantity: 2 }] } });
    await manager.ok(RECORD_PAYMENT, { input: { orderId: placeOrder.id, amount: '5.00', paymentMethod: 'CASH', idempotencyKey: key('pay') } });
    expect(await accountOf(t, customer, programId)).toBeUndefined();
    await manager.ok(RECORD_PAYMENT, { input: { orderId: placeOrder.id, amount: '4.98', paymentMethod: 'CARD', idempotencyKey: key('pay') } });
    const account = (await accountOf(t, customer, programId))!;
    expect(account.points_balance).toBe(99);
    expect(await events(account.id)).toMatchObject([{ event_type: 'EARNED', points: 99, order_id: placeOrder.id }]);
  });

  it('an unpaid order, an order without customer or another organization’s order earns nothing', async () => {
    await program(a, { pointsPerDollar: 2 });
    const customer = await contact(a);
    expect(await earn(a, await paidOrder(t, a, customer, '40.00', false))).toBe(0);
    const theirs = await paidOrder(t, b, await contact(b), '40.00');
    expect(await earn(a, theirs)).toBe(0);
    expect(await t.sql(`SELECT 1 FROM loyalty_events WHERE order_id = $1`, [theirs])).toEqual([]);
    expect(await t.sql(`SELECT 1 FROM loyalty_accounts WHERE contact_id = $1`, [customer])).toEqual([]);
  });
});

describe('redeeming', () => {
  let programId: string;
  let customer: string;
  let accountId: string;
  beforeAll(async () => {
    programId = await program(a, { pointsPerDollar: 1 });
    customer = await contact(a);
    await earn(a, await paidOrder(t, a, customer, '100.00'));
    accountId = (await accountOf(t, customer, programId))!.id;
  });

  it('takes points up to the balance and records the event with the balance around it', async () => {
    const { redeemPoints } = await manager.ok(REDEEM, { input: { accountId, points: 30, description: 'Free coffee' } });
    expect(redeemPoints).toMatchObject({ pointsBalance: 70, totalRedeemed: 30 });
    expect((await events(accountId)).at(-1)).toMatchObject({ event_type: 'REDEEMED', points: -30, balance_before: 100, balance_after: 70, description: 'Free coffee' });
  });

  it('refuses more than the balance, naming the field, and writes nothing', async () => {
    const before = await events(accountId);
    const error = await manager.fails(REDEEM, { input: { accountId, points: 71 } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.points' });
    expect(await events(accountId)).toEqual(before);
    expect((await accountOf(t, customer, programId))!.points_balance).toBe(70);
  });

  it('refuses zero, negative and non-integer points', async () => {
    for (const points of [0, -5]) expect((await manager.fails(REDEEM, { input: { accountId, points } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await manager.raw(REDEEM, { input: { accountId, points: 1.5 } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a retry with the same idempotency key redeems once and returns the first result', async () => {
    const input = { accountId, points: 5, idempotencyKey: 'redeem-key-0001' };
    const first = await manager.ok(REDEEM, { input });
    const again = await manager.ok(REDEEM, { input });
    expect(again).toEqual(first);
    expect((await accountOf(t, customer, programId))!.points_balance).toBe(65);
    expect((await manager.fails(REDEEM, { input: { ...input, points: 6 } })).extensions?.code).toBe('CONFLICT');
  });

  it('is for managers and above; other organizations cannot find the account', async () => {
    for (const who of [member, viewer]) expect((await who.fails(REDEEM, { input: { accountId, points: 1 } })).extensions?.code).toBe('FORBIDDEN');
    expect((await b.owner.fails(REDEEM, { input: { accountId, points: 1 } })).extensions?.code).toBe('NOT_FOUND');
    expect((await accountOf(t, customer, programId))!.points_balance).toBe(65);
  });

  it('concurrent redemptions never overdraw: exactly as many succeed as the balance covers', async () => {
    const rich = await contact(a);
    await earn(a, await paidOrder(t, a, rich, '100.00'));
    const account = (await accountOf(t, rich, programId))!;
    const results = await Promise.all(Array.from({ length: 8 }, () => manager.raw(REDEEM, { input: { accountId: account.id, points: 30 } })));
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(3);
    expect(lost.map((r) => r.errors![0].extensions?.code)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect((await accountOf(t, rich, programId))!.points_balance).toBe(10);
    // In the order they took the account's lock: each starts from the balance the previous left.
    const balances = (await events(account.id)).map((e) => [e.balance_before, e.balance_after]).sort((x, y) => y[1] - x[1]);
    expect(balances).toEqual([[0, 100], [100, 70], [70, 40], [40, 10]]);
    expect(await driftedAccounts(t, a.organizationId)).toEqual([]);
  });
});

describe('adjusting', () => {
  it('managers add or remove points with a reason, opening the account if needed; never below zero', async () => {
    const programId = await program(a);
    const customer = await contact(a);
    const { adjustLoyaltyPoints } = await manager.ok(ADJUST, { input: { contactId: customer, programId, points: 50, reason: 'Apology for a late delivery' } });
    expect(adjustLoyaltyPoints.pointsBalance).toBe(50);
    await manager.ok(ADJUST, { input: { contactId: customer, programId, points: -20, reason: 'Double credit' } });
    const error = await manager.fails(ADJUST, { input: { contactId: customer, programId, points: -31, reason: 'Too much' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.points' });
    const account = (await accountOf(t, customer, programId))!;
    expect(account).toMatchObject({ points_balance: 30, total_earned: 0 });
    expect((await events(account.id)).map((e) => [e.event_type, e.points, e.description])).toEqual([['ADJUSTED', 50, 'Apology for a late delivery'], ['ADJUSTED', -20, 'Double credit']]);
    const audit = await t.sql(`SELECT action, new_values FROM audit_logs WHERE entity_type = 'LoyaltyAccount' AND entity_id = $1 ORDER BY created_at`, [account.id]);
    expect(audit.map((r) => [r.action, r.new_values.pointsBalance])).toEqual([['ADJUST', 50], ['ADJUST', 30]]);
  });

  it('needs a reason and a manager; another organization’s contact or program is not found', async () => {
    const programId = await program(a);
    const customer = await contact(a);
    expect((await manager.fails(ADJUST, { input: { contactId: customer, programId, points: 5, reason: '' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await manager.fails(ADJUST, { input: { contactId: customer, programId, points: 0, reason: 'Nothing' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await member.fails(ADJUST, { input: { contactId: customer, programId, points: 5, reason: 'Because' } })).extensions?.code).toBe('FORBIDDEN');
    expect((await b.owner.fails(ADJUST, { input: { contactId: customer, programId, points: 5, reason: 'From B' } })).extensions?.code).toBe('NOT_FOUND');
    expect(await accountOf(t, customer, programId)).toBeUndefined();
  });
});

describe('expiry', () => {
  it('expires the earned points past their date that spending has not used, once, in every organization', async () => {
    const programId = await program(a, { pointsPerDollar: 1, pointsExpireAfterDays: 30 });
    const customer = await contact(a);
    await earn(a, await paidOrder(t, a, customer, '100.00'));
    const account = (await accountOf(t, customer, programId))!;
    await manager.ok(REDEEM, { input: { accountId: account.id, points: 40 } });
    await manager.ok(ADJUST, { input: { contactId: customer, programId, points: 25, reason: 'Goodwill' } });
    const theirProgram = await program(b, { pointsPerDollar: 1, pointsExpireAfterDays: 10 });
    const theirs = await contact(b);
    await earn(b, await paidOrder(t, b, theirs, '7.00'));

    expect(await expireLoyaltyPoints(t.platform.ownerPool, new Date(Date.now() + 29 * DAY))).toMatchObject({ accounts: 1 });
    expect((await accountOf(t, customer, programId))!.points_balance).toBe(85);
    expect((await accountOf(t, theirs, theirProgram))!.points_balance).toBe(0);

    const later = new Date(Date.now() + 31 * DAY);
    await expireLoyaltyPoints(t.platform.ownerPool, later);
    // 100 earned, 40 of them redeemed: 60 expire; the 25 adjusted by hand stay.
    expect((await accountOf(t, customer, programId))!.points_balance).toBe(25);
    expect((await events(account.id)).at(-1)).toMatchObject({ event_type: 'EXPIRED', points: -60, balance_before: 85, balance_after: 25 });
    await expireLoyaltyPoints(t.platform.ownerPool, later);
    expect((await events(account.id)).filter((e) => e.event_type === 'EXPIRED')).toHaveLength(1);
    expect(await driftedAccounts(t, a.organizationId)).toEqual([]);
    expect(await driftedAccounts(t, b.organizationId)).toEqual([]);
  });

  it('runs hourly as the expire-loyalty-points job of the platform queue', async () => {
    const job = declaredJobs().find((j) => j.name === 'expire-loyalty-points')!;
    expect(job.schedule).toBe('23 * * * *');
    const programId = await program(a, { pointsPerDollar: 1, pointsExpireAfterDays: 5 });
    const customer = await contact(a);
    await earn(a, await paidOrder(t, a, customer, '9.00'));
    const account = (await accountOf(t, customer, programId))!;
    await t.sql(`UPDATE loyalty_events SET expires_at = now() - interval '1 minute' WHERE account_id = $1`, [account.id]);
    await job.handler({}, { config: t.platform.config, pool: t.platform.ownerPool } as never);
    expect((await accountOf(t, customer, programId))!.points_balance).toBe(0);
  });
});

describe('reading', () => {
  it('a contact’s balance and history come through the generic API, newest first', async () => {
    const programId = await program(a, { pointsPerDollar: 2, name: 'Readable program' });
    const customer = await contact(a);
    await earn(a, await paidOrder(t, a, customer, '10.00'));
    await manager.ok(ADJUST, { input: { contactId: customer, programId, points: -5, reason: 'Correction' } });
    const { contact: read } = await viewer.ok(`query($id: ID!, $p: ID!) { contact(id: $id) { loyaltyAccounts(first: 5, where: { programId: { eq: $p } }) { nodes { pointsBalance program { name }
      events(first: 10, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { eventType points balanceAfter description } } } } } }`, { id: customer, p: programId });
    expect(read.loyaltyAccounts.nodes).toEqual([{ pointsBalance: 15, program: { name: 'Readable program' }, events: { nodes: [
      { eventType: 'ADJUSTED', points: -5, balanceAfter: 15, description: 'Correction' },
      { eventType: 'EARNED', points: 20, balanceAfter: 20, description: 'Paid order' },
    ] } }]);
    expect((await b.owner.ok(`query($id: ID!) { contact(id: $id) { id } }`, { id: customer })).contact).toBeNull();
  });

  it('the liability report sums the balances per program, this organization only', async () => {
    const { loyaltyLiability } = await viewer.ok(`{ loyaltyLiability { programId programName accounts pointsOutstanding pointsEarned pointsRedeemed } }`);
    const expected = await t.sql(`SELECT p.id AS "programId", count(a.id)::int AS accounts, coalesce(sum(a.points_balance), 0)::float8 AS "pointsOutstanding"
      FROM loyalty_programs p LEFT JOIN loyalty_accounts a ON a.program_id = p.id WHERE p.organization_id = $1 GROUP BY p.id`, [a.organizationId]);
    const got = loyaltyLiability.map((r: Record<string, unknown>) => ({ programId: r.programId, accounts: r.accounts, pointsOutstanding: r.pointsOutstanding }));
    expect(got).toHaveLength(expected.length);
    expect(new Set(got.map((r: { programId: string }) => r.programId))).toEqual(new Set(expected.map((r) => r.programId)));
    expect(got.sort((x: { programId: string }, y: { programId: string }) => x.programId.localeCompare(y.programId)))
      .toEqual(expected.sort((x, y) => x.programId.localeCompare(y.programId)));
    expect(loyaltyLiability.map((r: { pointsOutstanding: number }) => r.pointsOutstanding)).toEqual([...loyaltyLiability.map((r: { pointsOutstanding: number }) => r.pointsOutstanding)].sort((x, y) => y - x));
    expect(got.some((r: { pointsOutstanding: number }) => r.pointsOutstanding > 0)).toBe(true);
  });
});
