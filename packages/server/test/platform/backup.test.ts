import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { bootstrap, type Platform } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import { backupDatabase, CorruptBackup, restoreDatabase, RestoreRefused, verifyBackupFile } from '../../src/platform/backup';
import { chooseDumpMethod, probeTool } from '../../src/platform/backup/pg-tools';
import { ApiClient, startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { readState, withDatabase } from '../support/database';
import { keptSums } from '../support/kept-sums';
import { JOB_QUEUE_SCHEMA } from '../../src/platform/backup/database';

/**
 * Backup and restore of a whole database: populated through the API, backed up, restored into a
 * fresh database, and compared table by table and kept sum by kept sum (and against a live recomputation).
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-backup-test-'));
const restoredUrl = withDatabase(readState().serverUrl, `crm_r_${randomBytes(5).toString('hex')}`);
let restored: Platform | undefined;

const stage = (tenant: Tenant, name: string) => tenant.stages.find((s) => s.name === name)!;
const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { id version } }`;
const MOVE_DEAL = `mutation($input: MoveDealInput!) { moveDeal(input: $input) { id version } }`;

async function populate(tenant: Tenant, n: number): Promise<void> {
  const api = tenant.owner;
  await api.ok(`mutation($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { id } }`,
    { input: { entityType: 'Deal', key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'] } });
  const companies: string[] = [];
  for (let i = 0; i < 3; i++) companies.push((await api.ok(`mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`, { input: { name: `Company ${n}-${i}`, revenue: `${1000 + i}.25` } })).createCompany.id);
  const contacts: string[] = [];
  for (let i = 0; i < 4; i++) {
    contacts.push((await api.ok(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
      { input: { firstName: `Ann ${i}`, lastName: `Lee\t"${n}"\nnewline \\ back`, email: `ann${n}.${i}@example.com`, companyId: companies[i % 3] } })).createContact.id);
  }
  const deals: { id: string; version: number }[] = [];
  for (let i = 0; i < 8; i++) {
    deals.push((await api.ok(CREATE_DEAL, { input: {
      title: `Deal ${n}-${i} ✓`, value: `${(i + 1) * 1250}.50`, currency: i % 3 ? 'USD' : 'EUR', stageId: tenant.stages[0].id, companyId: companies[i % 3], contactId: contacts[i % 4],
      probability: i % 2 ? 0.35 : null, expectedCloseDate: `2031-0${(i % 9) + 1}-15`, customFields: { tier: i % 2 ? 'Gold' : 'Silver' },
    } })).createDeal);
  }
  const move = async (i: number, name: string, extra: Record<string, unknown> = {}) => {
    deals[i] = (await api.ok(MOVE_DEAL, { input: { dealId: deals[i].id, toStageId: stage(tenant, name).id, expectedVersion: deals[i].version, ...extra } })).moveDeal;
  };
  for (const i of [0, 1, 2, 3, 4]) await move(i, 'Contacted');
  for (const i of [0, 1, 2]) await move(i, 'Qualified');
  await move(0, 'Closed Won');
  await move(1, 'Closed Lost', { lostReason: 'Budget' });
  await move(3, 'Proposal');
  await move(3, 'Contacted');
  await api.ok(`mutation($id: ID!) { deleteDeal(id: $id) { id } }`, { id: deals[5].id });
  for (let i = 0; i < 5; i++) {
    await api.ok(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, { input: {
      type: ['CALL', 'TASK', 'MEETING', 'NOTE', 'EMAIL'][i], subject: `Follow up ${i}`, dealId: deals[i].id, contactId: contacts[i % 4],
      status: i % 2 ? 'COMPLETED' : 'PENDING', dueAt: '2031-01-02T10:00:00Z', durationMinutes: 15 * i,
    } });
  }
  await api.ok(`mutation($id: ID!, $input: UpdatePipelineStageInput!) { updatePipelineStage(id: $id, input: $input) { id } }`, { id: stage(tenant, 'Proposal').id, input: { probability: 0.45 } });
}

/** Every table's row count and a digest of all its rows (generated columns included), in a stable order. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query(`SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', $1) ORDER BY 1`, [JOB_QUEUE_SCHEMA]);
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS md5 FROM ${name} r`);
      out[name] = rows[0];
    }
    return out;
  } finally {
    await client.end();
  }
}

const BOARD = `query($p: ID!) { board(pipelineId: $p) { count totals { currency count value weightedValue } columns { stage { name } count totals { currency count value weightedValue } deals(first: 50) { nodes { id title } } } } }`;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Backup A');
  b = await t.createTenant('Backup B');
  await populate(a, 1);
  await populate(b, 2);
});
afterAll(async () => {
  await restored?.close();
  await t?.close();
  const admin = new Client({ connectionString: readState().serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${new URL(restoredUrl).pathname.slice(1)} WITH (FORCE)`);
  await admin.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('choosing pg_dump or the built-in backup', () => {
  it('passes over a pg_dump older than the server (a 15 pg_dump cannot dump 17) and one that is missing', async () => {
    // A stand-in that answers --version like the PostgreSQL 15 pg_dump on CI.
    const old = path.join(dir, 'pg_dump');
    fs.writeFileSync(old, '#!/bin/sh\necho "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"\n', { mode: 0o755 });
    expect(await probeTool(old)).toEqual(expect.objectContaining({ major: 15 }));
    const env = { PATH: dir };
    expect(await chooseDumpMethod(17, env)).toEqual({ method: 'builtin', reason: expect.stringContaining('version 15, older than the server (17)') });
    expect(await chooseDumpMethod(15, env)).toEqual({ method: 'pg_dump', tool: expect.objectContaining({ path: 'pg_dump', major: 15 }) });
    expect(await chooseDumpMethod(17, { PATH: dir, PG_DUMP_PATH: old })).toEqual(expect.objectContaining({ method: 'builtin' }));
    expect(await chooseDumpMethod(17, { PATH: path.join(dir, 'nowhere') })).toEqual({ method: 'builtin', reason: 'no pg_dump on PATH or PG_DUMP_PATH' });
  });

  it('picks by the real pg_dump on PATH and the real server', async () => {
    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    const major = Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
    await client.end();
    const onPath = await probeTool('pg_dump');
    const result = await backupDatabase(t.databaseUrl, { dir });
    expect(result.method).toBe(onPath && onPath.major >= major ? 'pg_dump' : 'builtin');
    fs.rmSync(result.file);
  });
});

describe('built-in backup and restore', () => {
  let file: string;
  let before: Awaited<ReturnType<typeof fingerprint>>;

  it('backs up every table but the migrations list, with a manifest of rows and checksums', async () => {
    before = await fingerprint(t.databaseUrl);
    const result = await backupDatabase(t.databaseUrl, { file: path.join(dir, 'crm.crmbackup.gz'), method: 'builtin' });
    file = result.file;
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
    const manifest = await verifyBackupFile(file);
    const expectedTables = Object.keys(before).filter((name) => name !== 'public.migrations');
    expect(manifest.tables.map((x) => x.name.replace(/"/g, ''))).toEqual(expectedTables);
    for (const table of manifest.tables) expect(table.rows).toBe(before[table.name.replace(/"/g, '')].rows);
    expect(manifest.totalRows).toBe(result.rows);
    expect(manifest.tables.find((x) => x.name === '"public"."deals"')!.rows).toBe(16);
    expect(manifest.migrations.at(-1)).toBe((await t.sql(`SELECT name FROM migrations ORDER BY "timestamp" DESC LIMIT 1`))[0].name);
    expect(manifest.server.major).toBeGreaterThanOrEqual(15);
  });

  it('restores into a fresh database: every table\'s rows, and every kept sum equal to the source and to a live recomputation', async () => {
    const result = await restoreDatabase(restoredUrl, file);
    expect(result).toEqual(expect.objectContaining({ method: 'builtin', droppedExisting: false, laterMigrations: [] }));
    const after = await fingerprint(restoredUrl);
    expect(after).toEqual(before);
    // Restore drops the indexes no constraint needs for the load and builds them again: all of them, as they were.
    const indexes = async (url: string) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`)).rows;
      } finally {
        await client.end();
      }
    };
    const sourceIndexes = await indexes(t.databaseUrl);
    expect(sourceIndexes.length).toBeGreaterThan(50);
    expect(await indexes(restoredUrl)).toEqual(sourceIndexes);
    const sums = await keptSums(restoredUrl);
    const source = await keptSums(t.databaseUrl);
    for (const [name, s] of Object.entries(sums)) {
      expect([name, s.kept]).toEqual([name, source[name].kept]);
      expect([name, s.kept]).toEqual([name, s.live]);
      expect(s.kept.length).toBeGreaterThan(0);
    }
    // The restore did not run the kept-sum triggers on top of the copied sums.
    expect(sums.deal_stage_totals.kept.length).toBe(source.deal_stage_totals.kept.length);
  });

  it('serves the restored database through the API, and keeps its sums current from then on', async () => {
    restored = await bootstrap(loadConfig({ databaseUrl: restoredUrl, seedDemo: false, env: 'test', dbPoolSize: 4 }));
    await new Promise<void>((resolve) => restored!.server.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(restored.server.httpServer.address() as AddressInfo).port}`;
    // The same signing key and users: the source's access token is valid on the copy.
    const copy = new ApiClient(url, a.owner.token);
    // Totals of equal count come in no set order (board.resolver sorts by count only).
    const byCurrency = (totals: { currency: string }[]) => [...totals].sort((x, y) => x.currency.localeCompare(y.currency));
    const board = async (api: ApiClient) => {
      const { board: v } = await api.ok(BOARD, { p: a.pipelineId });
      return { ...v, totals: byCurrency(v.totals), columns: v.columns.map((c: any) => ({ ...c, totals: byCurrency(c.totals) })) };
    };
    expect(await board(copy)).toEqual(await board(a.owner));
    const { deals } = await copy.ok(`{ deals(first: 1, where: { status: { eq: OPEN } }) { nodes { id version } } }`);
    await copy.ok(MOVE_DEAL, { input: { dealId: deals.nodes[0].id, toStageId: stage(a, 'Negotiation').id, expectedVersion: deals.nodes[0].version } });
    await copy.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, { input: { title: 'After restore', value: '10.00', stageId: a.stages[0].id, customFields: { tier: 'Gold' } } });
    for (const [name, s] of Object.entries(await keptSums(restoredUrl))) expect([name, s.kept]).toEqual([name, s.live]);
    await restored.close();
    restored = undefined;
  });

  it('refuses to restore onto a non-empty database, and replaces it with --force', async () => {
    const changed = await fingerprint(restoredUrl);
    expect(changed).not.toEqual(before);
    await expect(restoreDatabase(restoredUrl, file)).rejects.toThrow(RestoreRefused);
    await expect(restoreDatabase(restoredUrl, file)).rejects.toThrow(/is not empty.*--force/);
    expect(await fingerprint(restoredUrl)).toEqual(changed);
    const forced = await restoreDatabase(restoredUrl, file, { force: true });
    expect(forced.droppedExisting).toBe(true);
    expect(await fingerprint(restoredUrl)).toEqual(before);
  });

  it('rejects a damaged or truncated file, leaving no half-loaded data', async () => {
    const data = fs.readFileSync(file);
    const truncated = path.join(dir, 'truncated.crmbackup.gz');
    fs.writeFileSync(truncated, data.subarray(0, Math.floor(data.length * 0.8)));
    await expect(verifyBackupFile(truncated)).rejects.toThrow();
    // One changed byte in the rows: the gzip stays valid, the table's checksum does not.
    const zlib = await import('node:zlib');
    const plain = zlib.gunzipSync(data).toString('utf8');
    const damaged = path.join(dir, 'damaged.crmbackup.gz');
    const deals = plain.indexOf('COPY "public"."deals"');
    fs.writeFileSync(damaged, zlib.gzipSync(plain.slice(0, deals) + plain.slice(deals).replace('Deal 1-3 ✓', 'Deal 1-9 ✓')));
    await expect(verifyBackupFile(damaged)).rejects.toThrow(CorruptBackup);
    await expect(restoreDatabase(restoredUrl, damaged, { force: true })).rejects.toThrow(/deals.*damaged/);
    const [{ n }] = (await (async () => {
      const client = new Client({ connectionString: restoredUrl });
      await client.connect();
      try {
        return (await client.query(`SELECT (SELECT count(*) FROM deals) + (SELECT count(*) FROM organizations) + (SELECT count(*) FROM deal_stage_totals) AS n`)).rows;
      } finally {
        await client.end();
      }
    })());
    expect(Number(n)).toBe(0);
  });
});
