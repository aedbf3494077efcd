import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deals.furthest_stage_position, kept by PostgreSQL from the stage history, so the funnel counts
 * "reached this stage or a later one" from the deals of its cohort (an index scan) instead of
 * grouping every stage change of the organization (250 ms at 50,000 deals and linear from there).
 *
 * A stage change raises it to the position of the stage entered (a WON stage counts beyond every
 * stage; LOST adds nothing). Changing a stage's position or type re-derives it for that pipeline's
 * deals from their history, so it always follows the stages' current order.
 */
const REACHED = `CASE WHEN s.type = 'WON' THEN 100000 WHEN s.type = 'LOST' THEN NULL ELSE s.position END`;

const FURTHEST_OF = (changes: string, where = 'TRUE') => `
  SELECT c.organization_id, c.deal_id, max(${REACHED}) AS position
    FROM ${changes} c JOIN pipeline_stages s ON s.organization_id = c.organization_id AND s.id = c.to_stage_id
   WHERE ${where} GROUP BY 1, 2`;

export class DealFurthestStage1796096906000 implements MigrationInterface {
  name = 'DealFurthestStage1796096906000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE deals d SET furthest_stage_position = x.position FROM (${FURTHEST_OF('deal_stage_changes')}) x
      WHERE d.organization_id = x.organization_id AND d.id = x.deal_id`);
    await q.query(`CREATE FUNCTION app_deal_furthest_stage() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE deals d SET furthest_stage_position = x.position FROM (${FURTHEST_OF('new_rows')}) x
         WHERE d.organization_id = x.organization_id AND d.id = x.deal_id AND x.position IS NOT NULL
           AND (d.furthest_stage_position IS NULL OR d.furthest_stage_position < x.position);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER deal_furthest_stage AFTER INSERT ON "deal_stage_changes" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_deal_furthest_stage()`);
    await q.query(`CREATE FUNCTION app_deal_furthest_stage_rederive() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE deals d SET furthest_stage_position = x.position FROM (${FURTHEST_OF('deal_stage_changes', `(c.organization_id, c.pipeline_id) IN (
            SELECT n.organization_id, n.pipeline_id FROM new_rows n JOIN old_rows o ON o.organization_id = n.organization_id AND o.id = n.id
             WHERE n.position IS DISTINCT FROM o.position OR n.type IS DISTINCT FROM o.type)`)}) x
         WHERE d.organization_id = x.organization_id AND d.id = x.deal_id AND d.furthest_stage_position IS DISTINCT FROM x.position;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER deal_furthest_stage_rederive AFTER UPDATE ON "pipeline_stages" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_deal_furthest_stage_rederive()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS deal_furthest_stage_rederive ON "pipeline_stages"`);
    await q.query(`DROP FUNCTION IF EXISTS app_deal_furthest_stage_rederive()`);
    await q.query(`DROP TRIGGER IF EXISTS deal_furthest_stage ON "deal_stage_changes"`);
    await q.query(`DROP FUNCTION IF EXISTS app_deal_furthest_stage()`);
  }
}
