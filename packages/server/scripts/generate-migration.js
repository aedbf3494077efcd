#!/usr/bin/env node
// Generates a TypeORM migration from the entities: migrates a scratch database to the current
// state, asks TypeORM for the difference, removes the duplicate CREATE/DROP TYPE statements
// TypeORM emits when several columns share one enum type, and secures every new tenant table
// (row-level security, tenant policy, grants: src/platform/tenant-security.ts).
// Usage: pnpm --filter @crm/server run migration:generate <Name>   (DATABASE_URL: a server to create the scratch db on)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..');

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

/**
 * Tables the migration creates with an organization_id column (or gives one), in statement order.
 * TypeORM writes each CREATE TABLE on one line, columns quoted.
 */
function newTenantTables(source) {
  const tables = [];
  for (const m of source.matchAll(/CREATE TABLE "(?:public"\.")?(\w+)" \((.*)\)`\)/g)) {
    if (/(^|[(,] ?)"organization_id" /.test(m[2])) tables.push(m[1]);
  }
  for (const m of source.matchAll(/ALTER TABLE "(?:public"\.")?(\w+)" ADD "organization_id" /g)) tables.push(m[1]);
  return [...new Set(tables)];
}

/** Appends `secureTenantTables(queryRunner, [...])` to up() for the new tenant tables, so nobody writes that SQL by hand. */
function addTenantSecurity(source) {
  const tables = newTenantTables(source);
  if (!tables.length) return source;
  const up = source.indexOf('public async up(queryRunner: QueryRunner): Promise<void> {');
  const end = up < 0 ? -1 : source.indexOf('\n    }\n', up);
  if (end < 0) throw new Error('generate-migration: cannot find the end of up() to add secureTenantTables');
  const call = `\n        // Row-level security, the tenant policy and crm_app's grants (platform/tenant-security.ts).\n        await secureTenantTables(queryRunner, ${JSON.stringify(tables)});`;
  const withCall = source.slice(0, end) + call + source.slice(end);
  return withCall.replace(/^(import .* from ["']typeorm["'];?)$/m, `$1\nimport { secureTenantTables } from "../platform/tenant-security";`);
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

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Give the migration a PascalCase name, e.g. AddDealLineItems');
    process.exit(1);
  }
  const server = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = `crm_migration_${Date.now()}`;
  const scratchUrl = server.replace(/\/[^/]*$/, `/${scratch}`);
  const cli = (args) => execFileSync(process.execPath, [require.resolve('typeorm/cli.js'), ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: scratchUrl } });
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    cli(['migration:run', '-d', 'dist/db/cli-data-source.js']);
    const before = new Set(fs.readdirSync(path.join(root, 'src/migrations')));
    cli(['migration:generate', '-d', 'dist/db/cli-data-source.js', `src/migrations/${name}`]);
    for (const file of fs.readdirSync(path.join(root, 'src/migrations'))) {
      if (before.has(file)) continue;
      const generated = path.join(root, 'src/migrations', file);
      dedupeTypes(generated);
      fs.writeFileSync(generated, addTenantSecurity(fs.readFileSync(generated, 'utf8')));
      registerMigration(file);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}

module.exports = { addTenantSecurity, newTenantTables };
