/** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/**
 * The form in which names and aliases are compared: case-folded, umlauts and ß folded, punctuation
 * and spacing ignored. "Deutscher Verband" and "DeutscherVerband" compare equal on purpose.
 */
export function nameFingerprint(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}
