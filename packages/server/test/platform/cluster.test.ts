import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { freePort } from '../support/ports';

/**
 * API_PROCESSES=2: the built server as a primary and two workers on one port and one test database.
 * Both workers answer, the per-minute rate limit holds across them, a killed worker is replaced while
 * the other keeps serving, and SIGTERM stops the primary and every worker cleanly.
 */
const MAIN = path.resolve(__dirname, '..', '..', 'dist', 'main.js');

/** One request on a connection of its own (no keep-alive), so that the primary hands each to the next worker. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', agent: false, headers: { connection: 'close', ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const health = async (url: string) => JSON.parse((await request(`${url}/healthz`)).body) as { status: string; worker: number; pid: number };

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let t: TestPlatform;
let child: ChildProcess;
let url: string;
let output = '';
let exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

beforeAll(async () => {
  t = await startTestPlatform();
  const port = await freePort();
  child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATABASE_URL: t.databaseUrl, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', NODE_ENV: 'test', REDIS_URL: '', RATE_LIMIT_STORE: '', API_PROCESSES: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  url = `http://127.0.0.1:${port}`;
  await until('both API processes', async () => {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    return /CRM is running \(2 API processes\)/.test(output) ? true : undefined;
  }, 60_000);
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exit;
  }
  await t?.close();
});

let workerPids: number[] = [];

it('serves from two worker processes behind one port', async () => {
  const answers = [];
  for (let i = 0; i < 6; i++) answers.push(await health(url));
  expect(answers.every((a) => a.status === 'ok')).toBe(true);
  workerPids = [...new Set(answers.map((a) => a.pid))].sort();
  expect(workerPids).toHaveLength(2);
  expect(workerPids).not.toContain(child.pid);
  expect(new Set(answers.map((a) => a.worker))).toEqual(new Set([1, 2]));
});

const LIMIT = 5;
let token: string;
const deals = () => request(`${url}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ deals { totalCount } }' }),
});

it('holds a per-minute rate limit across both workers: exactly N of N + k requests pass', async () => {
  const tenant = await t.createTenant('Cluster limits');
  await t.sql(`UPDATE organizations SET settings = jsonb_set(settings, '{apiLimits}', $2::jsonb) WHERE id = $1`, [tenant.organizationId, JSON.stringify({ requestsPerMinute: LIMIT })]);
  token = (await t.addMember(tenant, 'VIEWER')).token!;
  const first = await deals();
  expect(first.status).toBe(200);
  expect(first.headers['ratelimit']).toBe(`limit=${LIMIT}, remaining=${LIMIT - 1}, reset=60`);
  // The rest at once, each on its own connection: the workers take turns and race for the shared count.
  const rest = await Promise.all(Array.from({ length: LIMIT + 3 }, () => deals()));
  const statuses = [first, ...rest].map((r) => r.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
  expect(statuses.filter((s) => s === 429)).toHaveLength(4);
  const refused = rest.find((r) => r.status === 429)!;
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect(refused.headers['ratelimit-remaining']).toBe('0');
  expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('RATE_LIMITED');
});

it('replaces a worker that dies while the other keeps serving; the counts survive it', async () => {
  const [victim, survivor] = workerPids;
  process.kill(victim, 'SIGKILL');
  await until('the dead worker to leave', async () => (alive(victim) ? undefined : true), 5000);
  // Until the replacement is up (after a 1 s back-off), every request is answered by the survivor.
  const seen = new Set<number>();
  const replacement = await until('a replacement worker', async () => {
    const answer = await health(url);
    expect(answer.status).toBe('ok');
    seen.add(answer.pid);
    return answer.pid !== survivor && answer.pid !== victim ? answer.pid : undefined;
  });
  expect(seen.has(survivor)).toBe(true);
  expect(seen.has(victim)).toBe(false);
  expect(output).toMatch(/API process \d+ \(pid \d+\) died \(SIGKILL\); starting a replacement in 1 s/);
  workerPids = [survivor, replacement];
  // The primary holds the counts: the spent limit is still spent on both workers.
  const after = await Promise.all([deals(), deals()]);
  expect(after.map((r) => r.status)).toEqual([429, 429]);
}, 40_000);

it('SIGTERM drains every worker, then the primary exits 0', async () => {
  child.kill('SIGTERM');
  const { code, signal } = await exit;
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  for (const pid of workerPids) expect(alive(pid)).toBe(false);
  expect(output).toMatch(/SIGTERM: finishing in-flight requests in 2 API processes, then stopping/);
  expect(output).not.toMatch(/Forced exit/);
  await expect(request(`${url}/healthz`)).rejects.toThrow();
}, 30_000);
