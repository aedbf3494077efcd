import type { DealWhere } from '../gql/graphql';

/** The board's filters as they live in the URL (shareable, survive a reload). */
export interface BoardFilters {
  mine: boolean;
  owner: string;
  team: string;
  q: string;
  min: string;
  max: string;
  from: string;
  to: string;
}

export const FILTER_KEYS: (keyof BoardFilters)[] = ['mine', 'owner', 'team', 'q', 'min', 'max', 'from', 'to'];

export function filtersFromParams(params: URLSearchParams): BoardFilters {
  return {
    mine: params.get('mine') === '1',
    owner: params.get('owner') ?? '',
    team: params.get('team') ?? '',
    q: params.get('q') ?? '',
    min: params.get('min') ?? '',
    max: params.get('max') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

export function applyFilter(params: URLSearchParams, key: keyof BoardFilters, value: string | boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  const text = typeof value === 'boolean' ? (value ? '1' : '') : value;
  if (text) next.set(key, text);
  else next.delete(key);
  if (key === 'mine' && value) next.delete('owner');
  if (key === 'owner' && value) next.delete('mine');
  return next;
}

export function activeFilterCount(filters: BoardFilters): number {
  return FILTER_KEYS.filter((k) => (k === 'mine' ? filters.mine : !!filters[k])).length;
}

const decimal = (s: string) => (/^\d+(\.\d{1,2})?$/.test(s.trim()) ? s.trim() : undefined);
const date = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);

/** The board's `where: DealWhere` for the filters (null when none apply). */
export function filtersToWhere(filters: BoardFilters, viewerId: string): DealWhere | null {
  const where: DealWhere = {};
  const owner = filters.mine ? viewerId : filters.owner;
  if (owner) where.ownerId = { eq: owner };
  if (filters.team) where.teamId = filters.team;
  if (filters.q.trim()) where.search = filters.q.trim();
  const min = decimal(filters.min);
  const max = decimal(filters.max);
  if (min || max) where.value = { ...(min ? { gte: min } : {}), ...(max ? { lte: max } : {}) };
  const from = date(filters.from);
  const to = date(filters.to);
  if (from || to) where.expectedCloseDate = { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
  return Object.keys(where).length ? where : null;
}
