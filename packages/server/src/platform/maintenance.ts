import type { Pool } from 'pg';

/** Housekeeping that keeps bookkeeping tables small; runs on the owner connection. */
export async function purgeExpired(pool: Pool): Promise<{ idempotencyKeys: number; refreshTokens: number }> {
  // A retry comes within minutes; a day covers any client that was offline.
  const keys = await pool.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`);
  const tokens = await pool.query(`DELETE FROM refresh_tokens WHERE expires_at < now() - interval '7 days' OR (revoked_at IS NOT NULL AND revoked_at < now() - interval '7 days')`);
  return { idempotencyKeys: keys.rowCount ?? 0, refreshTokens: tokens.rowCount ?? 0 };
}

export function scheduleMaintenance(pool: Pool, everyMs = 3600_000): () => void {
  const run = () => purgeExpired(pool).catch((error) => console.error('[maintenance]', error.message));
  const timer = setInterval(run, everyMs);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
