import { Kind } from 'graphql';
import { YearMonth } from '../../../src/schema/scalars';

describe('YearMonth scalar', () => {
  it('takes YYYY-MM months of src/dates\' range, from variables and literals', () => {
    expect(YearMonth.parseValue('2026-10')).toBe('2026-10');
    expect(YearMonth.parseValue('1900-01')).toBe('1900-01');
    expect(YearMonth.parseValue('2100-12')).toBe('2100-12');
    expect(YearMonth.parseLiteral({ kind: Kind.STRING, value: '2026-02' }, {})).toBe('2026-02');
    expect(YearMonth.serialize('2026-10')).toBe('2026-10');
  });

  it.each(['2026-13', '2026-1', '2026-10-01', 'Oct 2026', '1899-12', '2101-01', 202610])('refuses %j as BAD_USER_INPUT', (value) => {
    expect(() => YearMonth.parseValue(value)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', constraint: 'isYearMonth' } }));
  });

  it('refuses a literal that is not a string', () => {
    expect(() => YearMonth.parseLiteral({ kind: Kind.INT, value: '202610' }, {})).toThrow(/YearMonth must be YYYY-MM/);
  });
});
