import { germanDateToIso } from '../../src/case-study/german-date';

describe('German dates', () => {
  it.each([
    ['15.03.2021', '2021-03-15'],
    ['4.3.2021', '2021-03-04'],
    ['4. 3. 2021', '2021-03-04'],
    ['11. November 2020', '2020-11-11'],
    ['1. Sept. 2022', '2022-09-01'],
    ['3. März 2021', '2021-03-03'],
    ['März 2021', '2021-03'],
    ['Jan. 2020', '2020-01'],
    ['03/2021', '2021-03'],
  ])('%s is %s', (text, iso) => {
    expect(germanDateToIso(text)).toBe(iso);
  });

  it.each(['30.02.2021', '13.13.2021', 'Mitte 2021', '2021', 'Frühjahr 2021', '1. Brumaire 2021'])(
    '%s is not read as a date',
    (text) => {
      expect(germanDateToIso(text)).toBeUndefined();
    },
  );
});
