import 'reflect-metadata';
import { Client } from 'pg';
import { CITUS_LAYOUT, distributionStatements, readCitusCatalog } from '../db/citus';
import { createDataSource } from '../db/data-source';

/**
 * `pnpm citus:distribute`: makes the database at DATABASE_URL (a Citus coordinator, as the table owner
 * and a superuser) a distributed one. It runs the migrations, adds the workers named in CITUS_WORKERS
 * (host:port,…; none: the coordinator keeps the shards, as in `docker compose --profile citus`),
 * then distributes every table not distributed yet (src/db/citus.ts): reference tables, then each
 * tenant table by organization_id in one colocation group. Safe to re-run after each later migration.
 * `--print`: only prints the statements, for any PostgreSQL with the migrated schema (Citus or not).
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the Citus coordinator');
  if (process.argv.includes('--print')) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      for (const statement of distributionStatements(await readCitusCatalog(client))) console.log(`${statement};`);
    } finally {
      await client.end();
    }
    return;
  }
  const owner = createDataSource(url);
  await owner.initialize();
  try {
    const ran = await owner.runMigrations({ transaction: 'each' });
    console.log(`migrations: ${ran.length ? ran.map((m) => m.name).join(', ') : 'none pending'}`);
  } finally {
    await owner.destroy();
  }

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS citus');
    for (const worker of (process.env.CITUS_WORKERS ?? '').split(',').map((w) => w.trim()).filter(Boolean)) {
      const [host, port = '5432'] = worker.split(':');
      const known = await client.query('SELECT 1 FROM pg_dist_node WHERE nodename = $1 AND nodeport = $2', [host, Number(port)]);
      if (!known.rowCount) await client.query('SELECT citus_add_node($1, $2)', [host, Number(port)]);
    }
    // The rollups, furthest stage and stage durations are kept by triggers on deals, deal_stage_changes
    // and pipeline_stages; Citus refuses to distribute tables with triggers (or create triggers on them
    // in later migrations) unless told to, for this database's future sessions too.
    await client.query('SET citus.enable_unsafe_triggers = on');
    await client.query(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET citus.enable_unsafe_triggers = on', current_database()); END $$`);
    const distributed = (await client.query(`SELECT logicalrelid::regclass::text AS name FROM pg_dist_partition`)).rows.map((r) => r.name.replace(/^"|"$/g, ''));
    const statements = distributionStatements(await readCitusCatalog(client), CITUS_LAYOUT, distributed);
    for (const statement of statements) {
      console.log(statement);
      await client.query(statement);
    }
    console.log(statements.length ? `distributed ${statements.length} tables` : 'every table is already distributed');
  } finally {
    await client.end();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(`citus-distribute failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
