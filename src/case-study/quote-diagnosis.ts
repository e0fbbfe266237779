/**
 * Why a quote does not occur in its source: the closest passage of the source (fuzzy alignment), the
 * first character where the two differ, and hints for the usual causes (case, dashes, quotation marks,
 * ß, soft hyphens, words hyphenated across a line break). Both texts come whitespace-normalised.
 */

export interface QuoteDiagnosis {
  /** The passage of the source that aligns best with the quote; undefined when none is near. */
  readonly closest?: string;
  /** Index in the quote (and the passage) of the first character where they differ. */
  readonly firstDifference?: number;
  /** One line each, most specific first. */
  readonly hints: readonly string[];
}

/** How far apart a passage may be (edits per character of the quote) and still be shown as close. */
const MAX_EDITS_PER_CHARACTER = 0.4;
/**
 * Longest part of a quote that is aligned character by character; a longer quote is placed by its
 * first part and then compared in full from there. Bounds the work per quote (about 600 x 1 200 cells
 * per candidate place).
 */
const MAX_ALIGNED_LENGTH = 600;
/** Length of the character n-grams that find candidate places of the quote in the source. */
const GRAM = 4;
/** Candidate places aligned in full. */
const CANDIDATES = 4;

interface Folding {
  /** What the hint says, given the characters of the closest passage and the quote that differ. */
  readonly hint: string;
  readonly fold: (text: string) => string;
}

