import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCanEdit } from '../auth/Viewer';
import { graphql } from '../gql';
import type { ContactOrderField, ContactWhere } from '../gql/graphql';
import { formatRelative } from '../lib/format';
import { useDebounced } from '../lib/useDebounced';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Button } from '../ui/Button';
import { EmptyState, ErrorState } from '../ui/states';
import { SortHeader, TableFooter, TableSkeleton, type SortDirection } from '../ui/Table';
import { ContactFormDialog } from './ContactForm';

const ContactsDocument = graphql(`
  query Contacts($where: ContactWhere, $orderBy: [ContactOrderBy!], $after: String) {
    contacts(first: 25, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id firstName lastName email phone jobTitle isPrimary updatedAt company { id name } owner { id name } }
    }
  }
`);

export default function ContactsPage() {
  useDocumentTitle('Contacts');
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const primary = params.get('primary') === '1';
  const sort = { field: params.get('sort') ?? 'LAST_NAME', direction: (params.get('dir') ?? 'ASC') as SortDirection };
  const [creating, setCreating] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) setParam('q', q);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const onSort = (field: string, direction: SortDirection) => {
    const next = new URLSearchParams(params);
    next.set('sort', field);
    next.set('dir', direction);
    setParams(next, { replace: true });
  };

  const where = useMemo<ContactWhere | null>(() => {
    const w: ContactWhere = {};
    if (q) w.search = q;
    if (primary) w.isPrimary = { eq: true };
    return Object.keys(w).length ? w : null;
  }, [q, primary]);
  const orderBy = [
    { field: sort.field as ContactOrderField, direction: sort.direction },
    ...(sort.field === 'LAST_NAME' ? [{ field: 'FIRST_NAME' as ContactOrderField, direction: sort.direction }] : []),
  ];
  const { data, previousData, error, loading, fetchMore, refetch } = useQuery(ContactsDocument, { variables: { where, orderBy } });
  const list = (data ?? previousData)?.contacts;

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
        <h1>Contacts</h1>
        {canEdit && <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>New contact</Button>}
      </div>
      <div className="panel">
        <div className="toolbar" role="search" aria-label="Filter contacts">
          <div className="field" style={{ flex: '2 1 220px' }}>
            <label htmlFor="contacts-q">Search</label>
            <input id="contacts-q" className="input input-sm" type="search" placeholder="Name, e-mail, company…" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          <label className="checkbox" style={{ minHeight: 30 }}>
            <input type="checkbox" checked={primary} onChange={(e) => setParam('primary', e.target.checked ? '1' : '')} /> Primary contacts only
          </label>
        </div>
        {error && !list ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : list && list.nodes.length === 0 ? (
          where
            ? <EmptyState icon="search" title="No contacts match" action={<Button onClick={() => { setSearch(''); setParams({}, { replace: true }); }}>Clear filters</Button>}>Try fewer words.</EmptyState>
            : <EmptyState icon="contact" title="No contacts yet" action={canEdit && <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>Add your first contact</Button>}>People you sell to, with their company.</EmptyState>
        ) : (
          <>
            <div className="table-wrap">
              <table className="table" aria-busy={loading || undefined}>
                <caption className="visually-hidden">Contacts</caption>
                <thead>
                  <tr>
                    <SortHeader label="Name" field="LAST_NAME" sort={sort} onSort={onSort} />
                    <th scope="col" className="hide-sm">Company</th>
                    <th scope="col" className="hide-sm">Title</th>
                    <th scope="col">E-mail</th>
                    <th scope="col" className="hide-sm">Phone</th>
                    <th scope="col" className="hide-sm">Owner</th>
                    <SortHeader label="Updated" field="UPDATED_AT" sort={sort} className="hide-sm" onSort={onSort} />
                  </tr>
                </thead>
                {!list ? <TableSkeleton columns={7} /> : (
                  <tbody>
                    {list.nodes.map((c) => (
                      <tr key={c.id} className="clickable" onClick={() => navigate(`/contacts/${c.id}`)}>
                        <td>
                          <Link to={`/contacts/${c.id}`} onClick={(e) => e.stopPropagation()}><strong>{c.lastName}, {c.firstName}</strong></Link>
                          {c.isPrimary && <span className="badge badge-info" style={{ marginLeft: 6 }}>Primary</span>}
                        </td>
                        <td className="hide-sm">{c.company ? <Link to={`/companies/${c.company.id}`} onClick={(e) => e.stopPropagation()}>{c.company.name}</Link> : <span className="muted">—</span>}</td>
                        <td className="hide-sm">{c.jobTitle ?? <span className="muted">—</span>}</td>
                        <td>{c.email ? <a href={`mailto:${c.email}`} onClick={(e) => e.stopPropagation()}>{c.email}</a> : <span className="muted">—</span>}</td>
                        <td className="hide-sm">{c.phone ?? '—'}</td>
                        <td className="hide-sm">{c.owner?.name ?? '—'}</td>
                        <td className="hide-sm muted">{formatRelative(c.updatedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                )}
              </table>
            </div>
            {list && <TableFooter shown={list.nodes.length} total={list.totalCount} hasMore={list.pageInfo.hasNextPage} loading={loadingMore} onMore={() => void more()} noun="contacts" />}
          </>
        )}
      </div>
      <ContactFormDialog open={creating} onClose={() => setCreating(false)} onSaved={(id) => navigate(`/contacts/${id}`)} />
    </div>
  );
}
