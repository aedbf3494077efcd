import { keyBetween, spreadKeys } from '../../src/platform/ordering/fractional-key';

/** Keys order byte-wise (COLLATE "C"), as PostgreSQL compares them. */
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('fractional order keys', () => {
  it('makes a key strictly between two keys, or beyond an open end', () => {
    const cases: [string | null, string | null][] = [[null, null], ['V', null], [null, 'V'], ['V', 'W'], ['V', 'V1'], ['Vz', 'W'], ['1', '2'], ['0V', '1']];
    for (const [lo, hi] of cases) {
      const key = keyBetween(lo, hi);
      if (lo !== null) expect(byteOrder(lo, key)).toBe(-1);
      if (hi !== null) expect(byteOrder(key, hi)).toBe(-1);
      expect(key.endsWith('0')).toBe(false);
    }
  });

  it('keeps working when cards are dropped into the same gap again and again', () => {
    let top = 'V';
    const bottom = 'W';
    for (let i = 0; i < 500; i++) {
      const key = keyBetween(top, bottom);
      expect(top < key && key < bottom).toBe(true);
      top = key;
    }
    expect(top.length).toBeLessThan(100);
    let first = 'V';
    for (let i = 0; i < 500; i++) {
      const key = keyBetween(null, first);
      expect(key < first).toBe(true);
      first = key;
    }
  });

  it('stays short when a column only ever grows at one end (new deals at the bottom, drops at the top)', () => {
    let last = 'V';
    let first = 'V';
    let ordered = true;
    for (let i = 0; i < 50_000; i++) {
      const after = keyBetween(last, null);
      const before = keyBetween(null, first);
      ordered &&= after > last && before < first && !after.endsWith('0') && !before.endsWith('0');
      last = after;
      first = before;
    }
    expect(ordered).toBe(true);
    // Halving the open end instead would need about 8,000 characters here.
    expect(last.length).toBeLessThanOrEqual(6);
    expect(first.length).toBeLessThanOrEqual(6);
  });

  it('refuses bounds out of order', () => {
    expect(() => keyBetween('W', 'V')).toThrow();
    expect(() => keyBetween('V', 'V')).toThrow();
  });

  it('spreads evenly ordered keys for seeding a column', () => {
    for (const n of [1, 2, 61, 62, 1000, 5000]) {
      const keys = spreadKeys(n);
      expect(keys).toHaveLength(n);
      expect([...keys].sort(byteOrder)).toEqual(keys);
      expect(new Set(keys).size).toBe(n);
      expect(keyBetween(keys[0], keys[1] ?? null) > keys[0]).toBe(true);
    }
  });
});
