import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCanEdit, useViewer } from '../auth/Viewer';
import { pluralize } from '../lib/format';
import { setParam, useUpdateParams, useUrlText } from '../lib/urlParams';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Button } from '../ui/Button';
import { EmptyState, ErrorState } from '../ui/states';
import { SortHeader, TableFooter, TableSkeleton, type SortDirection } from '../ui/Table';
import { useToast } from '../ui/Toasts';
import { downloadCsv, exportUrl } from './exportCsv';
import { ImportDialog } from './ImportDialog';
import type { FilterDecl, ListDecl } from './resource';

export const PAGE_SIZES = [25, 50, 100, 200];

function SearchFilter({ filter, value, onCommit }: { filter: FilterDecl; value: string; onCommit(value: string): void }) {
  const [text, setText] = useUrlText(value, (v) => onCommit(v.trim()), { delay: 300 });
  const id = `filter-${filter.key}`;
  return (
    <div className="field" style={{ flex: '2 1 220px' }}>
      <label htmlFor={id}>{filter.label}</label>
      <input id={id} className="input input-sm" type="search" placeholder={filter.placeholder} value={text} onChange={(e) => setText(e.target.value)} />
    </div>
  );
}

function SelectFilter({ filter, value, onCommit }: { filter: FilterDecl; value: string; onCommit(value: string): void }) {
  const loaded = filter.useOptions?.() ?? [];
  const options = filter.options ?? loaded;
  const id = `filter-${filter.key}`;
  return (
    <div className="field">
      <label htmlFor={id}>{filter.label}</label>
      <select id={id} className="select select-sm" value={value} onChange={(e) => onCommit(e.target.value)}>
        <option value="">Any</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/**
 * The list of any resource: filters, sortable columns, a page size of 25 to 200 rows with "load
 * more", a sticky header, selection with bulk actions, and the CSV export of exactly this view.
 * Everything it shows lives in the URL, so a view can be shared and survives a reload.
 */
export function RecordList<TData, Row extends { id: string }>({ decl }: { decl: ListDecl<TData, Row> }) {
  useDocumentTitle(decl.title);
  const viewer = useViewer();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const update = useUpdateParams();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const sort = { field: params.get('sort') ?? decl.defaultSort.field, direction: (params.get('dir') ?? decl.defaultSort.direction) as SortDirection };
  const pageSize = PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : PAGE_SIZES[0]!;
  const values = Object.fromEntries(decl.filters.map((f) => [f.key, params.get(f.key) ?? '']));
  const valuesKey = JSON.stringify(values);
  const where = useMemo(() => {
    const parts = decl.filters.filter((f) => values[f.key]).map((f) => f.where(values[f.key]!, { viewerId: viewer.user.id }));
    return parts.length ? Object.assign({}, ...parts) as Record<string, unknown> : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [valuesKey, decl, viewer.user.id]);
  const orderBy = [sort, ...(decl.tieBreak ?? []).filter((t) => t.field !== sort.field)];
  const { data, previousData, error, loading, fetchMore, refetch } = useQuery(decl.document, { variables: { where, orderBy, first: pageSize } });
  const shown = data ?? previousData;
  const list = shown ? decl.connection(shown) : undefined;

  const commit = (key: string, value: string) => update((p) => setParam(p, key, value));
  const onSort = (field: string, direction: SortDirection) => update((p) => { p.set('sort', field); p.set('dir', direction); });
  const clear = () => update((p) => decl.filters.forEach((f) => p.delete(f.key)));

  const more = async () => {
    if (!list?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: list.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };
  const exportView = async () => {
    setExporting(true);
    const fields = decl.columns.flatMap((c) => (c.exportAs ? c.exportAs.split(',') : []));
    const problem = await downloadCsv(exportUrl(decl.plural, where, orderBy, fields), `${decl.plural}.csv`);
    setExporting(false);
    if (problem) toast.show({ kind: 'error', message: problem });
  };

  const selectable = decl.BulkActions && canEdit ? (list?.nodes ?? []).filter((r) => decl.canSelect?.(r, { id: viewer.user.id, role: viewer.role }) ?? true) : [];
  const selectedRows = (list?.nodes ?? []).filter((r) => selected.has(r.id));
  const toggle = (id: string) => setSelected((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const allSelected = selectable.length > 0 && selectable.every((r) => selected.has(r.id));
  const BulkActions = decl.BulkActions;
  const context = { currency: viewer.organization.defaultCurrency };
  const columnCount = decl.columns.length + (selectable.length ? 1 : 0);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{decl.title}</h1>
        <Button icon="download" busy={exporting} onClick={() => void exportView()}>Export CSV</Button>
        {canEdit && decl.importer && <Button icon="upload" onClick={() => setImporting(true)}>Import CSV</Button>}
        {canEdit && decl.Create && <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>{decl.createLabel}</Button>}
      </div>
      <div className="panel">
        <div className="toolbar" role="search" aria-label={`Filter ${decl.noun.many}`}>
          {decl.filters.map((f) => f.kind === 'search'
            ? <SearchFilter key={f.key} filter={f} value={values[f.key]!} onCommit={(v) => commit(f.key, v)} />
            : <SelectFilter key={f.key} filter={f} value={values[f.key]!} onCommit={(v) => commit(f.key, v)} />)}
          <div className="field">
            <label htmlFor={`${decl.plural}-size`}>Rows</label>
            <select id={`${decl.plural}-size`} className="select select-sm" value={pageSize} onChange={(e) => commit('size', e.target.value === '25' ? '' : e.target.value)}>
              {PAGE_SIZES.map((n) => <option key={n} value={n}>{n} per page</option>)}
            </select>
          </div>
        </div>
        {BulkActions && selectedRows.length > 0 && (
          <div className="bulk-bar" role="region" aria-label="Selected rows">
            <strong>{pluralize(selectedRows.length, decl.noun.one, decl.noun.many)} selected</strong>
            <BulkActions rows={selectedRows} done={() => setSelected(new Set())} />
            <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>Clear selection</Button>
          </div>
        )}
        {error && !list ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : list && list.nodes.length === 0 ? (
          where
            ? <EmptyState icon="search" title={`No ${decl.noun.many} match`} action={<Button onClick={clear}>Clear filters</Button>}>Try fewer words or another filter.</EmptyState>
            : <EmptyState icon="inbox" title={`No ${decl.noun.many} yet`} action={canEdit && decl.Create && <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>{decl.createLabel}</Button>}>{decl.emptyHint}</EmptyState>
        ) : (
          <>
            <div className="table-wrap list-scroll" tabIndex={0}>
              <table className="table" aria-busy={loading || undefined}>
                <caption className="visually-hidden">{decl.title}, sorted by {decl.columns.find((c) => c.sort === sort.field)?.label ?? sort.field.toLowerCase()}</caption>
                <thead>
                  <tr>
                    {selectable.length > 0 && (
                      <th scope="col" className="check">
                        <input type="checkbox" aria-label={`Select all ${decl.noun.many} shown`} checked={allSelected}
                          onChange={() => setSelected(allSelected ? new Set() : new Set(selectable.map((r) => r.id)))} />
                      </th>
                    )}
                    {decl.columns.map((c) => {
                      const className = [c.num && 'num', c.hideSm && 'hide-sm'].filter(Boolean).join(' ') || undefined;
                      return c.sort
                        ? <SortHeader key={c.key} label={c.label} field={c.sort} sort={sort} onSort={onSort} className={className} />
                        : <th key={c.key} scope="col" className={className}>{c.label}</th>;
                    })}
                  </tr>
                </thead>
                {!list ? <TableSkeleton columns={columnCount} /> : (
                  <tbody>
                    {list.nodes.map((row) => (
                      <tr key={row.id} className="clickable" onClick={(e) => { if (!(e.target as HTMLElement).closest('a, input, button')) navigate(decl.href(row)); }}>
                        {selectable.length > 0 && (
                          <td className="check">
                            {selectable.includes(row) && <input type="checkbox" aria-label={`Select ${decl.rowLabel(row)}`} checked={selected.has(row.id)} onChange={() => toggle(row.id)} />}
                          </td>
                        )}
                        {decl.columns.map((c, i) => (
                          <td key={c.key} className={[c.num && 'num', c.hideSm && 'hide-sm'].filter(Boolean).join(' ') || undefined}>
                            {i === 0 ? <Link to={decl.href(row)}><strong>{c.render(row, context)}</strong></Link> : c.render(row, context)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                )}
              </table>
            </div>
            {list && <TableFooter shown={list.nodes.length} total={list.totalCount} hasMore={list.pageInfo.hasNextPage} loading={loadingMore} onMore={() => void more()} noun={decl.noun.many} />}
          </>
        )}
      </div>
      {canEdit && decl.importer && importing && <ImportDialog decl={decl} importer={decl.importer} open={importing} onClose={() => setImporting(false)} />}
      {decl.Create && <decl.Create open={creating} onClose={() => setCreating(false)} onSaved={(id) => navigate(`${decl.href({ id } as Row)}`)} />}
    </div>
  );
}
