import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { databaseName, serverVersion, USER_SCHEMAS } from './database';

/**
 * The built-in logical backup: one gzip file that needs nothing installed to write or read (the
 * embedded PostgreSQL ships no pg_dump). Inside, readable with `zcat | less`:
 *
 *   -- crm-backup-header {format, server, migrations, sequences, tables: [{name, columns}]}
 *   COPY "public"."deals" (…) FROM stdin;      ← COPY text format, one row a line
 *   …rows…
 *   \.
 *   -- crm-backup-table {name, rows, sha256}    ← of the rows' bytes, checked on restore
 *   -- crm-backup-manifest {…everything above, with every table's rows and sha256}
 *
 * The schema is not in the file: restore re-creates it by running the migrations the backup lists,
 * so a backup is tied to the code's migrations, never to a PostgreSQL version's dump format.
 */
export const FORMAT = 1;
export const TAG = '-- crm-backup-';

export interface TableEntry {
  /** "schema"."table", quoted. */
  name: string;
  kind: 'r' | 'p';
  columns: string[];
  rows?: number;
  sha256?: string;
}

export interface Manifest {
  format: number;
  kind: 'crm-logical-backup';
  createdAt: string;
  database: string;
  server: { version: string; major: number };
  /** Names of the migrations the source had run, oldest first. */
  migrations: string[];
  sequences: { name: string; value: string; isCalled: boolean }[];
  tables: TableEntry[];
  totalRows?: number;
}

/** The migrations table is written by the migrations themselves on restore. */
const MIGRATIONS_TABLE = '"public"."migrations"';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every table with data of its own, and the columns COPY can write (not generated ones). */
export async function listTables(client: Client): Promise<TableEntry[]> {
  const { rows } = await client.query(`
    SELECT n.nspname AS schema, c.relname AS table, c.relkind AS kind, array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_SCHEMAS}
     GROUP BY 1, 2, 3 ORDER BY 1, 2`);
  return rows
    .map((r) => ({ name: `${quote(r.schema)}.${quote(r.table)}`, kind: r.kind, columns: r.columns as string[] }))
    .filter((t) => t.name !== MIGRATIONS_TABLE);
}

const copyLine = (t: TableEntry) => `COPY ${t.name} (${t.columns.map(quote).join(', ')}) FROM stdin;`;

function countNewlines(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}

/** Writes, waiting for the stream to drain; rejects if it fails meanwhile. */
async function writeTo(stream: Writable, data: string | Buffer, failed: Promise<unknown>): Promise<void> {
  if (!stream.write(data)) await Promise.race([once(stream, 'drain'), failed]);
}

export interface BuiltinStats { tables: number; rows: number; manifest: Manifest }

/**
 * Backs up `url` into `file` from one REPEATABLE READ snapshot, so rows and the sums kept from
 * them agree even while the API writes. The file appears only once complete (written aside, then renamed).
 */
