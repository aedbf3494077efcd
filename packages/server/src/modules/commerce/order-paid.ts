import type { TenantContext } from '../../platform/context';
import type { Order } from './order.entity';

/**
 * What else happens when an order becomes paid (its completed payments first cover the total):
 * loyalty earns points here. Each hook runs inside the recordPayment transaction, after the order
 * row is written; throwing refuses the payment. Register with `onOrderPaid` from a module's
 * resources or index file.
 */
export type OrderPaidHook = (ctx: TenantContext, order: Order) => Promise<void> | void;

const afterPaid: OrderPaidHook[] = [];

export function onOrderPaid(hook: OrderPaidHook): void {
  afterPaid.push(hook);
}

export async function runOrderPaidHooks(ctx: TenantContext, order: Order): Promise<void> {
  for (const hook of afterPaid) await hook(ctx, order);
}
