import { skipToken, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useViewer } from '../auth/Viewer';
import { graphql } from '../gql';
import { formatDateTime, formatMoney } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Icon } from '../ui/Icon';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { canWriteKpis } from './access';
import { BadRange, currencyOf, FinancialsCard, KpiToolbar, useKpiFilters } from './kpis';

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

/** A company's KPIs: its financials over time, one currency at a time, and its outside-CRM events. */
export default function CompanyKpiPage() {
  const { id = '' } = useParams();
  const f = useKpiFilters();
  const viewer = useViewer();
  const { data, error, refetch, previousData } = useQuery(CompanyKpisDocument, f.badRange ? skipToken : { variables: { companyId: id, from: f.from, to: f.to, bucket: f.bucket } });
  const report = f.badRange ? undefined : data ?? previousData;
  useDocumentTitle(report?.company ? `${report.company.name} KPIs` : 'KPIs');
  const { currencies, currency } = currencyOf(report?.financialSeries, f.currencyChoice);

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb"><Link to={`/companies/${id}`}><Icon name="arrowLeft" /> {report?.company?.name ?? 'Company'}</Link> · <Link to="/kpis">All companies</Link></nav>
      <div className="page-header">
        <h1>{report?.company ? `${report.company.name}: KPIs` : 'KPIs'}</h1>
        {canWriteKpis(viewer.role) && <Link className="btn" to="/kpis/import"><Icon name="upload" /> Import CSV</Link>}
      </div>
      <KpiToolbar f={f} currencies={currencies} currency={currency} />
      {f.badRange ? <BadRange f={f} /> : error && !report ? <ErrorState error={error} onRetry={() => void refetch()} /> : !report ? <LoadingBlock lines={8} label="Loading KPIs" /> : (
        <div className="charts">
          <FinancialsCard series={report.financialSeries} currency={currency} subtitle="Revenue, expenses, net profit and cash flow" />
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
