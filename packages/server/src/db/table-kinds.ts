import { DEAL_FORECAST_TOTALS, DEAL_FUNNEL_TOTALS, DEAL_STAGE_TOTALS } from '../modules/sales/rollups';

/**
 * What kind each table is, where that does not follow from its columns. A table with organization_id
 * is a tenant table (row-level security, distributed by organization_id under Citus); every other
 * table must be named below, and test/platform/citus-rules.test.ts fails for one that is not.
 */

/** Global tables every node needs whole, for joins and foreign keys from tenant tables (Citus reference tables). */
export const REFERENCE_TABLES = ['users', 'organizations', 'refresh_tokens'] as const;

/**
 * Global tables only the coordinator uses, left as plain local tables under Citus: TypeORM's migration
 * list (only the migrator reads it) and the sign-in throttle (UNLOGGED counters written on every failed
 * sign-in: as a reference table each write would be a two-phase commit to every node), and the
 * generated-column expressions TypeORM's schema diff reads (analytics migration).
 */
export const COORDINATOR_TABLES = ['migrations', 'auth_throttle', 'typeorm_generated_columns'] as const;

/** Tenant tables PostgreSQL keeps current by triggers: the app role may only read them. */
export const READ_ONLY_TENANT_TABLES = [DEAL_STAGE_TOTALS.table, DEAL_FORECAST_TOTALS.table, DEAL_FUNNEL_TOTALS.table, 'deal_stage_durations'] as const;
