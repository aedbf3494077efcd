import type { BoardQuery, DealCardFragment } from '../src/gql/graphql';

type Column = BoardQuery['board']['columns'][number];

export function deal(id: string, title: string, value: string | null, stageId: string, extra: Partial<DealCardFragment> = {}): DealCardFragment {
  return {
    __typename: 'Deal',
    id,
    version: 3,
    title,
    value,
    currency: 'USD',
    probability: null,
    expectedCloseDate: '2027-01-15',
    daysInStage: 4,
    isRotting: false,
    status: 'OPEN',
    stageId,
    stageEnteredAt: '2026-11-19T10:00:00.000Z',
    closedAt: null,
    lostReason: null,
    nextActivityState: 'NONE',
    nextActivity: null,
    company: { __typename: 'Company', id: `co-${id}`, name: `${title} Inc` },
    owner: { __typename: 'User', id: 'u1', name: 'Rafael Rep' },
    viewerCan: { __typename: 'DealPermissions', update: true, delete: true, moveDeal: true },
    ...extra,
  };
}

function money(count: number, value: string, weightedValue: string) {
  return [{ __typename: 'MoneyTotal' as const, currency: 'USD', count, value, weightedValue }];
}

function column(id: string, name: string, probability: number, type: 'OPEN' | 'WON' | 'LOST', deals: DealCardFragment[], count: number, totals: ReturnType<typeof money> | [], hasNextPage = false): Column {
  return {
    __typename: 'BoardColumn',
    stage: { __typename: 'PipelineStage', id, name, color: '#94a3b8', probability, type, rottingDays: 14, position: 1 },
    count,
    totals,
    deals: { __typename: 'DealConnection', pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: deals.length ? `cursor-${deals[deals.length - 1]!.id}` : null }, nodes: deals },
  };
}

/** New (10%): Alpha 1000, Bravo 2000, Charlie 3000 · Qualified (50%): Delta 4000 · Proposal (80%): empty · Won · Lost. */
export function boardFixture(): BoardQuery {
  const a = deal('a', 'Alpha', '1000.00', 'new');
  const b = deal('b', 'Bravo', '2000.00', 'new');
  const c = deal('c', 'Charlie', '3000.00', 'new');
  const d = deal('d', 'Delta', '4000.00', 'qualified');
  return {
    __typename: 'Query',
    board: {
      __typename: 'Board',
      count: 9,
      totals: money(9, '15000.00', '7600.00'),
      columns: [
        column('new', 'New', 0.1, 'OPEN', [a, b, c], 3, money(3, '6000.00', '600.00')),
        column('qualified', 'Qualified', 0.5, 'OPEN', [d], 1, money(1, '4000.00', '2000.00')),
        column('proposal', 'Proposal', 0.8, 'OPEN', [], 0, []),
        column('won', 'Closed Won', 1, 'WON', [], 3, money(3, '5000.00', '5000.00'), true),
        column('lost', 'Closed Lost', 0, 'LOST', [], 2, [], true),
      ],
    },
  };
}
