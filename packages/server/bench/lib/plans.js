'use strict';
/**
 * The plan check: each read operation is sent once to a server started with SQL_PLAN_LOG (see
 * src/platform/db-session.ts), which runs every read again under EXPLAIN (ANALYZE, BUFFERS) on the
 * request's own connection and appends the plans to a file; this summarises them per statement:
 * which index (or sequential scan) each table is read through, how many rows it returned and how
 * many it had to look at (returned + removed by a filter or a recheck, times loops).
 */
const fs = require('node:fs');

const SCANS = new Set(['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan', 'Bitmap Index Scan', 'Function Scan', 'CTE Scan', 'Subquery Scan']);

/** Every scan node of a plan tree, with its rows returned and rows looked at. */
function scans(node, out = []) {
  if (SCANS.has(node['Node Type']) && node['Node Type'] !== 'Subquery Scan' && node['Node Type'] !== 'CTE Scan') {
    const loops = node['Actual Loops'] ?? 1;
    const returned = Math.round((node['Actual Rows'] ?? 0) * loops);
    const removed = Math.round(((node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * loops);
    out.push({
      type: node['Node Type'],
      index: node['Index Name'] ?? null,
      relation: node['Relation Name'] ?? node['Function Name'] ?? null,
      loops, returned, scanned: returned + removed,
      heapFetches: node['Heap Fetches'] ?? null,
    });
  }
  for (const child of node.Plans ?? []) scans(child, out);
  return out;
}

/** One line per statement: time, then each scan as "how relation (index) rows/scanned". */
function summarize(entry) {
  if (entry.error) return { statement: entry.text.slice(0, 80), error: entry.error };
  const all = scans(entry.plan.Plan);
  return {
    statement: entry.text.replace(/\s+/g, ' ').slice(0, 80),
    ms: Math.round((entry.plan['Execution Time'] ?? 0) * 100) / 100,
    scans: all,
    rowsScanned: all.filter((s) => s.type !== 'Bitmap Index Scan').reduce((n, s) => n + s.scanned, 0),
    seqScans: all.filter((s) => s.type === 'Seq Scan' && s.scanned > 1000).map((s) => s.relation),
  };
}

const scanText = (s) => `${s.type === 'Index Only Scan' ? 'index-only' : s.type === 'Index Scan' ? 'index' : s.type === 'Bitmap Heap Scan' ? 'bitmap heap' : s.type === 'Bitmap Index Scan' ? 'bitmap' : s.type === 'Seq Scan' ? 'SEQ SCAN' : s.type}`
  + ` ${s.index ?? s.relation}${s.loops > 1 ? ` ×${s.loops}` : ''} ${s.returned}/${s.scanned}`;

/** The plans of one request: the lines `send` made the server append to `file`. */
async function plansOf(file, send) {
  const before = fs.existsSync(file) ? fs.statSync(file).size : 0;
  await send();
  // The plans are appended before each statement's result is used: they are all there once it answered.
  const text = fs.readFileSync(file, 'utf8').slice(before);
  return text.split('\n').filter(Boolean).map((line) => summarize(JSON.parse(line)));
}

/** Printable lines for an operation's statements. */
function describe(statements) {
  return statements.map((s, i) => (s.error ? `    #${i + 1} EXPLAIN failed: ${s.error}` : `    #${i + 1} ${String(s.ms).padStart(7)} ms  ${String(s.rowsScanned).padStart(7)} rows looked at  ${s.scans.map(scanText).join(', ')}`));
}

module.exports = { plansOf, describe, summarize, scans };
