import { useQuery } from '@apollo/client/react';
import { BoardPipelinesDocument } from '../board/operations';
import { graphql } from '../gql';
import type { DealsListQuery, DealStatus } from '../gql/graphql';
import { formatDate, formatMoney, formatRelative } from '../lib/format';
import { enumFilter, enumLabel, ownerFilter, searchFilter } from '../records/fields';
import type { ColumnDecl, FilterDecl, ListDecl, Option } from '../records/resource';
import { DealBulkActions } from './DealBulkActions';
import { dealImport } from '../records/importFields';

export const DealsListDocument = graphql(`
  query DealsList($where: DealWhere, $orderBy: [DealOrderBy!], $first: Int, $after: String) {
    deals(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id version title value currency status expectedCloseDate updatedAt pipelineId stage { id name } owner { id name } company { id name } viewerCan { update delete moveDeal } }
    }
  }
`);

/** What every list of deals shows (the deals list, a company's or a contact's deals). */
interface DealLike {
  id: string; title: string; value: string | null; currency: string; status: DealStatus; expectedCloseDate: string | null;
  stage: { id: string; name: string } | null; owner: { id: string; name: string } | null; company: { id: string; name: string } | null;
}

export const DEAL_STATUS_BADGE: Record<DealStatus, string> = { OPEN: 'badge-info', WON: 'badge-success', LOST: 'badge-danger' };

export const dealColumns: ColumnDecl<DealLike>[] = [
  { key: 'title', label: 'Deal', sort: 'TITLE', exportAs: 'title', render: (d) => d.title },
  { key: 'stage', label: 'Stage', exportAs: 'stage.name,status', render: (d) => (d.status === 'OPEN' ? d.stage?.name ?? '—' : <span className={`badge ${DEAL_STATUS_BADGE[d.status]}`}>{enumLabel(d.status)}</span>) },
  { key: 'value', label: 'Value', sort: 'VALUE', exportAs: 'value,currency', num: true, render: (d) => formatMoney(d.value, d.currency) },
  { key: 'company', label: 'Company', exportAs: 'company.name', hideSm: true, render: (d) => d.company?.name ?? '—' },
  { key: 'close', label: 'Expected close', sort: 'EXPECTED_CLOSE_DATE', exportAs: 'expectedCloseDate', hideSm: true, render: (d) => formatDate(d.expectedCloseDate) },
  { key: 'owner', label: 'Owner', exportAs: 'owner.name', hideSm: true, render: (d) => d.owner?.name ?? '—' },
];

type Row = DealsListQuery['deals']['nodes'][number];

function usePipelineOptions(): Option[] {
  const { data } = useQuery(BoardPipelinesDocument, { fetchPolicy: 'cache-first' });
  return data?.pipelines.nodes.map((p) => ({ value: p.id, label: p.name })) ?? [];
}

const pipelineFilter: FilterDecl = { key: 'pipeline', label: 'Pipeline', kind: 'select', useOptions: usePipelineOptions, where: (id) => ({ pipelineId: { eq: id } }) };

export const dealList: ListDecl<DealsListQuery, Row> = {
  plural: 'deals',
  title: 'Deals',
  noun: { one: 'deal', many: 'deals' },
  document: DealsListDocument,
  connection: (data) => data.deals,
  columns: [...dealColumns, { key: 'updated', label: 'Updated', sort: 'UPDATED_AT', exportAs: 'updatedAt', hideSm: true, render: (d: Row) => <span className="muted">{formatRelative(d.updatedAt)}</span> }],
  filters: [searchFilter('Title, company…'), enumFilter('status', 'Status', ['OPEN', 'WON', 'LOST']), pipelineFilter, ownerFilter],
  defaultSort: { field: 'UPDATED_AT', direction: 'DESC' },
  tieBreak: [{ field: 'TITLE', direction: 'ASC' }],
  href: (d) => `/deals/${d.id}`,
  rowLabel: (d) => d.title,
  emptyHint: 'Deals are created on the pipeline board.',
  BulkActions: DealBulkActions,
  importer: dealImport,
  // What the server says the viewer may do with each deal (members change only what they own).
  canSelect: (d) => d.viewerCan.update,
};
