import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useUpdateParams, useUrlText } from '../lib/urlParams';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { activeFilterCount, applyFilter, FILTER_KEYS, type BoardFilters } from './filters';

export const BoardFilterOptionsDocument = graphql(`
  query BoardFilterOptions {
    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }
    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }
  }
`);

/** Why a typed amount is not used as a filter, or null when it is fine (empty clears the filter). */
export function amountProblem(text: string): string | null {
  const value = text.trim();
  if (!value) return null;
  if (value.startsWith('-')) return 'Values cannot be negative.';
  return /^\d+(\.\d{1,2})?$/.test(value) ? null : 'Enter an amount like 1000 or 99.50.';
}
const acceptAmount = (text: string) => amountProblem(text) === null;

export function BoardFiltersBar({ filters }: { filters: BoardFilters }) {
  const { data } = useQuery(BoardFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  const [open, setOpen] = useState(false);
  const update = useUpdateParams();
  // Each change starts from the URL as it is now, so a late debounced commit never undoes another.
  const set = (key: keyof BoardFilters, value: string | boolean) => update((p) => {
    const next = applyFilter(p, key, value);
    for (const k of [...p.keys()]) p.delete(k);
    next.forEach((v, k) => p.set(k, v));
  });
  const [q, setQ] = useUrlText(filters.q, (v) => set('q', v));
  const [min, setMin] = useUrlText(filters.min, (v) => set('min', v.trim()), { accept: acceptAmount });
  const [max, setMax] = useUrlText(filters.max, (v) => set('max', v.trim()), { accept: acceptAmount });
  const minProblem = amountProblem(min);
  const maxProblem = amountProblem(max) ?? (!minProblem && min.trim() && max.trim() && Number(min) > Number(max) ? 'The maximum is below the minimum.' : null);
  const count = activeFilterCount(filters);

  const clear = () => update((p) => { for (const key of FILTER_KEYS) p.delete(key); });

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
          <input id="filter-min" className="input filter-num" inputMode="decimal" placeholder="min" aria-label="Minimum value" value={min} onChange={(e) => setMin(e.target.value)}
            aria-invalid={minProblem ? true : undefined} aria-describedby={minProblem ? 'filter-min-error' : undefined} />
          –
          <input id="filter-max" className="input filter-num" inputMode="decimal" placeholder="max" aria-label="Maximum value" value={max} onChange={(e) => setMax(e.target.value)}
            aria-invalid={maxProblem ? true : undefined} aria-describedby={maxProblem ? 'filter-max-error' : undefined} />
        </span>
        {minProblem && <span className="filter-error" id="filter-min-error" role="alert">Minimum: {minProblem}</span>}
        {maxProblem && <span className="filter-error" id="filter-max-error" role="alert">Maximum: {maxProblem}</span>}
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
