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
 * Prints the figures and a summary table; exits 1 when an expectation fails. The rounds live in
 * ./chaos-drill.js, which test/platform/chaos.test.ts runs too (bounded, in CI).
 */
const { parseArgs } = require('node:util');
const { createDrill } = require('./chaos-drill');

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
const options = {
  clients: Number(opts.clients), loadMs: Number(opts.seconds) * 1000, downMs: Number(opts.down) * 1000, maxPerClient: Number(opts['max-requests']),
};
if (!(options.clients >= 1 && options.clients <= 64 && options.loadMs >= 2000 && options.loadMs <= 120_000 && options.downMs >= 1000 && options.downMs <= 60_000 && options.maxPerClient >= 10)) {
  console.error(USAGE);
  process.exit(2);
}

let drill;
try {
  drill = createDrill(options);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

process.on('exit', () => drill.killAllSync());
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nchaos: ${signal}, stopping`);
    void drill.cleanup({ keep: opts.keep }).finally(() => process.exit(130));
  });
}

async function main() {
  await drill.setup();
  const figures = [];
  figures.push({ round: 'A', fault: 'kill -9 API, restart', ...(await drill.roundApiCrash('A')) });
  figures.push({ round: 'C1', fault: 'pg_ctl stop -m immediate', ...(await drill.roundDatabaseOutage('C1', 'immediate')) });
  figures.push({ round: 'C2', fault: 'kill -9 postmaster', ...(await drill.roundDatabaseOutage('C2', 'kill')) });
  figures.push({ round: 'D', fault: 'kill -9 all PostgreSQL (durable)', ...(await drill.roundDatabaseCrash('D', { durable: true })) });
  if (opts['unsafe-baseline']) {
    drill.log('baseline: restarting PostgreSQL with fsync, synchronous_commit and full_page_writes off');
    await drill.restartPostgres({ durable: false });
    figures.push({ round: 'D-unsafe', fault: 'kill -9 all PostgreSQL (durability off)', ...(await drill.roundDatabaseCrash('D-unsafe', { durable: false })) });
  }
  return figures;
}

function finish(figures) {
  const { passed, failed, seconds } = drill.printSummary(figures);
  console.log(`\n${failed ? 'FAILED' : 'PASSED'}: ${passed} passed, ${failed} failed, in ${seconds.toFixed(0)} s${opts.keep ? `; data and logs kept in ${drill.work}` : `; server log was ${drill.logFile} (removed; --keep to keep it)`}`);
  return failed;
}

const deadline = setTimeout(() => {
  console.error('chaos: still running after 15 minutes; giving up');
  void drill.cleanup({ keep: opts.keep }).finally(() => process.exit(1));
}, 15 * 60_000);
deadline.unref();

main()
  .then(async (figures) => {
    const failed = finish(figures);
    await drill.cleanup({ keep: opts.keep });
    process.exit(failed ? 1 : 0);
  })
  .catch(async (error) => {
    console.error('chaos failed:', error?.stack ?? error);
    finish([]);
    await drill.cleanup({ keep: opts.keep });
    process.exit(1);
  });
