import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An order earns points once per account (EARNED stays unique), but a refund that leaves it unpaid
 * takes them back, and paying it again restores them: ADJUSTED events linked to the same order.
 * A deal's line items get a discount (line total = quantity × unit price − discount).
 */
export class OrderPointsReversal1796201100000 implements MigrationInterface {
  name = 'OrderPointsReversal1796201100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."uq_loyalty_events__order_id"`);
    await q.query(`CREATE UNIQUE INDEX "uq_loyalty_events__order_id" ON "loyalty_events" ("organization_id", "account_id", "order_id") WHERE order_id IS NOT NULL AND event_type = 'EARNED'`);
    await q.query(`ALTER TABLE "deal_line_items" ADD "discount_amount" numeric(14,2) NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "deal_line_items" ADD CONSTRAINT "ck_deal_line_items__discount" CHECK (discount_amount >= 0 AND line_total >= 0)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "deal_line_items" DROP CONSTRAINT "ck_deal_line_items__discount"`);
    await q.query(`ALTER TABLE "deal_line_items" DROP COLUMN "discount_amount"`);
    await q.query(`DROP INDEX "public"."uq_loyalty_events__order_id"`);
    await q.query(`CREATE UNIQUE INDEX "uq_loyalty_events__order_id" ON "loyalty_events" ("organization_id", "account_id", "order_id") WHERE order_id IS NOT NULL`);
  }
}
