import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { SetURLSearchParams } from 'react-router';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { activeFilterCount, applyFilter, FILTER_KEYS, type BoardFilters } from './filters';

export const BoardFilterOptionsDocument = graphql(`
  query BoardFilterOptions {
    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }
    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }
  }
`);

/** A text filter typed into locally and written to the URL once typing pauses. */
function useUrlText(value: string, commit: (value: string) => void, delay = 350) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => commit(text), delay);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  return [text, setText] as const;
}

export function BoardFiltersBar({ filters, params, setParams }: { filters: BoardFilters; params: URLSearchParams; setParams: SetURLSearchParams }) {
  const { data } = useQuery(BoardFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  const [open, setOpen] = useState(false);
  const set = (key: keyof BoardFilters, value: string | boolean) => setParams(applyFilter(params, key, value), { replace: true });
  const [q, setQ] = useUrlText(filters.q, (v) => set('q', v));
  const [min, setMin] = useUrlText(filters.min, (v) => set('min', v));
  const [max, setMax] = useUrlText(filters.max, (v) => set('max', v));
  const count = activeFilterCount(filters);

  const clear = () => {
    const next = new URLSearchParams(params);
    for (const key of FILTER_KEYS) next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="filters" data-open={open} role="search" aria-label="Filter deals">
      <label className="visually-hidden" htmlFor="filter-q">Search deals</label>
      <input id="filter-q" className="input filter-search" type="search" placeholder="Search deals…" value={q} onChange={(e) => setQ(e.target.value)} />
      <Button size="sm" aria-pressed={filters.mine} onClick={() => set('mine', !filters.mine)}>My deals</Button>
      <Button size="sm" className="filters-toggle" icon="filter" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Filters{count ? ` (${count})` : ''}
      </Button>
      <span className="filter-extra">
        <label className="visually-hidden" htmlFor="filter-owner">Owner</label>
        <select id="filter-owner" className="select" value={filters.mine ? '' : filters.owner} onChange={(e) => set('owner', e.target.value)}>
          <option value="">All owners</option>
          {data?.users.nodes.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
        <label className="visually-hidden" htmlFor="filter-team">Team</label>
        <select id="filter-team" className="select" value={filters.team} onChange={(e) => set('team', e.target.value)}>
          <option value="">All teams</option>
          {data?.teams.nodes.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
        <span className="range">
          <label htmlFor="filter-min">Value</label>
          <input id="filter-min" className="input filter-num" inputMode="decimal" placeholder="min" aria-label="Minimum value" value={min} onChange={(e) => setMin(e.target.value)} />
          –
          <input id="filter-max" className="input filter-num" inputMode="decimal" placeholder="max" aria-label="Maximum value" value={max} onChange={(e) => setMax(e.target.value)} />
        </span>
        <span className="range">
          <label htmlFor="filter-from">Close</label>
          <input id="filter-from" className="input filter-date" type="date" aria-label="Expected close from" value={filters.from} onChange={(e) => set('from', e.target.value)} />
          –
          <input id="filter-to" className="input filter-date" type="date" aria-label="Expected close to" value={filters.to} onChange={(e) => set('to', e.target.value)} />
        </span>
        {count > 0 && <Button size="sm" variant="ghost" icon="close" onClick={clear}>Clear filters</Button>}
      </span>
    </div>
  );
}
