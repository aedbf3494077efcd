import { errorInfo } from '../lib/errors';
import { enumLabel } from '../records/fields';

/**
 * What went wrong with an order action, in people's words, chosen by the error's code: stock
 * (CONFLICT with productIds), an illegal status move (BAD_USER_INPUT from/to), a stale order.
 */
export function orderErrorMessage(error: unknown, productName: (id: string) => string | undefined = () => undefined): string {
  const info = errorInfo(error);
  const ext = info.extensions;
  if (info.code === 'CONFLICT' && Array.isArray(ext.productIds)) {
    const names = (ext.productIds as string[]).map((id) => productName(id) ?? 'a product');
    return `Not enough stock for ${names.join(', ')}. Lower the quantity or restock first; nothing was ordered.`;
  }
  if (info.code === 'CONFLICT') return 'Someone changed this order meanwhile; it now shows the latest state. Check it and try again.';
  if (info.code === 'BAD_USER_INPUT' && typeof ext.from === 'string' && typeof ext.to === 'string') {
    return `This order is ${enumLabel(ext.from).toLowerCase()}; it cannot be moved to ${enumLabel(ext.to).toLowerCase()}.`;
  }
  if (info.code === 'NOT_FOUND') return 'This order or one of its products no longer exists (it may have been deleted).';
  if (info.code === 'FORBIDDEN') return 'Your role does not allow this on this order.';
  return Object.values(info.fields)[0] ?? info.message;
}

/** A fresh key for one attempt: a retry or double click of the same attempt sends the same key. */
export const newIdempotencyKey = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`);
