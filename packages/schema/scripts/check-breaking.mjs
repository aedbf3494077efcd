// CI gate: the schema may grow, and may drop only what the last release had deprecated.
import fs from 'node:fs';
import { breakingChanges } from './breaking.mjs';

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const released = `releases/${version}.graphql`;
if (!fs.existsSync(released)) {
  console.error(`No released schema at ${released}: run "pnpm --filter @crm/schema release <version>" when releasing.`);
  process.exit(1);
}
const changes = breakingChanges(fs.readFileSync(released, 'utf8'), fs.readFileSync('schema.graphql', 'utf8'));
if (changes.length) {
  console.error(`schema.graphql breaks clients of release ${version}:`);
  for (const c of changes) console.error(`  ${c.type}: ${c.description}`);
  console.error('Deprecate first (@deprecated), release, and remove in a later release.');
  process.exit(1);
}
console.log(`schema.graphql is compatible with release ${version}`);
