import { applyFilter, filtersFromParams, filtersToWhere } from './filters';

describe('board filters in the URL', () => {
  it('turns the URL into the board’s DealWhere', () => {
    const filters = filtersFromParams(new URLSearchParams('mine=1&team=t1&q=acme%20renewal&min=1000&max=5000.50&from=2026-01-01&to=2026-03-31'));
    expect(filtersToWhere(filters, 'me')).toEqual({
      ownerId: { eq: 'me' },
      teamId: 't1',
      search: 'acme renewal',
      value: { gte: '1000', lte: '5000.50' },
      expectedCloseDate: { gte: '2026-01-01', lte: '2026-03-31' },
    });
  });

  it('ignores values the API would refuse and means no filter when empty', () => {
    expect(filtersToWhere(filtersFromParams(new URLSearchParams('min=abc&from=yesterday')), 'me')).toBeNull();
    expect(filtersToWhere(filtersFromParams(new URLSearchParams('owner=u2')), 'me')).toEqual({ ownerId: { eq: 'u2' } });
  });

  it('"my deals" and an owner exclude each other', () => {
    const mine = applyFilter(new URLSearchParams('owner=u2&pipeline=p'), 'mine', true);
    expect(mine.toString()).toBe('pipeline=p&mine=1');
    expect(applyFilter(mine, 'owner', 'u3').toString()).toBe('pipeline=p&owner=u3');
  });
});
