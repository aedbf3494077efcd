'use strict';
/**
 * A fresh database per scale (embedded PostgreSQL in a temp folder, or a new database on
 * DATABASE_URL), loaded by the data generator, and the production build serving it over HTTP.
 */
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

const SERVER_DIR = path.resolve(__dirname, '..', '..');
const DIST = path.join(SERVER_DIR, 'dist');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const { freePort, alive } = require('../../scripts/lib/processes');

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Where one scale's data lives; `env` is what datagen and the server need to find it. */
async function createDatabase(label, databaseUrl) {
  if (databaseUrl) {
    const name = `crm_bench_${label}_${process.pid}_${crypto.randomBytes(3).toString('hex')}`.toLowerCase();
    const admin = new Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = withDatabase(databaseUrl, name);
    return {
      url, env: { DATABASE_URL: url }, description: `database ${name} on DATABASE_URL`,
      async destroy() {
        const c = new Client({ connectionString: databaseUrl });
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await c.end();
        }
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `crm-bench-${label}-`));
  // As root, initdb runs as an unprivileged user that must be able to enter this folder.
  fs.chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'pg');
  const port = await freePort();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/crm`,
    env: { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port), DATABASE_URL: '' },
    description: `embedded PostgreSQL in ${dataDir}, port ${port}`,
    dataDir,
    async destroy() {
      await stopLeftoverPostgres(dataDir);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A PostgreSQL left behind by a server that was killed: stop it (it is ours, from this run). */
async function stopLeftoverPostgres(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15000 && alive(pid); waited += 200) await sleep(200);
}

function run(command, args, env, { onLine } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: SERVER_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (onLine) for (const line of text.split(/[\r\n]+/)) if (line.trim()) onLine(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(args[0] ?? command)} exited with ${code}:\n${output.slice(-2000)}`))));
  });
}

/**
 * Loads `deals` deals over `organizations` organizations with the generator's bulk mode (COPY, the
 * kept sums rebuilt once at the end), `args` further datagen options; returns timings and the large organization's sign-in.
 */
async function loadData(db, { deals, organizations, seed, log, args = [] }) {
  const started = Date.now();
  const output = await run(process.execPath, [path.join(DIST, 'scripts', 'datagen.js'), '--deals', String(deals), '--organizations', String(organizations), '--seed', String(seed), '--bulk', ...args], db.env, {
    onLine: (line) => { if (/^(Datagen \S+: \d|done|built|rebuilt|committed)/.test(line.trim())) log(`    ${line.trim()}`); },
  });
  const wall = (Date.now() - started) / 1000;
  const email = /sign in as (\S+) \(OWNER\)/.exec(output)?.[1];
  if (!email) throw new Error(`datagen printed no sign-in e-mail:\n${output.slice(-1000)}`);
  const done = /done: (\d+) rows in ([\d.]+) s/.exec(output);
  return { email, password: 'datagen-password', rows: done ? Number(done[1]) : null, generatorSeconds: done ? Number(done[2]) : null, wallSeconds: wall };
}

