import { nameAt } from '../../src/graph/name-at.resolver';

describe('nameAt (names over time)', () => {
  const bmi = {
    name: 'Bundesministerium des Innern, für Bau und Heimat',
    names: [
      { name: 'Bundesministerium des Innern', validFrom: null, validTo: '2018-03-13' },
      {
        name: 'Bundesministerium des Innern, für Bau und Heimat',
        validFrom: '2018-03-14',
        validTo: '2021-12-07',
      },
    ],
  };

  it('answers the name holding on the date, both ends inclusive', () => {
    expect(nameAt(bmi, { date: '1990-01-01' })).toBe('Bundesministerium des Innern');
    expect(nameAt(bmi, { date: '2018-03-13' })).toBe('Bundesministerium des Innern');
    expect(nameAt(bmi, { date: '2018-03-14' })).toBe('Bundesministerium des Innern, für Bau und Heimat');
    expect(nameAt(bmi, { date: '2021-12-07' })).toBe('Bundesministerium des Innern, für Bau und Heimat');
  });

  it('answers null after the last known name ends: unknown, not the old name', () => {
    expect(nameAt(bmi, { date: '2021-12-08' })).toBeNull();
  });

  it('lets an open end hold until the next name starts', () => {
    const renamed = {
      name: 'Sozialer Zusammenhalt',
      names: [
        { name: 'Soziale Stadt', validFrom: '1999', validTo: undefined },
        { name: 'Sozialer Zusammenhalt', validFrom: '2020-01-01', validTo: undefined },
      ],
    };
    expect(nameAt(renamed, { date: '2019-12-31' })).toBe('Soziale Stadt');
    expect(nameAt(renamed, { date: '2020-01-01' })).toBe('Sozialer Zusammenhalt');
    expect(nameAt(renamed, { date: '1998-12-31' })).toBeNull();
  });

  it('answers the name of an entity without names over time at any date', () => {
    expect(nameAt({ name: 'BMAS', names: [] }, { date: '1900-01-01' })).toBe('BMAS');
    expect(nameAt({ name: 'BMAS' }, { date: '2100-01-01' })).toBe('BMAS');
  });
});
