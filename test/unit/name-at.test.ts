import { nameAt } from '../../src/graph/name-at.resolver';
import { labelOn, nameHeldOn, namesFromLists } from '../../src/shared/names-over-time';

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

describe('labelOn: the label of an entity in an answer about a time', () => {
  const bmi = {
    name: 'Bundesministerium des Innern, für Bau und Heimat',
    names: namesFromLists(
      ['Bundesministerium des Innern', 'Bundesministerium des Innern, für Bau und Heimat'],
      ['', '2018-03-14'],
      ['2018-03-13', '2021-12-07'],
    ),
  };

  it('is the name held at the date, the entity name for an open window or when none holds', () => {
    expect(labelOn(bmi, '2017-06-01')).toBe('Bundesministerium des Innern');
    expect(labelOn(bmi, '2018-03-14')).toBe('Bundesministerium des Innern, für Bau und Heimat');
    expect(labelOn(bmi, null)).toBe(bmi.name);
    expect(labelOn({ ...bmi, name: 'today' }, '2023-01-01')).toBe('today');
    expect(labelOn({ name: 'BMAS', names: [] }, '1990-01-01')).toBe('BMAS');
  });

  it('reads the stored parallel lists, empty strings as unknown ends', () => {
    expect(namesFromLists(['A'], [''], ['2000-12-31'])).toEqual([
      { name: 'A', validFrom: null, validTo: '2000-12-31' },
    ]);
    expect(namesFromLists(null, null, null)).toEqual([]);
  });
});

describe('nameHeldOn: an open end holds until a later name starts', () => {
  it('gives the later name once it started, the open one again after the later one ended only if nothing says otherwise', () => {
    const names = [
      { name: 'A', validFrom: '2000-01-01', validTo: null },
      { name: 'B', validFrom: '2010-01-01', validTo: '2015-12-31' },
    ];
    expect(nameHeldOn(names, '2005-06-01')).toBe('A');
    expect(nameHeldOn(names, '2012-06-01')).toBe('B');
    // A's open end was closed by B's start: after B ended no recorded name holds.
    expect(nameHeldOn(names, '2020-06-01')).toBeNull();
  });
});
