#!/usr/bin/env node
'use strict';
/**
 * End-to-end benchmark of the production build: `pnpm bench [--full] [options]` (see --help).
 *
 * For each scale: a fresh database (embedded PostgreSQL in a temp folder, or a new database on
 * DATABASE_URL), the data generator, `node dist/main.js` in production mode, then every operation
 * through autocannon at each concurrency, followed by the same data fetched by minimal SQL through
 * pg (the floor). Results go to bench/results/ as JSON and markdown.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');

const DIST_MAIN = path.join(__dirname, '..', 'dist', 'main.js');
if (!fs.existsSync(DIST_MAIN)) {
  console.error('The server is not built: run `pnpm --filter @crm/server run build` (or `pnpm bench`, which builds first).');
  process.exit(1);
}

const { Pool } = require('pg');
const { operations } = require('./lib/operations');
const { runHttp, runFloor, serverRssMb, random } = require('./lib/load');
const { createDatabase, loadData, startServer, graphql, logIn, loadFixtures } = require('./lib/stack');
const { plansOf, describe } = require('./lib/plans');
const report = require('./lib/report');

const USAGE = `usage: pnpm bench [options]     (or: node packages/server/bench/run.js [options] after a build)

  --full                  also run 1,000,000 deals (default scales: 10000, 100000)
  --scales N,N,…          deal counts to run instead (e.g. --scales 10000)
  --duration S            seconds per operation and concurrency (default 10)
  --floor-duration S      seconds per SQL-floor run (default 5)
  --warmup S              seconds of warm-up per operation, not recorded (default 2)
  --connections N,N,…     concurrency levels (default 1,10,25)
  --processes N,N,…       API processes (API_PROCESSES) to run each scale with, e.g. 1,2: prints the
                          scaling; the first count gives the main tables, the SQL floor runs once (default 1)
  --ops name,…            only these operations (${operations.map((o) => o.name).join(', ')})
  --organizations N       organizations per data set; the first holds half the deals (default 4)
  --seed N                data generator seed (default 7)
  --no-floor              skip the hand-written SQL floor
  --no-plans              skip the plan check (each read operation once on a server that EXPLAINs every
                          read it runs: index used, rows returned and looked at per table)
  --out DIR               results folder (default packages/server/bench/results)
  --save-baseline         also write the results as baseline.json (the committed reference)

Uses DATABASE_URL when set (a fresh database is created on it per scale and dropped after),
else a fresh embedded PostgreSQL per scale in a temp folder on a free port.`;

function parseOptions() {
  const { values } = parseArgs({ options: {
    full: { type: 'boolean', default: false }, scales: { type: 'string' }, duration: { type: 'string', default: '10' },
    'floor-duration': { type: 'string', default: '5' }, warmup: { type: 'string', default: '2' }, connections: { type: 'string', default: '1,10,25' }, processes: { type: 'string', default: '1' },
    ops: { type: 'string' }, organizations: { type: 'string', default: '4' }, seed: { type: 'string', default: '7' },
    'no-floor': { type: 'boolean', default: false }, 'no-plans': { type: 'boolean', default: false }, out: { type: 'string' }, 'save-baseline': { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
  } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const list = (text) => text.split(',').map((s) => Number(s.trim())).filter((n) => Number.isFinite(n) && n > 0);
  const scales = values.scales ? list(values.scales) : values.full ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
  const selected = values.ops ? values.ops.split(',').map((s) => s.trim()) : operations.map((o) => o.name);
  const unknown = selected.filter((n) => !operations.some((o) => o.name === n));
  if (unknown.length) throw new Error(`Unknown operation(s) ${unknown.join(', ')}\n${USAGE}`);
  const connections = list(values.connections);
  const processes = list(values.processes).map(Math.floor);
  const options = {
    scales, connections, selected, processes,
    duration: Number(values.duration), floorDuration: Number(values['floor-duration']), warmup: Number(values.warmup),
    organizations: Number(values.organizations), seed: Number(values.seed), floor: !values['no-floor'], plans: !values['no-plans'],
    out: path.resolve(values.out ?? path.join(__dirname, 'results')), saveBaseline: values['save-baseline'],
    reference: connections.includes(10) ? 10 : connections[Math.floor(connections.length / 2)],
  };
  if (!scales.length || !connections.length || !processes.length || !(options.duration > 0) || !(options.organizations >= 1)) throw new Error(USAGE);
  return options;
}

const label = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    const step = cleanups.pop();
    await step().catch((error) => console.error(`[bench] cleanup: ${error.message}`));
  }
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`\n[bench] ${signal}: stopping the server and removing the database…`);
    cleanup().finally(() => process.exit(130));
  });
}

/** Statements one request sent, the session opener included when it ran (a connection already opened for the caller skips it). */
async function statementCount(base, token, op, fixtures, variables) {
  const body = await graphql(base, op.query, variables ?? op.variables(random(1), fixtures), { token, debugSql: true });
  return { statements: body.extensions?.sqlStatements ?? null, openers: body.extensions?.sessionOpeners ?? null };
}

