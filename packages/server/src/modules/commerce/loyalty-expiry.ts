import type { Pool } from 'pg';
import { Role } from '../../platform/auth/roles';
import { DbSession } from '../../platform/db-session';
import { tableOf } from '../../platform/resource/metadata';
import { ofTenant, tableAs } from '../../platform/resource/scoped';
import { serviceContext } from '../../platform/service-context';
import { sql } from '../../platform/sql';
import type { TenantContext } from '../../platform/context';
import { LoyaltyEventType, ReferralStatus } from './loyalty-enums';
import { CustomerReferralResource, LoyaltyAccountResource, LoyaltyEventResource } from './loyalty-resources';

/**
 * Points earned more than the program's days ago expire. Spending uses the points that expire soonest
 * first, so what expires of an account is what its due earnings exceed all it ever spent, lost or had
 * taken away (never more than its balance); running again expires nothing more.
 */
async function expireAccounts(ctx: TenantContext, now: Date): Promise<number> {
  const dueAccounts = sql`SELECT e.account_id FROM ${tableAs(LoyaltyEventResource, 'e')}
    WHERE ${ofTenant(ctx, 'e')} AND e.event_type = ${LoyaltyEventType.EARNED} AND e.expires_at <= ${now}`;
  // Locked first: redemptions of these accounts wait, and the amounts below see what they left.
  await ctx.db.query(sql`SELECT a.id FROM ${tableAs(LoyaltyAccountResource, 'a')} WHERE ${ofTenant(ctx, 'a')} AND a.points_balance > 0 AND a.id IN (${dueAccounts}) FOR UPDATE`);
  const rows = await ctx.db.query(sql`
    WITH amounts AS (
      SELECT a.id, LEAST(a.points_balance, GREATEST(0,
               coalesce(sum(e.points) FILTER (WHERE e.event_type = ${LoyaltyEventType.EARNED} AND e.expires_at <= ${now}), 0)
             + coalesce(sum(e.points) FILTER (WHERE e.points < 0), 0)))::int AS amount
      FROM ${tableAs(LoyaltyAccountResource, 'a')} JOIN ${tableAs(LoyaltyEventResource, 'e')} ON e.organization_id = a.organization_id AND e.account_id = a.id
      WHERE ${ofTenant(ctx, 'a')} AND a.points_balance > 0 AND a.id IN (${dueAccounts})
      GROUP BY a.id, a.points_balance
    ), expired AS (
      UPDATE loyalty_accounts AS a SET points_balance = a.points_balance - amounts.amount, version = a.version + 1, updated_at = now()
      FROM amounts WHERE ${ofTenant(ctx, 'a')} AND a.id = amounts.id AND amounts.amount > 0
      RETURNING a.id, a.points_balance, amounts.amount
    )
    INSERT INTO loyalty_events (organization_id, id, account_id, event_type, points, balance_before, balance_after, description)
    SELECT ${ctx.organizationId}, gen_random_uuid(), expired.id, ${LoyaltyEventType.EXPIRED}, -expired.amount, expired.points_balance + expired.amount, expired.points_balance, 'Points expired'
    FROM expired RETURNING id`);
  return rows.length;
}

/** Pending referrals past their validity become EXPIRED. */
async function expireReferrals(ctx: TenantContext, now: Date): Promise<number> {
  const rows = await ctx.db.query(sql`UPDATE customer_referrals AS r SET status = ${ReferralStatus.EXPIRED}, version = r.version + 1, updated_at = now()
    WHERE ${ofTenant(ctx, 'r')} AND r.status = ${ReferralStatus.PENDING} AND r.expires_at <= ${now} RETURNING r.id`);
  return rows.length;
}

/**
 * The scheduled job: for every organization with something due, one transaction that expires its
 * points and referrals. Runs on the owner connection; each organization's statements go through the
 * scoped query builder with that organization as the tenant. Returns the accounts and referrals expired.
 */
export async function expireLoyaltyPoints(pool: Pool, now: Date = new Date()): Promise<{ accounts: number; referrals: number }> {
  const due = await pool.query<{ organization_id: string }>(
    `SELECT DISTINCT e.organization_id FROM ${tableOf(LoyaltyEventResource.entity)} e
       JOIN ${tableOf(LoyaltyAccountResource.entity)} a ON a.organization_id = e.organization_id AND a.id = e.account_id AND a.points_balance > 0
     WHERE e.event_type = 'EARNED' AND e.expires_at <= $1
     UNION SELECT DISTINCT r.organization_id FROM ${tableOf(CustomerReferralResource.entity)} r WHERE r.status = 'PENDING' AND r.expires_at <= $1`, [now]);
  const total = { accounts: 0, referrals: 0 };
  for (const { organization_id: organizationId } of due.rows) {
    const db = new DbSession(pool, async () => undefined);
    const ctx = serviceContext(db, organizationId, Role.MANAGER);
    try {
      await db.transaction(async () => {
        total.accounts += await expireAccounts(ctx, now);
        total.referrals += await expireReferrals(ctx, now);
      });
    } finally {
      db.release();
    }
  }
  return total;
}
