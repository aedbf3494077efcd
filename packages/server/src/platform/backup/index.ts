import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { createDataSource } from '../../db/data-source';
import { MIGRATIONS } from '../../migrations';
import { loadBuiltinBackup, readBuiltinBackup, readBuiltinHeader, writeBuiltinBackup, type Manifest } from './builtin';
import { databaseName, prepareEmptyDatabase, serverVersion } from './database';
import { chooseDumpMethod, findPgRestore, runTool, type DumpChoice } from './pg-tools';

export { RestoreRefused } from './database';
export { CorruptBackup } from './builtin';

export type BackupMethod = 'auto' | 'builtin' | 'pg_dump';

export interface BackupResult {
  method: 'builtin' | 'pg_dump';
  /** Why the built-in format was used when pg_dump was not. */
  reason?: string;
  file: string;
  bytes: number;
  ms: number;
  tables?: number;
  rows?: number;
}

export interface RestoreResult {
  method: 'builtin' | 'pg_restore';
  file: string;
  ms: number;
  tables?: number;
  rows?: number;
  /** Migrations run after loading because the backup is older than this code. */
  laterMigrations: string[];
  droppedExisting: boolean;
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

async function serverMajor(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await serverVersion(client)).major;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** pg_dump -Fc when a pg_dump at least as new as the server is there; the built-in backup otherwise. */
export async function backupDatabase(url: string, opts: { file?: string; dir?: string; method?: BackupMethod; env?: NodeJS.ProcessEnv } = {}): Promise<BackupResult> {
  const started = Date.now();
  const major = await serverMajor(url);
  const method = opts.method ?? 'auto';
  const choice: DumpChoice = method === 'builtin' ? { method: 'builtin', reason: '--method builtin' } : await chooseDumpMethod(major, opts.env);
  if (method === 'pg_dump' && choice.method !== 'pg_dump') throw new Error(`--method pg_dump: no usable pg_dump (${choice.reason}).`);
  const file = opts.file ?? path.join(opts.dir ?? '.', `crm-${databaseName(url)}-${stamp()}${choice.method === 'pg_dump' ? '.dump' : '.crmbackup.gz'}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (choice.method === 'pg_dump') {
    const partial = `${file}.partial-${process.pid}`;
    try {
      await runTool(choice.tool, ['--format=custom', '--file', partial, '--dbname', '{url}'], url, opts.env);
      fs.chmodSync(partial, 0o600);
      fs.renameSync(partial, file);
    } finally {
      fs.rmSync(partial, { force: true });
    }
    return { method: 'pg_dump', file, bytes: fs.statSync(file).size, ms: Date.now() - started };
  }
  const stats = await writeBuiltinBackup(url, file);
  return { method: 'builtin', reason: choice.reason, file, bytes: fs.statSync(file).size, ms: Date.now() - started, tables: stats.tables, rows: stats.rows };
}

function fileKind(file: string): 'builtin' | 'pg_dump' {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(5);
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return 'builtin';
  if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
  throw new Error(`${file} is neither a CRM backup (gzip) nor a pg_dump custom-format archive.`);
}

const migrationName = (m: (typeof MIGRATIONS)[number]) => (new (m as new () => { name?: string })().name ?? m.name) as string;

/** Runs these of the code's migrations (all when omitted); returns the names it ran. */
async function migrate(url: string, only?: Set<string>): Promise<string[]> {
  const base = createDataSource(url);
  const source = only ? new DataSource({ ...base.options, migrations: MIGRATIONS.filter((m) => only.has(migrationName(m))) } as DataSourceOptions) : base;
  await source.initialize();
  try {
    return (await source.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await source.destroy();
  }
}

/** Refuses a backup that ran migrations this code does not have (it comes from a newer version). */
function checkMigrations(manifest: Manifest): void {
  const known = new Set(MIGRATIONS.map(migrationName));
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length) throw new Error(`The backup was taken by a newer version of the CRM (migrations ${unknown.join(', ')} are unknown here); restore it with that version.`);
}

/**
 * Restores into an empty database (created if missing; a non-empty one only with `force`, which
 * drops and re-creates it). Built-in backups: the backup's migrations, the rows, then this code's
 * later migrations. pg_dump archives: pg_restore, then this code's later migrations.
 */
export async function restoreDatabase(url: string, file: string, opts: { force?: boolean; env?: NodeJS.ProcessEnv; progress?: (line: string) => void } = {}): Promise<RestoreResult> {
  const started = Date.now();
  const progress = opts.progress ?? (() => undefined);
  const since = (t: number) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
  if (!fs.existsSync(file)) throw new Error(`No such backup file: ${file}`);
  const kind = fileKind(file);
  if (kind === 'pg_dump') {
    const tool = await findPgRestore(opts.env);
    if (!tool) throw new Error(`${file} is a pg_dump archive and there is no pg_restore on PATH or PG_DUMP_PATH.`);
    const prepared = await prepareEmptyDatabase(url, opts.force ?? false);
    // Roles live outside databases: the one the archive grants to must exist on this server.
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crm_app') THEN CREATE ROLE crm_app NOLOGIN NOBYPASSRLS; END IF; END $$`);
    } finally {
      await client.end();
    }
    await runTool(tool, ['--no-owner', '--exit-on-error', '--single-transaction', '--dbname', '{url}', file], url, opts.env);
    const laterMigrations = await migrate(url);
    return { method: 'pg_restore', file, ms: Date.now() - started, laterMigrations, droppedExisting: prepared.dropped };
  }
  // Everything that can be checked before touching the database is checked first.
  const header = await readBuiltinHeader(file);
  checkMigrations(header);
  const prepared = await prepareEmptyDatabase(url, opts.force ?? false);
  let phase = Date.now();
  await migrate(url, new Set(header.migrations));
  progress(`schema: the backup's ${header.migrations.length} migrations in ${since(phase)}`);
  phase = Date.now();
  const loaded = await loadBuiltinBackup(url, file, header, progress);
  progress(`rows: ${loaded.rows} in ${since(phase)}, counts and checksums as in the manifest`);
  phase = Date.now();
  const laterMigrations = await migrate(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  // Fresh planner statistics: the restored tables were never analysed.
  await client.query('ANALYZE').finally(() => client.end());
  progress(`later migrations (${laterMigrations.length}) and ANALYZE in ${since(phase)}`);
  return { method: 'builtin', file, ms: Date.now() - started, tables: loaded.tables, rows: loaded.rows, laterMigrations, droppedExisting: prepared.dropped };
}

/** Reads a built-in backup through, checking every checksum; touches no database. */
export async function verifyBackupFile(file: string): Promise<Manifest> {
  if (fileKind(file) !== 'builtin') throw new Error(`${file} is a pg_dump archive: check it with pg_restore --list.`);
  return readBuiltinBackup(file);
}
