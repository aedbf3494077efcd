/**
 * What a move does to a board, computed on the client so the board shows it at once: the card
 * leaves its column and lands between its new neighbours, and the counts, per-currency totals and
 * weighted values of both columns and of the whole pipeline follow.
 *
 * Works on any representation of the board (query results in tests, normalised cache records in
 * the mutation's update) through the small `BoardAccess` adapter.
 */
import { addDecimal, subDecimal, weighted } from '../lib/money';

export interface MoneyTotalLike {
  __typename?: 'MoneyTotal';
  currency: string;
  count: number;
  value: string;
  weightedValue: string;
}

export interface ColumnLike<N> {
  count: number;
  totals: MoneyTotalLike[];
  deals: { nodes: N[]; pageInfo: { hasNextPage: boolean } };
}

export interface BoardLike<C> {
  count: number;
  totals: MoneyTotalLike[];
  columns: C[];
}

/** The parts of a deal that totals depend on. */
export interface DealFacts {
  id: string;
  value: string | null;
  currency: string;
  /** The deal's own probability override, if any. */
  probability: number | null;
}

export interface MoveSpec {
  dealId: string;
  toStageId: string;
  /** The card that ends up just above; null for the top. */
  afterDealId?: string | null;
  /** The card that ends up just below; null for the bottom. */
  beforeDealId?: string | null;
  /** Where the deal was when the move started (used when its card is not loaded). */
  fromStageId?: string | null;
}

export interface BoardAccess<N, C> {
  nodeId(node: N): string;
  stage(column: C): { id: string; probability: number };
}

function adjustTotals(totals: MoneyTotalLike[], deal: DealFacts, probability: number, sign: 1 | -1): MoneyTotalLike[] {
  const value = deal.value ?? '0';
  const weightedValue = weighted(value, probability);
  const index = totals.findIndex((t) => t.currency === deal.currency);
  if (index < 0) {
    if (sign < 0) return totals;
    return [...totals, { __typename: 'MoneyTotal', currency: deal.currency, count: 1, value: addDecimal('0', value), weightedValue }];
  }
  const current = totals[index]!;
  const count = current.count + sign;
  if (count <= 0) return totals.filter((_, i) => i !== index);
  const next: MoneyTotalLike = {
    ...current,
    count,
    value: sign > 0 ? addDecimal(current.value, value) : subDecimal(current.value, value),
    weightedValue: sign > 0 ? addDecimal(current.weightedValue, weightedValue) : subDecimal(current.weightedValue, weightedValue),
  };
  return totals.map((t, i) => (i === index ? next : t));
}

function shiftWeighted(totals: MoneyTotalLike[], deal: DealFacts, from: number, to: number): MoneyTotalLike[] {
  if (from === to) return totals;
  const delta = subDecimal(weighted(deal.value, to), weighted(deal.value, from));
  return totals.map((t) => (t.currency === deal.currency ? { ...t, weightedValue: addDecimal(t.weightedValue, delta) } : t));
}

/**
 * Where the card goes in the target column's loaded cards (without the card itself), or -1 when
 * its slot lies in a page not loaded yet.
 */
export function insertionIndex<N>(nodes: N[], move: MoveSpec, hasNextPage: boolean, nodeId: (node: N) => string): number {
  const indexOf = (id: string) => nodes.findIndex((n) => nodeId(n) === id);
  if (move.afterDealId) {
    const i = indexOf(move.afterDealId);
    if (i >= 0) return i + 1;
  }
  if (move.beforeDealId) {
    const i = indexOf(move.beforeDealId);
    if (i >= 0) return i;
  }
  // No neighbours: the server appends at the bottom of the column.
  if (!move.afterDealId && !move.beforeDealId) return hasNextPage ? -1 : nodes.length;
  // Dropped at the top (only a card below was given, and it has gone meanwhile).
  if (!move.afterDealId) return 0;
  return hasNextPage ? -1 : nodes.length;
}

