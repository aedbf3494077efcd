import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { backupDatabase, type BackupMethod } from '../platform/backup';
import { resolveDatabase } from '../platform/backup/database';

/**
 * `pnpm backup [file] [--method auto|builtin|pg_dump]`: backs up DATABASE_URL, else the embedded
 * PostgreSQL of `npm start` (used where it runs, started for the backup when it does not).
 */
const USAGE = 'usage: pnpm backup [file] [--method auto|builtin|pg_dump]   (default file: .data/backups/crm-<database>-<time>.crmbackup.gz or .dump)';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { method: { type: 'string', default: 'auto' }, help: { type: 'boolean', default: false } } });
  if (values.help) return void console.log(USAGE);
  const method = values.method as BackupMethod;
  if (!['auto', 'builtin', 'pg_dump'].includes(method) || positionals.length > 1) throw new Error(USAGE);
  const config = loadConfig();
  // pnpm runs the script in packages/server; a relative path means where the command was typed.
  const base = process.env.INIT_CWD ?? process.cwd();
  const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
  const db = await resolveDatabase(config, 'backup');
  try {
    console.log(`Backing up ${db.description}`);
    const result = await backupDatabase(db.url, { file: positionals[0] ? path.resolve(base, positionals[0]) : undefined, dir: path.join(repoRoot, '.data', 'backups'), method });
    const size = result.bytes >= 1 << 20 ? `${(result.bytes / (1 << 20)).toFixed(1)} MiB` : `${(result.bytes / 1024).toFixed(1)} KiB`;
    const what = result.method === 'builtin' ? `built-in logical backup (${result.reason}): ${result.tables} tables, ${result.rows} rows` : 'pg_dump custom format';
    console.log(`${result.file}\n  ${what}, ${size}, ${(result.ms / 1000).toFixed(1)} s`);
  } finally {
    await db.stop?.();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(`backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
