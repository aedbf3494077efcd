'use strict';
/**
 * Load generators: autocannon against the HTTP API, and a small autocannon-like loop over a
 * pg.Pool for the hand-written SQL floor. Both record every latency and report the same figures.
 */
const fs = require('node:fs');
const autocannon = require('autocannon');

// The data generator's PRNG (mulberry32, built by `pnpm bench`'s tsc), so two runs send the same sequence of requests.
const { random } = require('../../dist/seed/generator');

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const round = (v, digits = 2) => (v === null || v === undefined ? null : Math.round(v * 10 ** digits) / 10 ** digits);

function summarise(latencies, seconds, extra) {
  const sorted = Float64Array.from(latencies).sort();
  const mean = latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : null;
  return {
    requests: latencies.length,
    seconds: round(seconds, 2),
    throughput: round(latencies.length / seconds, 1),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : null),
    mean: round(mean),
    ...extra,
  };
}

/** Resident set size of a process in MB (Linux /proc; `ps` elsewhere), or null. */
function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    try {
      const out = require('node:child_process').execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
      const kb = Number(out.trim());
      return Number.isFinite(kb) && kb > 0 ? kb / 1024 : null;
    } catch {
      return null;
    }
  }
}

/** CPU time (user + system) of a process in ms, from /proc; null where there is no /proc. */
function cpuMs(pid, withReapedChildren = false) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]) + (withReapedChildren ? Number(f[13]) + Number(f[14]) : 0);
    return (ticks * 1000) / 100; // USER_HZ
  } catch {
    return null;
  }
}

/**
 * The server's Node processes: `pid` and, under API_PROCESSES > 1, the workers it forked (children
 * running node; the embedded PostgreSQL it may also have started is not one of them).
 */
function nodeTree(pid) {
  const pids = [pid];
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== pid) continue;
        const argv0 = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0];
        if (argv0 === process.execPath || /(^|\/)node$/.test(argv0)) pids.push(Number(entry));
      } catch {
        // exited meanwhile, or not ours to read
      }
    }
  } catch {
    // no /proc
  }
  return pids;
}

const sum = (values) => (values.some((v) => v === null) ? null : values.reduce((a, b) => a + b, 0));
/** CPU ms of the server's Node processes together (one process: cpuMs). */
const serverCpuMs = (pid) => sum(nodeTree(pid).map((p) => cpuMs(p)));
/** RSS MB of the server's Node processes together (one process: rssMb). */
const serverRssMb = (pid) => sum(nodeTree(pid).map((p) => rssMb(p)));

/** CPU of a PostgreSQL server: the postmaster, its live backends and those that exited. */
function postgresCpuMs(postmasterPid) {
  if (!postmasterPid) return null;
  let total = cpuMs(postmasterPid, true);
  if (total === null) return null;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmasterPid) total += cpuMs(Number(entry)) ?? 0;
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

/** Samples the server's RSS (its Node processes together) every `everyMs` until stopped: { max, mean, last } in MB. */
function sampleRss(pid, everyMs = 250) {
  const samples = [];
  const take = () => { const v = serverRssMb(pid); if (v !== null) samples.push(v); };
  take();
  const timer = setInterval(take, everyMs);
  return () => {
    clearInterval(timer);
    take();
    if (!samples.length) return { max: null, mean: null, last: null };
    return { max: round(Math.max(...samples), 1), mean: round(samples.reduce((a, b) => a + b, 0) / samples.length, 1), last: round(samples[samples.length - 1], 1) };
  };
}

/**
 * Runs one GraphQL operation through autocannon for `seconds` at `connections`. Every request
 * gets a fresh body from `op.variables(rnd, fixtures)`. Counts HTTP errors and GraphQL errors.
 */
function runHttp({ url, token, op, fixtures, connections, seconds, seed, serverPid, postgresPid }) {
  const rnd = random(seed);
  const cpuBefore = serverPid ? serverCpuMs(serverPid) : null;
  const pgBefore = postgresCpuMs(postgresPid);
  const latencies = [];
  let graphqlErrors = 0;
  let sampleError = null;
  const stopRss = serverPid ? sampleRss(serverPid) : () => ({});
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url,
      method: 'POST',
      connections,
      duration: seconds,
      pipelining: 1,
      timeout: 30,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      requests: [{
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: op.query, variables: op.variables(rnd, fixtures) }) }),
        onResponse: (status, body) => {
          if (status === 200 && body && body.includes('"errors"')) {
            graphqlErrors++;
            sampleError ??= body.slice(0, 300);
          } else if (status !== 200) {
            sampleError ??= `HTTP ${status}: ${String(body ?? '').slice(0, 200)}`;
          }
        },
      }],
    }, (error, result) => {
      const rss = stopRss();
      if (error) return reject(error);
      const non2xx = result.non2xx ?? 0;
      const cpuAfter = serverPid ? serverCpuMs(serverPid) : null;
      const pgAfter = postgresCpuMs(postgresPid);
      const perRequest = (a, b) => (a !== null && b !== null && latencies.length ? round((b - a) / latencies.length) : null);
      resolve(summarise(latencies, result.duration || seconds, {
        errors: (result.errors ?? 0) + (result.timeouts ?? 0) + non2xx + graphqlErrors,
        non2xx, graphqlErrors, sampleError, rssMaxMb: rss.max, rssMeanMb: rss.mean,
        // CPU per request is far less sensitive than latency to other work on the machine.
        serverCpuMsPerRequest: perRequest(cpuBefore, cpuAfter), postgresCpuMsPerRequest: perRequest(pgBefore, pgAfter),
      }));
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * The floor: `connections` workers, each running `op.floor(client, rnd, fixtures)` on a pooled
 * connection back to back for `seconds`. Latency is measured around the whole call.
 */
async function runFloor({ pool, op, fixtures, connections, seconds, seed, postgresPid }) {
  const latencies = [];
  const pgBefore = postgresCpuMs(postgresPid);
  let errors = 0;
  let sampleError = null;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  const worker = async (w) => {
    const rnd = random(seed + w * 7919);
    while (process.hrtime.bigint() < deadline) {
      const t0 = process.hrtime.bigint();
      const client = await pool.connect();
      try {
        await op.floor(client, rnd, fixtures);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch (error) {
        errors++;
        sampleError ??= error.message;
        await client.query('ROLLBACK').catch(() => undefined);
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, w) => worker(w)));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const pgAfter = postgresCpuMs(postgresPid);
  return summarise(latencies, elapsed, { errors, sampleError, postgresCpuMsPerRequest: pgBefore !== null && pgAfter !== null && latencies.length ? round((pgAfter - pgBefore) / latencies.length) : null });
}

module.exports = { random, runHttp, runFloor, rssMb, serverRssMb, sampleRss, round, cpuMs, serverCpuMs, nodeTree, postgresCpuMs };
