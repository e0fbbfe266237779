import { draftCaseStudy } from '../../src/draft/draft-case-study';
import { EMPTY_LEXICON } from '../../src/draft/known-entities';
import { MAX_SEGMENT_LENGTH } from '../../src/draft/segment-text';

// From a cold review of issue 15: one line of many connectors without a legal form made the legal-form
// pattern backtrack exponentially (24 connectors: 1 s, doubling with each), and a 2 MB line without
// full stops took minutes (every match re-read the whole line) and quoted 2 MB per entry.
describe('drafting texts of unusual shape', () => {
  const draftOf = (text: string) => draftCaseStudy({ text, fileName: 'quelle.txt', lexicon: EMPTY_LEXICON });

  it('a line of 60 connectors and no legal form', () => {
    const line = `Haus ${Array.from({ length: 60 }, () => 'und Haus').join(' ')} ende.`;
    expect(draftOf(line).summary.segments).toBe(1);
  });

  it('2 MB on one line without full stops: every quote is a clause of at most the segment length', () => {
    const clause =
      'das Bundesministerium für Arbeit und Soziales (BMAS) fördert mit Dr. Anna Beispiel das Projekt „Gute Arbeit“, ';
    const draft = draftOf(clause.repeat(Math.ceil(2_000_000 / clause.length)));
    const quotes = [...(draft.caseStudy.entities ?? []), ...(draft.caseStudy.relations ?? [])].map(
      (entry) => entry.evidence[0]?.quote ?? '',
    );
    expect(quotes.length).toBeGreaterThan(3);
    for (const quote of quotes) expect(quote.length).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH);
    expect(draft.caseStudy.entities?.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Bundesministerium für Arbeit und Soziales', 'Anna Beispiel', 'Gute Arbeit']),
    );
  }, 60_000);

  it('an empty text, and one without a single sentence', () => {
    expect(draftOf('').summary).toMatchObject({ segments: 0, newEntities: 0, relations: 0 });
    expect(draftOf('\n\n  \n').caseStudy.sources?.[0]?.title).toBe('quelle.txt');
  });
});
