import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const webRoot = path.resolve(__dirname, '..', '..');
export const serverEntry = path.resolve(webRoot, '..', 'server', 'dist', 'main.js');
export const webDist = path.join(webRoot, 'dist');
// One file per jest run, so that two runs on one machine never read each other's server: the run's
// own process names it, and the workers it starts afterwards inherit the name.
export const stateFile = process.env.E2E_STATE_FILE ??= path.join(os.tmpdir(), `crm-web-e2e-state-${process.pid}.json`);

export interface E2eState {
  baseUrl: string;
  pid: number;
  dataDir: string;
  logFile: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForReady(baseUrl: string, child: ChildProcess, logFile: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready; log:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The server was not ready within ${timeoutMs / 1000} s; log:\n${tail(logFile)}`);
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts the built server (node ../server/dist/main.js) on free ports with a fresh embedded
 * PostgreSQL and the demo organization, serving the production build of this package.
 */
export async function startServer(extraEnv: Record<string, string> = {}, options: { dataDir?: string } = {}): Promise<E2eState & { child: ChildProcess }> {
  for (const [what, file] of [['server build', serverEntry], ['web build', path.join(webDist, 'index.html')]] as const) {
    if (!fs.existsSync(file)) throw new Error(`The ${what} is missing (${file}); run the build first (npm test does).`);
  }
  const port = await freePort();
  const pgPort = await freePort();
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'crm-web-e2e-pg-'));
  // As root, embedded PostgreSQL runs initdb as an unprivileged user, who must be able to enter this folder.
  fs.chmodSync(dataDir, 0o755);
  const logFile = path.join(os.tmpdir(), `crm-web-e2e-server-${port}.log`);
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [serverEntry], {
    cwd: path.resolve(webRoot, '..', '..'),
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_DIR: path.join(dataDir, 'pg'),
      EMBEDDED_PG_PORT: String(pgPort),
      SEED_DEMO: 'true',
      WEB_DIST_DIR: webDist,
      DATABASE_URL: '',
      RATE_LIMIT_PER_MINUTE: '100000',
      // Webhook tests deliver to a receiver on 127.0.0.1, with short waits between attempts.
      WEBHOOKS_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_BASE_MS: '500',
      JOB_POLL_MS: '300',
      ...extraEnv,
    },
    stdio: ['ignore', log, log],
    detached: false,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(baseUrl, child, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { baseUrl, pid: child.pid!, dataDir, logFile, child };
}

export async function stopServer(pid: number, timeoutMs = 20_000): Promise<void> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive()) process.kill(pid, 'SIGKILL');
}
