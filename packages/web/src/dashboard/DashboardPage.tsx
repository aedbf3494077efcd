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
import { formatDate, formatMoney, formatPercent, pluralize, todayIso } from '../lib/format';
import { addDecimal } from '../lib/money';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';

const DashboardDocument = graphql(`
  query Dashboard($pipelineId: ID!, $filter: ReportFilter) {
    forecast(filter: $filter) { month currency count value weightedValue }
    funnel(pipelineId: $pipelineId, filter: $filter) { stageId stageName position reached conversionToNext averageDaysInStage }
    wonLost(by: "OWNER", filter: $filter) { key ownerName currency wonCount wonValue lostCount lostValue winRate }
  }
`);

/** Every open deal of the pipeline, whenever it was created: per currency, never added across currencies. */
const DashboardOpenDocument = graphql(`
  query DashboardOpen($pipelineId: ID!, $where: DealWhere) {
    board(pipelineId: $pipelineId, where: $where) { count totals { currency count value weightedValue } }
  }
`);

const COLORS = { value: '#9db7f5', weighted: '#2454cc', won: '#1f8a4c', lost: '#d0504a', reached: '#2454cc' };

/** "2026-11" → "Nov 2026" (a two-digit year reads like a day). */
export function monthLabel(month: string) {
  const [y, m] = month.split('-').map(Number);
  return new Date(y!, m! - 1, 1).toLocaleDateString('en-US', { month: 'short', year: 'numeric' });
}

/** The default period: the last six months and the next six, so both closed and expected deals show. */
export function defaultPeriod(now = new Date()): { from: string; to: string } {
  return { from: todayIso(new Date(now.getFullYear(), now.getMonth() - 5, 1)), to: todayIso(new Date(now.getFullYear(), now.getMonth() + 7, 0)) };
}

const days = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${n.toFixed(1).replace(/\.0$/, '')} ${n === 1 ? 'day' : 'days'}`);

/** Amounts per currency, each exactly: "$1,200.00 · €300.00". */
function MoneyByCurrency({ totals }: { totals: { currency: string; value: string }[] }) {
  if (!totals.length) return <>{'0'}</>;
  return <>{totals.map((t, i) => <span key={t.currency} className="kpi-money">{i > 0 && ' · '}{formatMoney(t.value, t.currency)}</span>)}</>;
}

/** Which currency the charts show, when the figures come in several (amounts are never added across them). */
export function CurrencyChoice({ id, currencies, currency, onChange }: { id: string; currencies: string[]; currency: string; onChange: (currency: string) => void }) {
  if (currencies.length < 2) return null;
  return (
    <div className="field">
      <label htmlFor={id}>Currency</label>
      <select id={id} className="select select-sm" value={currency} onChange={(e) => onChange(e.target.value)}>
        {currencies.map((c) => <option key={c}>{c}</option>)}
      </select>
    </div>
  );
}

/** A report card with a chart and the same figures as a table (for screen readers, and to read exact values). */
export function ReportCard({ id, title, subtitle, chart, table, empty, wide }: { id: string; title: string; subtitle?: string; chart: ReactNode; table: ReactNode; empty: boolean; wide?: boolean }) {
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
      {empty ? <EmptyState icon="chart" title="No data for these filters" /> : view === 'chart' ? <div className="panel-body chart-box" aria-hidden="true" inert>{chart}</div> : <div className="table-wrap">{table}</div>}
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
  const period = defaultPeriod();
  const from = params.get('from') ?? period.from;
  const to = params.get('to') ?? period.to;
  const badPeriod = from && to && from > to;
  const owner = params.get('owner') ?? '';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filter: ReportFilter = { pipelineId: pipeline?.id, from, to, ...(owner ? { ownerId: owner } : {}) };
  const { data, error, refetch, previousData } = useQuery(DashboardDocument, pipeline && !badPeriod ? { variables: { pipelineId: pipeline.id, filter } } : skipToken);
  const open = useQuery(DashboardOpenDocument, pipeline && !badPeriod ? { variables: { pipelineId: pipeline.id, where: owner ? { ownerId: { eq: owner } } : null } } : skipToken);
  // An impossible period shows its message and nothing of the previous answer.
  const report = badPeriod ? undefined : data ?? previousData;
  const openBoard = badPeriod ? undefined : (open.data ?? open.previousData)?.board;

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
  const openTotals = openBoard?.totals ?? [];
  const openCount = openBoard?.count ?? 0;
  const wonCount = wonLost.reduce((s, r) => s + r.wonCount, 0);
  const lostCount = wonLost.reduce((s, r) => s + r.lostCount, 0);
  const wonValue = wonLost.reduce((s, r) => addDecimal(s, r.wonValue), '0');

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
        <CurrencyChoice id="dash-currency" currencies={currencies} currency={currency} onChange={setCurrency} />
      </div>
      {badPeriod ? <div className="panel"><p className="form-error" role="alert" style={{ padding: 16 }}>“From” ({formatDate(from)}) is after “To” ({formatDate(to)}). Choose a start date on or before the end date.</p></div>
        : error && !report ? <ErrorState error={error} onRetry={() => void refetch()} /> : !report ? <LoadingBlock lines={8} label="Loading reports" /> : (
        <>
          <div className="kpis">
            <div className="panel kpi" data-testid="kpi-open"><div className="kpi-label">Open pipeline</div><div className="kpi-value"><MoneyByCurrency totals={openTotals} /></div><div className="muted">{pluralize(openCount, 'open deal')}, whenever created</div></div>
            <div className="panel kpi" data-testid="kpi-weighted"><div className="kpi-label">Weighted pipeline</div><div className="kpi-value"><MoneyByCurrency totals={openTotals.map((t) => ({ currency: t.currency, value: t.weightedValue }))} /></div><div className="muted">by stage probability</div></div>
            <div className="panel kpi" data-testid="kpi-won"><div className="kpi-label">Won in period ({currency})</div><div className="kpi-value">{formatMoney(wonValue, currency)}</div><div className="muted">{pluralize(wonCount, 'deal')}</div></div>
            <div className="panel kpi" data-testid="kpi-winrate"><div className="kpi-label">Win rate ({currency})</div><div className="kpi-value">{formatPercent(wonCount + lostCount ? wonCount / (wonCount + lostCount) : null)}</div><div className="muted">{wonCount} won · {lostCount} lost</div></div>
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
                  <tbody>{funnel.map((f) => <tr key={f.stageId}><td>{f.stageName}</td><td className="num">{f.reached}</td><td className="num">{formatPercent(f.conversionToNext)}</td><td className="num">{days(f.averageDaysInStage)}</td></tr>)}</tbody>
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