const DASHES = /[\u2010-\u2015\u2212]/g;
const DOUBLE_QUOTES = /[„“”"«»‟]/g;
const SINGLE_QUOTES = /[‚‘’'‹›‛`´]/g;

/** The usual causes of a quote that is right but for its typography, each as a folding of both texts. */
const FOLDINGS: readonly Folding[] = [
  {
    hint: 'upper and lower case differ: the check is case-sensitive, copy the case of the source',
    fold: (text) => text.toLowerCase(),
  },
  {
    hint: 'hyphen and dash differ: the source and the quote use different characters among - ‐ – — −',
    fold: (text) => text.replace(DASHES, '-'),
  },
  {
    hint: 'quotation marks differ: „…“, “…”, "…" and ‚…‘, ’ are different characters, copy those of the source',
    fold: (text) => text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'"),
  },
  {
    hint: 'ß and ss differ: copy the spelling of the source',
    fold: (text) => text.replace(/ß/g, 'ss').replace(/ẞ/g, 'SS'),
  },
  {
    hint: 'the source holds soft hyphens (U+00AD, invisible in most editors) inside words: copy the passage from the source file, or leave the word out',
    fold: (text) => text.replace(/\u00ad/g, ''),
  },
  {
    hint: 'the source hyphenates a word across a line break ("Quar- tiers"): quote it as the source has it, hyphen and break included, or quote around it',
    fold: (text) => text.replace(/(\p{L})- (\p{Ll})/gu, '$1$2'),
  },
];

const foldAll = (foldings: readonly Folding[], text: string) =>
  foldings.reduce((folded, folding) => folding.fold(folded), text);

/**
 * Several causes at once: the foldings that, all applied, make the quote occur, each needed (one
 * that is dropped without losing the match was not a cause). Empty when even all do not suffice.
 */
function combinedCauses(text: string, quote: string): Folding[] {
  const matches = (foldings: readonly Folding[]) =>
    foldAll(foldings, text).includes(foldAll(foldings, quote));
  if (!matches(FOLDINGS)) return [];
  let needed = [...FOLDINGS];
  for (const folding of FOLDINGS) {
    const without = needed.filter((candidate) => candidate !== folding);
    if (matches(without)) needed = without;
  }
  return needed;
}

/** Diagnoses a quote that `text` does not contain (both whitespace-normalised). */
export function diagnoseQuote(text: string, quote: string): QuoteDiagnosis {
  const hints = FOLDINGS.filter((folding) => folding.fold(text).includes(folding.fold(quote))).map(
    (folding) => folding.hint,
  );
  if (hints.length === 0) hints.push(...combinedCauses(text, quote).map((folding) => folding.hint));
  const closest = closestPassage(text, quote);
  if (closest === undefined) {
    return {
      hints: [
        ...hints,
        'no passage of the source is close: is it the right source, and is its text file the version quoted?',
      ],
    };
  }
  let firstDifference = 0;
  while (firstDifference < quote.length && quote[firstDifference] === closest[firstDifference])
    firstDifference++;
  return { closest, firstDifference, hints };
}

/**
 * The passage of `text` closest to `quote`: candidate places from shared character n-grams (case-
 * and typography-folded), then a semi-global edit-distance alignment of the quote at each candidate
 * (the quote aligned in full, the passage free to start and end anywhere in the window).
 */
function closestPassage(text: string, quote: string): string | undefined {
  const needle = quote.slice(0, MAX_ALIGNED_LENGTH);
  if (needle.length < GRAM || text.length === 0) return undefined;
  const foldedText = foldKeepingLength(text);
  const foldedNeedle = foldKeepingLength(needle);
  const grams = new Map<string, number[]>();
  for (let i = 0; i + GRAM <= foldedNeedle.length; i++) {
    const gram = foldedNeedle.slice(i, i + GRAM);
    const offsets = grams.get(gram);
    if (offsets === undefined) grams.set(gram, [i]);
    else offsets.push(i);
  }
  // Votes for where the quote would start, in buckets of a few characters (insertions shift it).
  const bucket = 8;
  const votes = new Map<number, number>();
  for (let i = 0; i + GRAM <= foldedText.length; i++) {
    const offsets = grams.get(foldedText.slice(i, i + GRAM));
    if (offsets === undefined) continue;
    for (const offset of offsets) {
      const start = Math.floor((i - offset) / bucket);
      votes.set(start, (votes.get(start) ?? 0) + 1);
    }
  }
  const candidates = [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([start]) => start * bucket);
  let best: { passage: string; start: number; edits: number } | undefined;
  for (const start of candidates) {
    const from = Math.max(0, start - Math.ceil(needle.length / 2));
    const to = Math.min(text.length, start + Math.ceil(needle.length * 1.5) + bucket);
    const aligned = alignIn(text.slice(from, to), needle);
    if (best === undefined || aligned.edits < best.edits) best = { ...aligned, start: from + aligned.start };
  }
  if (best === undefined || best.edits > needle.length * MAX_EDITS_PER_CHARACTER) return undefined;
  // A quote longer than its aligned part: the passage runs on from where the part was placed.
  return quote.length > needle.length ? text.slice(best.start, best.start + quote.length) : best.passage;
}

/** Case and typography folded, one character for one, so that offsets stay those of the original. */
function foldKeepingLength(text: string): string {
  return text
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(/\u00ad/g, '-');
}

/**
 * Semi-global alignment (Sellers): the fewest edits turning some substring of `window` into `needle`,
 * and that substring. O(|window| * |needle|) time, O(|window|) memory per row plus the start pointers.
 */
function alignIn(window: string, needle: string): { passage: string; start: number; edits: number } {
  const width = window.length + 1;
  let previous = new Uint32Array(width); // row 0: a passage may start anywhere, at no cost
  let previousStart = Uint32Array.from({ length: width }, (_, j) => j);
  let current = new Uint32Array(width);
  let currentStart = new Uint32Array(width);
  for (let i = 1; i <= needle.length; i++) {
    current[0] = i;
    currentStart[0] = 0;
    const char = needle.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const substitute = (previous[j - 1] ?? 0) + (window.charCodeAt(j - 1) === char ? 0 : 1);
      const skipNeedle = (previous[j] ?? 0) + 1;
      const skipWindow = (current[j - 1] ?? 0) + 1;
      if (substitute <= skipNeedle && substitute <= skipWindow) {
        current[j] = substitute;
        currentStart[j] = previousStart[j - 1] ?? 0;
      } else if (skipNeedle <= skipWindow) {
        current[j] = skipNeedle;
        currentStart[j] = previousStart[j] ?? 0;
      } else {
        current[j] = skipWindow;
        currentStart[j] = currentStart[j - 1] ?? 0;
      }
    }
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
  }
  let end = 0;
  for (let j = 1; j < width; j++) if ((previous[j] ?? 0) < (previous[end] ?? 0)) end = j;
  const start = previousStart[end] ?? 0;
  return { passage: window.slice(start, end), start, edits: previous[end] ?? 0 };
}

/** The lines of a QUOTE_NOT_FOUND message after its first: quote, closest passage, caret, hints. */
export function describeDiagnosis(quote: string, diagnosis: QuoteDiagnosis): string[] {
  const lines = [`  quote:   ${quote}`];
  if (diagnosis.closest !== undefined && diagnosis.firstDifference !== undefined) {
    lines.push(`  closest: ${diagnosis.closest}`);
    lines.push(
      `           ${' '.repeat(diagnosis.firstDifference)}^ first difference, character ${diagnosis.firstDifference + 1}`,
    );
  }
  for (const hint of diagnosis.hints) lines.push(`  hint: ${hint}`);
  return lines;
}
