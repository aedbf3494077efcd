import { runDatagen } from '../../src/seed/datagen';
import { DATAGEN_NOW, rowsBreaking } from '../support/datagen-checks';
import { testPlatformFile } from '../support/harness';

/**
 * Generated commerce data keeps every rule the API keeps: stock is the sum of adjustments, each
 * chain without holes, totals derived from items, payments summing to what is paid, numbers 1…n
 * with the counter at n (the API numbers on from it) — in both writers.
 */
const fx = testPlatformFile();

/** The rules, each as a query for the rows of the given organizations ($1) that break it. */
const RULES = {
  stockNotSumOfAdjustments: `SELECT p.id FROM products p LEFT JOIN inventory_adjustments a ON a.organization_id = p.organization_id AND a.product_id = p.id
    WHERE p.organization_id = ANY($1::uuid[]) GROUP BY p.organization_id, p.id HAVING p.stock_quantity <> coalesce(sum(a.adjustment_quantity), 0)`,
  chainHoles: `SELECT 1 FROM (SELECT previous_quantity, lag(new_quantity, 1, 0) OVER (PARTITION BY product_id ORDER BY created_at, id) AS before
    FROM inventory_adjustments WHERE organization_id = ANY($1::uuid[])) x WHERE previous_quantity <> before`,
  totalsNotFromItems: `SELECT o.id FROM orders o JOIN order_items i ON i.organization_id = o.organization_id AND i.order_id = o.id WHERE o.organization_id = ANY($1::uuid[])
    GROUP BY o.organization_id, o.id HAVING o.subtotal_amount <> sum(i.line_total) OR o.total_amount <> o.subtotal_amount - o.discount_amount + o.tax_amount OR bool_or(i.line_total <> i.quantity * i.unit_price)`,
  paidNotSumOfPayments: `SELECT o.id FROM orders o LEFT JOIN payments y ON y.organization_id = o.organization_id AND y.order_id = o.id WHERE o.organization_id = ANY($1::uuid[])
    GROUP BY o.organization_id, o.id HAVING o.amount_paid <> coalesce(sum(y.amount - y.refunded_amount), 0) OR (o.paid_at IS NOT NULL) <> (o.amount_paid >= o.total_amount AND o.total_amount > 0)`,
  numbering: `SELECT 1 FROM (SELECT organization_id, max(order_number) AS top, count(*) AS n FROM orders WHERE organization_id = ANY($1::uuid[]) GROUP BY 1) x
    JOIN order_number_counters c USING (organization_id) WHERE x.top <> x.n OR c.last_number <> x.n`,
};

it.each([['INSERT', false], ['COPY (bulk)', true]] as const)('generates orders, items, payments and adjustments that keep every rule (%s)', async (_label, bulk) => {
  const result = await runDatagen(fx.t.platform.ownerPool, { deals: 200, orders: 600, organizations: 2, seed: bulk ? 5 : 4, users: 2, passwordHash: 'not-a-password-hash', now: DATAGEN_NOW, bulk });
  expect(result.organizations.map((o) => o.commerce?.orders)).toEqual([300, 300]);
  const ids = result.organizations.map((o) => o.id);
  expect(await rowsBreaking(fx.t, ids, RULES)).toEqual({ stockNotSumOfAdjustments: 0, chainHoles: 0, totalsNotFromItems: 0, paidNotSumOfPayments: 0, numbering: 0 });
  const [{ n }] = await fx.t.sql(`SELECT count(*)::int AS n FROM payments WHERE organization_id = ANY($1::uuid[])`, [ids]);
  expect(n).toBeGreaterThan(100);
});
