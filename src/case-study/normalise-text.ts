/**
 * One run of whitespace, spelled out so that JavaScript and Java (the audit query's
 * apoc.text.regreplace) read the same class: JavaScript's \s (every Unicode space separator, the line
 * terminators, the byte order mark), where Java's \s is ASCII only. The quote checks of the importer
 * and the API and the provenance audit must agree on what a quote is.
 */
export const WHITESPACE_RUN =
  '[\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+';
const WHITESPACE = new RegExp(WHITESPACE_RUN, 'g');

/** Collapses every run of whitespace (including no-break and thin spaces) to one space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/**
 * The form in which names and aliases are compared: case-folded, umlauts and ß folded, punctuation
 * and spacing ignored. "Deutscher Verband" and "DeutscherVerband" compare equal on purpose.
 */
export function nameFingerprint(text: string): string {
  return foldGerman(text).replace(/[^a-z0-9]+/g, '');
}

/** Lower case with umlauts and ß spelled out (ä -> ae, ß -> ss) and other accents dropped. */
export function foldGerman(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}
