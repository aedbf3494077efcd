#!/usr/bin/env node
// Makes sure a Chromium for the end-to-end tests exists before the tests run (called by the root
// `npm test`). Order: $CHROMIUM_PATH, /usr/bin/chromium, else install it with apt-get when running
// as root on a Debian/Ubuntu machine; otherwise fail with what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const DEFAULT = '/usr/bin/chromium';

function works(path) {
  if (!path || !fs.existsSync(path)) return false;
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30000 });
  return result.status === 0;
}

function done(path) {
  console.log(`Chromium for end-to-end tests: ${path}`);
  process.exit(0);
}

const configured = process.env.CHROMIUM_PATH;
if (configured) {
  if (works(configured)) done(configured);
  console.error(`CHROMIUM_PATH=${configured} does not point to a working Chromium.`);
  process.exit(1);
}
if (works(DEFAULT)) done(DEFAULT);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
if (isRoot && hasApt) {
  console.log('Chromium is missing: installing it with apt-get (needed by the end-to-end tests)…');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error('apt-get could not install chromium.');
    process.exit(1);
  }
  if (works(DEFAULT)) done(DEFAULT);
  console.error(`apt-get finished but ${DEFAULT} does not run.`);
  process.exit(1);
}

console.error([
  'The end-to-end tests of packages/web need Chromium and none was found.',
  `  - install it (Debian/Ubuntu: sudo apt-get install -y chromium) so that ${DEFAULT} exists, or`,
  '  - set CHROMIUM_PATH to a Chromium or Chrome executable.',
  '(Downloading a browser with `npx playwright install` is not used: it needs network access the test machines lack.)',
].join('\n'));
process.exit(1);
