import type { TenantContext } from '../../platform/context';
import { conflict } from '../../platform/errors';
import { announce } from '../../platform/events/announce';
import { uuidv7 } from '../../platform/ids';
import { ofTenant, readable, tableAs } from '../../platform/resource/scoped';
import { sql, type Sql } from '../../platform/sql';
import type { AdjustmentReason } from './enums';
import { ProductResource } from './resources';

/** Why stock moved, for its adjustment rows. */
export interface StockReason {
  reason: AdjustmentReason;
  orderId?: string | null;
  notes?: string | null;
}

/** One change of one product's stock; a list holds each product once. */
export interface StockMove {
  productId: string;
  delta: number;
}

interface Moved { product_id: string; previous_quantity: number; new_quantity: number; low_stock_threshold: number; supplier_id: string | null }

/** Adjustment rows from `source` (adjustment_id, product_id, previous_quantity, delta, new_quantity): the only way they are written. */
function insertAdjustments(ctx: TenantContext, source: Sql, why: StockReason): Sql {
  return sql`INSERT INTO inventory_adjustments (organization_id, id, product_id, reason, previous_quantity, adjustment_quantity, new_quantity, notes, order_id, created_by_id)
    SELECT ${ctx.organizationId}, s.adjustment_id, s.product_id, ${why.reason}::adjustment_reason, s.previous_quantity, s.delta, s.new_quantity,
           ${why.notes ?? null}::text, ${why.orderId ?? null}::uuid, ${ctx.actor.userId}::uuid FROM ${source} s`;
}

/** Stock events after commit: every change, and LOW_STOCK when a product falls to its threshold. */
function announceStock(ctx: TenantContext, rows: Moved[]): void {
  for (const row of rows) {
    const product = { id: row.product_id, supplierId: row.supplier_id };
    announce(ctx, ProductResource, 'STOCK', product);
    if (row.new_quantity <= row.low_stock_threshold && row.previous_quantity > row.low_stock_threshold) announce(ctx, ProductResource, 'LOW_STOCK', product);
  }
}

/**
 * Moves the stock of several products in one statement: rows locked in id order (no deadlock between
 * two orders), each changed only if it stays at or above zero (a conditional UPDATE: of two orders for
 * the last unit one wins, the other finds too little), each change written as an adjustment. Too
 * little of anything refuses the whole move with CONFLICT; the caller's transaction rolls it back.
 */
export async function moveStock(ctx: TenantContext, moves: StockMove[], why: StockReason): Promise<void> {
  if (moves.length === 0) return;
  const ids = moves.map(() => uuidv7());
  const rows = await ctx.db.query<Moved>(sql`
    WITH wanted AS (SELECT * FROM unnest(${ids}::uuid[], ${moves.map((m) => m.productId)}::uuid[], ${moves.map((m) => m.delta)}::int[]) AS w(adjustment_id, product_id, delta)),
    locked AS (SELECT p.id FROM ${tableAs(ProductResource, 'p')} WHERE ${readable(ctx, ProductResource, 'p')} AND p.id IN (SELECT product_id FROM wanted) ORDER BY p.id FOR UPDATE),
    moved AS (UPDATE ${tableAs(ProductResource, 'p')} SET stock_quantity = p.stock_quantity + w.delta, version = p.version + 1, updated_at = now()
      FROM wanted w WHERE ${ofTenant(ctx, 'p')} AND p.id = w.product_id AND p.id IN (SELECT id FROM locked) AND p.stock_quantity + w.delta >= 0
      RETURNING w.adjustment_id, p.id AS product_id, p.stock_quantity - w.delta AS previous_quantity, w.delta, p.stock_quantity AS new_quantity, p.low_stock_threshold, p.supplier_id),
    written AS (${insertAdjustments(ctx, sql`moved`, why)})
    SELECT product_id, previous_quantity, new_quantity, low_stock_threshold, supplier_id FROM moved`);
  if (rows.length < moves.length) {
    const moved = new Set(rows.map((r) => r.product_id));
    const short = moves.filter((m) => !moved.has(m.productId)).map((m) => m.productId);
    throw conflict(`Not enough stock for ${short.length === 1 ? 'a product' : `${short.length} products`}; nothing was changed`, { field: 'items', productIds: short });
  }
  announceStock(ctx, rows);
}

/** The adjustment of one product whose row the caller has locked and changed (adjustStock). */
export async function recordAdjustment(ctx: TenantContext, product: { id: string; supplierId: string | null; lowStockThreshold: number }, previous: number, next: number, why: StockReason): Promise<void> {
  const source = sql`(SELECT ${uuidv7()}::uuid AS adjustment_id, ${product.id}::uuid AS product_id, ${previous}::int AS previous_quantity,
    ${next - previous}::int AS delta, ${next}::int AS new_quantity)`;
  await ctx.db.query(insertAdjustments(ctx, source, why));
  announceStock(ctx, [{ product_id: product.id, previous_quantity: previous, new_quantity: next, low_stock_threshold: product.lowStockThreshold, supplier_id: product.supplierId }]);
}
