import { randomBytes } from 'node:crypto';
import type { ApiClient } from './harness';

/** Commerce rows made through the API as a client would make them: stocked products, placed orders. */
export const ORDER_FIELDS = 'id orderNumber status currency subtotalAmount discountAmount taxAmount totalAmount amountPaid paidAt version';
export const PLACE_ORDER = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { ${ORDER_FIELDS} } }`;
export const RECORD_PAYMENT = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { ${ORDER_FIELDS} } }`;
export const REFUND_PAYMENT = `mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { ${ORDER_FIELDS} } }`;
export const CHANGE_STATUS = `mutation($input: ChangeOrderStatusInput!) { changeOrderStatus(input: $input) { ${ORDER_FIELDS} } }`;
export const ADJUST_STOCK = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { id stockQuantity version } }`;

export const key = (label = 'k') => `${label}-${randomBytes(6).toString('hex')}`;

/** A product with `stock` units received (one RESTOCK adjustment). */
export async function stockedProduct(client: ApiClient, o: { price?: string; stock?: number; name?: string; currency?: string; lowStockThreshold?: number } = {}): Promise<string> {
  const { createProduct } = await client.ok(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, {
    input: { name: o.name ?? `Product ${key('p')}`, price: o.price ?? '10.00', currency: o.currency ?? 'USD', lowStockThreshold: o.lowStockThreshold ?? 2 },
  });
  if (o.stock ?? 5) await client.ok(ADJUST_STOCK, { input: { productId: createProduct.id, reason: 'RESTOCK', delta: o.stock ?? 5 } });
  return createProduct.id;
}

/** A placed order of one stocked product, with a first partial payment unless `pay` is false: rows of orders, items, payments and adjustments. */
export async function placedOrder(client: ApiClient, pay = true): Promise<string> {
  const productId = await stockedProduct(client, { price: '20.00', stock: 3 });
  const { placeOrder } = await client.ok(PLACE_ORDER, { input: { items: [{ productId, quantity: 2 }] } });
  if (pay) await client.ok(RECORD_PAYMENT, { input: { orderId: placeOrder.id, amount: '15.00', paymentMethod: 'CASH', idempotencyKey: key('pay') } });
  return placeOrder.id;
}

/** A deal of the tenant's first stage carrying one product: a row of deal line items. */
export async function dealWithLineItem(client: ApiClient, stageId: string): Promise<string> {
  const productId = await stockedProduct(client, { price: '5.00', stock: 0 });
  const { createDeal } = await client.ok(`mutation($s: ID!) { createDeal(input: { title: "With a product", stageId: $s }) { id } }`, { s: stageId });
  await client.ok(`mutation($input: SetDealLineItemsInput!) { setDealLineItems(input: $input) { id } }`, { input: { dealId: createDeal.id, items: [{ productId, quantity: 2 }] } });
  return createDeal.id;
}

/** The events a subscription receives while `act` runs, once `count` have arrived (or 10 s passed). */
export async function eventsDuring(url: string, token: string, query: string, count: number, act: () => Promise<unknown>): Promise<any[]> {
  const { createClient } = await import('graphql-ws');
  const WebSocket = (await import('ws')).default;
  const events: any[] = [];
  const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false });
  const subscribed = new Promise<void>((resolve) => client.on('connected', () => setTimeout(resolve, 300)));
  const stop = client.subscribe({ query }, { next: (v) => events.push(v.data), error: () => undefined, complete: () => undefined });
  try {
    await subscribed;
    await act();
    const deadline = Date.now() + 10_000;
    while (events.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return events;
  } finally {
    stop();
    await client.dispose();
  }
}