/** /healthz on a connection of its own, so that each call may reach another API process: the answering pid. */
function healthPid(base) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/healthz`, { agent: false, headers: { connection: 'close' } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => { try { resolve(JSON.parse(body).pid ?? null); } catch (error) { reject(error); } });
    });
    req.on('error', reject);
  });
}

/**
 * Starts `node dist/main.js` in production mode on the database, with `processes` API processes
 * (API_PROCESSES, default 1); resolves once /readyz answers, and under several processes once each
 * of them has answered /healthz. `env`: further settings (SQL_PLAN_LOG for the plan check).
 */
async function startServer(db, { logFile, processes = 1, env: extra = {} }) {
  const port = await freePort();
  const env = {
    ...db.env,
    NODE_ENV: 'production',
    JWT_SECRET: crypto.randomBytes(30).toString('base64url').slice(0, 40),
    // Production refuses to start without a key for integration credentials (analytics).
    INTEGRATION_KEYS: `bench:${crypto.randomBytes(32).toString('base64')}`,
    SEED_DEMO: 'false',
    RATE_LIMIT_PER_MINUTE: '1000000',
    PORT: String(port),
    HOST: '127.0.0.1',
    API_PROCESSES: String(processes),
    ...extra,
  };
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [path.join(DIST, 'main.js')], { cwd: SERVER_DIR, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`the server exited during start-up (${JSON.stringify(exited)}); see ${logFile}`);
    if (Date.now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`the server did not become ready in 120 s; see ${logFile}`);
    }
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.ok && (processes === 1 || await allAnswer(base, processes))) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  return {
    base, pid: child.pid, startSeconds: (Date.now() - started) / 1000,
    /** SIGTERM (drains requests, stops embedded PostgreSQL), SIGKILL after 20 s. */
    async stop() {
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => { if (!exited) child.kill('SIGKILL'); }, 20_000);
      await done;
      clearTimeout(timer);
    },
  };
}

async function allAnswer(base, processes) {
  const pids = new Set();
  for (let i = 0; i < processes * 4 && pids.size < processes; i++) pids.add(await healthPid(base));
  return pids.size === processes;
}

async function graphql(base, query, variables, { token, debugSql } = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(debugSql ? { 'x-debug-sql-count': '1' } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (!res.ok || body.errors) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body;
}

async function logIn(base, email, password) {
  const body = await graphql(base, 'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken organizationId userId } }', { email, password });
  return body.data.logIn;
}

/** Ids the operations draw from: the large organization's pipeline, stages, a sample of deals and companies. */
async function loadFixtures(pool, organizationId, userId) {
  const pipeline = (await pool.query(`SELECT id FROM pipelines WHERE organization_id = $1 AND deleted_at IS NULL ORDER BY position, id LIMIT 1`, [organizationId])).rows[0];
  const stages = (await pool.query(`SELECT id, type FROM pipeline_stages WHERE organization_id = $1 AND pipeline_id = $2 AND deleted_at IS NULL ORDER BY position`, [organizationId, pipeline.id])).rows;
  // A fixed pseudo-random sample (md5 order), the same for every run of a seed.
  const deals = (await pool.query(`SELECT id FROM deals WHERE organization_id = $1 AND deleted_at IS NULL ORDER BY md5(id::text) LIMIT 2000`, [organizationId])).rows.map((r) => r.id);
  const openDeals = (await pool.query(`SELECT id FROM deals WHERE organization_id = $1 AND deleted_at IS NULL AND status = 'OPEN' ORDER BY md5(id::text || 'move') LIMIT 2000`, [organizationId])).rows.map((r) => r.id);
  const companies = (await pool.query(`SELECT id FROM companies WHERE organization_id = $1 AND deleted_at IS NULL ORDER BY md5(id::text) LIMIT 1000`, [organizationId])).rows.map((r) => r.id);
  // Commerce: products with the most stock, contacts to order for, open orders with room for many 0.01 payments.
  const products = (await pool.query(`SELECT id FROM products WHERE organization_id = $1 AND deleted_at IS NULL AND is_active ORDER BY stock_quantity DESC, id LIMIT 200`, [organizationId])).rows.map((r) => r.id);
  const contacts = (await pool.query(`SELECT id FROM contacts WHERE organization_id = $1 AND deleted_at IS NULL ORDER BY md5(id::text) LIMIT 1000`, [organizationId])).rows.map((r) => r.id);
  const unpaid = (await pool.query(`SELECT id FROM orders WHERE organization_id = $1 AND deleted_at IS NULL AND status <> 'CANCELLED' AND total_amount - amount_paid > 100
    ORDER BY md5(id::text) LIMIT 2000`, [organizationId])).rows.map((r) => r.id);
  return {
    organizationId, userId, pipelineId: pipeline.id,
    openStageIds: stages.filter((s) => s.type === 'OPEN').map((s) => s.id),
    dealIds: deals, moveDealIds: openDeals, companyIds: companies,
    productIds: products, contactIds: contacts, unpaidOrderIds: unpaid,
  };
}

module.exports = { createDatabase, loadData, startServer, graphql, logIn, loadFixtures, stopLeftoverPostgres, SERVER_DIR };
