// Releases the current schema: snapshots it as releases/<version>.graphql, sets the package
// version, and adds a CHANGELOG section listing what was added and removed since the last release.
import fs from 'node:fs';
import { breakingChanges, summarize } from './breaking.mjs';

const next = process.argv[2];
if (!/^\d+\.\d+\.\d+$/.test(next ?? '')) {
  console.error('usage: release <major.minor.patch>');
  process.exit(1);
}
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const previous = `releases/${pkg.version}.graphql`;
const current = fs.readFileSync('schema.graphql', 'utf8');
const before = fs.existsSync(previous) ? fs.readFileSync(previous, 'utf8') : null;
if (before) {
  const breaking = breakingChanges(before, current);
  if (breaking.length) {
    console.error(`Cannot release ${next}: breaking changes against ${pkg.version}:\n${breaking.map((c) => `  ${c.description}`).join('\n')}`);
    process.exit(1);
  }
}
const { added, removed } = before ? summarize(before, current) : { added: [], removed: [] };
fs.writeFileSync(`releases/${next}.graphql`, current);
pkg.version = next;
fs.writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
const section = [`## ${next} — ${new Date().toISOString().slice(0, 10)}`, '',
  ...(added.length ? ['Added:', ...added.map((n) => `- \`${n}\``), ''] : []),
  ...(removed.length ? ['Removed (deprecated in an earlier release):', ...removed.map((n) => `- \`${n}\``), ''] : []),
  ...(!added.length && !removed.length ? ['No changes to types or fields.', ''] : [])].join('\n');
const changelog = fs.existsSync('CHANGELOG.md') ? fs.readFileSync('CHANGELOG.md', 'utf8') : '# Schema changelog\n';
fs.writeFileSync('CHANGELOG.md', changelog.replace(/^(# Schema changelog\n)/, `$1\n${section}\n`));
console.log(`released schema ${next}`);
