import { Pool } from 'pg';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The API's pool: every connection runs as the app role, which row-level security always binds. */
export function createAppPool(url: string, role: string, size: number, statementTimeoutMs = 10000, acquireTimeoutMs = 3000): Pool {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`APP_DB_ROLE "${role}" is not a plain role name`);
  // connectionTimeoutMillis bounds both the wait for a free connection and a new connection's
  // handshake: an exhausted pool or a database that is down answers 503 instead of hanging.
  const pool = new Pool({ connectionString: url, max: size, options: `-c role=${role} -c statement_timeout=${Math.floor(statementTimeoutMs)} -c timezone=UTC`, idleTimeoutMillis: 30000, connectionTimeoutMillis: acquireTimeoutMs });
  pool.on('error', (error) => console.error('[db] idle connection error', error.message));
  return pool;
}

/** Waits for a database that is starting or briefly down: retries with exponential back-off. */
export async function waitForDatabase(url: string, attempts = 12): Promise<void> {
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 5000 });
    try {
      await pool.query('SELECT 1');
      return;
    } catch (error) {
      if (attempt >= attempts) throw new Error(`Database not reachable after ${attempts} attempts: ${(error as Error).message}`);
      console.warn(`[db] not reachable yet (${(error as Error).message}); retrying in ${delay} ms`);
      await sleep(delay);
      delay = Math.min(delay * 2, 5000);
    } finally {
      await pool.end().catch(() => undefined);
    }
  }
}
