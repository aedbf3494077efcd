#!/usr/bin/env node
'use strict';
/**
 * Analytics benchmark: `node packages/server/bench/analytics.js [--companies N] [--requests N]` after a build.
 *
 * A fresh database with the data generator's 3 years of monthly financials and daily metrics for
 * N companies (default 200), the production build serving it, then:
 * - ingesting a 10,000-row financials batch (two ingestFinancials mutations of 5,000 rows, and the
 *   same 10,000 rows as one CSV import), rows per second, then the same batch re-sent (nothing changes);
 * - a 3-year monthly series of one company (financialSeries, metricSeries), sequential requests: p50 / p95.
 * Results go to bench/results/analytics-<time>.json.
 */
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { Pool } = require('pg');
const { createDatabase, loadData, startServer, graphql, logIn } = require('./lib/stack');

const INGEST = `mutation Ingest($rows: [CreateFinancialInput!]!) { ingestFinancials(rows: $rows) { inserted updated unchanged rejected } }`;
const FINANCIAL_SERIES = `query FinancialSeries($c: ID!, $from: Date!, $to: Date!) { financialSeries(companyId: $c, from: $from, to: $to, bucket: MONTH) {
  bucket currency records revenue { sum average last yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last } } }`;
const METRIC_SERIES = `query MetricSeries($c: ID!, $from: Date!, $to: Date!) { metricSeries(companyId: $c, metricName: "customer_satisfaction", from: $from, to: $to, bucket: MONTH) {
  bucket unit records value { sum average last yearOverYear } } }`;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function timed(work) {
  const started = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

/** 10,000 rows, each company's months in a row from 1990 on (as many as the companies need), from a source the generator does not use. */
function batch(companyIds, source) {
  const perCompany = Math.ceil(10_000 / companyIds.length);
  return Array.from({ length: 10_000 }, (_, i) => {
    const month = i % perCompany;
    return {
      companyId: companyIds[Math.floor(i / perCompany)], recordDate: `${1990 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`,
      revenue: `${10_000 + (i % 977)}.25`, expenses: `${6_000 + (i % 613)}.50`, cashFlow: `${(i % 401) - 200}.00`, currency: 'AUD', sourceSystem: source, externalId: `${source}-${i}`,
    };
  });
}

async function ingestBatch(base, token, rows) {
  const out = { inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (let start = 0; start < rows.length; start += 5000) {
    const { data } = await graphql(base, INGEST, { rows: rows.slice(start, start + 5000) }, { token });
    for (const key of Object.keys(out)) out[key] += data.ingestFinancials[key];
  }
  return out;
}

async function importCsv(base, token, rows) {
  const header = 'companyId,recordDate,revenue,expenses,cashFlow,currency,sourceSystem,externalId';
  const csv = [header, ...rows.map((r) => [r.companyId, r.recordDate, r.revenue, r.expenses, r.cashFlow, r.currency, r.sourceSystem, r.externalId].join(','))].join('\n');
  const res = await fetch(`${base}/import/financials.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` }, body: csv });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

async function series(base, token, query, variables, requests) {
  const times = [];
  let points = 0;
  for (let i = 0; i < requests; i++) {
    const { ms, result } = await timed(() => graphql(base, query, variables, { token, debugSql: true }));
    times.push(ms);
    points = Object.values(result.data)[0].length;
  }
  times.sort((a, b) => a - b);
  return { requests, points, p50Ms: round(percentile(times, 50), 2), p95Ms: round(percentile(times, 95), 2), meanMs: round(times.reduce((a, b) => a + b, 0) / times.length, 2) };
}

async function main() {
  const { values } = parseArgs({ options: { companies: { type: 'string', default: '200' }, requests: { type: 'string', default: '200' }, out: { type: 'string' } } });
  const log = (line) => console.log(line);
  const db = await createDatabase('analytics', process.env.DATABASE_URL || undefined);
  const results = { at: new Date().toISOString(), companies: Number(values.companies) };
  let server;
  try {
    log(`data: ${db.description}`);
    const load = await loadData(db, { deals: 2000, organizations: 1, seed: 7, log, args: ['--analytics-years', '3', '--analytics-companies', values.companies] });
    results.datagen = load;
    server = await startServer(db, { logFile: path.join(require('node:os').tmpdir(), `crm-bench-analytics-${process.pid}.log`) });
    const { accessToken: token, organizationId } = await logIn(server.base, load.email, load.password);
    const pool = new Pool({ connectionString: db.url, max: 2 });
    const companyIds = (await pool.query(`SELECT DISTINCT company_id AS id FROM financials WHERE organization_id = $1 ORDER BY 1`, [organizationId])).rows.map((r) => r.id);
    const counts = (await pool.query(`SELECT (SELECT count(*) FROM financials)::int AS financials, (SELECT count(*) FROM custom_metrics)::int AS metrics`)).rows[0];
    log(`loaded ${counts.financials} financials and ${counts.metrics} metric values for ${companyIds.length} companies`);
    results.loaded = counts;

    const rows = batch(companyIds, 'bench');
    const first = await timed(() => ingestBatch(server.base, token, rows));
    const again = await timed(() => ingestBatch(server.base, token, rows));
    results.ingest = {
      rows: rows.length, first: { ...first.result, ms: round(first.ms), rowsPerSecond: Math.round(rows.length / (first.ms / 1000)) },
      resent: { ...again.result, ms: round(again.ms), rowsPerSecond: Math.round(rows.length / (again.ms / 1000)) },
    };
    log(`ingestFinancials, 10,000 rows in 2 batches: ${results.ingest.first.rowsPerSecond} rows/s (${results.ingest.first.inserted} inserted); re-sent: ${results.ingest.resent.rowsPerSecond} rows/s (${results.ingest.resent.unchanged} unchanged)`);
    const csvRows = batch(companyIds, 'bench-csv');
    const csv = await timed(() => importCsv(server.base, token, csvRows));
    const csvAgain = await timed(() => importCsv(server.base, token, csvRows));
    results.csvImport = { rows: csvRows.length, firstMs: round(csv.ms), firstRowsPerSecond: Math.round(csvRows.length / (csv.ms / 1000)), resentMs: round(csvAgain.ms), resentRowsPerSecond: Math.round(csvRows.length / (csvAgain.ms / 1000)) };
    log(`CSV import, 10,000 rows in one request: ${results.csvImport.firstRowsPerSecond} rows/s; re-sent: ${results.csvImport.resentRowsPerSecond} rows/s`);
    const versions = (await pool.query(`SELECT count(*) FILTER (WHERE version > 1)::int AS changed FROM financials WHERE source_system LIKE 'bench%'`)).rows[0];
    results.ingest.rowsChangedByResend = versions.changed;

    // The generator's three years: the 36 months before the current one.
    const today = new Date();
    const iso = (d) => d.toISOString().slice(0, 10);
    const range = { c: companyIds[0], from: iso(new Date(Date.UTC(today.getUTCFullYear() - 3, today.getUTCMonth(), 1))), to: iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0))) };
    results.financialSeries = await series(server.base, token, FINANCIAL_SERIES, range, Number(values.requests));
    results.metricSeries = await series(server.base, token, METRIC_SERIES, range, Number(values.requests));
    log(`financialSeries, 3 years monthly: ${results.financialSeries.points} points, p50 ${results.financialSeries.p50Ms} ms, p95 ${results.financialSeries.p95Ms} ms`);
    log(`metricSeries (daily values), 3 years monthly: ${results.metricSeries.points} points, p50 ${results.metricSeries.p50Ms} ms, p95 ${results.metricSeries.p95Ms} ms`);
    await pool.end();
  } finally {
    await server?.stop();
    await db.destroy();
  }
  const dir = path.resolve(values.out ?? path.join(__dirname, 'results'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `analytics-${results.at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  log(`wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
