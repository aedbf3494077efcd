import type { TenantContext } from '../../platform/context';
import { uuidv7 } from '../../platform/ids';
import { ofTenant, readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import { LoyaltyEventType } from './loyalty-enums';
import { LoyaltyAccountResource, LoyaltyEventResource, LoyaltyProgramResource } from './loyalty-resources';
import { creditPoints } from './loyalty-rules';
import { onOrderPaid, onOrderUnpaid } from './order-paid';

/** What the order's events hold in each of its customer's accounts (earned, taken back, earned again). */
async function heldForOrder(ctx: TenantContext, orderId: string): Promise<{ accountId: string; programId: string; held: number }[]> {
  return ctx.db.query(sql`SELECT e.account_id AS "accountId", x.program_id AS "programId", sum(e.points)::int AS held
    FROM ${tableAs(LoyaltyEventResource, 'e')} JOIN ${tableAs(LoyaltyAccountResource, 'x')} ON x.organization_id = e.organization_id AND x.id = e.account_id
    WHERE ${ofTenant(ctx, 'e')} AND e.order_id = ${orderId}::uuid
    GROUP BY e.account_id, x.program_id ORDER BY e.account_id`);
}

/**
 * Changes an account by an order's points (ADJUSTED, linked to the order) under the account's row
 * lock; a take-back stops at the balance, since points already spent cannot be un-spent. Returns
 * the points applied.
 */
async function adjustForOrder(ctx: TenantContext, accountId: string, orderId: string, points: number, description: string): Promise<number> {
  const account = await ctx.db.one<{ points_balance: number }>(sql`SELECT a.points_balance FROM ${tableAs(LoyaltyAccountResource, 'a')}
    WHERE ${ofTenant(ctx, 'a')} AND a.id = ${accountId}::uuid FOR UPDATE`);
  if (!account) return 0;
  const applied = Math.max(points, -account.points_balance);
  if (applied === 0) return 0;
  await ctx.db.query(sql`UPDATE loyalty_accounts AS a SET points_balance = a.points_balance + ${applied}::int, version = a.version + 1, updated_at = now()
    WHERE ${ofTenant(ctx, 'a')} AND a.id = ${accountId}::uuid`);
  await ctx.db.query(sql`INSERT INTO loyalty_events (organization_id, id, account_id, event_type, points, balance_before, balance_after, description, order_id, created_by_id)
    VALUES (${ctx.organizationId}, ${uuidv7()}, ${accountId}::uuid, ${LoyaltyEventType.ADJUSTED}, ${applied}::int, ${account.points_balance}::int,
            ${account.points_balance + applied}::int, ${description}, ${orderId}::uuid, ${ctx.actor.userId})`);
  return applied;
}

/**
 * A paid order earns its customer points in every active program of the organization: the whole
 * part of total × the program's rate. Inside the caller's transaction; an order earns once per
 * program however often this runs (a unique EARNED event per order and account), and an order paid
 * again after a refund took its points back gets them back (ADJUSTED). Returns the points credited.
 */
export async function earnPointsForPaidOrder(ctx: TenantContext, orderId: string): Promise<number> {
  const earnings = await ctx.db.query<{ contactId: string; programId: string; points: number; days: number | null }>(sql`
    SELECT o.customer_id AS "contactId", p.id AS "programId", p.points_expire_after_days AS days,
           LEAST(floor(o.total_amount * p.points_per_dollar), 1000000000)::int AS points
    FROM orders o, ${tableAs(LoyaltyProgramResource, 'p')}
    WHERE ${ofTenant(ctx, 'o')} AND o.id = ${orderId}::uuid AND o.paid_at IS NOT NULL AND o.status <> 'CANCELLED' AND o.customer_id IS NOT NULL
      AND ${readable(ctx, LoyaltyProgramResource, 'p')} AND p.is_active AND p.points_per_dollar > 0
    ORDER BY p.id`);
  const held = new Map((await heldForOrder(ctx, orderId)).map((h) => [h.programId, h]));
  let credited = 0;
  for (const e of earnings.filter((row) => row.points > 0)) {
    const before = held.get(e.programId);
    if (!before) {
      const added = await creditPoints(ctx, { ...e, type: LoyaltyEventType.EARNED, orderId, expireAfterDays: e.days, description: 'Paid order' });
      if (added) credited += e.points;
    } else if (before.held < e.points) {
      credited += await adjustForOrder(ctx, before.accountId, orderId, e.points - before.held, 'Order paid again: its points are back');
    }
  }
  return credited;
}

/**
 * An order that is no longer paid (a refund took what was paid below its total, or it was
 * cancelled) gives back the points it earned, as far as the balance holds them. Returns the points
 * taken back.
 */
export async function reversePointsForUnpaidOrder(ctx: TenantContext, orderId: string, why: string): Promise<number> {
  let taken = 0;
  for (const h of await heldForOrder(ctx, orderId)) {
    if (h.held > 0) taken -= await adjustForOrder(ctx, h.accountId, orderId, -h.held, why);
  }
  return taken;
}

// Inside recordPayment's transaction: the payment and the points commit together or not at all.
onOrderPaid(async (ctx, order) => {
  await earnPointsForPaidOrder(ctx, order.id);
});

// Inside refundPayment's or changeOrderStatus's transaction: the refund and the take-back commit together.
onOrderUnpaid(async (ctx, order, reason) => {
  await reversePointsForUnpaidOrder(ctx, order.id, reason === 'CANCELLED' ? `Order #${order.orderNumber} cancelled: its points are taken back` : `Order #${order.orderNumber} refunded: its points are taken back`);
});
