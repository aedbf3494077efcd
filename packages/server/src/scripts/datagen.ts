import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createDataSource } from '../db/data-source';
import type { EmbeddedDatabase } from '../db/embedded';
import { loadConfig } from '../config';
import { hashPassword } from '../platform/auth/passwords';
import { runDatagen } from '../seed/datagen';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Loads realistic sales data: `pnpm datagen --deals 100000 [--orders 50000] [--organizations 3] [--seed 7] [--bulk]`.
 * --orders N: also commerce data (products, orders with items, payments, stock adjustments; seed/commerce-generator.ts).
 * Deterministic for a seed; one organization gets most of the deals, the rest share the remainder.
 * Uses DATABASE_URL, else the embedded PostgreSQL of `npm start`.
 *
 * --bulk: one transaction, COPY, triggers off and the kept sums rebuilt at the end, secondary indexes
 * built after the rows when the tables hold fewer rows than the load (unless --keep-indexes); the
 * loaded tables are locked until it commits (see seed/datagen.ts).
 * --analytics-years Y: also Y years of monthly financials and daily custom metrics for the first
 * --analytics-companies N (default 100) companies of each organization (seed/analytics.ts).
 * --roadmaps N: also N product-management roadmaps per organization (ideas, features, releases, OKRs, feedback; seed/product-generator.ts).
 */
const USAGE = 'usage: datagen --deals N [--orders N] [--organizations N] [--seed N] [--users N] [--password P] [--now ISO-time] [--bulk [--keep-indexes]] [--analytics-years Y [--analytics-companies N]] [--roadmaps N]';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    deals: { type: 'string', default: '10000' }, orders: { type: 'string', default: '0' }, organizations: { type: 'string', default: '1' }, seed: { type: 'string', default: '42' },
    users: { type: 'string', default: '8' }, now: { type: 'string' }, password: { type: 'string', default: 'datagen-password' }, help: { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false }, 'keep-indexes': { type: 'boolean', default: false },
    'analytics-years': { type: 'string', default: '0' }, 'analytics-companies': { type: 'string', default: '100' },
    roadmaps: { type: 'string', default: '0' },
  } });
  if (values.help) return void console.log(USAGE);
  const deals = Number(values.deals);
  const orders = Number(values.orders);
  const organizations = Number(values.organizations);
  const seed = Number(values.seed);
  const users = Number(values.users);
  const analyticsYears = Number(values['analytics-years']);
  const analyticsCompanies = Number(values['analytics-companies']);
  const roadmaps = Number(values.roadmaps);
  if (![deals, orders, organizations, seed, users, analyticsYears, analyticsCompanies, roadmaps].every((n) => Number.isInteger(n) && n >= 0) || organizations < 1 || users < 1) throw new Error(USAGE);

  // Dates are relative to "now"; pinning it to the day makes a seed reproduce the same rows and ids.
  const today = new Date();
  const now = values.now ? new Date(values.now) : new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  if (Number.isNaN(now.getTime())) throw new Error(USAGE);
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) embedded = await (require('../db/embedded') as typeof import('../db/embedded.js')).startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
  const owner = createDataSource(config.databaseUrl ?? embedded!.url);
  await owner.initialize();
  await owner.runMigrations({ transaction: 'each' });
  const pool = (owner.driver as PostgresDriver).master as Pool;
  const passwordHash = await hashPassword(values.password!);
  const started = Date.now();
  try {
    const result = await runDatagen(pool, {
      deals, orders, organizations, seed, users, passwordHash, now, bulk: values.bulk, keepIndexes: values['keep-indexes'], analyticsYears, analyticsCompanies, roadmaps,
      log: (line) => console.log(`\r${line}        `),
      progress: (m) => process.stdout.write(`\r  ${m}        `),
    });
    for (const org of result.organizations) console.log(`  ${org.name}: sign in as ${org.emails[0]} (OWNER) or ${org.emails[1]} …, password "${values.password}"`);
    if (values.bulk) {
      const seconds = (Date.now() - started) / 1000;
      console.log(`  committed: ${result.rows} rows in ${seconds.toFixed(1)} s (${Math.round(result.rows / seconds)} rows/s) before VACUUM ANALYZE`);
    }
    // The stage history's triggers rewrite each deal once (furthest stage): clear the old row versions
    // and mark pages all-visible, so index-only scans work at once rather than after autovacuum
    // (a bulk load rewrites nothing, but its pages need the visibility map all the same).
    await pool.query('VACUUM ANALYZE');
    const seconds = (Date.now() - started) / 1000;
    console.log(`done: ${result.rows} rows in ${seconds.toFixed(1)} s (${Math.round(result.rows / seconds)} rows/s)`);
  } finally {
    await owner.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
