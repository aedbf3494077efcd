#!/usr/bin/env node
// Generates a TypeORM migration from the entities: migrates a scratch database to the current
// state, asks TypeORM for the difference, and removes the duplicate CREATE/DROP TYPE statements
// TypeORM emits when several columns share one enum type.
// Usage: pnpm --filter @crm/server run migration:generate <Name>   (DATABASE_URL: a server to create the scratch db on)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Give the migration a PascalCase name, e.g. AddDealLineItems');
  process.exit(1);
}
const server = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = `crm_migration_${Date.now()}`;
const scratchUrl = server.replace(/\/[^/]*$/, `/${scratch}`);
const root = path.resolve(__dirname, '..');
const cli = (args) => execFileSync(process.execPath, [require.resolve('typeorm/cli.js'), ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: scratchUrl } });

function dedupeTypes(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const seen = new Set();
  const kept = lines.filter((line) => {
    const m = /(CREATE TYPE|DROP TYPE) "public"\."(\w+)"/.exec(line);
    if (!m) return true;
    const key = `${m[1]} ${m[2]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  fs.writeFileSync(file, kept.join('\n'));
}

/** Adds the new class to src/migrations/index.ts, which is the list the data source runs. */
function registerMigration(file) {
  const base = file.replace(/\.ts$/, '');
  const [timestamp, className] = base.split('-');
  const index = path.join(root, 'src/migrations/index.ts');
  let text = fs.readFileSync(index, 'utf8');
  const symbol = `${className}${timestamp}`;
  text = text.replace(/\n\nexport const MIGRATIONS = \[/, `\nimport { ${symbol} } from './${base}';\n\nexport const MIGRATIONS = [`);
  text = text.replace(/\n\];/, `\n  ${symbol},\n];`);
  fs.writeFileSync(index, text);
}

(async () => {
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    cli(['migration:run', '-d', 'dist/db/cli-data-source.js']);
    const before = new Set(fs.readdirSync(path.join(root, 'src/migrations')));
    cli(['migration:generate', '-d', 'dist/db/cli-data-source.js', `src/migrations/${name}`]);
    for (const file of fs.readdirSync(path.join(root, 'src/migrations'))) {
      if (before.has(file)) continue;
      dedupeTypes(path.join(root, 'src/migrations', file));
      registerMigration(file);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
  }
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
