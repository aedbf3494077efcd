'use strict';
/** Tables for the terminal and the markdown summary, and the target checks. */
const { TARGETS, RATIO_TARGET } = require('./operations');

const fmt = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? '–' : typeof v === 'number' ? v.toFixed(digits) : String(v));
const factor = (a, b) => (a && b ? b / a : null);

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** One row per operation and concurrency for one scale. */
function scaleTable(scale) {
  const rows = [];
  for (const op of scale.operations) {
    for (const run of op.runs) {
      const ratio = run.floor?.p50 ? run.http.p50 / run.floor.p50 : null;
      rows.push([
        op.name, run.connections, fmt(run.http.throughput, 0), fmt(run.http.p50), fmt(run.http.p95), fmt(run.http.p99),
        op.sqlStatements ?? '–', fmt(run.http.rssMaxMb, 0), fmt(run.http.serverCpuMsPerRequest, 2), fmt(run.http.postgresCpuMsPerRequest, 2), run.http.errors,
        fmt(run.floor?.throughput, 0), fmt(run.floor?.p50), fmt(run.floor?.p95), fmt(run.floor?.postgresCpuMsPerRequest, 2),
        ratio === null ? '–' : `${ratio.toFixed(2)}×`,
      ]);
    }
  }
  return table(['operation', 'conc', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'SQL/req', 'RSS MB', 'node CPU/req', 'pg CPU/req', 'errors',
    'SQL req/s', 'SQL p50', 'SQL p95', 'SQL pg CPU/req', 'GQL/SQL p50'], rows);
}

/** One row per operation, concurrency and API process count, with throughput relative to the first count. */
function scalingTable(scale) {
  const rows = [];
  const [first, ...others] = scale.scaling ?? [];
  if (!first) return '';
  for (const op of first.operations) {
    for (const run of op.runs) {
      for (const step of [first, ...others]) {
        const r = step.operations.find((o) => o.name === op.name)?.runs.find((x) => x.connections === run.connections);
        if (!r) continue;
        rows.push([
          op.name, run.connections, step.processes, fmt(r.http.throughput, 0), `${fmt(factor(run.http.throughput, r.http.throughput), 2)}×`,
          fmt(r.http.p50), fmt(r.http.p95), fmt(r.http.p99), fmt(r.http.serverCpuMsPerRequest, 2), fmt(r.http.postgresCpuMsPerRequest, 2), fmt(r.http.rssMaxMb, 0), r.http.errors,
        ]);
      }
    }
  }
  return table(['operation', 'conc', 'processes', 'req/s', `vs ${first.processes}`, 'p50 ms', 'p95 ms', 'p99 ms', 'node CPU/req', 'pg CPU/req', 'RSS MB', 'errors'], rows);
}

/** How each figure moves across scales, at the reference concurrency. */
function trendTable(scales, connections) {
  const names = scales[0]?.operations.map((o) => o.name) ?? [];
  const rows = [];
  for (const name of names) {
    const runs = scales.map((s) => s.operations.find((o) => o.name === name)?.runs.find((r) => r.connections === connections));
    const stmts = scales.map((s) => s.operations.find((o) => o.name === name)?.sqlStatements ?? '–');
    const first = runs[0];
    const last = runs[runs.length - 1];
    rows.push([
      name,
      runs.map((r) => fmt(r?.http.p95)).join(' → '),
      `${fmt(factor(first?.http.p95, last?.http.p95), 2)}×`,
      runs.map((r) => fmt(r?.http.throughput, 0)).join(' → '),
      runs.map((r) => (r?.floor?.p50 ? (r.http.p50 / r.floor.p50).toFixed(2) : '–')).join(' → '),
      stmts.join(' → '),
      runs.map((r) => fmt(r?.http.serverCpuMsPerRequest, 2)).join(' → '),
      runs.map((r) => fmt(r?.http.postgresCpuMsPerRequest, 2)).join(' → '),
      runs.map((r) => fmt(r?.http.rssMaxMb, 0)).join(' → '),
    ]);
  }
  const labels = scales.map((s) => s.label).join(' → ');
  return table(['operation', `p95 ms (${labels})`, 'p95 change', 'req/s', 'GQL/SQL p50', 'SQL/req', 'node CPU/req ms', 'pg CPU/req ms', 'RSS MB'], rows);
}

