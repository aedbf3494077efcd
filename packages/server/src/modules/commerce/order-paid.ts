import type { TenantContext } from '../../platform/context';
import type { Order } from './order.entity';

/**
 * What else happens when an order becomes paid (its completed payments first cover the total):
 * loyalty earns points here. Each hook runs inside the recordPayment transaction, after the order
 * row is written; throwing refuses the payment. Register with `onOrderPaid` from a module's
 * resources or index file.
 */
export type OrderPaidHook = (ctx: TenantContext, order: Order) => Promise<void> | void;

/** Why a paid order stopped being paid: a refund took it below its total, or it was cancelled (and refunded). */
export type UnpaidReason = 'REFUNDED' | 'CANCELLED';
export type OrderUnpaidHook = (ctx: TenantContext, order: Order, reason: UnpaidReason) => Promise<void> | void;

const afterPaid: OrderPaidHook[] = [];
const afterUnpaid: OrderUnpaidHook[] = [];

export function onOrderPaid(hook: OrderPaidHook): void {
  afterPaid.push(hook);
}

/** Runs inside the refundPayment or changeOrderStatus transaction, after the order row is written; loyalty takes points back here. */
export function onOrderUnpaid(hook: OrderUnpaidHook): void {
  afterUnpaid.push(hook);
}

export async function runOrderPaidHooks(ctx: TenantContext, order: Order): Promise<void> {
  for (const hook of afterPaid) await hook(ctx, order);
}

export async function runOrderUnpaidHooks(ctx: TenantContext, order: Order, reason: UnpaidReason): Promise<void> {
  for (const hook of afterUnpaid) await hook(ctx, order, reason);
}
