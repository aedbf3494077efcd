import type { Pool } from 'pg';
import { purgeRetained, retentionEnabled, type RetentionSettings } from './retention';

/** Housekeeping that keeps bookkeeping tables small; runs on the owner connection. */
export async function purgeExpired(pool: Pool): Promise<{ idempotencyKeys: number; refreshTokens: number }> {
  // A retry comes within minutes; a day covers any client that was offline.
  const keys = await pool.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`);
  const tokens = await pool.query(`DELETE FROM refresh_tokens WHERE expires_at < now() - interval '7 days' OR (revoked_at IS NOT NULL AND revoked_at < now() - interval '7 days')`);
  return { idempotencyKeys: keys.rowCount ?? 0, refreshTokens: tokens.rowCount ?? 0 };
}

/** One maintenance pass: the bookkeeping purges, then the retention purges that are configured (none by default). */
export async function runMaintenance(pool: Pool, retention?: RetentionSettings, log: (line: string) => void = console.log) {
  const expired = await purgeExpired(pool);
  const retained = retention ? await purgeRetained(pool, retention) : {};
  for (const [kind, count] of Object.entries(retained)) {
    if (count.purged > 0) log(`[retention] ${kind}: purged ${count.purged} older than ${count.before}${count.detachedActivities ? ` (${count.detachedActivities} activities detached from them)` : ''}`);
  }
  return { ...expired, retention: retained };
}

export function scheduleMaintenance(pool: Pool, options: { everyMs?: number; retention?: RetentionSettings } = {}): () => void {
  const { everyMs = 3600_000, retention } = options;
  // One pass at a time: a first retention run over years of data may outlast the interval.
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    await runMaintenance(pool, retention).catch((error) => console.error('[maintenance]', error.message));
    running = false;
  };
  if (retention && retentionEnabled(retention)) {
    const on = Object.entries({ deals: retention.dealsDays, tasks: retention.tasksDays, interactions: retention.interactionsDays, auditLogs: retention.auditDays })
      .map(([kind, days]) => `${kind} ${days === undefined ? 'kept forever' : `after ${days} days`}`);
    console.log(`[retention] on: ${on.join(', ')}`);
  }
  const timer = setInterval(run, everyMs);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
