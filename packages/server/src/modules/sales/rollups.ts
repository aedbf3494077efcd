import type { RollupDefinition } from '../../platform/rollup';
import { sql, type Sql } from '../../platform/sql';

/**
 * Sums over deals that PostgreSQL keeps current (platform/rollup.ts). Weighted values are not stored:
 * a stage's probability can change at any time, so a rollup keeps Σ value of deals without their own
 * probability (weighed by the stage's at read time) apart from Σ value × probability of deals with one.
 * Changing a declaration takes a new migration that drops and re-creates the rollup (dropRollup,
 * createRollup): databases created before it then match those created after.
 */
const WEIGHTED_MONEY: RollupDefinition['measures'] = [
  { column: 'deal_count', expression: '1' },
  { column: 'value_sum', expression: 'value' },
  { column: 'unweighted_value_sum', expression: 'CASE WHEN probability IS NULL THEN value END' },
  { column: 'own_weighted_sum', expression: 'value * probability' },
];

/** The weighted value of a rollup row `t` whose stage is `s`: the stage's probability as it is now. */
export const ROLLED_UP_WEIGHTED: Sql = sql`(t.own_weighted_sum + t.unweighted_value_sum * s.probability)`;

const STAGE_REFERENCE = (table: string) =>
  `CONSTRAINT "fk_${table}__stage_id" FOREIGN KEY ("organization_id", "stage_id") REFERENCES "pipeline_stages" ("organization_id", "id") ON DELETE CASCADE`;

/**
 * The board's column totals: every live deal, per stage, status and currency (status, so that a
 * board filtered by status alone, such as open deals only, is read from here too; migration
 * OpenBoardFunnelTotalsSearchCandidates added it).
 */
export const DEAL_STAGE_TOTALS: RollupDefinition = {
  table: 'deal_stage_totals',
  source: 'deals',
  keys: [
    { column: 'organization_id', type: 'uuid NOT NULL' },
    { column: 'stage_id', type: 'uuid NOT NULL' },
    { column: 'status', type: 'deal_status NOT NULL' },
    { column: 'currency', type: 'character(3) NOT NULL' },
  ],
  measures: WEIGHTED_MONEY,
  where: 'deleted_at IS NULL',
  constraints: [STAGE_REFERENCE('deal_stage_totals')],
};

/** The forecast: open deals with an expected close date, per month, stage, owner and currency. */
export const DEAL_FORECAST_TOTALS: RollupDefinition = {
  table: 'deal_forecast_totals',
  source: 'deals',
  keys: [
    { column: 'organization_id', type: 'uuid NOT NULL' },
    { column: 'pipeline_id', type: 'uuid NOT NULL' },
    { column: 'stage_id', type: 'uuid NOT NULL' },
    { column: 'owner_id', type: 'uuid' },
    { column: 'month', type: 'date NOT NULL', expression: "date_trunc('month', expected_close_date)::date" },
    { column: 'currency', type: 'character(3) NOT NULL' },
  ],
  measures: WEIGHTED_MONEY,
  where: "deleted_at IS NULL AND status = 'OPEN' AND expected_close_date IS NOT NULL",
  constraints: [STAGE_REFERENCE('deal_forecast_totals')],
};

/**
 * The funnel's histogram: live deals per pipeline and furthest stage position reached (kept on deals
 * from the stage history, migration DealFurthestStage), so the reached counts of a whole pipeline sum
 * a handful of rows however many deals it holds. Filtered funnels (owner, team, dates) count live.
 */
export const DEAL_FUNNEL_TOTALS: RollupDefinition = {
  table: 'deal_funnel_totals',
  source: 'deals',
  keys: [
    { column: 'organization_id', type: 'uuid NOT NULL' },
    { column: 'pipeline_id', type: 'uuid NOT NULL' },
    { column: 'furthest_stage_position', type: 'integer NOT NULL' },
  ],
  measures: [{ column: 'deal_count', expression: '1' }],
  where: 'deleted_at IS NULL AND furthest_stage_position IS NOT NULL',
  constraints: [`CONSTRAINT "fk_deal_funnel_totals__pipeline_id" FOREIGN KEY ("organization_id", "pipeline_id") REFERENCES "pipelines" ("organization_id", "id") ON DELETE CASCADE`],
};
