import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createAppServer, type AppServer } from './app';
import { createDataSource } from './db/data-source';
import type { EmbeddedDatabase } from './db/embedded';
import { createAppPool, guardConnections, waitForDatabase } from './db/pools';
import { IdentityService } from './modules/identity/identity.service';
import { buildAppSchema } from './schema';
import { createEventBus, type EventBus } from './platform/events/event-bus';
import { AuthThrottle } from './platform/auth/throttle';
import { RateLimiter } from './platform/protection/rate-limit';
import { JobQueue } from './platform/jobs';

export interface Platform {
  config: Config;
  databaseUrl: string;
  owner: DataSource;
  ownerPool: Pool;
  appPool: Pool;
  identity: IdentityService;
  throttle: AuthThrottle;
  events: EventBus;
  server: AppServer;
  jobs: JobQueue;
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

/** Database (embedded unless DATABASE_URL), migrations, pools, schema and HTTP app — shared by main and tests. */
export interface BootstrapOptions {
  /** false: the database is already migrated (API_PROCESSES workers: their primary ran the migrations). */
  migrate?: boolean;
}

export async function bootstrap(config: Config, options: BootstrapOptions = {}): Promise<Platform> {
  // Loaded only when needed: the package is ESM, and test runners given DATABASE_URL never touch it.
  const embedded = config.databaseUrl ? undefined
    : await (require('./db/embedded') as { startEmbeddedPostgres: (dir: string, port: number) => Promise<EmbeddedDatabase> }).startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  await waitForDatabase(databaseUrl);
  const owner = createDataSource(databaseUrl);
  await owner.initialize();
  if (options.migrate ?? true) await owner.runMigrations({ transaction: 'each' });
  const ownerPool = (owner.driver as PostgresDriver).master as Pool;
  guardConnections(ownerPool, 'owner');
  const appPool = createAppPool(databaseUrl, config.appDbRole, config.dbPoolSize, config.statementTimeoutMs, config.dbAcquireTimeoutMs);
  const throttle = AuthThrottle.create(config, ownerPool);
  const identity = new IdentityService(ownerPool, config, throttle);
  const schema = await buildAppSchema(owner, identity);
  const events = await createEventBus(config.redisUrl, databaseUrl, ownerPool);
  const rateLimiter = RateLimiter.create(config, ownerPool);
  // Started before the server answers: a request's after-commit work may send jobs at once.
  const jobs = await new JobQueue(config, ownerPool).start();
  const server = await createAppServer(config, schema, appPool, events, throttle, rateLimiter, jobs);
  return {
    config, databaseUrl, owner, ownerPool, appPool, identity, throttle, events, server, jobs, embedded,
    async close() {
      server.setShuttingDown();
      await server.apollo.stop();
      // After the requests (their after-commit sends), before the pools: waits for the jobs in flight.
      await jobs.stop();
      await events.close();
      await throttle.close();
      await rateLimiter.close();
      await appPool.end().catch(() => undefined);
      await owner.destroy().catch(() => undefined);
      await embedded?.stop().catch(() => undefined);
    },
  };
}
