import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deal can now move to another pipeline (moveDealToPipeline). How far it got counts in the
 * pipeline it is in: deals.furthest_stage_position is re-derived from stage changes of the deal's
 * current pipeline only, both when stages are rearranged and for the changes a move records.
 */
const REACHED = `CASE WHEN s.type = 'WON' THEN 100000 WHEN s.type = 'LOST' THEN NULL ELSE s.position END`;

export class FurthestStageInCurrentPipeline1796200700000 implements MigrationInterface {
  name = 'FurthestStageInCurrentPipeline1796200700000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION app_deal_furthest_stage() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE deals d SET furthest_stage_position = x.position FROM (
          SELECT c.organization_id, c.deal_id, c.pipeline_id, max(${REACHED}) AS position
            FROM new_rows c JOIN pipeline_stages s ON s.organization_id = c.organization_id AND s.id = c.to_stage_id
           GROUP BY 1, 2, 3) x
         WHERE d.organization_id = x.organization_id AND d.id = x.deal_id AND d.pipeline_id = x.pipeline_id AND x.position IS NOT NULL
           AND (d.furthest_stage_position IS NULL OR d.furthest_stage_position < x.position);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION app_deal_furthest_stage_rederive() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE deals d SET furthest_stage_position = x.position FROM (
          SELECT c.organization_id, c.deal_id, c.pipeline_id, max(${REACHED}) AS position
            FROM deal_stage_changes c JOIN pipeline_stages s ON s.organization_id = c.organization_id AND s.id = c.to_stage_id
           WHERE (c.organization_id, c.pipeline_id) IN (
             SELECT n.organization_id, n.pipeline_id FROM new_rows n JOIN old_rows o ON o.organization_id = n.organization_id AND o.id = n.id
              WHERE n.position IS DISTINCT FROM o.position OR n.type IS DISTINCT FROM o.type)
           GROUP BY 1, 2, 3) x
         WHERE d.organization_id = x.organization_id AND d.id = x.deal_id AND d.pipeline_id = x.pipeline_id
           AND d.furthest_stage_position IS DISTINCT FROM x.position;
        RETURN NULL;
      END $$`);
  }

  public async down(): Promise<void> {
    // The earlier definitions (migration DealFurthestStage) count every pipeline's changes; nothing to undo in data.
  }
}
