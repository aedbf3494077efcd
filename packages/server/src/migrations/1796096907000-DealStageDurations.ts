import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Time spent per stage, summed per pipeline and stage by PostgreSQL, so the funnel's "average days in
 * stage" of a whole pipeline costs the same at any size (grouping every stage change of the
 * organization took 80 ms at 50,000 deals). Filtered funnels (owner, team, dates) still sum live.
 *
 * Only stage changes of live deals count, as in the live query: a change adds its deal's time when
 * it is written (and again, corrected, when it is updated); moving a deal to the trash takes its
 * history out, restoring it puts it back, and deleting changes or deals outright takes out what was
 * counted. Upserts go in key order.
 */
const COUNTED = `c.from_stage_id IS NOT NULL AND c.from_stage_entered_at IS NOT NULL`;

/** Adds (or with a negative sign takes out) the changes `c` of a FROM clause. */
const APPLY = (from: string, sign = '1') => `
  INSERT INTO deal_stage_durations AS t (organization_id, pipeline_id, stage_id, exits, seconds)
  SELECT c.organization_id, c.pipeline_id, c.from_stage_id, sum(${sign}), sum(${sign} * extract(epoch FROM c.created_at - c.from_stage_entered_at))
    FROM ${from} AND ${COUNTED}
   GROUP BY 1, 2, 3 HAVING sum(${sign}) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (organization_id, pipeline_id, stage_id) DO UPDATE SET exits = t.exits + excluded.exits, seconds = t.seconds + excluded.seconds`;

const LIVE_DEAL = `JOIN deals d ON d.organization_id = c.organization_id AND d.id = c.deal_id AND d.deleted_at IS NULL`;

export class DealStageDurations1796096907000 implements MigrationInterface {
  name = 'DealStageDurations1796096907000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deal_stage_durations" (
      "organization_id" uuid NOT NULL,
      "pipeline_id" uuid NOT NULL,
      "stage_id" uuid NOT NULL,
      "exits" numeric NOT NULL,
      "seconds" numeric NOT NULL,
      CONSTRAINT "PK_deal_stage_durations" PRIMARY KEY ("organization_id", "pipeline_id", "stage_id"),
      CONSTRAINT "fk_deal_stage_durations__stage_id" FOREIGN KEY ("organization_id", "stage_id") REFERENCES "pipeline_stages" ("organization_id", "id") ON DELETE CASCADE
    )`);
    await q.query(APPLY(`deal_stage_changes c ${LIVE_DEAL} WHERE TRUE`));
    const fn = (name: string, body: string) => q.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        ${body};
        RETURN NULL;
      END $$`);
    await fn('app_stage_durations_changes_added', APPLY(`new_rows c ${LIVE_DEAL} WHERE TRUE`));
    await fn('app_stage_durations_changes_removed', APPLY(`old_rows c ${LIVE_DEAL} WHERE TRUE`, '-1'));
    // Corrected times (imports, fixes by hand): out with the old, in with the new.
    await fn('app_stage_durations_changes_updated', `${APPLY(`old_rows c ${LIVE_DEAL} WHERE TRUE`, '-1')};
        ${APPLY(`new_rows c ${LIVE_DEAL} WHERE TRUE`)}`);
    // A deal going to the trash (or coming back) takes its history out (or puts it back).
    await fn('app_stage_durations_trash', APPLY(`(SELECT n.organization_id, n.id, CASE WHEN n.deleted_at IS NULL THEN 1 ELSE -1 END AS sign
        FROM new_rows n JOIN old_rows o ON o.organization_id = n.organization_id AND o.id = n.id
       WHERE (n.deleted_at IS NULL) <> (o.deleted_at IS NULL)) f
      JOIN deal_stage_changes c ON c.organization_id = f.organization_id AND c.deal_id = f.id WHERE TRUE`, 'f.sign'));
    await q.query(`CREATE TRIGGER stage_durations_changes_added AFTER INSERT ON "deal_stage_changes" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_stage_durations_changes_added()`);
    await q.query(`CREATE TRIGGER stage_durations_changes_updated AFTER UPDATE ON "deal_stage_changes" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_stage_durations_changes_updated()`);
    await q.query(`CREATE TRIGGER stage_durations_changes_removed AFTER DELETE ON "deal_stage_changes" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_stage_durations_changes_removed()`);
    await q.query(`CREATE TRIGGER stage_durations_trash AFTER UPDATE ON "deals" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_stage_durations_trash()`);
    // A live deal deleted outright: its changes go by cascade once the deal row is gone, so take them out first.
    await q.query(`CREATE FUNCTION app_stage_durations_deal_deleted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF OLD.deleted_at IS NULL THEN
          ${APPLY(`deal_stage_changes c WHERE c.organization_id = OLD.organization_id AND c.deal_id = OLD.id`, '-1')};
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER stage_durations_deal_deleted BEFORE DELETE ON "deals" FOR EACH ROW EXECUTE FUNCTION app_stage_durations_deal_deleted()`);
    await q.query(`ALTER TABLE "deal_stage_durations" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON "deal_stage_durations" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    await q.query(`GRANT SELECT ON "deal_stage_durations" TO crm_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS stage_durations_deal_deleted ON "deals"`);
    await q.query(`DROP TRIGGER IF EXISTS stage_durations_trash ON "deals"`);
    await q.query(`DROP TRIGGER IF EXISTS stage_durations_changes_removed ON "deal_stage_changes"`);
    await q.query(`DROP TRIGGER IF EXISTS stage_durations_changes_updated ON "deal_stage_changes"`);
    await q.query(`DROP TRIGGER IF EXISTS stage_durations_changes_added ON "deal_stage_changes"`);
    for (const name of ['deal_deleted', 'trash', 'changes_removed', 'changes_updated', 'changes_added']) await q.query(`DROP FUNCTION IF EXISTS app_stage_durations_${name}()`);
    await q.query(`DROP TABLE IF EXISTS "deal_stage_durations"`);
  }
}