export async function writeBuiltinBackup(url: string, file: string): Promise<BuiltinStats> {
  const client = new Client({ connectionString: url, application_name: 'crm-backup' });
  await client.connect();
  const partial = `${file}.partial-${process.pid}`;
  // Password hashes and token digests are inside: readable by its owner only.
  const out = fs.createWriteStream(partial, { mode: 0o600 });
  const gzip = zlib.createGzip({ level: 6 });
  const written = pipeline(gzip, out);
  written.catch(() => undefined);
  const write = (data: string | Buffer) => writeTo(gzip, data, written);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`SET LOCAL statement_timeout = 0`);
    const server = await serverVersion(client);
    const hasMigrations = await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS ok`);
    if (!hasMigrations.rows[0].ok) throw new Error(`Database "${databaseName(url)}" has no migrations table: not a CRM database, or never migrated.`);
    const migrations = (await client.query(`SELECT name FROM migrations ORDER BY "timestamp", id`)).rows.map((r) => r.name as string);
    const tables = await listTables(client);
    const sequenceNames = (await client.query(`SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND ${USER_SCHEMAS} ORDER BY 1`)).rows.map((r) => r.name as string);
    const sequences: Manifest['sequences'] = [];
    // Read after the snapshot began: a sequence is never behind the rows the snapshot sees.
    for (const name of sequenceNames) {
      const { rows } = await client.query(`SELECT last_value::text AS value, is_called FROM ${name}`);
      sequences.push({ name, value: rows[0].value, isCalled: rows[0].is_called });
    }
    const manifest: Manifest = { format: FORMAT, kind: 'crm-logical-backup', createdAt: new Date().toISOString(), database: databaseName(url), server, migrations, sequences, tables };
    await write(`-- CRM logical backup, format ${FORMAT}. Restore with: pnpm restore <this file>. The "${TAG}" lines are its manifest.\n`);
    await write(`${TAG}header ${JSON.stringify(manifest)}\n`);
    // Lets `psql` load this file too, into a database the same migrations created: no kept-sum triggers run twice.
    await write(`SET session_replication_role = replica;\n`);
    let totalRows = 0;
    for (const table of tables) {
      await write(`${copyLine(table)}\n`);
      const source = table.kind === 'p' ? `(SELECT ${table.columns.map(quote).join(', ')} FROM ${table.name})` : `${table.name} (${table.columns.map(quote).join(', ')})`;
      const stream = client.query(copyTo(`COPY ${source} TO STDOUT`));
      const hash = createHash('sha256');
      let rows = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        // COPY text escapes newlines inside values, so each newline ends one row.
        rows += countNewlines(chunk);
        await write(chunk);
      }
      table.rows = rows;
      table.sha256 = hash.digest('hex');
      totalRows += rows;
      await write(`\\.\n${TAG}table ${JSON.stringify({ name: table.name, rows, sha256: table.sha256 })}\n`);
    }
    manifest.totalRows = totalRows;
    await write(`${TAG}manifest ${JSON.stringify(manifest)}\n`);
    await client.query('COMMIT');
    gzip.end();
    await written;
    const fd = fs.openSync(partial, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, file);
    return { tables: tables.length, rows: totalRows, manifest };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The file's lines, each with its newline; a last line without one is a truncated file. */
async function* lines(stream: Readable): AsyncGenerator<Buffer> {
  let rest: Buffer | undefined;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buf = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10, start)) {
      yield buf.subarray(start, nl + 1);
      start = nl + 1;
    }
    rest = start < buf.length ? buf.subarray(start) : undefined;
  }
  if (rest) yield rest;
}

function openLines(file: string): { lines: AsyncGenerator<Buffer>; close: () => void } {
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  return { lines: lines(gunzip), close: () => { input.destroy(); gunzip.destroy(); } };
}

const text = (line: Buffer) => line.toString('utf8').replace(/\n$/, '');

function tagged(line: string, tag: string): any {
  const prefix = `${TAG}${tag} `;
  if (!line.startsWith(prefix)) return undefined;
  return JSON.parse(line.slice(prefix.length));
}

export class CorruptBackup extends Error {}

/** The header, read without decompressing the rest. */
export async function readBuiltinHeader(file: string): Promise<Manifest> {
  const { lines: it, close } = openLines(file);
  try {
    await it.next();
    const second = await it.next();
    const header = second.done ? undefined : tagged(text(second.value), 'header');
    if (!header || header.kind !== 'crm-logical-backup') throw new CorruptBackup(`${file} is not a CRM logical backup (no header).`);
    if (header.format !== FORMAT) throw new CorruptBackup(`${file} is backup format ${header.format}; this version reads format ${FORMAT}.`);
    return header as Manifest;
  } finally {
    close();
  }
}

/**
 * Reads the whole file in order, checking every table's rows and checksum against its trailer and
 * the final manifest. `sink` receives each table's rows (restore sends them into COPY); without one
 * this only verifies the file.
 */
export async function readBuiltinBackup(file: string, sink?: (table: TableEntry) => { write(batch: Buffer): Promise<void>; end(): Promise<void> }): Promise<Manifest> {
  const { lines: it, close } = openLines(file);
  const next = async () => {
    const r = await it.next();
    if (r.done) throw new CorruptBackup(`${file} ends early: the backup is truncated.`);
    if (r.value[r.value.length - 1] !== 10) throw new CorruptBackup(`${file} ends in the middle of a line: the backup is truncated.`);
    return r.value;
  };
  try {
    await next();
    const header = tagged(text(await next()), 'header') as Manifest | undefined;
    if (!header) throw new CorruptBackup(`${file} is not a CRM logical backup (no header).`);
    if (text(await next()) !== 'SET session_replication_role = replica;') throw new CorruptBackup(`${file}: unexpected line after the header.`);
    const seen: { rows: number; sha256: string }[] = [];
    for (const table of header.tables) {
      const line = text(await next());
      if (line !== copyLine(table)) throw new CorruptBackup(`${file}: expected the data of ${table.name}, found "${line.slice(0, 80)}".`);
      const target = sink?.(table);
      const hash = createHash('sha256');
      let rows = 0;
      let batch: Buffer[] = [];
      let size = 0;
      for (;;) {
        const row = await next();
        if (row.length === 3 && row[0] === 0x5c && row[1] === 0x2e) break; // "\.\n" ends the table
        hash.update(row);
        rows++;
        if (target) {
          batch.push(row);
          size += row.length;
          if (size >= 256 * 1024) {
            await target.write(Buffer.concat(batch));
            batch = [];
            size = 0;
          }
        }
      }
      if (target) {
        if (batch.length) await target.write(Buffer.concat(batch));
        await target.end();
      }
      const trailer = tagged(text(await next()), 'table');
      const sha256 = hash.digest('hex');
      if (!trailer || trailer.name !== table.name) throw new CorruptBackup(`${file}: ${table.name} has no trailer.`);
      if (trailer.rows !== rows || trailer.sha256 !== sha256) throw new CorruptBackup(`${file}: ${table.name} is damaged (${rows} rows read, ${trailer.rows} written; checksum ${sha256 === trailer.sha256 ? 'matches' : 'differs'}).`);
      seen.push({ rows, sha256 });
    }
    const manifest = tagged(text(await next()), 'manifest') as Manifest | undefined;
    if (!manifest) throw new CorruptBackup(`${file} has no manifest at its end: the backup is truncated.`);
    manifest.tables.forEach((t, i) => {
      if (t.name !== header.tables[i]?.name || t.rows !== seen[i].rows || t.sha256 !== seen[i].sha256) throw new CorruptBackup(`${file}: the manifest disagrees with the data of ${t.name}.`);
    });
    if (manifest.tables.length !== header.tables.length) throw new CorruptBackup(`${file}: the manifest lists ${manifest.tables.length} tables, the data ${header.tables.length}.`);
    return manifest;
  } finally {
    close();
  }
}

/**
 * Loads a backup into a database whose schema the backup's migrations just created: in one
 * transaction, with triggers off (`session_replication_role = replica`) so that the kept sums are
 * copied, not summed again on top of the copy, and foreign keys need no load order. Then the
 * sequences, and each table's row count against the manifest; any mismatch rolls it all back.
 */
export async function loadBuiltinBackup(url: string, file: string, header: Manifest, progress: (line: string) => void = () => undefined): Promise<BuiltinStats> {
  const client = new Client({ connectionString: url, application_name: 'crm-restore' });
  await client.connect();
  let active: { copy: Writable; failed: Promise<unknown> } | undefined;
  try {
    const target = await listTables(client);
    const describe = (t: TableEntry) => `${t.name} (${t.columns.join(', ')})`;
    const expected = new Map(header.tables.map((t) => [t.name, describe(t)]));
    const actual = new Map(target.map((t) => [t.name, describe(t)]));
    const differences = [...new Set([...expected.keys(), ...actual.keys()])].filter((name) => expected.get(name) !== actual.get(name));
    if (differences.length) {
      throw new Error(`The schema the migrations created differs from the backup's in ${differences.join(', ')}: the migrations of this code are not those the backup was taken with.`);
    }
    await client.query('BEGIN');
    await client.query(`SET LOCAL statement_timeout = 0`);
    try {
      await client.query(`SET LOCAL session_replication_role = replica`);
    } catch (error) {
      throw new Error(`Restore needs to load rows with triggers off, and this database user may not: ${(error as Error).message}. Use a superuser, or GRANT SET ON PARAMETER session_replication_role TO <user>.`);
    }
    // Rows the migrations may have inserted go, so each table ends up exactly as in the backup.
    if (header.tables.length) await client.query(`TRUNCATE ${header.tables.map((t) => t.name).join(', ')}`);
    // Loading into a table with its indexes costs several times building them afterwards (deals and
    // activities have a dozen each), so the indexes no constraint needs go now and return after the rows.
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(`
      SELECT format('%I.%I', n.nspname, ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
        FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace JOIN pg_class tc ON tc.oid = i.indrelid
       WHERE i.indrelid = ANY($1::regclass[]) AND tc.relkind = 'r' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
       ORDER BY 1`, [header.tables.map((t) => t.name)]);
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    const manifest = await readBuiltinBackup(file, (table) => {
      const copy = client.query(copyFrom(`COPY ${table.name} (${table.columns.map(quote).join(', ')}) FROM STDIN`)) as Writable;
      // Kept listening: a failed COPY may report more than once, and an unheard 'error' would crash the process.
      const failed = new Promise((_, reject) => copy.on('error', reject));
      failed.catch(() => undefined);
      active = { copy, failed };
      const started = Date.now();
      return {
        write: (batch) => writeTo(copy, batch, failed),
        end: async () => {
          copy.end();
          await Promise.race([once(copy, 'finish'), failed]);
          active = undefined;
          progress(`  ${table.name}: ${(copy as unknown as { rowCount: number }).rowCount} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        },
      };
    });
    const indexing = Date.now();
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const index of indexes) await client.query(index.definition);
    progress(`  ${indexes.length} indexes rebuilt in ${((Date.now() - indexing) / 1000).toFixed(1)} s`);
    for (const table of manifest.tables) {
      const { rows } = await client.query(`SELECT count(*)::bigint::text AS n FROM ${table.name}`);
      if (Number(rows[0].n) !== table.rows) throw new Error(`${table.name} has ${rows[0].n} rows after loading, the manifest says ${table.rows}.`);
    }
    for (const s of manifest.sequences) {
      const exists = await client.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [s.name]);
      if (exists.rows[0].ok) await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [s.name, s.value, s.isCalled]);
    }
    await client.query('COMMIT');
    return { tables: manifest.tables.length, rows: manifest.totalRows ?? 0, manifest };
  } catch (error) {
    // A damaged file can stop a COPY midway: cancel it (CopyFail) before the connection takes ROLLBACK.
    if (active && !active.copy.destroyed) {
      active.copy.destroy(error as Error);
      await active.failed.catch(() => undefined);
    }
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