/** Target checks on the largest scale at 10 connections (or the nearest measured). */
function checks(scales, reference = 10) {
  const results = [];
  const largest = scales[scales.length - 1];
  const smallest = scales[0];
  if (!largest) return results;
  for (const op of largest.operations) {
    const run = op.runs.find((r) => r.connections === reference) ?? op.runs[op.runs.length - 1];
    const target = TARGETS[op.kind];
    if (target) results.push({ check: `${op.name} p95 < ${target} ms (${largest.label}, ${run.connections} conc.)`, value: run.http.p95, pass: run.http.p95 !== null && run.http.p95 < target });
    if (op.kind !== 'write') {
      for (const r of op.runs) {
        const ratio = r.floor?.p50 ? r.http.p50 / r.floor.p50 : null;
        if (ratio !== null) results.push({ check: `${op.name} GQL/SQL p50 < ${RATIO_TARGET}× (${largest.label}, ${r.connections} conc.)`, value: Math.round(ratio * 100) / 100, pass: ratio < RATIO_TARGET });
      }
    }
    if (op.statementsSmallPage !== undefined && op.statementsLargePage !== undefined) {
      results.push({ check: `${op.name} statements besides the session opener independent of page size (${op.pageSizes.join(' vs ')})`, value: `${op.statementsSmallPage} vs ${op.statementsLargePage}`, pass: op.statementsSmallPage === op.statementsLargePage });
    }
    if ((op.kind === 'board' || op.kind === 'byId') && smallest !== largest) {
      const small = smallest.operations.find((o) => o.name === op.name)?.runs.find((r) => r.connections === run.connections);
      const f = factor(small?.http.p95, run.http.p95);
      // CPU per request (server + PostgreSQL) is what grows with the data; latency also carries queueing and noise.
      const cpu = (r) => (r?.http.serverCpuMsPerRequest != null && r?.http.postgresCpuMsPerRequest != null ? r.http.serverCpuMsPerRequest + r.http.postgresCpuMsPerRequest : null);
      const c = factor(cpu(small), cpu(run));
      // "Flat": p95 within 1.5× (or 5 ms) and CPU per request within 1.25× of the smallest scale.
      const pass = f !== null && (f <= 1.5 || run.http.p95 - small.http.p95 < 5) && (c === null || c <= 1.25);
      results.push({ check: `${op.name} flat ${smallest.label} → ${largest.label} (p95, CPU/req)`, value: f === null ? null : `${f.toFixed(2)}×, ${c === null ? '–' : `${c.toFixed(2)}×`}`, pass });
    }
  }
  return results;
}

function checksTable(results) {
  return table(['check', 'measured', ''], results.map((r) => [r.check, r.value ?? '–', r.pass ? 'ok' : 'MISSED']));
}

function markdown(report) {
  const out = [];
  out.push(`# Benchmark ${report.startedAt}`, '');
  out.push(`${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GB, load average at start ${report.machine.loadAverage.join(' / ')}; node ${report.machine.node}.`);
  out.push(`Duration ${report.options.duration} s per run (floor ${report.options.floorDuration} s), concurrency ${report.options.connections.join(', ')}, seed ${report.options.seed}, ${report.options.organizations} organizations.`, '');
  for (const scale of report.scales) {
    out.push(`## ${scale.label} deals`, '');
    out.push(`Load: ${scale.load.rows ?? '?'} rows in ${scale.load.generatorSeconds ?? '?'} s (datagen with start-up and migrations: ${scale.load.wallSeconds.toFixed(1)} s); server ready in ${scale.server.startSeconds.toFixed(1)} s; RSS idle ${fmt(scale.server.rssIdleMb, 0)} MB, after ${fmt(scale.server.rssEndMb, 0)} MB.`, '');
    out.push(scaleTable(scale), '');
    if (scale.scaling) out.push(`Scaling with API processes (node CPU and RSS: all the server's Node processes together):`, '', scalingTable(scale), '');
    if (scale.plans) {
      out.push('Plans (one request each; per read: ms, rows looked at, then per table: index used, rows returned / looked at):', '');
      for (const op of scale.plans) {
        out.push(`- **${op.name}**: ${op.statements.length} reads, ${op.rowsScanned} rows looked at${op.seqScans.length ? `, sequential scan of ${op.seqScans.join(', ')}` : ''}`);
        for (const s of op.statements) out.push(`  - ${s.error ? `EXPLAIN failed: ${s.error}` : `${s.ms} ms, ${s.rowsScanned} rows: ${s.scans.map((x) => `${x.type} ${x.index ?? x.relation}${x.loops > 1 ? ` ×${x.loops}` : ''} ${x.returned}/${x.scanned}`).join('; ')}`}`);
      }
      out.push('');
    }
  }
  if (report.scales.length > 1) {
    out.push(`## Across scales (${report.options.reference} concurrent)`, '', trendTable(report.scales, report.options.reference), '');
  }
  out.push('## Targets', '', checksTable(report.checks), '');
  return out.join('\n');
}

module.exports = { scaleTable, scalingTable, trendTable, checks, checksTable, markdown, table, fmt };
