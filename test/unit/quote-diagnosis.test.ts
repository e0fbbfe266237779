import { normaliseWhitespace } from '../../src/case-study/normalise-text';
import { describeDiagnosis, diagnoseQuote } from '../../src/case-study/quote-diagnosis';

// Issue 15: a quote with a typo said only "does not occur", cut at 80 characters, without the closest
// passage or a hint at the usual causes. Each hint class below, with the passage it points at.
const SOURCE = normaliseWhitespace(`
Das Förderprogramm „Soziale Stadt“ unterstützt seit 1999 benachteiligte Stadt- und Ortsteile.
Die Quartiers­managerin der Stadt Musterhausen – seit 2019 im Amt – leitet die Steuerungsrunde.
Im Rahmen der Maßnahme entstehen Begegnungsorte; die Beteiligung der Bewohnerinnen und Bewohner im Quar-
tier ist ein zentrales Anliegen. Ein "Runder Tisch" tagt viermal im Jahr.
`);

describe('quote diagnostics', () => {
  it.each([
    [
      'case',
      'die Quartiers­managerin der Stadt Musterhausen',
      'upper and lower case differ',
      'Die Quartiers­managerin der Stadt Musterhausen',
    ],
    [
      'hyphen vs dash',
      'der Stadt Musterhausen - seit 2019 im Amt',
      'hyphen and dash differ',
      'der Stadt Musterhausen – seit 2019 im Amt',
    ],
    [
      'quotation marks',
      'Das Förderprogramm "Soziale Stadt" unterstützt',
      'quotation marks differ',
      'Das Förderprogramm „Soziale Stadt“ unterstützt',
    ],
    ['ß vs ss', 'Im Rahmen der Massnahme entstehen', 'ß and ss differ', 'Im Rahmen der Maßnahme entstehen'],
    [
      'soft hyphen',
      'Die Quartiersmanagerin der Stadt',
      'soft hyphens (U+00AD',
      'Die Quartiers­managerin der Stadt',
    ],
    [
      'line-break hyphenation',
      'Bewohner im Quartier ist ein zentrales Anliegen',
      'hyphenates a word across a line break',
      'Bewohner im Quar- tier ist ein zentrales Anliegen',
    ],
  ])('%s: names the cause and shows the passage', (_, quote, hint, passage) => {
    expect(SOURCE.includes(quote)).toBe(false);
    const diagnosis = diagnoseQuote(SOURCE, quote);
    expect(diagnosis.hints).toHaveLength(1);
    expect(diagnosis.hints[0]).toContain(hint);
    expect(diagnosis.closest).toBe(passage);
    expect(quote.slice(0, diagnosis.firstDifference)).toBe(passage.slice(0, diagnosis.firstDifference));
    expect(quote[diagnosis.firstDifference ?? -1]).not.toBe(passage[diagnosis.firstDifference ?? -1]);
  });

  it('several causes at once are each named', () => {
    const diagnosis = diagnoseQuote(SOURCE, 'das Förderprogramm "Soziale Stadt" unterstützt');
    expect(diagnosis.hints.map((hint) => hint.split(' ')[0])).toEqual(['upper', 'quotation']);
  });

  it('a late typo in a long quote: the whole quote, the passage and a caret at the typo', () => {
    const quote =
      'Im Rahmen der Maßnahme entstehen Begegnungsorte; die Beteiligung der Bewohnerinnen und Bewohnern im Quar- tier';
    const diagnosis = diagnoseQuote(SOURCE, quote);
    expect(diagnosis.hints).toEqual([]);
    expect(diagnosis.closest).toBe(
      'Im Rahmen der Maßnahme entstehen Begegnungsorte; die Beteiligung der Bewohnerinnen und Bewohner im Quar- tier',
    );
    expect(diagnosis.firstDifference).toBe(quote.indexOf('Bewohnern') + 'Bewohner'.length);
    const lines = describeDiagnosis(quote, diagnosis);
    expect(lines[0]).toBe(`  quote:   ${quote}`);
    const caret = lines[2] ?? '';
    expect(caret.indexOf('^') - '  quote:   '.length).toBe(diagnosis.firstDifference);
    expect(caret).toContain(`character ${(diagnosis.firstDifference ?? 0) + 1}`);
  });

  it('a quote longer than its aligned part: a typo near its end still gets the caret (cold review)', () => {
    const long = Array.from(
      { length: 120 },
      (_, i) => `Satz ${i} über die Stadtentwicklung im Quartier.`,
    ).join(' ');
    const text = `Vorwort. ${long} Nachwort.`;
    const quote = long.replace('Satz 110 über', 'Satz 110 ueber');
    expect(quote.length).toBeGreaterThan(5000);
    const diagnosis = diagnoseQuote(text, quote);
    // The passage runs on from the place of the quote's first part, as long as the quote.
    expect(diagnosis.closest?.startsWith(long)).toBe(true);
    expect(diagnosis.firstDifference).toBe(long.indexOf('Satz 110 über') + 'Satz 110 '.length);
  });

  it('says so when nothing in the source is close', () => {
    const diagnosis = diagnoseQuote(SOURCE, 'Völlig andere Worte über etwas, das hier nicht steht.');
    expect(diagnosis.closest).toBeUndefined();
    expect(diagnosis.hints).toEqual([expect.stringContaining('no passage of the source is close')]);
  });

  it('finds the passage in a long source', () => {
    const filler = Array.from({ length: 20_000 }, (_, i) => `Satz ${i} über die Stadtentwicklung.`).join(' ');
    const text = `${filler} Die Werkstatt fand am 11. November 2020 in Berlin statt. ${filler}`;
    const diagnosis = diagnoseQuote(text, 'Die Werkstatt fand am 12. November 2020 in Berlin statt.');
    expect(diagnosis.closest).toBe('Die Werkstatt fand am 11. November 2020 in Berlin statt.');
    expect(diagnosis.firstDifference).toBe('Die Werkstatt fand am 1'.length);
  });
});
