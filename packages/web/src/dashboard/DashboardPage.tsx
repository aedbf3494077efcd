import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, LabelList } from 'recharts';
import { useViewer } from '../auth/Viewer';
import { BoardFilterOptionsDocument } from '../board/BoardFiltersBar';
import { BoardPipelinesDocument } from '../board/operations';
import { graphql } from '../gql';
import type { ReportFilter } from '../gql/graphql';
import { formatMoney, formatNumber, formatPercent } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';

const DashboardDocument = graphql(`
  query Dashboard($pipelineId: ID!, $filter: ReportFilter) {
    forecast(filter: $filter) { month currency count value weightedValue }
    funnel(pipelineId: $pipelineId, filter: $filter) { stageId stageName position reached conversionToNext averageDaysInStage }
    wonLost(by: "OWNER", filter: $filter) { key ownerName currency wonCount wonValue lostCount lostValue winRate }
    pipelineSummary(pipelineId: $pipelineId, filter: $filter) { stageId stageName position count value weightedValue probability }
  }
`);

const COLORS = { value: '#9db7f5', weighted: '#2454cc', won: '#1f8a4c', lost: '#d0504a', reached: '#2454cc' };
const year = new Date().getFullYear();

function monthLabel(month: string) {
  const [y, m] = month.split('-').map(Number);
  return new Date(y!, m! - 1, 1).toLocaleDateString(undefined, { month: 'short', year: '2-digit' });
}

/** A report card with a chart and the same figures as a table (for screen readers, and to read exact values). */
function ReportCard({ id, title, subtitle, chart, table, empty, wide }: { id: string; title: string; subtitle?: string; chart: ReactNode; table: ReactNode; empty: boolean; wide?: boolean }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <section className={`panel${wide ? ' wide' : ''}`} aria-labelledby={id}>
      <div className="panel-header">
        <div>
          <h2 id={id}>{title}</h2>
          {subtitle && <p className="muted" style={{ fontSize: 12.5 }}>{subtitle}</p>}
        </div>
        <div className="view-switch" role="group" aria-label={`${title}: view as`}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>Chart</button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>Table</button>
        </div>
      </div>
      {empty ? <EmptyState icon="chart" title="No data for these filters" /> : view === 'chart' ? <div className="panel-body chart-box" aria-hidden="true">{chart}</div> : <div className="table-wrap">{table}</div>}
    </section>
  );
}

