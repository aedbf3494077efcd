import { createCache } from './cache';
import { BoardDocument } from '../board/operations';
import { appendColumnPage } from '../board/boardCache';
import { BoardColumnPageDocument } from '../board/useColumnPaging';
import { boardFixture, deal } from '../../test/board-fixture';
import type { BoardQuery } from '../gql/graphql';

const variables = { pipelineId: 'p1', where: null };

function withNewColumn(nodes: ReturnType<typeof deal>[], hasNextPage: boolean, endCursor: string): BoardQuery {
  const data = boardFixture();
  const column = data.board.columns[0]!;
  data.board.columns[0] = { ...column, count: 60, deals: { ...column.deals, nodes, pageInfo: { ...column.deals.pageInfo, hasNextPage, endCursor } } };
  return data;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => deal(`n${from + i}`, `Deal ${from + i}`, '100.00', 'new'));
/** What loading a page by scrolling does: the page's deals are written, then appended to the column. */
function loadPage(cache: ReturnType<typeof createCache>, after: string, nodes: ReturnType<typeof deal>[], hasNextPage: boolean, endCursor: string) {
  const page = { __typename: 'DealConnection' as const, pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor }, nodes };
  cache.writeQuery({ query: BoardColumnPageDocument, variables: { where: { stageId: { eq: 'new' } }, after, first: 50 }, data: { __typename: 'Query', deals: page } });
  appendColumnPage(cache, 'new', after, page);
}

const ids = (data: BoardQuery | null) => data!.board.columns[0]!.deals.nodes.map((n) => n.id);

describe('cache policies for the board', () => {
  it('a poll refreshes a column’s first page and keeps the pages loaded by scrolling', () => {
    const cache = createCache();
    cache.writeQuery({ query: BoardDocument, variables, data: withNewColumn(range(0, 25), true, 'c25') });
    loadPage(cache, 'c25', range(25, 50), true, 'c50');
    expect(ids(cache.readQuery({ query: BoardDocument, variables }))).toHaveLength(50);

    // Someone moved n3 away and put x1 at the top; the poll returns the new first page.
    const head = [deal('x1', 'New top', '5.00', 'new'), ...range(0, 25).filter((d) => d.id !== 'n3')];
    cache.writeQuery({ query: BoardDocument, variables, data: withNewColumn(head, true, 'c25b') });
    const after = cache.readQuery({ query: BoardDocument, variables })!;
    const list = ids(after);
    expect(list.slice(0, 3)).toEqual(['x1', 'n0', 'n1']);
    expect(list).not.toContain('n3');
    expect(list).toHaveLength(50);
    expect(list.at(-1)).toBe('n49');
    // Paging continues from where scrolling stopped.
    expect(after.board.columns[0]!.deals.pageInfo.endCursor).toBe('c50');
  });

  it('a first page that holds the whole column replaces it', () => {
    const cache = createCache();
    cache.writeQuery({ query: BoardDocument, variables, data: withNewColumn(range(0, 25), true, 'c25') });
    loadPage(cache, 'c25', range(25, 30), false, 'c30');
    cache.writeQuery({ query: BoardDocument, variables, data: withNewColumn(range(0, 3), false, 'c3') });
    expect(ids(cache.readQuery({ query: BoardDocument, variables }))).toEqual(['n0', 'n1', 'n2']);
  });

  it('appends a page only to the column that ended at its cursor', () => {
    const cache = createCache();
    cache.writeQuery({ query: BoardDocument, variables, data: withNewColumn(range(0, 25), true, 'c25') });
    loadPage(cache, 'stale-cursor', range(25, 30), false, 'c30');
    expect(ids(cache.readQuery({ query: BoardDocument, variables }))).toHaveLength(25);
  });
});
