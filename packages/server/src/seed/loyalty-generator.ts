import type { PoolClient } from 'pg';

/**
 * Loyalty data for one organization, from the orders already generated: a "Rewards" program
 * (1 point per unit, points last 365 days), an account per customer with a paid order, an EARNED
 * event per paid order at its payment time and, for every third account, one redemption of half the
 * balance a day after its last order. Set-based SQL (three statements, any size); ids are derived
 * from what they belong to, so the INSERT and bulk paths write the same rows. Balances are the sum
 * of the events and every event's balances chain by construction.
 */
export async function generateLoyaltyData(client: PoolClient, organizationId: string): Promise<{ accounts: number; events: number }> {
  const program = `md5($1::uuid::text || ':loyalty-program')::uuid`;
  await client.query(`INSERT INTO loyalty_programs (organization_id, id, name, description, points_per_dollar, points_expire_after_days, created_at, updated_at)
    SELECT $1::uuid, ${program}, 'Rewards', 'One point per unit paid; points last a year.', 1, 365, coalesce(min(o.created_at), now()), coalesce(min(o.created_at), now())
    FROM orders o WHERE o.organization_id = $1::uuid`, [organizationId]);
  const earned = await client.query(`
    WITH earned AS (
      SELECT o.customer_id, o.id AS order_id, floor(o.total_amount)::int AS points, o.paid_at AS at
      FROM orders o WHERE o.organization_id = $1::uuid AND o.paid_at IS NOT NULL AND o.customer_id IS NOT NULL AND o.total_amount >= 1
    ), accounts AS (
      INSERT INTO loyalty_accounts (organization_id, id, contact_id, program_id, points_balance, total_earned, created_at, updated_at)
      SELECT $1::uuid, md5($1::uuid::text || e.customer_id::text || ':loyalty-account')::uuid, e.customer_id, ${program}, sum(e.points), sum(e.points), min(e.at), max(e.at)
      FROM earned e GROUP BY e.customer_id RETURNING id, contact_id
    )
    INSERT INTO loyalty_events (organization_id, id, account_id, event_type, points, balance_before, balance_after, description, order_id, expires_at, created_at)
    SELECT $1::uuid, md5(e.order_id::text || ':loyalty-earned')::uuid, a.id, 'EARNED', e.points,
           (sum(e.points) OVER w) - e.points, sum(e.points) OVER w, 'Paid order', e.order_id, e.at + interval '365 days', e.at
    FROM earned e JOIN accounts a ON a.contact_id = e.customer_id
    WINDOW w AS (PARTITION BY a.id ORDER BY e.at, e.order_id)`, [organizationId]);
  const redeemed = await client.query(`
    WITH chosen AS (
      SELECT a.id, a.points_balance AS balance, a.points_balance / 2 AS points, a.updated_at + interval '1 day' AS at
      FROM loyalty_accounts a WHERE a.organization_id = $1::uuid AND a.points_balance >= 2 AND get_byte(decode(md5(a.contact_id::text), 'hex'), 0) % 3 = 0
    ), changed AS (
      UPDATE loyalty_accounts a SET points_balance = a.points_balance - c.points, total_redeemed = c.points, updated_at = c.at
      FROM chosen c WHERE a.organization_id = $1::uuid AND a.id = c.id RETURNING a.id
    )
    INSERT INTO loyalty_events (organization_id, id, account_id, event_type, points, balance_before, balance_after, description, created_at)
    SELECT $1::uuid, md5(c.id::text || ':loyalty-redeemed')::uuid, c.id, 'REDEEMED', -c.points, c.balance, c.balance - c.points, 'Reward', c.at
    FROM chosen c JOIN changed USING (id)`, [organizationId]);
  const accounts = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM loyalty_accounts WHERE organization_id = $1::uuid`, [organizationId]);
  return { accounts: accounts.rows[0].n, events: (earned.rowCount ?? 0) + (redeemed.rowCount ?? 0) };
}
