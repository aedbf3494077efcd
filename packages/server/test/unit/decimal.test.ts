import { sumDecimals, weighDecimal } from '../../src/platform/decimal';

describe('exact decimals', () => {
  it('adds money past the precision of JavaScript numbers', () => {
    expect(sumDecimals(['999999999999.99', '999999999999.99', '0.01'])).toBe('1999999999999.99');
    expect(sumDecimals(['45035996273704.97', '45035996273704.97'])).toBe('90071992547409.94');
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.30');
  });

  it('keeps signs and sums nothing to zero', () => {
    expect(sumDecimals([])).toBe('0.00');
    expect(sumDecimals(['-5.25', '2'])).toBe('-3.25');
  });

  it('weighs by a probability and rounds half away from zero, as PostgreSQL does', () => {
    expect(weighDecimal('1000.00', 0.35)).toBe('350.00');
    expect(weighDecimal('0.05', 0.5)).toBe('0.03');
    expect(weighDecimal('99999999999999.99', 0.99)).toBe('98999999999999.99');
  });
});
