import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where global setup leaves the server URL for the test files. */
// Mutation testing runs jest in several sibling workers of one parent: each gets a file of its own.
const worker = process.env.STRYKER_MUTATOR_WORKER ? `-w${process.env.STRYKER_MUTATOR_WORKER}` : '';
export const STATE_FILE = path.join(os.tmpdir(), `crm-test-state-${process.env.JEST_WORKER_ID ? process.ppid : process.pid}${worker}.json`);
export const TEMPLATE_DB = 'crm_test_template';

export interface TestState { serverUrl: string; embeddedDir?: string }

export function readState(): TestState {
  const file = process.env.CRM_TEST_STATE ?? STATE_FILE;
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** postgres://…/name with the database swapped. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
