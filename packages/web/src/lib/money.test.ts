import { addDecimal, subDecimal, toCents, weighted } from './money';

describe('money', () => {
  it('adds and subtracts decimal strings exactly', () => {
    expect(addDecimal('0.10', '0.20')).toBe('0.30');
    expect(subDecimal('1000000000000.01', '0.02')).toBe('999999999999.99');
    expect(subDecimal('5', '7.5')).toBe('-2.50');
    expect(toCents('12')).toBe(1200n);
  });
  it('weights to the cent', () => {
    expect(weighted('2500.50', 0.4)).toBe('1000.20');
    expect(weighted('0.05', 0.5)).toBe('0.03');
    expect(weighted(null, 0.5)).toBe('0.00');
  });
});
