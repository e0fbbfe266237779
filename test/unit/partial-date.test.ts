import { formatPartialDate, parsePartialDate } from '../../src/case-study/partial-date';

describe('parsePartialDate', () => {
  it.each(['', '2021-13', '2021-02-30', '2019-02-29', '21-03-04', '2021/03/04', '2021-3-4'])(
    'rejects %j',
    (text) => {
      expect(parsePartialDate(text, 'start')).toBeUndefined();
    },
  );

  it('reads a day, a month and a year with their precision and the right end of the period', () => {
    expect(parsePartialDate('2020-02-29', 'start')).toEqual({ iso: '2020-02-29', precision: 'DAY' });
    expect(parsePartialDate('2020-02', 'start')).toEqual({ iso: '2020-02-01', precision: 'MONTH' });
    expect(parsePartialDate('2020-02', 'end')).toEqual({ iso: '2020-02-29', precision: 'MONTH' });
    expect(parsePartialDate('2021-02', 'end')).toEqual({ iso: '2021-02-28', precision: 'MONTH' });
    expect(parsePartialDate('2022', 'start')).toEqual({ iso: '2022-01-01', precision: 'YEAR' });
    expect(parsePartialDate('2022', 'end')).toEqual({ iso: '2022-12-31', precision: 'YEAR' });
  });

  it('formats back to what the researcher wrote', () => {
    for (const [text, bound] of [
      ['2020-02-29', 'start'],
      ['2020-02', 'end'],
      ['2022', 'end'],
    ] as const) {
      const parsed = parsePartialDate(text, bound);
      expect(parsed && formatPartialDate(parsed.iso, parsed.precision)).toBe(text);
    }
  });
});
