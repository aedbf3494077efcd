import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { Config } from '../../config';
import type { EmbeddedDatabase } from '../../db/embedded';
import { processAlive as alive } from '../processes';
import { JOB_QUEUE_SCHEMA } from '../jobs';

/** postgres://…/name with the database swapped. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function serverVersion(client: Client): Promise<{ version: string; major: number }> {
  const { rows } = await client.query(`SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num`);
  return { version: rows[0].version, major: Math.floor(rows[0].num / 10000) };
}

/**
 * The schemas that hold the application's data: everything but PostgreSQL's own and the job queue's
 * (`pgboss`, platform/jobs), which the server creates at start and whose pending work it rebuilds
 * from the tables (the webhook sweep re-queues every delivery not yet done; schedules are code).
 */
export { JOB_QUEUE_SCHEMA };
export const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', '${JOB_QUEUE_SCHEMA}') AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'`;

/** Runs `fn` on a connection to the server's maintenance database (to create or drop another). */
async function onMaintenance<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (const name of ['postgres', 'template1']) {
    const client = new Client({ connectionString: withDatabase(url, name) });
    try {
      await client.connect();
    } catch (error) {
      lastError = error;
      await client.end().catch(() => undefined);
      continue;
    }
    try {
      return await fn(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw lastError;
}

export class RestoreRefused extends Error {}

/**
 * Makes the target an empty database: created when missing; refused when it holds any table,
 * unless `force`, which drops and re-creates it (closing the connections still open on it).
 */
export async function prepareEmptyDatabase(url: string, force: boolean): Promise<{ created: boolean; dropped: boolean }> {
  const name = databaseName(url);
  const client = new Client({ connectionString: url });
  let tables = 0;
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND ${USER_SCHEMAS}`);
    tables = rows[0].n;
  } catch (error) {
    // 3D000: the database does not exist yet.
    if ((error as { code?: string }).code !== '3D000') throw error;
    await onMaintenance(url, (c) => c.query(`CREATE DATABASE ${ident(name)}`));
    return { created: true, dropped: false };
  } finally {
    await client.end().catch(() => undefined);
  }
  if (tables === 0) return { created: false, dropped: false };
  if (!force) {
    throw new RestoreRefused(`Database "${name}" is not empty (${tables} tables). Restore goes into an empty database; pass --force to drop and re-create "${name}" first.`);
  }
  await onMaintenance(url, async (c) => {
    await c.query(`DROP DATABASE ${ident(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${ident(name)}`);
  });
  return { created: true, dropped: true };
}


export interface ResolvedDatabase {
  url: string;
  /** What the commands print: DATABASE_URL without its password, or the embedded folder. */
  description: string;
  /** Set when this process started the embedded server: stop it when done. */
  stop?: () => Promise<void>;
}

/**
 * DATABASE_URL, else the embedded PostgreSQL of `npm start`: connected to where it runs (the port in
 * its postmaster.pid), started from its data folder otherwise. Starting it ourselves while it runs
 * would stop the running server (db/embedded.ts stops leftovers), so the pid file is read first.
 */
export async function resolveDatabase(config: Config, purpose: 'backup' | 'restore'): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    const u = new URL(config.databaseUrl);
    u.password = u.password ? '***' : '';
    return { url: config.databaseUrl, description: u.toString() };
  }
  const dir = config.embeddedDataDir;
  const pidFile = path.join(dir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (Number.isInteger(pid) && pid > 0 && alive(pid) && Number.isInteger(port) && port > 0) {
      return { url: `postgres://postgres:postgres@127.0.0.1:${port}/crm`, description: `embedded PostgreSQL (running, ${dir})` };
    }
  }
  if (purpose === 'backup' && !fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    throw new Error(`No database to back up: DATABASE_URL is unset and there is no embedded PostgreSQL in ${dir} (EMBEDDED_PG_DIR).`);
  }
  // Loaded only when needed: the package is ESM.
  const { startEmbeddedPostgres } = require('../../db/embedded') as { startEmbeddedPostgres: (dir: string, port: number) => Promise<EmbeddedDatabase> };
  const db = await startEmbeddedPostgres(dir, config.embeddedPort);
  return { url: db.url, description: `embedded PostgreSQL (${dir})`, stop: db.stop };
}
