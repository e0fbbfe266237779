/**
 * Tolerant matching of names in text: case, umlauts and ß, accents, hyphens and dashes, quotation
 * marks and German inflection endings ("des Bundesministeriums", "des Deutschen Verbandes") do not
 * matter. Texts and names are cut into the same tokens, so a match knows where it lies in the text.
 */

export interface Token {
  /** Folded and stemmed: what is compared. */
  readonly word: string;
  /** As written. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Strips one inflection ending from words longer than four letters. */
function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  return word.replace(/(?:es|en|er|em|e|s|n)$/, '');
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: stem(fold(match[0])),
    raw: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** An abbreviation is matched as written (BMI, ESF, BIWAQ), never case-folded. */
export function isAbbreviation(name: string): boolean {
  return /^[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,7}$/.test(name) || /^[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ]{1,6}$/.test(name);
}

/** Every place where `name` occurs in `tokens`, as [start, end) offsets of the text. */
export function findName(tokens: readonly Token[], name: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (isAbbreviation(name)) {
    for (const token of tokens) if (token.raw === name) found.push({ start: token.start, end: token.end });
    return found;
  }
  const needle = tokenize(name).map((token) => token.word);
  if (needle.length === 0 || needle.join('').length < 4) return found;
  outer: for (let i = 0; i + needle.length <= tokens.length; i++) {
    for (let j = 0; j < needle.length; j++) if (tokens[i + j]?.word !== needle[j]) continue outer;
    found.push({ start: tokens[i]?.start ?? 0, end: tokens[i + needle.length - 1]?.end ?? 0 });
  }
  return found;
}
