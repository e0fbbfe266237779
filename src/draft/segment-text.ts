import { GERMAN_MONTH_PATTERN } from '../case-study/german-date';
import { normaliseWhitespace } from '../case-study/normalise-text';

/** A sentence, a headline or a list item of a source text: what a drafted quote is cut from. */
export interface Segment {
  /** Whitespace-normalised, so that it occurs in the normalised source text (the quote check). */
  readonly text: string;
  /** Offset of the segment in the source text as read, and its 1-based line. */
  readonly offset: number;
  readonly line: number;
  /** True for a line of its own that ends without a full stop (a title, a list item, an agenda line). */
  readonly isLine: boolean;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'dr',
    'prof',
    'dipl',
    'ing',
    'e',
    'v',
    'z',
    'b',
    'bzw',
    'ca',
    'nr',
    'st',
    'usw',
    'u',
    'a',
    'vgl',
    'abs',
    's',
    'str',
    'inkl',
    'ggf',
    'sog',
    'jan',
    'feb',
    'aug',
    'sept',
    'okt',
    'nov',
    'dez',
    'h',
    'd',
    'i',
    'r',
    'g',
    'm',
  ].map((word) => word.toLowerCase()),
);

/** Longest segment, in characters: a quote is a sentence or a clause, not a page. */
export const MAX_SEGMENT_LENGTH = 600;

/** What follows the full stop of an ordinal day: a month name, "und", "bis", another day. */
const ORDINAL_FOLLOWS = new RegExp(`^\\s+(?:(?:${GERMAN_MONTH_PATTERN})(?!\\p{L})|und\\b|bis\\b|\\d)`, 'iu');

const LIST_MARK = /^\s*(?:[•·▪‣◦*-]|\d+[.)])\s+/;

/**
 * Cuts a text into segments: lines that stand alone (titles, list items, agenda lines) and the
 * sentences of paragraphs. A full stop ends a sentence unless it follows an abbreviation (Dr., e.V.)
 * or a number (the 11. of "11. November", "4.3.2021").
 */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const push = (start: number, end: number, isLine: boolean): void => {
    // A "sentence" longer than a quote should be (a page without full stops, a table flattened into
    // one line) is cut at the last comma, semicolon or space before the limit.
    while (end - start > MAX_SEGMENT_LENGTH) {
      const window = text.slice(start, start + MAX_SEGMENT_LENGTH);
      const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf(' '));
      const at = cut > MAX_SEGMENT_LENGTH / 2 ? start + cut + 1 : start + MAX_SEGMENT_LENGTH;
      pushOne(start, at, isLine);
      start = at;
    }
    pushOne(start, end, isLine);
  };
  const pushOne = (start: number, end: number, isLine: boolean): void => {
    const listItem = LIST_MARK.test(text.slice(start, end));
    const raw = text.slice(start, end).replace(LIST_MARK, '');
    isLine = isLine || listItem;
    const normalised = normaliseWhitespace(raw);
    if (normalised.length < 2) return;
    segments.push({ text: normalised, offset: start, line: lineOf(start), isLine });
  };

  let lineStart = 0;
  for (const rawLine of text.split('\n')) {
    const start = lineStart;
    lineStart += rawLine.length + 1;
    if (rawLine.trim() === '') continue;
    let sentenceStart = start;
    const line = rawLine;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char !== '.' && char !== '!' && char !== '?') continue;
      // Only a few characters either side are read: a 2 MB line with many full stops stays linear.
      const next = line.slice(i + 1, i + 48);
      if (!/^\s+\S/.test(next) && next.trim() !== '') continue; // "4.3.2021", "e.V.,"
      if (char === '.') {
        const before = /([\p{L}\d]+)$/u.exec(line.slice(Math.max(0, i - 40), i))?.[1] ?? '';
        if (ABBREVIATIONS.has(before.toLowerCase())) continue;
        // An ordinal day ("11. November", "25. und 26. September"), not a year ending a sentence.
        if (/^\d{1,2}$/.test(before) && ORDINAL_FOLLOWS.test(next)) continue;
        if (/^\s+\p{Ll}/u.test(next)) continue; // a lower-case word follows: not a new sentence
      }
      push(sentenceStart, start + i + 1, false);
      sentenceStart = start + i + 1;
    }
    const rest = text.slice(sentenceStart, start + line.length);
    if (rest.trim() !== '')
      push(sentenceStart, start + line.length, sentenceStart === start && !/[.!?]\s*$/.test(rest));
  }
  return segments;
}
