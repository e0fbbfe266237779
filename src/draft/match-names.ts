import { foldGerman } from '../case-study/normalise-text';

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

/** Strips one inflection ending from words longer than four letters. */
function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  return word.replace(/(?:es|en|er|em|e|s|n)$/, '');
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: stem(foldGerman(match[0])),
    raw: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** An abbreviation is matched as written (BMI, ESF, BIWAQ), never case-folded. */
export function isAbbreviation(name: string): boolean {
  return /^[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,7}$/.test(name) || /^[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ]{1,6}$/.test(name);
}

/**
 * Names indexed by their first word (abbreviations by their spelling), so that finding every name of
 * a large lexicon in a text costs the text's tokens times the few names that start with each, not
 * the lexicon's size per sentence.
 */
export class NameIndex<T> {
  private readonly byFirstWord = new Map<string, { words: string[]; value: T }[]>();
  private readonly byAbbreviation = new Map<string, T[]>();

  add(name: string, value: T): void {
    if (isAbbreviation(name)) {
      const list = this.byAbbreviation.get(name) ?? [];
      list.push(value);
      this.byAbbreviation.set(name, list);
      return;
    }
    const words = tokenize(name).map((token) => token.word);
    if (words.length === 0 || words.join('').length < 4) return;
    const first = words[0] ?? '';
    const list = this.byFirstWord.get(first) ?? [];
    list.push({ words, value });
    this.byFirstWord.set(first, list);
  }

  /** Every indexed name that occurs in `tokens`, with where. */
  find(tokens: readonly Token[]): { value: T; start: number; end: number }[] {
    const found: { value: T; start: number; end: number }[] = [];
    tokens.forEach((token, i) => {
      for (const value of this.byAbbreviation.get(token.raw) ?? [])
        found.push({ value, start: token.start, end: token.end });
      for (const { words, value } of this.byFirstWord.get(token.word) ?? []) {
        if (words.every((word, j) => tokens[i + j]?.word === word))
          found.push({ value, start: token.start, end: tokens[i + words.length - 1]?.end ?? token.end });
      }
    });
    return found;
  }
}
