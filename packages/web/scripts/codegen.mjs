#!/usr/bin/env node
// Generates src/gql/ from the operations in src/ and packages/schema/schema.graphql, and the web app's
// persisted-operation manifest in packages/schema/persisted-operations.json.
//   node scripts/codegen.mjs          write src/gql/
//   node scripts/codegen.mjs --check  generate into a temporary directory and fail when src/gql/ differs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig, webRoot } from '../codegen.config.mjs';
import { manifestFile, manifestOf } from './persisted-operations.mjs';

const committedDir = path.join(webRoot, 'src', 'gql');

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath ?? d.path, d.name)))
    .sort();
}

/** Differences between the committed output and a fresh one, as human-readable lines. */
export async function staleCodegenFiles() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-web-codegen-'));
  try {
    await generate({ ...codegenConfig(tmp + path.sep), cwd: webRoot }, true);
    const fresh = listFiles(tmp);
    const committed = listFiles(committedDir);
    const problems = [];
    for (const file of fresh) {
      if (!committed.includes(file)) problems.push(`missing: src/gql/${file}`);
      else if (fs.readFileSync(path.join(tmp, file), 'utf8') !== fs.readFileSync(path.join(committedDir, file), 'utf8')) problems.push(`stale: src/gql/${file}`);
    }
    for (const file of committed) if (!fresh.includes(file)) problems.push(`not generated any more: src/gql/${file}`);
    const manifest = fs.existsSync(manifestFile) ? fs.readFileSync(manifestFile, 'utf8') : null;
    if (manifest !== manifestOf(path.join(tmp, 'graphql.ts'))) problems.push(`stale: ${path.relative(webRoot, manifestFile)}`);
    return problems;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  process.chdir(webRoot);
  if (process.argv.includes('--check')) {
    const problems = await staleCodegenFiles();
    if (problems.length) {
      console.error(`src/gql/ or the operation manifest is out of date with the operations or packages/schema/schema.graphql:\n  ${problems.join('\n  ')}\nRun: pnpm --filter @crm/web run codegen`);
      process.exit(1);
    }
    console.log('src/gql/ is up to date');
    return;
  }
  await generate({ ...codegenConfig(), cwd: webRoot }, true);
  fs.writeFileSync(manifestFile, manifestOf(path.join(committedDir, 'graphql.ts')));
  console.log(`generated src/gql/ and ${path.relative(webRoot, manifestFile)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
