/**
 * Turns what a user typed into a Lucene query for the full-text index entity_search_folded (standard
 * analyzer with ASCII folding). Each word may match exactly, by abbreviation (boosted most), as a prefix,
 * as a fragment inside a compound word, or within one or two edits (typos); words are alternatives and
 * ranking rewards matching more of them. Wildcard and fuzzy terms bypass the analyzer, so words are
 * folded here as the index folds text (ä -> a, ß -> ss, lower case). Every other character is dropped,
 * so no Lucene syntax from the input survives.
 */
export function toLuceneQuery(input: string): string | undefined {
  // Folded before splitting: NFKD turns some characters into punctuation ("⑴" -> "(1)"), which must
  // be dropped like any other, not reach Lucene as syntax.
  const words = foldGerman(input.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words
    .map((word) => {
      // An exact abbreviation ("BMI") outranks names that merely contain it ("BIWAQ-Team im BBSR").
      const clauses = [`abbreviation:${word}^12`, `${word}^4`, `${word}*^2`];
      if (word.length >= 4) clauses.push(`${word}~${word.length >= 8 ? 2 : 1}`);
      if (word.length >= 3) clauses.push(`*${word}*`);
      return `(${clauses.join(' OR ')})`;
    })
    .join(' OR ');
}

/** Folds a lower-case word as ASCII folding does: umlauts to base letters, ß to ss. */
export function foldGerman(word: string): string {
  return word
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}
