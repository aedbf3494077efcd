import { inTransaction } from './transaction';
import type { Pool } from 'pg';

/**
 * Data retention (seed 001's policy) as purges the hourly maintenance runs, each off until its
 * period is set (config.ts, RETENTION_*_DAYS):
 *
 *   deals         closed (WON or LOST) longer ago than RETENTION_DEALS_DAYS          (policy: 5 years)
 *   tasks         TASK/DEADLINE activities completed before RETENTION_TASKS_DAYS      (policy: 3 years)
 *   interactions  CALL/EMAIL/MEETING/NOTE activities completed before RETENTION_INTERACTIONS_DAYS (7 years)
 *   audit logs    written before RETENTION_AUDIT_DAYS                                  (10 years; kept longest)
 *
 * Open deals and activities never completed stay, whatever their age. Companies and contacts
 * (customer data) are kept indefinitely, and users while their account is active: nothing purges them.
 *
 * Deals are deleted outright, so the kept sums follow through the triggers that handle DELETE
 * (rollups, deal_stage_durations); their stage history goes with them (ON DELETE CASCADE), and their
 * activities are detached (deal_id NULL) to be kept for their own period. Purges go one organization
 * at a time along its (organization_id, date) indexes, in batches of `batchSize` rows, each batch its
 * own short transaction.
 */
export interface RetentionSettings {
  dealsDays?: number;
  tasksDays?: number;
  interactionsDays?: number;
  auditDays?: number;
  batchSize: number;
}

export type RetentionKind = 'deals' | 'tasks' | 'interactions' | 'auditLogs';

export interface PurgeCount {
  /** Rows older than this went. */
  before: string;
  purged: number;
  /** Activities that lost the link to a purged deal (deals only). */
  detachedActivities?: number;
}

export type RetentionResult = Partial<Record<RetentionKind, PurgeCount>>;

const TASKS = ['TASK', 'DEADLINE'];
const INTERACTIONS = ['CALL', 'EMAIL', 'MEETING', 'NOTE'];
const DAY_MS = 86_400_000;

export function retentionEnabled(s: RetentionSettings): boolean {
  return [s.dealsDays, s.tasksDays, s.interactionsDays, s.auditDays].some((d) => d !== undefined);
}

/** Repeats a batch until one comes back short. */
async function inBatches(size: number, batch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await batch();
    total += n;
    if (n < size) return total;
  }
}

async function purgeDeals(pool: Pool, organizationId: string, before: Date, size: number): Promise<{ purged: number; detached: number }> {
  let detached = 0;
  const purged = await inBatches(size, () => inTransaction(pool, async (client) => {
    // SKIP LOCKED: a deal someone is editing right now waits for the next run.
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM deals WHERE organization_id = $1 AND status IN ('WON', 'LOST') AND closed_at < $2
      ORDER BY closed_at, id LIMIT $3 FOR UPDATE SKIP LOCKED`, [organizationId, before, size]);
    if (rows.length === 0) return 0;
    const ids = rows.map((r) => r.id);
    const activities = await client.query(`UPDATE activities SET deal_id = NULL, version = version + 1, updated_at = now() WHERE organization_id = $1 AND deal_id = ANY($2::uuid[])`, [organizationId, ids]);
    detached += activities.rowCount ?? 0;
    const deleted = await client.query(`DELETE FROM deals WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids]);
    return deleted.rowCount ?? 0;
  }));
  return { purged, detached };
}

const purgeActivities = (pool: Pool, organizationId: string, types: string[], before: Date, size: number) => inBatches(size, async () => (await pool.query(`
  DELETE FROM activities WHERE organization_id = $1 AND id IN (
    SELECT id FROM activities WHERE organization_id = $1 AND completed_at < $2 AND type::text = ANY($3::text[]) ORDER BY completed_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)`,
  [organizationId, before, types, size])).rowCount ?? 0);

const purgeAudit = (pool: Pool, organizationId: string, before: Date, size: number) => inBatches(size, async () => (await pool.query(`
  DELETE FROM audit_logs WHERE organization_id = $1 AND id IN (
    SELECT id FROM audit_logs WHERE organization_id = $1 AND created_at < $2 ORDER BY created_at, id LIMIT $3)`,
  [organizationId, before, size])).rowCount ?? 0);

/** Runs every purge whose period is set (none when none is); on the owner pool, across organizations. */
export async function purgeRetained(pool: Pool, settings: RetentionSettings, now = new Date()): Promise<RetentionResult> {
  const result: RetentionResult = {};
  if (!retentionEnabled(settings)) return result;
  const size = Math.max(1, settings.batchSize);
  const cutoff = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const organizations = (await pool.query<{ id: string }>(`SELECT id FROM organizations ORDER BY id`)).rows.map((r) => r.id);
  const kinds: [RetentionKind, number | undefined, (org: string, before: Date) => Promise<number | { purged: number; detached: number }>][] = [
    ['deals', settings.dealsDays, (org, before) => purgeDeals(pool, org, before, size)],
    ['tasks', settings.tasksDays, (org, before) => purgeActivities(pool, org, TASKS, before, size)],
    ['interactions', settings.interactionsDays, (org, before) => purgeActivities(pool, org, INTERACTIONS, before, size)],
    ['auditLogs', settings.auditDays, (org, before) => purgeAudit(pool, org, before, size)],
  ];
  for (const [kind, days, purge] of kinds) {
    if (days === undefined) continue;
    const before = cutoff(days);
    const count: PurgeCount = { before: before.toISOString(), purged: 0, ...(kind === 'deals' ? { detachedActivities: 0 } : {}) };
    for (const org of organizations) {
      const n = await purge(org, before);
      if (typeof n === 'number') count.purged += n;
      else {
        count.purged += n.purged;
        count.detachedActivities! += n.detached;
      }
    }
    result[kind] = count;
  }
  return result;
}
