import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { restoreDatabase, RestoreRefused, verifyBackupFile } from '../platform/backup';
import { resolveDatabase } from '../platform/backup/database';

/**
 * `pnpm restore <file> [--force]` into DATABASE_URL, else the embedded PostgreSQL of `npm start`;
 * `pnpm restore <file> --check` reads a built-in backup through and checks it, touching no database.
 */
const USAGE = 'usage: pnpm restore <file> [--force]   (--force drops and re-creates a non-empty database)\n       pnpm restore <file> --check   (verify the file only)';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false }, check: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new Error(USAGE);
  // pnpm runs the script in packages/server; a relative path means where the command was typed.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  if (values.check) {
    const manifest = await verifyBackupFile(file);
    console.log(`${file} is intact: ${manifest.tables.length} tables, ${manifest.totalRows} rows, taken ${manifest.createdAt} from PostgreSQL ${manifest.server.version} at migration ${manifest.migrations.at(-1)}`);
    return 0;
  }
  const db = await resolveDatabase(loadConfig(), 'restore');
  try {
    console.log(`Restoring ${file} into ${db.description}`);
    const result = await restoreDatabase(db.url, file, { force: values.force, progress: (line) => console.log(line) });
    const rows = result.method === 'builtin' ? `: ${result.tables} tables, ${result.rows} rows, row counts checked against the manifest` : '';
    console.log(`Restored with ${result.method}${rows}${result.droppedExisting ? ' (the previous database was dropped)' : ''}, ${(result.ms / 1000).toFixed(1)} s`);
    if (result.laterMigrations.length) console.log(`  then ran the migrations newer than the backup: ${result.laterMigrations.join(', ')}`);
    return 0;
  } catch (error) {
    if (error instanceof RestoreRefused) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await db.stop?.();
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(`restore failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