export default function DashboardPage() {
  useDocumentTitle('Dashboard');
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const pipelines = useQuery(BoardPipelinesDocument);
  const { data: options } = useQuery(BoardFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  const list = pipelines.data?.pipelines.nodes ?? [];
  const pipeline = list.find((p) => p.id === params.get('pipeline')) ?? list.find((p) => p.isDefault) ?? list[0];
  const from = params.get('from') ?? `${year}-01-01`;
  const to = params.get('to') ?? `${year}-12-31`;
  const owner = params.get('owner') ?? '';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filter: ReportFilter = { pipelineId: pipeline?.id, from, to, ...(owner ? { ownerId: owner } : {}) };
  const { data, error, refetch, previousData } = useQuery(DashboardDocument, pipeline ? { variables: { pipelineId: pipeline.id, filter } } : skipToken);
  const report = data ?? previousData;

  const currencies = useMemo(() => {
    const found = new Set<string>();
    report?.forecast.forEach((f) => found.add(f.currency));
    report?.wonLost.forEach((w) => found.add(w.currency));
    return found.size ? [...found] : [viewer.organization.defaultCurrency];
  }, [report, viewer.organization.defaultCurrency]);
  const [currencyChoice, setCurrency] = useState<string | null>(null);
  const currency = currencyChoice && currencies.includes(currencyChoice) ? currencyChoice : currencies.includes(viewer.organization.defaultCurrency) ? viewer.organization.defaultCurrency : currencies[0]!;
  const money = (v: string | number) => formatMoney(v, currency, { compact: true });

  const forecast = (report?.forecast ?? []).filter((f) => f.currency === currency).map((f) => ({ ...f, label: monthLabel(f.month), valueN: Number(f.value), weightedN: Number(f.weightedValue) }));
  const funnel = [...(report?.funnel ?? [])].sort((a, b) => a.position - b.position);
  const wonLost = (report?.wonLost ?? []).filter((w) => w.currency === currency).map((w) => ({ ...w, name: w.ownerName ?? 'Unassigned' }));
  const summary = report?.pipelineSummary ?? [];
  const openValue = summary.reduce((s, r) => s + Number(r.value), 0);
  const openWeighted = summary.reduce((s, r) => s + Number(r.weightedValue), 0);
  const openCount = summary.reduce((s, r) => s + r.count, 0);
  const wonCount = wonLost.reduce((s, r) => s + r.wonCount, 0);
  const lostCount = wonLost.reduce((s, r) => s + r.lostCount, 0);
  const wonValue = wonLost.reduce((s, r) => s + Number(r.wonValue), 0);

  return (
    <div className="page">
      <div className="page-header"><h1>Dashboard</h1></div>
      <div className="panel toolbar" role="group" aria-label="Report filters" style={{ borderBottom: 0 }}>
        <div className="field">
          <label htmlFor="dash-pipeline">Pipeline</label>
          <select id="dash-pipeline" className="select select-sm" value={pipeline?.id ?? ''} onChange={(e) => set('pipeline', e.target.value)}>
            {list.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dash-owner">Owner</label>
          <select id="dash-owner" className="select select-sm" value={owner} onChange={(e) => set('owner', e.target.value)}>
            <option value="">Everyone</option>
            {options?.users.nodes.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </div>
        <div className="field"><label htmlFor="dash-from">From</label><input id="dash-from" className="input input-sm" type="date" value={from} onChange={(e) => set('from', e.target.value)} /></div>
        <div className="field"><label htmlFor="dash-to">To</label><input id="dash-to" className="input input-sm" type="date" value={to} onChange={(e) => set('to', e.target.value)} /></div>
        {currencies.length > 1 && (
          <div className="field">
            <label htmlFor="dash-currency">Currency</label>
            <select id="dash-currency" className="select select-sm" value={currency} onChange={(e) => setCurrency(e.target.value)}>
              {currencies.map((c) => <option key={c}>{c}</option>)}
            </select>
          </div>
        )}
      </div>
      {error && !report ? <ErrorState error={error} onRetry={() => void refetch()} /> : !report ? <LoadingBlock lines={8} label="Loading reports" /> : (
        <>
          <div className="kpis">
            <div className="panel kpi"><div className="kpi-label">Open pipeline</div><div className="kpi-value">{money(openValue)}</div><div className="muted">{formatNumber(openCount)} deals</div></div>
            <div className="panel kpi"><div className="kpi-label">Weighted pipeline</div><div className="kpi-value">{money(openWeighted)}</div><div className="muted">by stage probability</div></div>
            <div className="panel kpi"><div className="kpi-label">Won in period</div><div className="kpi-value">{money(wonValue)}</div><div className="muted">{formatNumber(wonCount)} deals</div></div>
            <div className="panel kpi"><div className="kpi-label">Win rate</div><div className="kpi-value">{formatPercent(wonCount + lostCount ? wonCount / (wonCount + lostCount) : null)}</div><div className="muted">{wonCount} won · {lostCount} lost</div></div>
          </div>
          <div className="charts">
            <ReportCard id="forecast" title="Forecast" subtitle={`Open deals by expected close month (${currency})`} wide empty={!forecast.length}
              chart={(
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={forecast} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                    <YAxis tickFormatter={money} tick={{ fontSize: 12 }} width={64} />
                    <Tooltip formatter={(v) => formatMoney(Number(v), currency)} />
                    <Legend />
                    <Bar dataKey="valueN" name="Value" fill={COLORS.value} radius={[3, 3, 0, 0]} />
                    <Bar dataKey="weightedN" name="Weighted" fill={COLORS.weighted} radius={[3, 3, 0, 0]} />
                  </BarChart>
                </ResponsiveContainer>
              )}
              table={(
                <table className="table">
                  <caption className="visually-hidden">Forecast by month</caption>
                  <thead><tr><th scope="col">Month</th><th scope="col" className="num">Deals</th><th scope="col" className="num">Value</th><th scope="col" className="num">Weighted</th></tr></thead>
                  <tbody>{forecast.map((f) => <tr key={f.month}><td>{f.label}</td><td className="num">{f.count}</td><td className="num">{formatMoney(f.value, currency)}</td><td className="num">{formatMoney(f.weightedValue, currency)}</td></tr>)}</tbody>
                </table>
              )} />
            <ReportCard id="funnel" title="Funnel" subtitle="Deals that reached each stage, and conversion to the next" empty={!funnel.some((f) => f.reached > 0)}
              chart={(
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={funnel.map((f) => ({ ...f, conversion: f.conversionToNext !== null && f.conversionToNext !== undefined ? formatPercent(f.conversionToNext) : '' }))} layout="vertical" margin={{ top: 8, right: 48, bottom: 0, left: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                    <XAxis type="number" tick={{ fontSize: 12 }} />
                    <YAxis type="category" dataKey="stageName" width={96} tick={{ fontSize: 12 }} />
                    <Tooltip />
                    <Bar dataKey="reached" name="Reached" fill={COLORS.reached} radius={[0, 3, 3, 0]}>
                      <LabelList dataKey="conversion" position="right" style={{ fontSize: 12, fill: '#4a5565' }} />
                    </Bar>
                  </BarChart>
                </ResponsiveContainer>
              )}
              table={(
                <table className="table">
                  <caption className="visually-hidden">Funnel</caption>
                  <thead><tr><th scope="col">Stage</th><th scope="col" className="num">Reached</th><th scope="col" className="num">To next</th><th scope="col" className="num">Avg. days</th></tr></thead>
                  <tbody>{funnel.map((f) => <tr key={f.stageId}><td>{f.stageName}</td><td className="num">{f.reached}</td><td className="num">{formatPercent(f.conversionToNext)}</td><td className="num">{f.averageDaysInStage !== null && f.averageDaysInStage !== undefined ? f.averageDaysInStage.toFixed(1) : '—'}</td></tr>)}</tbody>
                </table>
              )} />
            <ReportCard id="wonlost" title="Won and lost by owner" subtitle={`Deals closed in the period (${currency})`} empty={!wonLost.length}
              chart={(
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={wonLost} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
                    <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={36} />
                    <Tooltip />
                    <Legend />
                    <Bar dataKey="wonCount" name="Won" stackId="a" fill={COLORS.won} />
                    <Bar dataKey="lostCount" name="Lost" stackId="a" fill={COLORS.lost} radius={[3, 3, 0, 0]} />
                  </BarChart>
                </ResponsiveContainer>
              )}
              table={(
                <table className="table">
                  <caption className="visually-hidden">Won and lost by owner</caption>
                  <thead><tr><th scope="col">Owner</th><th scope="col" className="num">Won</th><th scope="col" className="num">Won value</th><th scope="col" className="num">Lost</th><th scope="col" className="num">Win rate</th></tr></thead>
                  <tbody>{wonLost.map((w) => <tr key={`${w.key}:${w.currency}`}><td>{w.name}</td><td className="num">{w.wonCount}</td><td className="num">{formatMoney(w.wonValue, w.currency)}</td><td className="num">{w.lostCount}</td><td className="num">{formatPercent(w.winRate)}</td></tr>)}</tbody>
                </table>
              )} />
          </div>
        </>
      )}
    </div>
  );
}
