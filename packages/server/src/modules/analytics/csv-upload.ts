import type express from 'express';
import type { ContextServices } from '../../platform/auth/authenticate';
import { csvIngestHandler } from '../../platform/import/csv-ingest';
import { CustomMetricResource, FinancialResource, NATURAL_KEYS } from './resources';

/** Streamed CSV uploads of financials and metric points, upserted on the same natural keys as ingestFinancials / ingestMetrics. */
export function mountCsvUploads(app: express.Express, services: ContextServices): void {
  app.post('/import/financials', csvIngestHandler(services, { def: FinancialResource, key: [...NATURAL_KEYS.Financial] }));
  app.post('/import/metric-points', csvIngestHandler(services, { def: CustomMetricResource, key: [...NATURAL_KEYS.CustomMetric] }));
}
