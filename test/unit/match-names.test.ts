import { NameIndex, tokenize } from '../../src/draft/match-names';
import { segmentText } from '../../src/draft/segment-text';

describe('names found in a text, tolerantly', () => {
  const index = new NameIndex<string>();
  index.add('Bundesministerium für Arbeit und Soziales', 'bmas');
  index.add('Deutscher Verband für Wohnungswesen, Städtebau und Raumordnung e.V.', 'dv');
  index.add('BMAS', 'bmas');
  index.add('Kleinstadt- und Dorfentwicklung', 'dorf');
  const found = (text: string) =>
    index.find(tokenize(text)).map((hit) => [hit.value, text.slice(hit.start, hit.end)]);

  it('in another case, with inflection endings, umlauts spelled out and hyphens', () => {
    expect(found('Leiter im Bundesministeriums für Arbeit und Soziales')).toEqual([
      ['bmas', 'Bundesministeriums für Arbeit und Soziales'],
    ]);
    expect(
      found('Präsident des Deutschen Verbandes fuer Wohnungswesen, Städtebau und Raumordnung e. V.'),
    ).toEqual([['dv', 'Deutschen Verbandes fuer Wohnungswesen, Städtebau und Raumordnung e. V']]);
    expect(found('Ansätze in der Kleinstadt und Dorfentwicklung')).toEqual([
      ['dorf', 'Kleinstadt und Dorfentwicklung'],
    ]);
  });

  it('abbreviations only as written', () => {
    expect(found('das BMAS lud ein')).toEqual([['bmas', 'BMAS']]);
    expect(found('die bmas-Seite')).toEqual([]);
  });

  it('not with a word missing or another in between', () => {
    expect(found('Bundesministerium für Arbeit, Soziales')).toEqual([]);
    expect(found('Bundesministerium für Arbeit sowie Soziales')).toEqual([]);
  });
});

describe('sentences and lines of a source text', () => {
  it('keeps abbreviations, ordinals and numeric dates inside a sentence, and lines on their own', () => {
    const segments = segmentText(
      'Titel der Seite\n\nDr. Anna Beispiel vom Verein e.V. sprach am 11. November 2020 und am 4.3.2021. Danach endete es.\n• Punkt eins ohne Satzende\n',
    );
    expect(segments.map((s) => [s.text, s.line, s.isLine])).toEqual([
      ['Titel der Seite', 1, true],
      ['Dr. Anna Beispiel vom Verein e.V. sprach am 11. November 2020 und am 4.3.2021.', 3, false],
      ['Danach endete es.', 3, false],
      ['Punkt eins ohne Satzende', 4, true],
    ]);
  });
});
