import type { TenantContext } from '../../platform/context';
import { ofTenant, readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import { LoyaltyEventType } from './loyalty-enums';
import { LoyaltyProgramResource } from './loyalty-resources';
import { creditPoints } from './loyalty-rules';
import { onOrderPaid } from './order-paid';

/**
 * A paid order earns its customer points in every active program of the organization: the whole
 * part of total × the program's rate. Inside the caller's transaction; an order earns once per
 * program however often this runs (a unique event per order and account). Returns the points credited.
 */
export async function earnPointsForPaidOrder(ctx: TenantContext, orderId: string): Promise<number> {
  const earnings = await ctx.db.query<{ contactId: string; programId: string; points: number; days: number | null }>(sql`
    SELECT o.customer_id AS "contactId", p.id AS "programId", p.points_expire_after_days AS days,
           LEAST(floor(o.total_amount * p.points_per_dollar), 1000000000)::int AS points
    FROM orders o, ${tableAs(LoyaltyProgramResource, 'p')}
    WHERE ${ofTenant(ctx, 'o')} AND o.id = ${orderId}::uuid AND o.paid_at IS NOT NULL AND o.customer_id IS NOT NULL
      AND ${readable(ctx, LoyaltyProgramResource, 'p')} AND p.is_active AND p.points_per_dollar > 0
    ORDER BY p.id`);
  let credited = 0;
  for (const e of earnings.filter((row) => row.points > 0)) {
    const added = await creditPoints(ctx, { ...e, type: LoyaltyEventType.EARNED, orderId, expireAfterDays: e.days, description: 'Paid order' });
    if (added) credited += e.points;
  }
  return credited;
}

// Inside recordPayment's transaction: the payment and the points commit together or not at all.
onOrderPaid(async (ctx, order) => {
  await earnPointsForPaidOrder(ctx, order.id);
});
