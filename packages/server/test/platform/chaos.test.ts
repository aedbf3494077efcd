/**
 * The crash and outage drill of `pnpm chaos` (scripts/chaos-drill.js, the same rounds), bounded for
 * CI: 4 writers, 4 s of load per round, PostgreSQL down 2 s. It runs against its own embedded
 * PostgreSQL (durable settings, in a keeper process) and spawned `node dist/main.js` API
 * processes, so it needs the build (`pnpm test` builds first).
 *   A   kill -9 of the API under an idempotent create load, restarted;
 *   C1  pg_ctl stop -m immediate of PostgreSQL, C2 kill -9 of the postmaster: the API stays up,
 *       answers only 503 SERVICE_UNAVAILABLE meanwhile, recovers within 5 s, and a subscription
 *       opened before the outage hears the next event;
 *   D   kill -9 of every PostgreSQL process (durable settings).
 * After each round: 0 acknowledged creates lost, and retrying every request sent with its key
 * leaves exactly one row per key.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDrill, RECOVERY_TARGET_MS } = require('../../scripts/chaos-drill.js');

interface Check { round: string; name: string; expected: string; measured: string; ok: boolean | null }
interface Figures {
  sent: number; acked: number; lost: number; duplicates: number; missing: number; stray: number; retryFailed: number; retryChanged: number;
  errors: string; recovery: number | null; [more: string]: unknown;
}

const lines: string[] = [];
const drill = createDrill({ clients: 4, loadMs: 4000, downMs: 2000, maxPerClient: 400, failurePauseMs: 100, log: (line: string) => lines.push(line) });
const started = Date.now();

/** The drill's progress lines so far, in one console.log. */
function flush(title: string): void {
  // eslint-disable-next-line no-console
  console.log(`${title}\n${lines.splice(0).join('\n')}`);
}

function expectCreatesKept(f: Figures): void {
  expect(f.acked).toBeGreaterThan(0);
  expect(f.lost).toBe(0);
  expect(f.retryFailed).toBe(0);
  expect(f.retryChanged).toBe(0);
  expect(f.duplicates).toBe(0);
  expect(f.missing).toBe(0);
  expect(f.stray).toBe(0);
}

/** Every expectation the drill recorded for the round passed (the informational ones aside). */
function expectRoundPassed(round: string): void {
  expect(drill.failedChecks(round).map((c: Check) => `${c.name}: ${c.measured} (expected ${c.expected})`)).toEqual([]);
}

/** Keep the temp folder (database, API log) when something went wrong. */
let failed = false;

beforeAll(async () => {
  try {
    await drill.setup();
  } finally {
    flush('[chaos] set-up');
  }
  expectRoundPassed('setup');
}, 120_000);

afterAll(async () => {
  failed ||= drill.failedChecks().length > 0;
  await drill.cleanup({ keep: failed });
  // eslint-disable-next-line no-console
  console.log(`[chaos] whole drill in ${((Date.now() - started) / 1000).toFixed(1)} s${failed ? `; data and API log kept in ${drill.work}` : ''}`);
}, 60_000);

async function round<T extends Figures>(title: string, run: () => Promise<T>): Promise<T> {
  try {
    const figures = await run();
    const { sent, acked, lost, duplicates, recovery, errors, ...rest } = figures;
    lines.push(`${title}: sent ${sent}, acknowledged ${acked}, lost ${lost}, duplicates ${duplicates}, recovery ${recovery == null ? 'n/a' : `${Math.round(recovery)} ms`}; first-attempt errors ${errors || 'none'}; ${JSON.stringify(rest, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
    return figures;
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    flush(`[chaos] ${title}`);
  }
}

describe('crash and outage drill (bounded pnpm chaos)', () => {
  it('A: kill -9 of the API under load loses no acknowledged create, and retries by key create no duplicate', async () => {
    const f = await round('A', () => drill.roundApiCrash('A'));
    expectCreatesKept(f);
    expect(f.recoveryAfterReady).not.toBeNull();
    expect(f.recoveryAfterReady).toBeLessThanOrEqual(RECOVERY_TARGET_MS);
    expectRoundPassed('A');
  }, 90_000);

  it.each([
    ['C1', 'immediate', 'pg_ctl stop -m immediate'],
    ['C2', 'kill', 'kill -9 of the postmaster'],
  ])('%s: PostgreSQL stopped by %s (%s): the API stays up, answers 503 SERVICE_UNAVAILABLE, recovers within 5 s, the subscription hears the next event', async (name, how) => {
    const f = await round(name, () => drill.roundDatabaseOutage(name, how));
    expect(f.eventBefore).not.toBeNull();
    expect(f.during).toBeGreaterThan(0);
    expect(f.unavailable).toBe(f.during);
    expect(f.stayedUp).toBe(true);
    expect(f.recovery).not.toBeNull();
    expect(f.recovery).toBeLessThanOrEqual(RECOVERY_TARGET_MS);
    expect(f.eventAfter).not.toBeNull();
    expectCreatesKept(f);
    expectRoundPassed(name);
  }, 90_000);

  it('D: kill -9 of every PostgreSQL process with the durable settings loses no acknowledged create', async () => {
    const f = await round('D', () => drill.roundDatabaseCrash('D', { durable: true }));
    expect(f.durable).toBe(true);
    expectCreatesKept(f);
    expectRoundPassed('D');
  }, 90_000);
});
