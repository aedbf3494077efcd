import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { STATE_FILE, TEMPLATE_DB, withDatabase } from './database';

declare global {
  // eslint-disable-next-line no-var
  var __embeddedStop: (() => Promise<void>) | undefined;
}

/** One PostgreSQL for the run and a migrated template database that every test file clones. */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  let embeddedDir: string | undefined;
  if (!serverUrl) {
    embeddedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-test-pg-'));
    // As root, initdb runs as an unprivileged user that must be able to enter this folder.
    fs.chmodSync(embeddedDir, 0o755);
    const port = 55000 + Math.floor(Math.random() * 4000);
    const db = await startEmbeddedPostgres(path.join(embeddedDir, 'data'), port, { persistent: false });
    globalThis.__embeddedStop = db.stop;
    serverUrl = db.url;
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const template = createDataSource(withDatabase(serverUrl, TEMPLATE_DB));
  await template.initialize();
  await template.runMigrations({ transaction: 'each' });
  await template.destroy();
  fs.writeFileSync(STATE_FILE, JSON.stringify({ serverUrl, embeddedDir }));
  process.env.CRM_TEST_STATE = STATE_FILE;
}
