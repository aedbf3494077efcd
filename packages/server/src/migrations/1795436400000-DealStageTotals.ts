import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's column totals, kept current by PostgreSQL itself so that an unfiltered board costs the
 * same at 10,000 deals as at 1,000,000 (summing a column live is linear in its deals: 46 ms at 50,000).
 *
 * One row per (organization, stage, currency). The weighted value is not stored: a stage's probability
 * can change at any time, so the row keeps Σ value of deals without their own probability (weighted by
 * the stage's at read time) apart from Σ value × probability of deals with one.
 *
 * Statement-level triggers with transition tables fold a bulk insert (the data generator) into one
 * upsert per group; groups whose deltas are all zero (a title edit, a reorder inside a column) write
 * nothing, so ordinary edits never touch the hot row. Upserts go in key order: two concurrent moves in
 * opposite directions lock the same rows in the same order and cannot deadlock.
 */
const DELTAS = (rows: string, sign: 1 | -1) => `
  SELECT organization_id, stage_id, currency, ${sign} AS n, ${sign} * coalesce(value, 0) AS v,
         ${sign} * CASE WHEN probability IS NULL THEN coalesce(value, 0) ELSE 0 END AS u,
         ${sign} * coalesce(value * probability, 0) AS w
    FROM ${rows} WHERE deleted_at IS NULL`;

const UPSERT = (deltas: string) => `
  INSERT INTO deal_stage_totals AS t (organization_id, stage_id, currency, deal_count, value_sum, unweighted_value_sum, own_weighted_sum)
  SELECT organization_id, stage_id, currency, sum(n), sum(v), sum(u), sum(w) FROM (${deltas}) d
   GROUP BY 1, 2, 3 HAVING sum(n) <> 0 OR sum(v) <> 0 OR sum(u) <> 0 OR sum(w) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (organization_id, stage_id, currency) DO UPDATE SET
    deal_count = t.deal_count + excluded.deal_count, value_sum = t.value_sum + excluded.value_sum,
    unweighted_value_sum = t.unweighted_value_sum + excluded.unweighted_value_sum, own_weighted_sum = t.own_weighted_sum + excluded.own_weighted_sum`;

export class DealStageTotals1795436400000 implements MigrationInterface {
  name = 'DealStageTotals1795436400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deal_stage_totals" (
      "organization_id" uuid NOT NULL,
      "stage_id" uuid NOT NULL,
      "currency" character(3) NOT NULL,
      "deal_count" integer NOT NULL,
      "value_sum" numeric NOT NULL,
      "unweighted_value_sum" numeric NOT NULL,
      "own_weighted_sum" numeric NOT NULL,
      CONSTRAINT "PK_deal_stage_totals" PRIMARY KEY ("organization_id", "stage_id", "currency"),
      CONSTRAINT "fk_deal_stage_totals__stage_id" FOREIGN KEY ("organization_id", "stage_id") REFERENCES "pipeline_stages" ("organization_id", "id") ON DELETE CASCADE
    )`);
    await q.query(`INSERT INTO deal_stage_totals (organization_id, stage_id, currency, deal_count, value_sum, unweighted_value_sum, own_weighted_sum)
      SELECT organization_id, stage_id, currency, sum(n), sum(v), sum(u), sum(w) FROM (${DELTAS('deals', 1)}) d GROUP BY 1, 2, 3`);
    await q.query(`CREATE FUNCTION app_deal_stage_totals() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${UPSERT(DELTAS('new_rows', 1))};
        ELSIF TG_OP = 'UPDATE' THEN
          ${UPSERT(`${DELTAS('new_rows', 1)} UNION ALL ${DELTAS('old_rows', -1)}`)};
        ELSE
          ${UPSERT(DELTAS('old_rows', -1))};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER deal_stage_totals_insert AFTER INSERT ON "deals" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_deal_stage_totals()`);
    await q.query(`CREATE TRIGGER deal_stage_totals_update AFTER UPDATE ON "deals" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_deal_stage_totals()`);
    await q.query(`CREATE TRIGGER deal_stage_totals_delete AFTER DELETE ON "deals" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_deal_stage_totals()`);
    await q.query(`ALTER TABLE "deal_stage_totals" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON "deal_stage_totals" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    await q.query(`GRANT SELECT ON "deal_stage_totals" TO crm_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER IF EXISTS deal_stage_totals_${op} ON "deals"`);
    await q.query(`DROP FUNCTION IF EXISTS app_deal_stage_totals()`);
    await q.query(`DROP TABLE IF EXISTS "deal_stage_totals"`);
  }
}