async function benchScale(deals, options, serverLog) {
  const scaleLabel = label(deals);
  log(`${scaleLabel}: preparing a fresh database`);
  const db = await createDatabase(scaleLabel, process.env.DATABASE_URL || undefined);
  cleanups.push(() => db.destroy());
  log(`  ${db.description}`);
  log(`  loading ${deals} deals over ${options.organizations} organizations (seed ${options.seed})`);
  // Commerce at half the deals' count: products, orders with items, payments, stock adjustments.
  const load = await loadData(db, { deals, organizations: options.organizations, seed: options.seed, log, args: ['--orders', String(Math.ceil(deals / 2))] });
  log(`  loaded ${load.rows} rows in ${load.generatorSeconds} s (${load.wallSeconds.toFixed(1)} s with database start-up and migrations)`);

  const pool = new Pool({ connectionString: db.url, max: 4 });
  // Stopping the database ends idle connections; that is expected, not a crash.
  pool.on('error', () => undefined);
  cleanups.push(() => pool.end());
  const scale = { deals, label: scaleLabel, load, server: null, operations: [], scaling: [] };
  let fixtures = null;
  if (options.plans) {
    const planFile = path.join(options.out, `${path.basename(serverLog, '.log').replace('-server-', '-plans-')}.jsonl`);
    ({ fixtures, plans: scale.plans } = await checkPlans(db, pool, load, options, { serverLog, planFile }));
  }
  // One server per process count on the same data; the first count fills the main tables (and runs the floor).
  for (const [index, processes] of options.processes.entries()) {
    const server = await startServer(db, { logFile: serverLog, processes });
    cleanups.push(() => server.stop());
    log(`  server ${server.base} (pid ${server.pid}, ${processes} API process${processes > 1 ? 'es' : ''}) ready in ${server.startSeconds.toFixed(1)} s`);
    // The embedded server's postmaster, for PostgreSQL CPU per request (not measured on DATABASE_URL).
    const postgresPid = db.dataDir ? Number(fs.readFileSync(path.join(db.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null : null;
    const session = await logIn(server.base, load.email, load.password);
    fixtures ??= await loadFixtures(pool, session.organizationId, session.userId);
    const rssIdleMb = serverRssMb(server.pid);
    const operations = await benchOperations(server, { ...options, floor: options.floor && index === 0 }, { db, load, fixtures, postgresPid, processes });
    const rssEndMb = serverRssMb(server.pid);
    if (index === 0) {
      scale.server = { startSeconds: server.startSeconds, rssIdleMb, rssEndMb, processes };
      scale.operations = operations;
    }
    scale.scaling.push({ processes, startSeconds: server.startSeconds, rssIdleMb, rssEndMb, operations });
    await server.stop();
  }
  if (options.processes.length === 1) delete scale.scaling;
  await cleanup();
  return scale;
}

/**
 * Each selected read operation once, on a server of its own that runs every read again under
 * EXPLAIN ANALYZE (SQL_PLAN_LOG): per statement, the time, the rows looked at, and per table the
 * index used (or a sequential scan) with rows returned / looked at. Writes are left out.
 */
async function checkPlans(db, pool, load, options, { serverLog, planFile }) {
  const server = await startServer(db, { logFile: serverLog, env: { SQL_PLAN_LOG: planFile } });
  cleanups.push(() => server.stop());
  try {
    const session = await logIn(server.base, load.email, load.password);
    const fixtures = await loadFixtures(pool, session.organizationId, session.userId);
    log(`  plans (EXPLAIN ANALYZE of each read of one request; per table: index, rows returned/looked at; ${path.relative(process.cwd(), planFile)}):`);
    const plans = [];
    for (const op of operations.filter((o) => options.selected.includes(o.name) && o.kind !== 'write')) {
      const statements = await plansOf(planFile, () => graphql(server.base, op.query, op.variables(random(1), fixtures), { token: session.accessToken }));
      const looked = statements.reduce((n, s) => n + (s.rowsScanned ?? 0), 0);
      const seq = [...new Set(statements.flatMap((s) => s.seqScans ?? []))];
      log(`  ${op.name}: ${statements.length} reads, ${looked} rows looked at${seq.length ? `; SEQUENTIAL SCAN of ${seq.join(', ')}` : ''}`);
      for (const line of describe(statements)) log(line);
      plans.push({ name: op.name, rowsScanned: looked, seqScans: seq, statements });
    }
    return { fixtures, plans };
  } finally {
    await server.stop();
  }
}

/** Every selected operation at every concurrency against one running server (and the SQL floor when asked). */
async function benchOperations(server, options, { db, load, fixtures, postgresPid, processes }) {
  const results = [];
  // The floor runs with the server's own pool size, so both sides get the same database parallelism.
  const floorPoolSize = 10;
  for (const op of operations.filter((o) => options.selected.includes(o.name))) {
    // Tokens live 15 minutes: sign in again for each operation.
    const { accessToken: token } = await logIn(server.base, load.email, load.password);
    const result = { name: op.name, kind: op.kind, description: op.description, runs: [] };
    ({ statements: result.sqlStatements, openers: result.sessionOpeners } = await statementCount(server.base, token, op, fixtures));
    if (op.pageVariable) {
      const vars = (size) => ({ ...op.variables(random(1), fixtures), [op.pageVariable]: size });
      const besidesOpener = ({ statements, openers }) => (statements === null ? null : statements - (openers ?? 0));
      result.pageSizes = [5, 50];
      result.statementsSmallPage = besidesOpener(await statementCount(server.base, token, op, fixtures, vars(5)));
      result.statementsLargePage = besidesOpener(await statementCount(server.base, token, op, fixtures, vars(50)));
    }
    const url = `${server.base}/graphql`;
    if (options.warmup > 0) await runHttp({ url, token, op, fixtures, connections: Math.min(4, Math.max(...options.connections)), seconds: options.warmup, seed: 99 });
    for (const connections of options.connections) {
      const http = await runHttp({ url, token, op, fixtures, connections, seconds: options.duration, seed: options.seed * 1000 + connections, serverPid: server.pid, postgresPid });
      let floor = null;
      if (options.floor) {
        const floorPool = new Pool({ connectionString: db.url, max: Math.min(connections, floorPoolSize) });
        floorPool.on('error', () => undefined);
        try {
          await runFloor({ pool: floorPool, op, fixtures, connections, seconds: Math.min(1, options.floorDuration), seed: 98 });
          floor = await runFloor({ pool: floorPool, op, fixtures, connections, seconds: options.floorDuration, seed: options.seed * 1000 + connections, postgresPid });
        } finally {
          await floorPool.end();
        }
      }
      result.runs.push({ connections, http, floor });
      const ratio = floor?.p50 ? ` | SQL p50 ${floor.p50} ms → ${(http.p50 / floor.p50).toFixed(2)}×` : '';
      const errors = http.errors ? ` | ${http.errors} errors (${http.sampleError})` : '';
      const cpu = http.serverCpuMsPerRequest !== null ? `  CPU/req node ${http.serverCpuMsPerRequest} pg ${http.postgresCpuMsPerRequest ?? '?'} ms` : '';
      log(`  ${op.name.padEnd(10)} c=${String(connections).padEnd(2)} ${options.processes.length > 1 ? `p=${processes} ` : ''}${String(http.throughput).padStart(7)} req/s  p50 ${http.p50}  p95 ${http.p95}  p99 ${http.p99} ms  ${result.sqlStatements} stmts${result.sessionOpeners === 0 ? ' (opener skipped)' : ''}  RSS ${http.rssMaxMb} MB${cpu}${ratio}${errors}`);
    }
    results.push(result);
  }
  return results;
}

async function main() {
  const options = parseOptions();
  fs.mkdirSync(options.out, { recursive: true });
  const startedAt = new Date().toISOString();
  const stamp = startedAt.replace(/[:.]/g, '-').slice(0, 19);
  const machine = {
    cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model?.trim() ?? '?', memoryGb: Math.round(os.totalmem() / 1e9),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100), node: process.version, platform: `${os.platform()} ${os.release()}`,
  };
  log(`scales ${options.scales.map(label).join(', ')}; ${options.duration} s per run at ${options.connections.join(', ')} connections; load average ${machine.loadAverage.join(' ')}`);
  const result = { startedAt, machine, options: { ...options, out: undefined }, scales: [] };
  const started = Date.now();
  for (const deals of options.scales) {
    const serverLog = path.join(options.out, `${stamp}-server-${label(deals)}.log`);
    result.scales.push(await benchScale(deals, options, serverLog));
  }
  result.totalSeconds = Math.round((Date.now() - started) / 1000);
  result.machine.loadAverageEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
  result.checks = report.checks(result.scales, options.reference);

  for (const scale of result.scales) {
    console.log(`\n${scale.label} deals (load ${scale.load.generatorSeconds} s for ${scale.load.rows} rows)\n${report.scaleTable(scale)}`);
    if (scale.scaling) console.log(`\n${scale.label} deals: scaling with API processes (node CPU and RSS: all the server's Node processes)\n${report.scalingTable(scale)}`);
  }
  if (result.scales.length > 1) console.log(`\nAcross scales, ${options.reference} concurrent\n${report.trendTable(result.scales, options.reference)}`);
  console.log(`\nTargets\n${report.checksTable(result.checks)}`);
  const baselineFile = path.join(options.out, 'baseline.json');
  if (fs.existsSync(baselineFile) && !options.saveBaseline) {
    const baseline = JSON.parse(fs.readFileSync(baselineFile, 'utf8'));
    const rows = [];
    for (const scale of result.scales) {
      const before = baseline.scales?.find((s) => s.deals === scale.deals);
      for (const op of scale.operations) {
        const a = before?.operations.find((o) => o.name === op.name)?.runs.find((r) => r.connections === options.reference);
        const b = op.runs.find((r) => r.connections === options.reference);
        if (a && b) rows.push([scale.label, op.name, report.fmt(a.http.p95), report.fmt(b.http.p95), `${report.fmt(b.http.p95 / a.http.p95, 2)}×`]);
      }
    }
    if (rows.length) console.log(`\nAgainst baseline.json (${baseline.startedAt}), p95 at ${options.reference} concurrent\n${report.table(['scale', 'operation', 'baseline ms', 'now ms', 'change'], rows)}`);
  }
  const json = JSON.stringify(result, null, 2);
  const base = path.join(options.out, `${stamp}-${options.scales.map(label).join('-')}`);
  fs.writeFileSync(`${base}.json`, json);
  fs.writeFileSync(`${base}.md`, report.markdown(result));
  fs.writeFileSync(path.join(options.out, 'latest.json'), json);
  fs.writeFileSync(path.join(options.out, 'latest.md'), report.markdown(result));
  if (options.saveBaseline) fs.writeFileSync(baselineFile, json);
  log(`done in ${Math.round(result.totalSeconds / 60)} min ${result.totalSeconds % 60} s; results in ${base}.json and .md${options.saveBaseline ? ' and baseline.json' : ''}`);
}

main().catch(async (error) => {
  console.error(`[bench] failed: ${error.stack ?? error.message}`);
  await cleanup();
  process.exit(1);
});
