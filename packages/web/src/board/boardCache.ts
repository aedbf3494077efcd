import type { ApolloCache, Reference } from '@apollo/client';
import { applyMove, removeDeal, type BoardAccess, type ColumnLike, type DealFacts, type MoveSpec, type MoneyTotalLike } from './boardModel';

/** A board as the normalised cache stores it: cards and stages are references. */
interface StoredColumn extends ColumnLike<Reference> {
  stage: Reference;
  deals: { nodes: Reference[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
interface StoredBoard {
  count: number;
  totals: MoneyTotalLike[];
  columns: StoredColumn[];
}

type ReadField = <T>(field: string, from: Reference) => T | undefined;

function access(readField: ReadField): BoardAccess<Reference, StoredColumn> {
  return {
    nodeId: (node) => readField<string>('id', node) ?? node.__ref,
    stage: (column) => ({ id: readField<string>('id', column.stage) ?? '', probability: readField<number>('probability', column.stage) ?? 0 }),
  };
}

/** Rewrites every cached board with `change` (which returns the board unchanged, or null to keep it as is). */
function modifyBoards(cache: ApolloCache, change: (board: StoredBoard, readField: ReadField, storeFieldName: string) => StoredBoard | null): void {
  cache.modify<{ board: StoredBoard }>({
    id: 'ROOT_QUERY',
    fields: {
      board(existing, { readField, storeFieldName }) {
        const board = existing as unknown as StoredBoard;
        if (!board?.columns) return existing;
        return (change(board, readField as ReadField, storeFieldName) ?? existing) as unknown as typeof existing;
      },
    },
  });
}

/** The cache reference of a deal, or null when the cache cannot identify it. */
function dealRef(cache: ApolloCache, id: string): Reference | null {
  const ref = cache.identify({ __typename: 'Deal', id });
  return ref ? { __ref: ref } : null;
}

/**
 * Applies a move to every cached board that shows the target stage (the board as filtered now and
 * any other filter cached before), without a request. Used by moveDeal's optimistic update and
 * again with the server's answer.
 */
export function applyMoveToCache(cache: ApolloCache, move: MoveSpec, deal: DealFacts): void {
  const node = dealRef(cache, deal.id);
  if (node) modifyBoards(cache, (board, readField) => applyMove(board, move, deal, node, access(readField)));
}

/**
 * Appends a page of a column loaded by scrolling to the cached board(s) whose column ended at
 * `after`, so the column grows in place.
 */
export function appendColumnPage(cache: ApolloCache, stageId: string, after: string, page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }): void {
  modifyBoards(cache, (board, readField) => {
    let changed = false;
    const columns = board.columns.map((column) => {
      if (readField<string>('id', column.stage) !== stageId || column.deals.pageInfo.endCursor !== after) return column;
      const have = new Set(column.deals.nodes.map((n) => n.__ref));
      const added = page.nodes
        .map((n) => cache.identify({ __typename: 'Deal', id: n.id }))
        .filter((r): r is string => !!r && !have.has(r))
        .map((r) => ({ __ref: r }));
      changed = true;
      return { ...column, deals: { ...column.deals, nodes: [...column.deals.nodes, ...added], pageInfo: { ...column.deals.pageInfo, hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor } } };
    });
    return changed ? { ...board, columns } : null;
  });
}

/** Whether a cached board entry was read without filters (its storeFieldName holds the arguments). */
function unfiltered(storeFieldName: string): boolean {
  const open = storeFieldName.indexOf('(');
  if (open < 0) return true;
  try {
    const args = JSON.parse(storeFieldName.slice(open + 1, -1)) as { where?: unknown };
    return !args.where;
  } catch {
    return false;
  }
}

/**
 * A deal created here joins the bottom of its column on the unfiltered board(s) at once; filtered
 * boards (whose filter the client cannot evaluate exactly, e.g. full-text search) pick it up at
 * their next poll.
 */
export function addNewDealToCache(cache: ApolloCache, deal: DealFacts & { stageId: string }): void {
  const node = dealRef(cache, deal.id);
  if (node) modifyBoards(cache, (board, readField, storeFieldName) => (unfiltered(storeFieldName) ? applyMove(board, { dealId: deal.id, toStageId: deal.stageId }, deal, node, access(readField)) : null));
}

/** A deleted deal leaves its column (count and totals too) on every cached board. */
export function removeDealFromCache(cache: ApolloCache, deal: DealFacts): void {
  if (dealRef(cache, deal.id)) modifyBoards(cache, (board, readField) => removeDeal(board, deal, access(readField)));
}
