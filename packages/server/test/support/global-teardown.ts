import fs from 'node:fs';
import { STATE_FILE } from './database';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__embeddedStop?.();
  const state = fs.existsSync(STATE_FILE) ? JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) : {};
  if (state.embeddedDir) fs.rmSync(state.embeddedDir, { recursive: true, force: true });
  fs.rmSync(STATE_FILE, { force: true });
}
