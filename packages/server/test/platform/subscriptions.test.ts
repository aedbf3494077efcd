import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPlatform, ApiClient, type Tenant, type TestPlatform } from '../support/harness';
import { freePort } from '../support/ports';

/**
 * Live updates across server processes: two real `node dist/main.js` processes on one database;
 * a subscriber on one receives what a user does on the other — for each pub/sub adapter.
 */
const MAIN = path.resolve(__dirname, '..', '..', 'dist', 'main.js');

interface ServerProcess { url: string; child: ChildProcess; stop(): Promise<void> }

async function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', NODE_ENV: 'test', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    if (await fetch(`${url}/readyz`).then((r) => r.ok).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url, child,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

function subscribe(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const events: any[] = [];
  const client: Client = createClient({ url: url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  let ready!: () => void;
  const started = new Promise<void>((r) => (ready = r));
  const errors: unknown[] = [];
  const dispose = client.subscribe({ query, variables }, { next: (v) => events.push(v), error: (e) => errors.push(e), complete: () => undefined });
  // The subscription is live once the server has acknowledged the connection and the operation.
  client.on('connected', () => setTimeout(ready, 300));
  return { events, errors, started, close: async () => { dispose(); await client.dispose(); } };
}

async function waitFor(check: () => boolean, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting for an event');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const DEAL_EVENTS = `subscription($p: ID!) { dealEvents(pipelineId: $p) { action dealId deal { title stage { name } } } }`;

let t: TestPlatform;
beforeAll(async () => { t = await startTestPlatform(); });
afterAll(() => t?.close());

const adapters: [string, Record<string, string> | null][] = [
  ['PostgreSQL LISTEN/NOTIFY', {}],
  ['Redis', process.env.CRM_TEST_REDIS_URL ? { REDIS_URL: process.env.CRM_TEST_REDIS_URL } : null],
];

describe.each(adapters)('subscriptions over %s', (name, env) => {
  if (!env) {
    it.skip(`${name}: skipped, no Redis reachable (set REDIS_URL)`, () => undefined);
    // eslint-disable-next-line no-console
    console.log(`${name} adapter test skipped: no Redis reachable at REDIS_URL or redis://127.0.0.1:6379`);
    return;
  }
  let one: ServerProcess;
  let two: ServerProcess;
  let a: Tenant;
  let b: Tenant;
  beforeAll(async () => {
    [one, two] = await Promise.all([startServer(t.databaseUrl, env), startServer(t.databaseUrl, env)]);
    a = await t.createTenant(`Live A ${name}`);
    b = await t.createTenant(`Live B ${name}`);
  }, 60000);
  afterAll(async () => { await Promise.all([one?.stop(), two?.stop()]); });

  it('delivers a move made on one process to a subscriber on the other, and nothing to another organization', async () => {
    const onTwo = subscribe(two.url, a.owner.token!, DEAL_EVENTS, { p: a.pipelineId });
    const stranger = subscribe(two.url, b.owner.token!, DEAL_EVENTS, { p: a.pipelineId });
    const strangerOwn = subscribe(one.url, b.owner.token!, DEAL_EVENTS, { p: b.pipelineId });
    await Promise.all([onTwo.started, stranger.started, strangerOwn.started]);

    const viaOne = new ApiClient(one.url, a.owner.token);
    const { createDeal } = await viaOne.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id version } }`, { i: { title: `Live deal ${name}`, stageId: a.stages[0].id } });
    await viaOne.ok(`mutation($i: MoveDealInput!) { moveDeal(input: $i) { id } }`, { i: { dealId: createDeal.id, toStageId: a.stages[2].id, expectedVersion: createDeal.version } });

    await waitFor(() => onTwo.events.length >= 2);
    expect(onTwo.events.map((e) => e.data.dealEvents.action)).toEqual(['CREATE', 'MOVE']);
    expect(onTwo.events[1].data.dealEvents.deal).toEqual({ title: `Live deal ${name}`, stage: { name: a.stages[2].name } });
    await new Promise((r) => setTimeout(r, 500));
    expect(stranger.events).toEqual([]);
    expect(strangerOwn.events).toEqual([]);
    await Promise.all([onTwo.close(), stranger.close(), strangerOwn.close()]);
  });

  it('announces nothing for a mutation that failed', async () => {
    const watcher = subscribe(two.url, a.owner.token!, DEAL_EVENTS, { p: a.pipelineId });
    await watcher.started;
    const viaOne = new ApiClient(one.url, a.owner.token);
    const { createDeal } = await viaOne.ok(`mutation($i: CreateDealInput!) { createDeal(input: $i) { id version } }`, { i: { title: 'Will fail to move', stageId: a.stages[0].id } });
    await waitFor(() => watcher.events.length === 1);
    const lost = a.stages.find((s) => s.type === 'LOST')!;
    await viaOne.fails(`mutation($i: MoveDealInput!) { moveDeal(input: $i) { id } }`, { i: { dealId: createDeal.id, toStageId: lost.id } });
    await new Promise((r) => setTimeout(r, 700));
    expect(watcher.events).toHaveLength(1);
    await watcher.close();
  });

  it('refuses subscribers without valid credentials', async () => {
    const anonymous = subscribe(two.url, 'not-a-token', DEAL_EVENTS, { p: a.pipelineId });
    await waitFor(() => anonymous.errors.length > 0, 5000);
    await anonymous.close();
  });
});
