/**
 * Turns what a user typed into a Lucene query for the German full-text index. Each word must match
 * (AND); a word matches exactly (boosted), as a prefix, or within one edit (typos). Wildcard and fuzzy
 * terms bypass Lucene's analyzer, so they are folded here the way the German analyzer folds indexed
 * text (umlauts to base letters, ß to ss, lower case). Everything else is dropped, so no Lucene syntax
 * from the input survives.
 */
export function toLuceneQuery(input: string): string | undefined {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words
    .map((word) => {
      const folded = foldGerman(word);
      // An exact abbreviation ("BMI") outranks names that merely contain it ("BIWAQ-Team im BBSR").
      const clauses = [`abbreviation:${folded}^12`, `${folded}^4`, `${folded}*^2`];
      if (folded.length >= 4) clauses.push(`${folded}~1`);
      if (folded.length >= 3) clauses.push(`*${folded}*`);
      return `(${clauses.join(' OR ')})`;
    })
    .join(' AND ');
}

export function foldGerman(word: string): string {
  return word
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}
