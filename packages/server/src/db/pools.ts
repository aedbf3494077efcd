import { Pool, type PoolClient } from 'pg';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The API's pool: every connection runs as the app role, which row-level security always binds. */
export function createAppPool(url: string, role: string, size: number, statementTimeoutMs = 10000, acquireTimeoutMs = 3000): Pool {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`APP_DB_ROLE "${role}" is not a plain role name`);
  // connectionTimeoutMillis bounds both the wait for a free connection and a new connection's
  // handshake: an exhausted pool or a database that is down answers 503 instead of hanging.
  const pool = new Pool({ connectionString: url, max: size, options: `-c role=${role} -c statement_timeout=${Math.floor(statementTimeoutMs)} -c timezone=UTC`, idleTimeoutMillis: 30000, connectionTimeoutMillis: acquireTimeoutMs });
  guardConnections(pool, 'app');
  return pool;
}

/** Marks a client whose connection failed, so it is destroyed rather than handed out again. */
export const BROKEN = Symbol.for('crm.brokenConnection');

/**
 * Every client of a pool gets an error listener for its whole life. pg-pool listens only while a
 * client is idle; a checked-out client whose server goes away (a restart, a crash, kill -9) emits
 * 'error' with nobody listening, which ends the process.
 */
export function guardConnections(pool: Pool, name: string): void {
  pool.on('error', (error) => console.error(`[db] ${name} pool: idle connection lost:`, error.message));
  const guard = (client: PoolClient) => {
    client.on('error', (error) => {
      (client as unknown as Record<symbol, boolean>)[BROKEN] = true;
      console.error(`[db] ${name} pool: connection lost:`, error.message);
    });
  };
  pool.on('connect', guard);
  // Clients the pool opened before it was guarded (TypeORM's, during initialisation and migrations).
  for (const client of (pool as unknown as { _clients?: PoolClient[] })._clients ?? []) guard(client);
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
