#!/usr/bin/env node
// Finds a Chromium or Chrome for the end-to-end tests (called by the root `npm test`) and prints
// its path. Order: $CHROMIUM_PATH, the places each OS keeps one (Linux packages and snaps, macOS
// apps, Windows installs), Playwright's own download folder; when none is there, installs one with
// Playwright's installer (`npx playwright-core install chromium`, no root needed) where the network
// allows; otherwise fails saying what to do.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const home = os.homedir();

const CANDIDATES = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/lib/chromium/chromium', '/opt/google/chrome/chrome'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    path.join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    path.join(home, 'Applications/Chromium.app/Contents/MacOS/Chromium'),
  ],
  win32: [
    path.join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google/Chrome/Application/chrome.exe'),
    path.join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google/Chrome/Application/chrome.exe'),
    path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData/Local'), 'Chromium/Application/chrome.exe'),
  ],
}[process.platform] ?? [];

function works(file) {
  if (!file || !fs.existsSync(file)) return false;
  // Chrome on Windows prints no version to a console; existing is enough there.
  if (process.platform === 'win32') return true;
  const result = spawnSync(file, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0;
}

/** Browsers Playwright downloaded (PLAYWRIGHT_BROWSERS_PATH or its per-OS cache folder). */
function playwrightBrowsers() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH
    || (process.platform === 'darwin' ? path.join(home, 'Library/Caches/ms-playwright')
      : process.platform === 'win32' ? path.join(process.env.LOCALAPPDATA ?? home, 'ms-playwright')
        : path.join(process.env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'ms-playwright'));
  if (!fs.existsSync(root)) return [];
  const inside = {
    linux: ['chrome-linux64/chrome', 'chrome-linux/chrome'],
    darwin: ['chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium'],
    win32: ['chrome-win64/chrome.exe', 'chrome-win/chrome.exe'],
  }[process.platform] ?? [];
  return fs.readdirSync(root).filter((d) => /^chromium-\d+$/.test(d)).sort().reverse()
    .flatMap((d) => inside.map((p) => path.join(root, d, p)));
}

function found(file) {
  console.log(`Chromium for end-to-end tests: ${file}`);
  if (file !== process.env.CHROMIUM_PATH && file !== '/usr/bin/chromium') console.log(`(the tests use it when CHROMIUM_PATH=${JSON.stringify(file)} is set)`);
  process.exit(0);
}

const configured = process.env.CHROMIUM_PATH;
if (configured) {
  if (works(configured)) found(configured);
  console.error(`CHROMIUM_PATH=${configured} does not point to a working Chromium or Chrome.`);
  process.exit(1);
}
for (const file of [...CANDIDATES, ...playwrightBrowsers()]) if (works(file)) found(file);

console.log('No Chromium or Chrome found: installing one with Playwright’s installer…');
const install = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['playwright-core', 'install', 'chromium'], { cwd: webRoot, stdio: 'inherit', timeout: 10 * 60_000 });
if (install.status === 0) for (const file of playwrightBrowsers()) if (works(file)) found(file);

console.error([
  'The end-to-end tests of packages/web need Chromium or Chrome, none was found and Playwright could not download one (no network?).',
  '  - install one: Debian/Ubuntu `sudo apt-get install -y chromium`, Fedora `sudo dnf install chromium`, macOS `brew install --cask chromium` or Google Chrome, Windows: Google Chrome;',
  '  - or set CHROMIUM_PATH to a Chromium or Chrome executable;',
  '  - or, with network access, run `npx playwright-core install chromium` in packages/web.',
].join('\n'));
process.exit(1);
