import 'reflect-metadata';
import fc from 'fast-check';
import { expireLoyaltyPoints } from '../../src/modules/commerce/loyalty-expiry';
import { earnPointsForPaidOrder } from '../../src/modules/commerce/loyalty-earn';
import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';
import { ADJUST, asServer, contact, driftedAccounts, paidOrder, program, REDEEM, accountOf } from './loyalty-support';

/**
 * Random sequences of earn / redeem / adjust / expire on one account, each step through the real
 * path (orders paid in SQL then earned, redeemPoints and adjustLoyaltyPoints over HTTP, the expiry
 * job with a moving clock): afterwards the balance equals the sum of the events, every event's
 * balances chain, refused steps changed nothing, and the balance never went below zero.
 */
let t: TestPlatform;
let a: Tenant;
let manager: ApiClient;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Invariant');
  manager = await t.addMember(a, 'MANAGER');
});
afterAll(() => t?.close());

type Step = { kind: 'earn'; cents: number } | { kind: 'redeem'; points: number } | { kind: 'adjust'; points: number } | { kind: 'expire'; days: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('earn' as const), cents: fc.integer({ min: 1, max: 50_000 }) }),
  fc.record({ kind: fc.constant('redeem' as const), points: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('adjust' as const), points: fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0) }),
  fc.record({ kind: fc.constant('expire' as const), days: fc.integer({ min: 0, max: 40 }) }),
);

it('the balance always equals the sum of its events', async () => {
  await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
    const programId = await program(a, { pointsPerDollar: 1, pointsExpireAfterDays: 10 });
    const customer = await contact(a);
    let clockDays = 0;
    let expected = 0;
    // The model of expiry: spending uses the points that expire soonest first.
    let earned = 0;
    let spent = 0;
    for (const s of steps) {
      const account = await accountOf(t, customer, programId);
      const balance = account?.points_balance ?? 0;
      if (s.kind === 'earn') {
        const order = await paidOrder(t, a, customer, (s.cents / 100).toFixed(2));
        await asServer(t, a.organizationId, (ctx) => earnPointsForPaidOrder(ctx, order));
        expected = balance + Math.floor(s.cents / 100);
        earned += Math.floor(s.cents / 100);
      } else if (s.kind === 'redeem') {
        const result = account ? await manager.raw(REDEEM, { input: { accountId: account.id, points: s.points } }) : undefined;
        if (result && s.points <= balance) expect(result.errors).toBeUndefined();
        if (result && s.points > balance) expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expected = account && s.points <= balance ? balance - s.points : balance;
        spent += balance - expected;
      } else if (s.kind === 'adjust') {
        const result = await manager.raw(ADJUST, { input: { contactId: customer, programId, points: s.points, reason: 'Random adjustment' } });
        expect(!result.errors).toBe(balance + s.points >= 0);
        expected = balance + s.points >= 0 ? balance + s.points : balance;
        if (s.points < 0) spent += balance - expected;
      } else {
        clockDays += s.days;
        await expireLoyaltyPoints(t.platform.ownerPool, new Date(Date.now() + clockDays * 86_400_000));
        // Earned points expire 10 days after they were earned (all of them were earned just now).
        const expiring = clockDays >= 10 ? Math.min(balance, Math.max(0, earned - spent)) : 0;
        expected = balance - expiring;
        spent += expiring;
      }
      expect((await accountOf(t, customer, programId))?.points_balance ?? 0).toBe(expected);
    }
    expect(await driftedAccounts(t, a.organizationId)).toEqual([]);
    const events = await t.sql(`SELECT e.points, e.balance_before, e.balance_after FROM loyalty_events e JOIN loyalty_accounts x ON x.id = e.account_id
      WHERE x.contact_id = $1`, [customer]);
    for (const e of events) {
      expect(e.balance_after).toBe(e.balance_before + e.points);
      expect(e.balance_after).toBeGreaterThanOrEqual(0);
    }
  }), { numRuns: 20 });
}, 240_000);
