import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createDataSource } from '../db/data-source';
import type { EmbeddedDatabase } from '../db/embedded';
import { loadConfig } from '../config';
import { hashPassword } from '../platform/auth/passwords';
import { uuidv7 } from '../platform/ids';
import { createDefaultPipeline } from '../modules/sales/default-pipeline';
import { generateSalesData, type StageInfo } from '../seed/generator';
import type { PoolClient, Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Loads realistic sales data: `pnpm datagen --deals 100000 [--organizations 3] [--seed 7]`.
 * Deterministic for a seed; one organization gets most of the deals, the rest share the remainder.
 * Uses DATABASE_URL, else the embedded PostgreSQL of `npm start`.
 */
const USAGE = 'usage: datagen --deals N [--organizations N] [--seed N] [--users N] [--password P] [--now ISO-time]';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    deals: { type: 'string', default: '10000' }, organizations: { type: 'string', default: '1' }, seed: { type: 'string', default: '42' },
    users: { type: 'string', default: '8' }, now: { type: 'string' }, password: { type: 'string', default: 'datagen-password' }, help: { type: 'boolean', default: false },
  } });
  if (values.help) return void console.log(USAGE);
  const deals = Number(values.deals);
  const organizations = Number(values.organizations);
  const seed = Number(values.seed);
  const users = Number(values.users);
  if (![deals, organizations, seed, users].every((n) => Number.isInteger(n) && n >= 0) || organizations < 1 || users < 1) throw new Error(USAGE);

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
  let totalRows = 0;
  try {
    for (let o = 0; o < organizations; o++) {
      // The first organization is the large one: half the deals when there are several.
      const share = organizations === 1 ? deals : o === 0 ? Math.ceil(deals / 2) : Math.floor(deals / 2 / (organizations - 1));
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const orgStarted = Date.now();
        const { organizationId, emails } = await createOrganization(client, `Datagen ${seed}-${o + 1}`, users, passwordHash, seed, o);
        const result = await generateSalesData(client, {
          organizationId: organizationId.id, ownerIds: organizationId.userIds, pipelineId: organizationId.pipelineId, stages: organizationId.stages,
          companies: Math.max(1, Math.round(share / 5)), contactsPerCompany: 2, deals: share, activitiesPerDeal: 2, seed: seed * 1000 + o, now,
          onProgress: (m) => process.stdout.write(`\r  ${m}        `),
        });
        await client.query('COMMIT');
        const rows = result.companies + result.contacts + result.deals + result.stageChanges + result.activities;
        totalRows += rows;
        const seconds = (Date.now() - orgStarted) / 1000;
        console.log(`\r${organizationId.name}: ${result.deals} deals, ${result.companies} companies, ${result.contacts} contacts, ${result.activities} activities, ${result.stageChanges} stage changes — ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s, ${Math.round(result.deals / seconds)} deals/s)`);
        console.log(`  sign in as ${emails[0]} (OWNER) or ${emails[1]} …, password "${values.password}"`);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    }
    // The stage history's triggers rewrite each deal once (furthest stage): clear the old row versions
    // and mark pages all-visible, so index-only scans work at once rather than after autovacuum.
    await pool.query('VACUUM ANALYZE');
    const seconds = (Date.now() - started) / 1000;
    console.log(`done: ${totalRows} rows in ${seconds.toFixed(1)} s (${Math.round(totalRows / seconds)} rows/s)`);
  } finally {
    await owner.destroy();
    await embedded?.stop();
  }
}

async function createOrganization(client: PoolClient, name: string, users: number, passwordHash: string, seed: number, index: number) {
  const id = uuidv7();
  await client.query(`INSERT INTO organizations (id, name, slug, default_currency) VALUES ($1, $2, $3, 'USD')`, [id, name, `datagen-${seed}-${index + 1}-${id.slice(-6)}`]);
  const userIds: string[] = [];
  const emails: string[] = [];
  for (let u = 0; u < users; u++) {
    const userId = uuidv7();
    const email = `user${u + 1}.org${index + 1}.s${seed}.${id.slice(-6)}@datagen.crm`;
    await client.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)`, [userId, email, `Datagen User ${u + 1}`, passwordHash]);
    await client.query(`INSERT INTO memberships (organization_id, id, user_id, role) VALUES ($1, $2, $3, $4)`, [id, uuidv7(), userId, u === 0 ? 'OWNER' : u === 1 ? 'MANAGER' : 'MEMBER']);
    userIds.push(userId);
    emails.push(email);
  }
  const { pipelineId, stageIds } = await createDefaultPipeline(client, id);
  const stages = (await client.query<StageInfo>(`SELECT id, position, type FROM pipeline_stages WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [id, stageIds])).rows;
  return { organizationId: { id, name, userIds, pipelineId, stages }, emails };
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
