import fs from 'node:fs';
import { startServer, stateFile } from './server';

export default async function globalSetup(): Promise<void> {
  const started = await startServer();
  const state = { baseUrl: started.baseUrl, pid: started.pid, dataDir: started.dataDir, logFile: started.logFile };
  fs.writeFileSync(stateFile, JSON.stringify(state));
  process.env.E2E_BASE_URL = started.baseUrl;
  // The child must not keep this process alive once the tests are done; teardown stops it.
  started.child.unref();
}
