import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CurrencyChoice, ReportCard } from '../dashboard/DashboardPage';
import { graphql } from '../gql';
import type { SeriesBucket } from '../gql/graphql';
import { formatDate, formatDateTime, formatMoney, formatPercent, todayIso } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Icon } from '../ui/Icon';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';

const CompanyKpisDocument = graphql(`
  query CompanyKpis($companyId: ID!, $from: Date!, $to: Date!, $bucket: SeriesBucket!) {
    company(id: $companyId) { id name }
    financialSeries(companyId: $companyId, from: $from, to: $to, bucket: $bucket) {
      bucket currency records
      revenue { sum yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last }
    }
    leadEvents(first: 20, where: { companyId: { eq: $companyId } }, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      totalCount
      nodes { id sourceSystem externalId eventType stage status value currency occurredAt deal { id title } }
    }
  }
`);

const BUCKETS: { value: SeriesBucket; label: string }[] = [{ value: 'MONTH', label: 'Month' }, { value: 'QUARTER', label: 'Quarter' }, { value: 'WEEK', label: 'Week' }, { value: 'DAY', label: 'Day' }];
const LINES = [
  { key: 'revenue', name: 'Revenue', color: '#2454cc' },
  { key: 'expenses', name: 'Expenses', color: '#d0504a' },
  { key: 'netProfit', name: 'Net profit', color: '#1f8a4c' },
  { key: 'cashFlow', name: 'Cash flow', color: '#9a6b00' },
] as const;

/** The last twelve whole months. */
function defaultRange(now = new Date()): { from: string; to: string } {
  return { from: todayIso(new Date(now.getFullYear() - 1, now.getMonth(), 1)), to: todayIso(new Date(now.getFullYear(), now.getMonth(), 0)) };
}

/** A company's KPIs: revenue, expenses, net profit and cash flow over time (one currency at a time, never added across), and its outside-CRM events. */
export default function CompanyKpiPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const range = defaultRange();
  const from = params.get('from') ?? range.from;
  const to = params.get('to') ?? range.to;
  const bucket = (params.get('bucket') as SeriesBucket | null) ?? 'MONTH';
  const badRange = from > to;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const { data, error, refetch, previousData } = useQuery(CompanyKpisDocument, badRange ? skipToken : { variables: { companyId: id, from, to, bucket } });
  const report = badRange ? undefined : data ?? previousData;
  useDocumentTitle(report?.company ? `${report.company.name} KPIs` : 'KPIs');
  const currencies = [...new Set((report?.financialSeries ?? []).map((p) => p.currency))];
  const [choice, setCurrency] = useState<string | null>(null);
  const currency = choice && currencies.includes(choice) ? choice : currencies[0] ?? 'AUD';
  const points = (report?.financialSeries ?? []).filter((p) => p.currency === currency)
    .map((p) => ({ ...p, label: formatDate(p.bucket, { short: true }), revenueN: Number(p.revenue.sum), expensesN: Number(p.expenses.sum), netProfitN: Number(p.netProfit.sum), cashFlowN: Number(p.cashFlow.sum) }));
  const money = (v: string | number) => formatMoney(v, currency, { compact: true });

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb"><Link to={`/companies/${id}`}><Icon name="arrowLeft" /> {report?.company?.name ?? 'Company'}</Link></nav>
      <div className="page-header"><h1>{report?.company ? `${report.company.name}: KPIs` : 'KPIs'}</h1></div>
      <div className="panel toolbar" role="group" aria-label="KPI filters" style={{ borderBottom: 0 }}>
        <div className="field"><label htmlFor="kpi-from">From</label><input id="kpi-from" className="input input-sm" type="date" value={from} onChange={(e) => set('from', e.target.value)} /></div>
        <div className="field"><label htmlFor="kpi-to">To</label><input id="kpi-to" className="input input-sm" type="date" value={to} onChange={(e) => set('to', e.target.value)} /></div>
        <div className="field">
          <label htmlFor="kpi-bucket">Per</label>
          <select id="kpi-bucket" className="select select-sm" value={bucket} onChange={(e) => set('bucket', e.target.value)}>
            {BUCKETS.map((b) => <option key={b.value} value={b.value}>{b.label}</option>)}
          </select>
        </div>
        <CurrencyChoice id="kpi-currency" currencies={currencies} currency={currency} onChange={setCurrency} />
      </div>
      {badRange ? <div className="panel"><p className="form-error" role="alert" style={{ padding: 16 }}>“From” ({formatDate(from)}) is after “To” ({formatDate(to)}).</p></div>
        : error && !report ? <ErrorState error={error} onRetry={() => void refetch()} /> : !report ? <LoadingBlock lines={8} label="Loading KPIs" /> : (
        <div className="charts">
          <ReportCard id="financials" title="Financials" subtitle={`Revenue, expenses, net profit and cash flow (${currency})`} wide empty={!points.length}
            chart={(
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                  <YAxis tickFormatter={money} tick={{ fontSize: 12 }} width={64} />
                  <Tooltip formatter={(v) => formatMoney(Number(v), currency)} />
                  <Legend />
                  {LINES.map((l) => <Line key={l.key} dataKey={`${l.key}N`} name={l.name} stroke={l.color} dot={false} />)}
                </LineChart>
              </ResponsiveContainer>
            )}
            table={(
              <table className="table">
                <caption className="visually-hidden">Financials per period</caption>
                <thead><tr><th scope="col">Period</th>{LINES.map((l) => <th key={l.key} scope="col" className="num">{l.name}</th>)}<th scope="col" className="num">Revenue vs a year earlier</th></tr></thead>
                <tbody>{points.map((p) => (
                  <tr key={p.bucket}><td>{formatDate(p.bucket)}</td>{LINES.map((l) => <td key={l.key} className="num">{formatMoney(p[l.key].sum, currency)}</td>)}<td className="num">{formatPercent(p.revenue.yearOverYear, 1)}</td></tr>
                ))}</tbody>
              </table>
            )} />
          <section className="panel wide" aria-labelledby="lead-events">
            <div className="panel-header"><div><h2 id="lead-events">Lead events</h2><p className="muted" style={{ fontSize: 12.5 }}>From outside CRMs, newest first ({report.leadEvents.totalCount} in all)</p></div></div>
            {!report.leadEvents.nodes.length ? <EmptyState icon="inbox" title="No lead events" /> : (
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">Lead events</caption>
                  <thead><tr><th scope="col">When</th><th scope="col">Source</th><th scope="col">Event</th><th scope="col">Stage</th><th scope="col">Status</th><th scope="col" className="num">Value</th><th scope="col">Deal</th></tr></thead>
                  <tbody>{report.leadEvents.nodes.map((e) => (
                    <tr key={e.id}><td>{formatDateTime(e.occurredAt)}</td><td>{e.sourceSystem}</td><td>{e.eventType}</td><td>{e.stage}</td><td>{e.status}</td><td className="num">{e.value ? formatMoney(e.value, e.currency) : '—'}</td><td>{e.deal ? <Link to={`/deals/${e.deal.id}`}>{e.deal.title}</Link> : '—'}</td></tr>
                  ))}</tbody>
                </table>
              </div>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
