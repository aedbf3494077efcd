import { applyMove, insertionIndex, neighboursAt, removeDeal, sumTotals, type MoneyTotalLike } from './boardModel';

interface Card { id: string; value: string | null; currency: string; probability: number | null }
interface Col { stage: { id: string; probability: number }; count: number; totals: MoneyTotalLike[]; deals: { nodes: Card[]; pageInfo: { hasNextPage: boolean } } }

const card = (id: string, value: string | null, currency = 'USD', probability: number | null = null): Card => ({ id, value, currency, probability });
const total = (currency: string, count: number, value: string, weightedValue: string): MoneyTotalLike => ({ __typename: 'MoneyTotal', currency, count, value, weightedValue });

/** New 10%, Qualified 40% (one EUR deal), Won 100%; one column has more pages on the server. */
function fixture() {
  const a = card('a', '1000.00');
  const b = card('b', '2500.50');
  const c = card('c', null);
  const d = card('d', '4000.00');
  const e = card('e', '300.00', 'EUR', 0.9);
  const columns: Col[] = [
    { stage: { id: 'new', probability: 0.1 }, count: 3, totals: [total('USD', 3, '3500.50', '350.05')], deals: { nodes: [a, b, c], pageInfo: { hasNextPage: false } } },
    { stage: { id: 'qualified', probability: 0.4 }, count: 2, totals: [total('USD', 1, '4000.00', '1600.00'), total('EUR', 1, '300.00', '270.00')], deals: { nodes: [d, e], pageInfo: { hasNextPage: false } } },
    { stage: { id: 'won', probability: 1 }, count: 40, totals: [total('USD', 40, '100000.00', '100000.00')], deals: { nodes: [], pageInfo: { hasNextPage: true } } },
  ];
  const board = { count: 45, totals: [total('USD', 43, '107500.50', '101950.05'), total('EUR', 1, '300.00', '270.00')], columns };
  return { board, cards: { a, b, c, d, e } };
}

const access = { nodeId: (n: Card) => n.id, stage: (c: Col) => c.stage };
const ids = (col: Col) => col.deals.nodes.map((n) => n.id);

describe('applyMove', () => {
  it('reorders inside a column without touching counts or totals', () => {
    const { board, cards } = fixture();
    const next = applyMove(board, { dealId: 'c', toStageId: 'new', afterDealId: null, beforeDealId: 'a' }, cards.c, cards.c, access);
    expect(ids(next.columns[0]!)).toEqual(['c', 'a', 'b']);
    expect(next.columns[0]!.count).toBe(3);
    expect(next.columns[0]!.totals).toBe(board.columns[0]!.totals);
    expect(next.totals).toBe(board.totals);
    expect(next.columns[1]).toBe(board.columns[1]);
  });

  it('moves between columns: the card lands between its neighbours and both columns’ totals follow', () => {
    const { board, cards } = fixture();
    const next = applyMove(board, { dealId: 'b', toStageId: 'qualified', afterDealId: 'd', beforeDealId: 'e', fromStageId: 'new' }, cards.b, cards.b, access);
    expect(ids(next.columns[0]!)).toEqual(['a', 'c']);
    expect(ids(next.columns[1]!)).toEqual(['d', 'b', 'e']);
    expect(next.columns[0]!.count).toBe(2);
    expect(next.columns[1]!.count).toBe(3);
    expect(next.columns[0]!.totals).toEqual([total('USD', 2, '1000.00', '100.00')]);
    // 2500.50 × 0.4 = 1000.20 joins the USD total of Qualified; EUR is untouched.
    expect(next.columns[1]!.totals).toEqual([total('USD', 2, '6500.50', '2600.20'), total('EUR', 1, '300.00', '270.00')]);
    // The pipeline keeps its count and value; only the weighted value shifts (0.1 → 0.4 of 2500.50).
    expect(next.count).toBe(45);
    expect(next.totals[0]).toEqual(total('USD', 43, '107500.50', '102700.20'));
    expect(next.totals[1]).toBe(board.totals[1]);
  });

  it('uses the deal’s own probability over the stage’s, per currency', () => {
    const { board, cards } = fixture();
    const next = applyMove(board, { dealId: 'e', toStageId: 'new', afterDealId: 'c', fromStageId: 'qualified' }, cards.e, cards.e, access);
    expect(next.columns[1]!.totals).toEqual([total('USD', 1, '4000.00', '1600.00')]);
    expect(next.columns[0]!.totals).toEqual([total('USD', 3, '3500.50', '350.05'), total('EUR', 1, '300.00', '270.00')]);
    expect(next.totals).toEqual(board.totals);
  });

  it('counts a deal without a value but adds nothing to the value', () => {
    const { board, cards } = fixture();
    const next = applyMove(board, { dealId: 'c', toStageId: 'qualified', afterDealId: 'e', fromStageId: 'new' }, cards.c, cards.c, access);
    expect(next.columns[0]!.totals).toEqual([total('USD', 2, '3500.50', '350.05')]);
    expect(next.columns[1]!.totals[0]).toEqual(total('USD', 2, '4000.00', '1600.00'));
    expect(ids(next.columns[1]!)).toEqual(['d', 'e', 'c']);
  });

  it('closing into a column whose cards are not all loaded counts the deal without showing it', () => {
    const { board, cards } = fixture();
    const next = applyMove(board, { dealId: 'a', toStageId: 'won', fromStageId: 'new' }, cards.a, cards.a, access);
    expect(ids(next.columns[0]!)).toEqual(['b', 'c']);
    expect(ids(next.columns[2]!)).toEqual([]);
    expect(next.columns[2]!.count).toBe(41);
    expect(next.columns[2]!.totals).toEqual([total('USD', 41, '101000.00', '101000.00')]);
    expect(next.totals[0]).toEqual(total('USD', 43, '107500.50', '102850.05'));
  });

  it('applied again once the server confirms (or a poll already showed the move), it changes nothing more', () => {
    const { board, cards } = fixture();
    const move = { dealId: 'b', toStageId: 'qualified', afterDealId: 'd', beforeDealId: 'e', fromStageId: 'new' };
    const once = applyMove(board, move, cards.b, cards.b, access);
    const twice = applyMove(once, move, cards.b, cards.b, access);
    expect(twice.columns.map((c) => [ids(c), c.count, c.totals])).toEqual(once.columns.map((c) => [ids(c), c.count, c.totals]));
    expect(twice.totals).toEqual(once.totals);
  });

  it('leaves a board without the target stage alone', () => {
    const { board, cards } = fixture();
    expect(applyMove(board, { dealId: 'a', toStageId: 'elsewhere' }, cards.a, cards.a, access)).toBe(board);
  });
});

