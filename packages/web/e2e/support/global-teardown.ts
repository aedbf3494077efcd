import fs from 'node:fs';
import { stateFile, stopServer, type E2eState } from './server';

export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(stateFile)) return;
  const state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as E2eState;
  await stopServer(state.pid);
  // Embedded PostgreSQL is stopped by the server on SIGTERM; give it a moment before removing its files.
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(state.dataDir, { recursive: true, force: true });
  fs.rmSync(stateFile, { force: true });
  if (!process.env.E2E_KEEP_LOG) fs.rmSync(state.logFile, { force: true });
}
