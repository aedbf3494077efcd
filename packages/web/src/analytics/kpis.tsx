import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CurrencyChoice, ReportCard } from '../dashboard/DashboardPage';
import type { SeriesBucket } from '../gql/graphql';
import { formatDate, formatMoney, formatPercent, todayIso } from '../lib/format';

/** One bucket of a financial series as the KPI pages ask for it. */
export interface FinancialPoint {
  bucket: string;
  currency: string;
  revenue: { sum: string; yearOverYear?: number | null };
  expenses: { sum: string };
  netProfit: { sum: string };
  cashFlow: { sum: string };
}

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

/** Range and bucket from the address (so a view can be shared), and the currency shown. */
export function useKpiFilters() {
  const [params, setParams] = useSearchParams();
  const range = defaultRange();
  const from = params.get('from') ?? range.from;
  const to = params.get('to') ?? range.to;
  const bucket = (params.get('bucket') as SeriesBucket | null) ?? 'MONTH';
  const [currencyChoice, setCurrency] = useState<string | null>(null);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return { from, to, bucket, badRange: from > to, set, currencyChoice, setCurrency };
}

export type KpiFilterState = ReturnType<typeof useKpiFilters>;

/** The currencies a series holds, and the one to show (amounts are never added across currencies). */
export function currencyOf(series: FinancialPoint[] | undefined, choice: string | null): { currencies: string[]; currency: string } {
  const currencies = [...new Set((series ?? []).map((p) => p.currency))];
  return { currencies, currency: choice && currencies.includes(choice) ? choice : currencies[0] ?? 'AUD' };
}

export function KpiToolbar({ f, currencies, currency }: { f: KpiFilterState; currencies: string[]; currency: string }) {
  return (
    <div className="panel toolbar" role="group" aria-label="KPI filters" style={{ borderBottom: 0 }}>
      <div className="field"><label htmlFor="kpi-from">From</label><input id="kpi-from" className="input input-sm" type="date" value={f.from} onChange={(e) => f.set('from', e.target.value)} /></div>
      <div className="field"><label htmlFor="kpi-to">To</label><input id="kpi-to" className="input input-sm" type="date" value={f.to} onChange={(e) => f.set('to', e.target.value)} /></div>
      <div className="field">
        <label htmlFor="kpi-bucket">Per</label>
        <select id="kpi-bucket" className="select select-sm" value={f.bucket} onChange={(e) => f.set('bucket', e.target.value)}>
          {BUCKETS.map((b) => <option key={b.value} value={b.value}>{b.label}</option>)}
        </select>
      </div>
      <CurrencyChoice id="kpi-currency" currencies={currencies} currency={currency} onChange={f.setCurrency} />
    </div>
  );
}

export function BadRange({ f }: { f: KpiFilterState }) {
  return <div className="panel"><p className="form-error" role="alert" style={{ padding: 16 }}>“From” ({formatDate(f.from)}) is after “To” ({formatDate(f.to)}).</p></div>;
}

/** Revenue, expenses, net profit and cash flow per bucket in one currency: a chart, and the same figures as a table. */
export function FinancialsCard({ series, currency, subtitle }: { series: FinancialPoint[]; currency: string; subtitle: string }) {
  const points = series.filter((p) => p.currency === currency)
    .map((p) => ({ ...p, label: formatDate(p.bucket, { short: true }), revenueN: Number(p.revenue.sum), expensesN: Number(p.expenses.sum), netProfitN: Number(p.netProfit.sum), cashFlowN: Number(p.cashFlow.sum) }));
  const money = (v: string | number) => formatMoney(v, currency, { compact: true });
  return (
    <ReportCard id="financials" title="Financials" subtitle={`${subtitle} (${currency})`} wide empty={!points.length}
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
            <tr key={p.bucket}><td>{formatDate(p.bucket)}</td>{LINES.map((l) => <td key={l.key} className="num">{formatMoney(p[l.key].sum, currency)}</td>)}<td className="num">{formatPercent(p.revenue.yearOverYear ?? null, 1)}</td></tr>
          ))}</tbody>
        </table>
      )} />
  );
}