/** The board after the move, sharing every unchanged part with the board before it. */
export function applyMove<N, C extends ColumnLike<N>, B extends BoardLike<C>>(
  board: B,
  move: MoveSpec,
  deal: DealFacts,
  node: N,
  access: BoardAccess<N, C>,
): B {
  const columns = board.columns;
  const target = columns.findIndex((c) => access.stage(c).id === move.toStageId);
  if (target < 0) return board;
  const holds = (c: C) => c.deals.nodes.some((n) => access.nodeId(n) === move.dealId);
  let source = columns.findIndex(holds);
  const loaded = source >= 0;
  if (!loaded && move.fromStageId) source = columns.findIndex((c) => access.stage(c).id === move.fromStageId);
  const changesColumn = source !== target;
  const probabilityIn = (c: C) => deal.probability ?? access.stage(c).probability;

  const nextColumns = columns.map((column, i) => {
    let nodes = column.deals.nodes;
    if (loaded && holds(column)) nodes = nodes.filter((n) => access.nodeId(n) !== move.dealId);
    let { count, totals } = column;
    if (i === source && changesColumn) {
      count -= 1;
      totals = adjustTotals(totals, deal, probabilityIn(column), -1);
    }
    if (i === target) {
      const at = insertionIndex(nodes, move, column.deals.pageInfo.hasNextPage, access.nodeId);
      if (at >= 0) nodes = [...nodes.slice(0, at), node, ...nodes.slice(at)];
      if (changesColumn) {
        count += 1;
        totals = adjustTotals(totals, deal, probabilityIn(column), 1);
      }
    }
    if (nodes === column.deals.nodes && count === column.count && totals === column.totals) return column;
    return { ...column, count, totals, deals: { ...column.deals, nodes } };
  });

  let boardTotals = board.totals;
  let boardCount = board.count;
  if (source < 0) {
    boardCount += 1;
    boardTotals = adjustTotals(boardTotals, deal, probabilityIn(columns[target]!), 1);
  } else if (changesColumn) {
    boardTotals = shiftWeighted(boardTotals, deal, probabilityIn(columns[source]!), probabilityIn(columns[target]!));
  }
  return { ...board, count: boardCount, totals: boardTotals, columns: nextColumns };
}

/** The board without the deal (deleted): its column and the pipeline lose its count and value. */
export function removeDeal<N, C extends ColumnLike<N>, B extends BoardLike<C>>(board: B, deal: DealFacts, access: BoardAccess<N, C>): B {
  const source = board.columns.findIndex((c) => c.deals.nodes.some((n) => access.nodeId(n) === deal.id));
  if (source < 0) return board;
  const column = board.columns[source]!;
  const probability = deal.probability ?? access.stage(column).probability;
  const nextColumn = {
    ...column,
    count: column.count - 1,
    totals: adjustTotals(column.totals, deal, probability, -1),
    deals: { ...column.deals, nodes: column.deals.nodes.filter((n) => access.nodeId(n) !== deal.id) },
  };
  return {
    ...board,
    count: board.count - 1,
    totals: adjustTotals(board.totals, deal, probability, -1),
    columns: board.columns.map((c, i) => (i === source ? nextColumn : c)),
  };
}

/** The ids of the cards just above and below `dealId` once it sits at `index` of `ids`. */
export function neighboursAt(ids: string[], dealId: string): { afterDealId: string | null; beforeDealId: string | null } {
  const index = ids.indexOf(dealId);
  return { afterDealId: index > 0 ? ids[index - 1]! : null, beforeDealId: index >= 0 && index < ids.length - 1 ? ids[index + 1]! : null };
}

/** Sums of several columns' totals, per currency (the open pipeline in the header). */
export function sumTotals(lists: MoneyTotalLike[][]): MoneyTotalLike[] {
  const byCurrency = new Map<string, MoneyTotalLike>();
  for (const list of lists) {
    for (const t of list) {
      const current = byCurrency.get(t.currency);
      byCurrency.set(t.currency, current
        ? { ...current, count: current.count + t.count, value: addDecimal(current.value, t.value), weightedValue: addDecimal(current.weightedValue, t.weightedValue) }
        : { ...t });
    }
  }
  return [...byCurrency.values()].sort((a, b) => b.count - a.count);
}
