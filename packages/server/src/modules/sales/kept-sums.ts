import type { PoolClient } from 'pg';
import { rollupRebuildStatements, rollupTriggers } from '../../platform/rollup';
import { DEAL_FORECAST_TOTALS, DEAL_FUNNEL_TOTALS, DEAL_STAGE_TOTALS } from './rollups';

/**
 * The sums PostgreSQL keeps over deals by triggers: the rollups (rollups.ts), each deal's furthest
 * stage (migrations DealFurthestStage, FurthestStageInCurrentPipeline) and the time spent per stage (migration DealStageDurations).
 * A bulk load (the data generator's --bulk) switches the triggers off and calls rebuildKeptSums once
 * at the end, which recomputes the same values set-based: test/seed/bulk-datagen.test.ts checks that
 * they equal a live recomputation.
 */
export const DEAL_ROLLUPS = [DEAL_STAGE_TOTALS, DEAL_FORECAST_TOTALS, DEAL_FUNNEL_TOTALS];

/** Every trigger rebuildKeptSums stands in for, by table. */
export const KEPT_SUM_TRIGGERS: Record<string, string[]> = {
  deals: [...DEAL_ROLLUPS.flatMap(rollupTriggers), 'stage_durations_trash', 'stage_durations_deal_deleted'],
  deal_stage_changes: ['deal_furthest_stage', 'stage_durations_changes_added', 'stage_durations_changes_updated', 'stage_durations_changes_removed'],
  pipeline_stages: ['deal_furthest_stage_rederive'],
};

/**
 * What the furthest-stage trigger adds for a change into stage `s`, counting changes of the deal's
 * current pipeline only (migrations DealFurthestStage, FurthestStageInCurrentPipeline).
 */
const REACHED = `CASE WHEN s.type = 'WON' THEN 100000 WHEN s.type = 'LOST' THEN NULL ELSE s.position END`;

const ORGS = `organization_id = ANY($1::uuid[])`;

/**
 * Recomputes every kept sum of the organizations' deals from their rows: for use in the transaction
 * that loaded them with the triggers off (session_replication_role = replica). Set-based: one
 * statement per sum, whatever the number of deals.
 */
export async function rebuildKeptSums(client: PoolClient, organizationIds: string[], log: (message: string) => void = () => undefined): Promise<void> {
  const timed = async (label: string, text: string) => {
    const started = Date.now();
    const result = await client.query(text, [organizationIds]);
    log(`${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  // Furthest stage first: the funnel's rollup counts deals by it.
  await timed('deals.furthest_stage_position', `
    UPDATE deals d SET furthest_stage_position = x.position
      FROM (SELECT d.organization_id, d.id, f.position FROM deals d
              LEFT JOIN (SELECT c.organization_id, c.deal_id, c.pipeline_id, max(${REACHED}) AS position
                           FROM deal_stage_changes c JOIN pipeline_stages s ON s.organization_id = c.organization_id AND s.id = c.to_stage_id
                          WHERE c.${ORGS} GROUP BY 1, 2, 3) f ON f.organization_id = d.organization_id AND f.deal_id = d.id AND f.pipeline_id = d.pipeline_id
             WHERE d.${ORGS}) x
     WHERE d.organization_id = x.organization_id AND d.id = x.id AND d.furthest_stage_position IS DISTINCT FROM x.position`);
  for (const def of DEAL_ROLLUPS) {
    const [clear, fill] = rollupRebuildStatements(def, ORGS);
    await client.query(clear, [organizationIds]);
    await timed(def.table, fill);
  }
  // Only changes of live deals count (as the triggers of migration DealStageDurations).
  await client.query(`DELETE FROM deal_stage_durations WHERE ${ORGS}`, [organizationIds]);
  await timed('deal_stage_durations', `
    INSERT INTO deal_stage_durations (organization_id, pipeline_id, stage_id, exits, seconds)
    SELECT c.organization_id, c.pipeline_id, c.from_stage_id, count(*), sum(extract(epoch FROM c.created_at - c.from_stage_entered_at))
      FROM deal_stage_changes c JOIN deals d ON d.organization_id = c.organization_id AND d.id = c.deal_id AND d.deleted_at IS NULL
     WHERE c.${ORGS} AND c.from_stage_id IS NOT NULL AND c.from_stage_entered_at IS NOT NULL
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
}

/**
 * Triggers on `tables` that a load with session_replication_role = replica would skip and that
 * rebuildKeptSums does not stand in for: a bulk load refuses to run while there are any.
 */
export async function triggersNotRebuilt(client: PoolClient, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ table: string; name: string }>(`
    SELECT c.relname AS table, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND t.tgenabled = 'O' AND c.relname = ANY($1::text[]) ORDER BY 1, 2`, [tables]);
  return rows.filter((r) => !(KEPT_SUM_TRIGGERS[r.table] ?? []).includes(r.name)).map((r) => `${r.table}.${r.name}`);
}
