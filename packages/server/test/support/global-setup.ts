import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { STATE_FILE, TEMPLATE_DB, withDatabase } from './database';
import { freePort } from './ports';

declare global {
  // eslint-disable-next-line no-var
  var __embeddedStop: (() => Promise<void>) | undefined;
}

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 1000 }, () => {
      socket.write('PING\r\n');
    });
    socket.once('data', (data) => { socket.destroy(); resolve(data.toString().startsWith('+PONG')); });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

/** One PostgreSQL for the run and a migrated template database that every test file clones. */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  let embeddedDir: string | undefined;
  if (!serverUrl) {
    // A port the system says is free; another run may still take it first, so a failed start tries again elsewhere.
    for (let attempt = 1; ; attempt++) {
      embeddedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-test-pg-'));
      // As root, initdb runs as an unprivileged user that must be able to enter this folder.
      fs.chmodSync(embeddedDir, 0o755);
      const port = await freePort();
      try {
        // A throwaway cluster, deleted after the run: the only caller allowed to turn durability off
        // (fsync, synchronous_commit, full_page_writes) for speed. `npm start` keeps them on.
        const db = await startEmbeddedPostgres(path.join(embeddedDir, 'data'), port, { persistent: false, durable: false });
        globalThis.__embeddedStop = db.stop;
        serverUrl = db.url;
        break;
      } catch (error) {
        fs.rmSync(embeddedDir, { recursive: true, force: true });
        if (attempt >= 3) throw error;
        console.warn(`[tests] ${(error as Error).message}; trying another port`);
      }
    }
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  // Mutation runs (scripts/mutation.mjs) start jest once per mutant on one server whose template is already migrated.
  const keep = process.env.CRM_TEST_KEEP_TEMPLATE === '1' && (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [TEMPLATE_DB])).rowCount === 1;
  if (!keep) {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  }
  await admin.end();
  if (!keep) {
    const template = createDataSource(withDatabase(serverUrl, TEMPLATE_DB));
    await template.initialize();
    await template.runMigrations({ transaction: 'each' });
    await template.destroy();
  }
  // Suites for the Redis adapter run when a Redis answers (REDIS_URL or the local default), and say so when not.
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await reachable(redisUrl)) process.env.CRM_TEST_REDIS_URL = redisUrl;
  fs.writeFileSync(STATE_FILE, JSON.stringify({ serverUrl, embeddedDir }));
  process.env.CRM_TEST_STATE = STATE_FILE;
}
