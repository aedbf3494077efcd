import { skipToken, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useViewer } from '../auth/Viewer';
import { graphql } from '../gql';
import { Icon } from '../ui/Icon';
import { canWriteKpis } from './access';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { ErrorState, LoadingBlock } from '../ui/states';
import { BadRange, currencyOf, FinancialsCard, KpiToolbar, useKpiFilters } from './kpis';

const OrganizationKpisDocument = graphql(`
  query OrganizationKpis($from: Date!, $to: Date!, $bucket: SeriesBucket!) {
    organizationFinancials(from: $from, to: $to, bucket: $bucket) {
      bucket currency records
      revenue { sum yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last }
    }
  }
`);

/** Every company's financials summed per bucket, per currency. */
export default function OrganizationKpiPage() {
  useDocumentTitle('KPIs');
  const viewer = useViewer();
  const f = useKpiFilters();
  const { data, error, refetch, previousData } = useQuery(OrganizationKpisDocument, f.badRange ? skipToken : { variables: { from: f.from, to: f.to, bucket: f.bucket } });
  const report = f.badRange ? undefined : data ?? previousData;
  const { currencies, currency } = currencyOf(report?.organizationFinancials, f.currencyChoice);
  return (
    <div className="page">
      <div className="page-header">
        <h1>KPIs of all companies</h1>
        {canWriteKpis(viewer.role) && <Link className="btn" to="/kpis/import"><Icon name="upload" /> Import CSV</Link>}
      </div>
      <KpiToolbar f={f} currencies={currencies} currency={currency} />
      {f.badRange ? <BadRange f={f} /> : error && !report ? <ErrorState error={error} onRetry={() => void refetch()} /> : !report ? <LoadingBlock lines={8} label="Loading KPIs" /> : (
        <div className="charts">
          <FinancialsCard series={report.organizationFinancials} currency={currency} subtitle="Every company summed" />
        </div>
      )}
    </div>
  );
}
