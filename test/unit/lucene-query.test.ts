import { toLuceneQuery } from '../../src/api/search/lucene-query';

describe('toLuceneQuery', () => {
  it('returns undefined when nothing searchable is left', () => {
    expect(toLuceneQuery('')).toBeUndefined();
    expect(toLuceneQuery(' -*~"()^ a ')).toBeUndefined();
  });

  it('drops every Lucene operator from the input', () => {
    const query = toLuceneQuery('name:BMI OR (x~2) AND "y"^3 \\ /regex/ [a TO z]') ?? '';
    for (const operator of ['name:', '"', '\\', '/', '[', ']', '~2)']) expect(query).not.toContain(operator);
    expect(query).toContain('(abbreviation:name^12 OR name^4');
  });

  it('matches each word exactly, by abbreviation, as prefix, fuzzily and as fragment', () => {
    expect(toLuceneQuery('Gemeinsam Quartier')).toBe(
      '(abbreviation:gemeinsam^12 OR gemeinsam^4 OR gemeinsam*^2 OR gemeinsam~2 OR *gemeinsam*) OR ' +
        '(abbreviation:quartier^12 OR quartier^4 OR quartier*^2 OR quartier~2 OR *quartier*)',
    );
  });

  it('folds umlauts and ß as the index does, and keeps short words exact', () => {
    expect(toLuceneQuery('Weiß')).toBe(
      '(abbreviation:weiss^12 OR weiss^4 OR weiss*^2 OR weiss~1 OR *weiss*)',
    );
    expect(toLuceneQuery('Städte')).toContain('stadte*^2');
    expect(toLuceneQuery('DV')).toBe('(abbreviation:dv^12 OR dv^4 OR dv*^2)');
  });
});

// Issue 12, finding 8: "⑴⑴" became "(1)(1)" after NFKD folding and reached Lucene as syntax.
describe('toLuceneQuery after compatibility folding', () => {
  it('drops punctuation that folding creates', () => {
    expect(toLuceneQuery('⑴⑴')).toBeUndefined();
    const query = toLuceneQuery('⒜⒝ ﹙bmi﹚ ＢＭＩ') ?? '';
    expect(query).not.toMatch(/\(\w*\)|﹙|﹚/);
    expect(query).toContain('abbreviation:bmi^12');
  });
});