describe('insertionIndex', () => {
  const nodes = ['x', 'y', 'z'];
  const id = (s: string) => s;
  it('goes after the card above, else before the card below', () => {
    expect(insertionIndex(nodes, { dealId: 'n', toStageId: 's', afterDealId: 'y' }, false, id)).toBe(2);
    expect(insertionIndex(nodes, { dealId: 'n', toStageId: 's', afterDealId: null, beforeDealId: 'x' }, false, id)).toBe(0);
    expect(insertionIndex(nodes, { dealId: 'n', toStageId: 's', afterDealId: 'gone', beforeDealId: 'z' }, false, id)).toBe(2);
  });
  it('appends with no neighbours, unless the column has unloaded pages', () => {
    expect(insertionIndex(nodes, { dealId: 'n', toStageId: 's' }, false, id)).toBe(3);
    expect(insertionIndex(nodes, { dealId: 'n', toStageId: 's' }, true, id)).toBe(-1);
  });
});

describe('helpers', () => {
  it('neighboursAt names the cards above and below', () => {
    expect(neighboursAt(['a', 'b', 'c'], 'b')).toEqual({ afterDealId: 'a', beforeDealId: 'c' });
    expect(neighboursAt(['a'], 'a')).toEqual({ afterDealId: null, beforeDealId: null });
  });

  it('removeDeal takes the deal out of its column and the pipeline', () => {
    const { board, cards } = fixture();
    const next = removeDeal(board, cards.d, access);
    expect(ids(next.columns[1]!)).toEqual(['e']);
    expect(next.columns[1]!.count).toBe(1);
    expect(next.columns[1]!.totals).toEqual([total('EUR', 1, '300.00', '270.00')]);
    expect(next.count).toBe(44);
    expect(next.totals[0]).toEqual(total('USD', 42, '103500.50', '100350.05'));
  });

  it('sumTotals adds per currency, exactly', () => {
    expect(sumTotals([[total('USD', 1, '0.10', '0.01')], [total('USD', 2, '0.20', '0.02'), total('EUR', 1, '5.00', '1.00')]]))
      .toEqual([total('USD', 3, '0.30', '0.03'), total('EUR', 1, '5.00', '1.00')]);
  });
});
