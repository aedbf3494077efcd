import type { PoolClient } from 'pg';
import { uuidv7At } from '../platform/ids';
import { copyColumns, insertColumns, random, type Writer } from './generator';

/**
 * Commerce data for one organization, consistent by construction: products restocked once, then
 * orders of 1–4 items taking stock (SALE adjustments), cancelled ones giving it back (RETURN), so a
 * product's stock is the sum of its adjustments and every adjustment chain has no hole; payments
 * cover delivered and shipped orders, part of some others; order numbers 1…n and the counter at n.
 */
export interface CommerceOptions {
  organizationId: string;
  ownerIds: string[];
  contactIds: string[];
  orders: number;
  seed: number;
  now: Date;
  writer?: 'insert' | 'copy';
}

export interface CommerceResult { products: number; orders: number; items: number; payments: number; adjustments: number }

const DAY = 86400_000;
const NOUNS = ['Widget', 'Gadget', 'Sprocket', 'Cable', 'Adapter', 'Sensor', 'Valve', 'Filter', 'Bracket', 'Module', 'Battery', 'Lamp'];
const CATEGORIES = ['Hardware', 'Spare parts', 'Accessories', 'Consumables'];
const STATUSES = ['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'CANCELLED'] as const;
const METHODS = ['CASH', 'CARD', 'CHECK', 'BANK_TRANSFER', 'DIGITAL_WALLET'];
const cents = (n: number) => (n / 100).toFixed(2);

export async function generateCommerceData(client: PoolClient, o: CommerceOptions): Promise<CommerceResult> {
  const rnd = random(o.seed ^ 0xc0ffee);
  const now = o.now.getTime();
  const org = o.organizationId;
  const write: Writer = o.writer === 'copy' ? copyColumns : insertColumns;
  const iso = (ms: number) => new Date(ms).toISOString();

  const productCount = Math.max(10, Math.min(2000, Math.round(o.orders / 50)));
  const start = now - 400 * DAY;
  const products = Array.from({ length: productCount }, (_, i) => ({
    id: uuidv7At(start - DAY, rnd.next), price: rnd.int(199, 49_999), stock: 0, threshold: rnd.int(0, 20),
    name: `${NOUNS[i % NOUNS.length]} ${String(i + 1).padStart(4, '0')}`, category: CATEGORIES[i % CATEGORIES.length],
  }));
  const adjustments: unknown[][] = [];
  const adjust = (p: (typeof products)[number], delta: number, reason: string, at: number, orderId: string | null) => {
    adjustments.push([org, uuidv7At(at, rnd.next), p.id, reason, p.stock, delta, p.stock + delta, orderId, o.ownerIds[0], iso(at)]);
    p.stock += delta;
  };
  // Enough received up front for every order the generator may place.
  const perProduct = Math.ceil((o.orders * 2.5 * 4) / productCount) + 50;
  for (const p of products) adjust(p, perProduct + rnd.int(0, 30), 'RESTOCK', start, null);

  const orders: unknown[][] = [];
  const items: unknown[][] = [];
  const payments: unknown[][] = [];
  for (let n = 1; n <= o.orders; n++) {
    // Spread over the last 400 days, in number order.
    const at = start + Math.floor((n / (o.orders + 1)) * 400 * DAY) + rnd.int(0, 3600_000);
    const id = uuidv7At(at, rnd.next);
    const status = STATUSES[rnd.int(0, STATUSES.length - 1)];
    const lines = rnd.int(1, 4);
    const chosen = new Set<number>();
    while (chosen.size < lines) chosen.add(rnd.int(0, productCount - 1));
    let subtotal = 0;
    for (const index of chosen) {
      const p = products[index];
      const quantity = rnd.int(1, 4);
      subtotal += p.price * quantity;
      items.push([org, uuidv7At(at, rnd.next), id, p.id, quantity, cents(p.price), cents(p.price * quantity), 'USD', iso(at)]);
      adjust(p, -quantity, 'SALE', at, id);
      if (status === 'CANCELLED') adjust(p, quantity, 'RETURN', at + 3600_000, id);
    }
    const discount = rnd.chance(0.2) ? Math.floor(subtotal / 10) : 0;
    const tax = Math.round((subtotal - discount) * 0.08);
    const total = subtotal - discount + tax;
    const settled = status === 'SHIPPED' || status === 'DELIVERED';
    const paid = status === 'CANCELLED' ? 0 : settled ? total : rnd.chance(0.3) ? Math.floor(total / 2) : 0;
    if (paid > 0) {
      // A settled order was paid in one or two parts.
      const parts = settled && rnd.chance(0.3) && paid > 1 ? [Math.floor(paid / 2), paid - Math.floor(paid / 2)] : [paid];
      parts.forEach((amount, k) => payments.push([org, uuidv7At(at + (k + 1) * 3600_000, rnd.next), id, cents(amount), 'USD', rnd.pick(METHODS), 'COMPLETED', '0.00', `datagen-${id}-${k}`, iso(at + (k + 1) * 3600_000)]));
    }
    orders.push([org, id, n, o.contactIds.length ? rnd.pick(o.contactIds) : null, status, 'USD', cents(subtotal), cents(discount), cents(tax), cents(total), cents(paid),
      settled ? iso(at + 2 * 3600_000) : null, rnd.pick(o.ownerIds), iso(at), iso(at)]);
  }

  await write(client, 'products', [['organization_id', 'uuid'], ['id', 'uuid'], ['name', 'text'], ['sku', 'text'], ['price', 'numeric'], ['currency', 'text'], ['stock_quantity', 'int'],
    ['low_stock_threshold', 'int'], ['category', 'text'], ['created_at', 'timestamptz']],
    products.map((p, i) => [org, p.id, p.name, `SKU-${o.seed}-${i + 1}`, cents(p.price), 'USD', p.stock, p.threshold, p.category, iso(start - DAY)]));
  await write(client, 'orders', [['organization_id', 'uuid'], ['id', 'uuid'], ['order_number', 'int'], ['customer_id', 'uuid'], ['status', 'order_status'], ['currency', 'text'],
    ['subtotal_amount', 'numeric'], ['discount_amount', 'numeric'], ['tax_amount', 'numeric'], ['total_amount', 'numeric'], ['amount_paid', 'numeric'], ['paid_at', 'timestamptz'],
    ['created_by_id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']], orders);
  await write(client, 'order_items', [['organization_id', 'uuid'], ['id', 'uuid'], ['order_id', 'uuid'], ['product_id', 'uuid'], ['quantity', 'int'], ['unit_price', 'numeric'],
    ['line_total', 'numeric'], ['currency', 'text'], ['created_at', 'timestamptz']], items);
  await write(client, 'payments', [['organization_id', 'uuid'], ['id', 'uuid'], ['order_id', 'uuid'], ['amount', 'numeric'], ['currency', 'text'], ['payment_method', 'payment_method'],
    ['status', 'payment_status'], ['refunded_amount', 'numeric'], ['idempotency_key', 'text'], ['created_at', 'timestamptz']], payments);
  await write(client, 'inventory_adjustments', [['organization_id', 'uuid'], ['id', 'uuid'], ['product_id', 'uuid'], ['reason', 'adjustment_reason'], ['previous_quantity', 'int'],
    ['adjustment_quantity', 'int'], ['new_quantity', 'int'], ['order_id', 'uuid'], ['created_by_id', 'uuid'], ['created_at', 'timestamptz']], adjustments);
  await client.query(`INSERT INTO order_number_counters (organization_id, last_number) VALUES ($1, $2)`, [org, o.orders]);
  return { products: products.length, orders: orders.length, items: items.length, payments: payments.length, adjustments: adjustments.length };
}
