// CI gate: generated/types.ts is what the codegen makes from schema.graphql today.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const committed = fs.readFileSync('generated/types.ts', 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-types-'));
const config = `module.exports = { ...require(${JSON.stringify(path.resolve('codegen.config.cjs'))}), schema: ${JSON.stringify(path.resolve('schema.graphql'))}, generates: { ${JSON.stringify(path.join(dir, 'types.ts'))}: require(${JSON.stringify(path.resolve('codegen.config.cjs'))}).generates['generated/types.ts'] } };`;
fs.writeFileSync(path.join(dir, 'codegen.cjs'), config);
execFileSync(process.execPath, [path.resolve('node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', path.join(dir, 'codegen.cjs'), '--silent'], { stdio: 'inherit' });
const fresh = fs.readFileSync(path.join(dir, 'types.ts'), 'utf8');
fs.rmSync(dir, { recursive: true, force: true });
if (fresh !== committed) {
  console.error('generated/types.ts is stale: run "pnpm --filter @crm/schema generate" and commit it.');
  process.exit(1);
}
if (fs.existsSync('persisted-operations.json')) {
  const { createHash } = await import('node:crypto');
  for (const [hash, document] of Object.entries(JSON.parse(fs.readFileSync('persisted-operations.json', 'utf8')))) {
    if (createHash('sha256').update(document).digest('hex') !== hash) {
      console.error(`persisted-operations.json: ${hash} is not the sha256 of its document`);
      process.exit(1);
    }
  }
}
console.log('generated/types.ts is current');
