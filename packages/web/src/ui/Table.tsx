import type { ReactNode } from 'react';
import { Icon } from './Icon';
import { Skeleton } from './states';

export type SortDirection = 'ASC' | 'DESC';

/** A column header that sorts: click once ascending, again descending; announced with aria-sort. */
export function SortHeader({ label, field, sort, onSort, className }: {
  label: string; field: string; sort: { field: string; direction: SortDirection }; onSort(field: string, direction: SortDirection): void; className?: string;
}) {
  const active = sort.field === field;
  const next: SortDirection = active && sort.direction === 'ASC' ? 'DESC' : 'ASC';
  return (
    <th scope="col" className={className} aria-sort={active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(field, next)}>
        {label}
        {active && <Icon name={sort.direction === 'ASC' ? 'chevronUp' : 'chevronDown'} />}
      </button>
    </th>
  );
}

export function TableSkeleton({ columns, rows = 8 }: { columns: number; rows?: number }) {
  return (
    <tbody aria-hidden="true">
      {Array.from({ length: rows }, (_, r) => (
        <tr key={r}>
          {Array.from({ length: columns }, (_, c) => <td key={c}><Skeleton width={c === 0 ? '70%' : `${40 + ((r + c) * 13) % 40}%`} /></td>)}
        </tr>
      ))}
    </tbody>
  );
}

export function TableFooter({ shown, total, hasMore, loading, onMore, noun }: { shown: number; total: number; hasMore: boolean; loading: boolean; onMore(): void; noun: string }): ReactNode {
  return (
    <div className="table-footer">
      <span aria-live="polite">Showing {shown.toLocaleString()} of {total.toLocaleString()} {noun}</span>
      {hasMore && <button type="button" className="btn btn-sm" onClick={onMore} disabled={loading} aria-busy={loading || undefined}>{loading ? 'Loading…' : 'Load more'}</button>}
    </div>
  );
}
