import { Client } from 'pg';

/**
 * The sums PostgreSQL keeps (rollups, deal_stage_durations, deals.furthest_stage_position), each as
 * stored and as computed afresh from the rows they are kept from: the two must always agree.
 * Rows whose measures are all zero are left out (a rollup key can linger at zero).
 */
const nonZero = (cols: string[]) => `NOT (${cols.map((c) => `${c} = 0`).join(' AND ')})`;
const MONEY = ['deal_count', 'value_sum', 'unweighted_value_sum', 'own_weighted_sum'];
const LIVE_MONEY = `count(*) AS deal_count, sum(coalesce(value, 0)) AS value_sum, sum(coalesce(CASE WHEN probability IS NULL THEN value END, 0)) AS unweighted_value_sum, sum(coalesce(value * probability, 0)) AS own_weighted_sum`;
const trimmed = (cols: string[]) => cols.map((c) => `trim_scale(${c}::numeric)::text AS ${c}`).join(', ');

/** Each kept sum as stored, and the same sums computed from the rows they are kept from. */
export const KEPT: Record<string, { kept: string; live: string }> = {
  deal_stage_totals: {
    kept: `SELECT organization_id, stage_id, status, currency, ${trimmed(MONEY)} FROM deal_stage_totals WHERE ${nonZero(MONEY)}`,
    live: `SELECT organization_id, stage_id, status, currency, ${trimmed(MONEY)} FROM (SELECT organization_id, stage_id, status, currency, ${LIVE_MONEY} FROM deals WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4) x`,
  },
  deal_forecast_totals: {
    kept: `SELECT organization_id, pipeline_id, stage_id, owner_id, month, currency, ${trimmed(MONEY)} FROM deal_forecast_totals WHERE ${nonZero(MONEY)}`,
    live: `SELECT organization_id, pipeline_id, stage_id, owner_id, month, currency, ${trimmed(MONEY)} FROM (SELECT organization_id, pipeline_id, stage_id, owner_id,
      date_trunc('month', expected_close_date)::date AS month, currency, ${LIVE_MONEY} FROM deals WHERE deleted_at IS NULL AND status = 'OPEN' AND expected_close_date IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6) x`,
  },
  deal_funnel_totals: {
    kept: `SELECT organization_id, pipeline_id, furthest_stage_position, ${trimmed(['deal_count'])} FROM deal_funnel_totals WHERE deal_count <> 0`,
    live: `SELECT organization_id, pipeline_id, furthest_stage_position, ${trimmed(['deal_count'])} FROM (SELECT organization_id, pipeline_id, furthest_stage_position, count(*) AS deal_count
      FROM deals WHERE deleted_at IS NULL AND furthest_stage_position IS NOT NULL GROUP BY 1, 2, 3) x`,
  },
  deal_stage_durations: {
    kept: `SELECT organization_id, pipeline_id, stage_id, ${trimmed(['exits', 'seconds'])} FROM deal_stage_durations WHERE ${nonZero(['exits', 'seconds'])}`,
    live: `SELECT organization_id, pipeline_id, stage_id, ${trimmed(['exits', 'seconds'])} FROM (SELECT c.organization_id, c.pipeline_id, c.from_stage_id AS stage_id, count(*) AS exits,
      sum(extract(epoch FROM c.created_at - c.from_stage_entered_at)) AS seconds FROM deal_stage_changes c JOIN deals d ON d.organization_id = c.organization_id AND d.id = c.deal_id AND d.deleted_at IS NULL
      WHERE c.from_stage_id IS NOT NULL AND c.from_stage_entered_at IS NOT NULL GROUP BY 1, 2, 3) x`,
  },
  furthest_stage_position: {
    kept: `SELECT organization_id, id, furthest_stage_position::text AS position FROM deals`,
    live: `SELECT d.organization_id, d.id, (SELECT max(CASE WHEN s.type = 'WON' THEN 100000 WHEN s.type = 'LOST' THEN NULL ELSE s.position END) FROM deal_stage_changes c
      JOIN pipeline_stages s ON s.organization_id = c.organization_id AND s.id = c.to_stage_id WHERE c.organization_id = d.organization_id AND c.deal_id = d.id AND c.pipeline_id = d.pipeline_id)::text AS position FROM deals d`,
  },
};

export async function keptSums(url: string): Promise<Record<string, { kept: string[]; live: string[] }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, { kept: string[]; live: string[] }> = {};
    for (const [name, q] of Object.entries(KEPT)) {
      const rows = async (text: string) => (await client.query(text)).rows.map((r) => JSON.stringify(r)).sort();
      out[name] = { kept: await rows(q.kept), live: await rows(q.live) };
    }
    return out;
  } finally {
    await client.end();
  }
}

