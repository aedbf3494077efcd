import { runDatagen } from '../../src/seed/datagen';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { driftedAccounts } from './loyalty-support';

/**
 * The data generator's loyalty rows: an EARNED event per paid order with a customer, some
 * redemptions, every account's balance the sum of its events, and the same rows by INSERT and bulk.
 */
let t: TestPlatform;
beforeAll(async () => { t = await startTestPlatform(); });
afterAll(() => t?.close());

const NOW = new Date('2026-06-01T00:00:00Z');
const rowsOf = (organizationId: string) => t.sql(`SELECT e.id, e.event_type, e.points, e.balance_before, e.balance_after, e.order_id, a.contact_id
  FROM loyalty_events e JOIN loyalty_accounts a ON a.id = e.account_id WHERE e.organization_id = $1 ORDER BY e.id`, [organizationId]);

it('earns from every paid order, redeems some, keeps balances equal to their events, the same by both paths', async () => {
  const options = { deals: 200, orders: 300, organizations: 1, seed: 5, users: 2, passwordHash: 'not-a-password-hash', now: NOW };
  const inserted = await runDatagen(t.platform.ownerPool, options);
  const org = inserted.organizations[0].id;
  const paid = await t.sql(`SELECT count(*)::int AS n FROM orders WHERE organization_id = $1 AND paid_at IS NOT NULL AND customer_id IS NOT NULL AND total_amount >= 1`, [org]);
  const kinds = await t.sql(`SELECT event_type, count(*)::int AS n FROM loyalty_events WHERE organization_id = $1 GROUP BY 1 ORDER BY 1`, [org]);
  expect(paid[0].n).toBeGreaterThan(0);
  expect(kinds.find((k) => k.event_type === 'EARNED').n).toBe(paid[0].n);
  expect(kinds.find((k) => k.event_type === 'REDEEMED').n).toBeGreaterThan(0);
  expect(await driftedAccounts(t, org)).toEqual([]);
  expect(await t.sql(`SELECT id FROM loyalty_events WHERE organization_id = $1 AND balance_after <> balance_before + points`, [org])).toEqual([]);
  const bulk = await runDatagen(t.platform.ownerPool, { ...options, seed: 5, bulk: true });
  const strip = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, order_id: _o, contact_id: _c, ...rest }) => rest);
  expect(strip(await rowsOf(bulk.organizations[0].id)).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))))
    .toEqual(strip(await rowsOf(org)).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))));
}, 180_000);
