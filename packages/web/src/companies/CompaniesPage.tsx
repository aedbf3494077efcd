import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCanEdit } from '../auth/Viewer';
import { graphql } from '../gql';
import type { CompanyOrderField, CompanySize, CompanyStatus, CompanyWhere } from '../gql/graphql';
import { formatMoney, formatNumber, formatRelative } from '../lib/format';
import { useDebounced } from '../lib/useDebounced';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useViewer } from '../auth/Viewer';
import { Button } from '../ui/Button';
import { EmptyState, ErrorState } from '../ui/states';
import { SortHeader, TableFooter, TableSkeleton, type SortDirection } from '../ui/Table';
import { COMPANY_SIZES, COMPANY_STATUSES, CompanyFormDialog, label } from './CompanyForm';

const CompaniesDocument = graphql(`
  query Companies($where: CompanyWhere, $orderBy: [CompanyOrderBy!], $after: String) {
    companies(first: 25, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name industry status size revenue employeeCount city country updatedAt owner { id name } }
    }
  }
`);

export const STATUS_BADGE: Record<CompanyStatus, string> = { CUSTOMER: 'badge-success', ACTIVE: 'badge-info', PROSPECT: '', INACTIVE: '', CHURNED: 'badge-danger' };

export default function CompaniesPage() {
  useDocumentTitle('Companies');
  const viewer = useViewer();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const status = (params.get('status') ?? '') as CompanyStatus | '';
  const size = (params.get('size') ?? '') as CompanySize | '';
  const sort = { field: params.get('sort') ?? 'NAME', direction: (params.get('dir') ?? 'ASC') as SortDirection };
  const [creating, setCreating] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const onSort = (field: string, direction: SortDirection) => {
    const next = new URLSearchParams(params);
    next.set('sort', field);
    next.set('dir', direction);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) set('q', q);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const where = useMemo<CompanyWhere | null>(() => {
    const w: CompanyWhere = {};
    if (q) w.search = q;
    if (status) w.status = { eq: status };
    if (size) w.size = { eq: size };
    return Object.keys(w).length ? w : null;
  }, [q, status, size]);
  const orderBy = [{ field: sort.field as CompanyOrderField, direction: sort.direction }, ...(sort.field === 'NAME' ? [] : [{ field: 'NAME' as CompanyOrderField, direction: 'ASC' as const }])];
  const { data, previousData, error, loading, fetchMore, refetch } = useQuery(CompaniesDocument, { variables: { where, orderBy } });
  const list = (data ?? previousData)?.companies;
  const filtered = !!where;

  const more = async () => {
    if (!list?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: list.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div className="page">
      <div className="page-header">
        <h1>Companies</h1>
        {canEdit && <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>New company</Button>}
      </div>
      <div className="panel">
        <div className="toolbar" role="search" aria-label="Filter companies">
          <div className="field" style={{ flex: '2 1 220px' }}>
            <label htmlFor="companies-q">Search</label>
            <input id="companies-q" className="input input-sm" type="search" placeholder="Name, industry, city…" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="companies-status">Status</label>
            <select id="companies-status" className="select select-sm" value={status} onChange={(e) => set('status', e.target.value)}>
              <option value="">Any</option>
              {COMPANY_STATUSES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="companies-size">Size</label>
            <select id="companies-size" className="select select-sm" value={size} onChange={(e) => set('size', e.target.value)}>
              <option value="">Any</option>
              {COMPANY_SIZES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
            </select>
          </div>
        </div>
        {error && !list ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : list && list.nodes.length === 0 ? (
          filtered
            ? <EmptyState icon="search" title="No companies match" action={<Button onClick={() => { setSearch(''); setParams({}, { replace: true }); }}>Clear filters</Button>}>Try fewer words or another status.</EmptyState>
            : <EmptyState icon="company" title="No companies yet" action={canEdit && <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>Add your first company</Button>}>Companies group contacts and deals.</EmptyState>
        ) : (
          <>
            <div className="table-wrap">
              <table className="table" aria-busy={loading || undefined}>
                <caption className="visually-hidden">Companies, sorted by {sort.field.toLowerCase().replace('_', ' ')}</caption>
                <thead>
                  <tr>
                    <SortHeader label="Name" field="NAME" sort={sort} onSort={onSort} />
                    <th scope="col" className="hide-sm">Industry</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="hide-sm">Location</th>
                    <SortHeader label="Revenue" field="REVENUE" sort={sort} className="num hide-sm" onSort={onSort} />
                    <SortHeader label="Employees" field="EMPLOYEE_COUNT" sort={sort} className="num hide-sm" onSort={onSort} />
                    <th scope="col" className="hide-sm">Owner</th>
                    <SortHeader label="Updated" field="UPDATED_AT" sort={sort} className="hide-sm" onSort={onSort} />
                  </tr>
                </thead>
                {!list ? <TableSkeleton columns={8} /> : (
                  <tbody>
                    {list.nodes.map((c) => (
                      <tr key={c.id} className="clickable" onClick={() => navigate(`/companies/${c.id}`)}>
                        <td><a href={`/companies/${c.id}`} onClick={(e) => { e.preventDefault(); navigate(`/companies/${c.id}`); }}><strong>{c.name}</strong></a></td>
                        <td className="hide-sm">{c.industry ?? <span className="muted">—</span>}</td>
                        <td><span className={`badge ${STATUS_BADGE[c.status]}`}>{label(c.status)}</span></td>
                        <td className="hide-sm">{[c.city, c.country].filter(Boolean).join(', ') || <span className="muted">—</span>}</td>
                        <td className="num hide-sm">{c.revenue ? formatMoney(c.revenue, viewer.organization.defaultCurrency, { compact: true }) : '—'}</td>
                        <td className="num hide-sm">{formatNumber(c.employeeCount)}</td>
                        <td className="hide-sm">{c.owner?.name ?? '—'}</td>
                        <td className="hide-sm muted">{formatRelative(c.updatedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                )}
              </table>
            </div>
            {list && <TableFooter shown={list.nodes.length} total={list.totalCount} hasMore={list.pageInfo.hasNextPage} loading={loadingMore} onMore={() => void more()} noun="companies" />}
          </>
        )}
      </div>
      <CompanyFormDialog open={creating} onClose={() => setCreating(false)} onSaved={(id) => navigate(`/companies/${id}`)} />
    </div>
  );
}
