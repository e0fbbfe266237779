import type { DraftRegistry } from './draft-model';
import { COMMON_GIVEN_NAMES } from './given-names';

/**
 * Persons: a name after an academic title, after Herr/Frau, before a role word ("Anna Beispiel,
 * Leiterin"), after "von ... moderiert", opening a list item (with the organisations named after the
 * comma), or a common given name followed by a family name.
 */
const ACADEMIC_TITLE = '(?:Prof\\.\\s*(?:Dr\\.\\s*)?(?:-Ing\\.\\s*)?|Dr\\.\\s*(?:-Ing\\.\\s*)?)';
const PERSON_NAME =
  '([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\\s+((?:von\\s+|van\\s+|de\\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?!\\p{L})';
const TITLED_PERSON = new RegExp(`(${ACADEMIC_TITLE})${PERSON_NAME}`, 'gu');
const ADDRESSED_PERSON = new RegExp(`\\b(?:Herr|Frau|Herrn)\\s+${PERSON_NAME}`, 'gu');
/** Role words, also as the end of a compound ("Referatsleiterin", "Abteilungsleiter", "Landrätin"). */
export const ROLE_WORDS =
  '(?:(?:\\p{Lu}\\p{Ll}+)?(?:[Ll]eiter(?:in)?|[Rr]eferent(?:in)?|[Ss]precher(?:in)?|[Kk]oordinator(?:in)?|[Bb]eauftragte[r]?)|Landrat|Landrätin|Leiter(?:in)?|Präsident(?:in)?|Vizepräsident(?:in)?|Projektleiter(?:in)?|Referent(?:in)?|Geschäftsführer(?:in)?|Vorsitzende[r]?|Direktor(?:in)?|Sprecher(?:in)?|Koordinator(?:in)?|Bürgermeister(?:in)?|Oberbürgermeister(?:in)?|Staatssekretär(?:in)?|Minister(?:in)?|Mitarbeiter(?:in)?|Vorstand|Professor(?:in)?|Beauftragte[r]?)';
const ROLE_PERSON = new RegExp(`${PERSON_NAME},\\s+${ROLE_WORDS}\\b`, 'gu');
const MODERATED_BY = new RegExp(
  `(?:(?:von|durch)\\s+(?:${ACADEMIC_TITLE})?${PERSON_NAME}\\s+(?:moderiert|geleitet|eröffnet)|(?:[Mm]oderiert|[Gg]eleitet|[Mm]oderation)\\s+(?:von|durch)\\s+(?:${ACADEMIC_TITLE})?${PERSON_NAME})`,
  'gu',
);
/** Words that are capitalised but never the first word of a person's name. */
const NOT_A_GIVEN_NAME = new Set([
  'Die',
  'Der',
  'Das',
  'Herr',
  'Frau',
  'Dr',
  'Prof',
  'Ein',
  'Eine',
  'Im',
  'Am',
  'In',
  'Mit',
  'Von',
]);

export function recognisePersons(registry: DraftRegistry, index: number): void {
  const segment = registry.segments[index];
  if (segment === undefined) return;
  const text = segment.text;
  const add = (
    title: string | undefined,
    given: string,
    family: string,
    start: number,
    end: number,
    reason: string,
  ) => {
    if (NOT_A_GIVEN_NAME.has(given)) return;
    const academicTitle = title?.replace(/\s+/g, ' ').trim();
    registry.propose(
      {
        type: 'Person',
        name: `${given} ${family}`,
        fields: { givenName: given, familyName: family, ...(academicTitle ? { academicTitle } : {}) },
        reason,
      },
      index,
      start,
      end,
    );
  };
  for (const m of text.matchAll(TITLED_PERSON))
    add(m[1], m[2] ?? '', m[3] ?? '', m.index, m.index + m[0].length, 'academic title');
  for (const m of text.matchAll(ADDRESSED_PERSON))
    add(undefined, m[1] ?? '', m[2] ?? '', m.index, m.index + m[0].length, 'Herr/Frau');
  for (const m of text.matchAll(ROLE_PERSON))
    add(undefined, m[1] ?? '', m[2] ?? '', m.index, m.index + m[0].length, 'name next to a role word');
  for (const m of text.matchAll(MODERATED_BY)) {
    // "von Anna Beispiel moderiert" (groups 1, 2) or "moderiert von Anna Beispiel" (groups 3, 4).
    const [given, family] = m[1] === undefined ? [m[3] ?? '', m[4] ?? ''] : [m[1], m[2] ?? ''];
    const offset = m[0].indexOf(given);
    add(
      undefined,
      given,
      family,
      m.index + offset,
      m.index + offset + given.length + 1 + family.length,
      'moderated by',
    );
  }
  // A list item opening with a name and a comma ("• Anna Beispiel, Verband ..."), or any common
  // given name followed by a family name.
  if (segment.isLine) {
    const item = new RegExp(`^(${ACADEMIC_TITLE})?${PERSON_NAME},\\s*(.+)$`, 'u').exec(text);
    if (item !== null) {
      const nameEnd = text.indexOf(',');
      add(item[1], item[2] ?? '', item[3] ?? '', 0, nameEnd, 'name opening a list item');
      // The rest names where the person works: "plan zwei Stadtplanung / Stadt als Campus e.V.".
      let offset = nameEnd + 1;
      for (const part of (item[4] ?? '').split(/\s+\/\s+|;\s+/u)) {
        const start = text.indexOf(part, offset);
        offset = start + part.length;
        const name = part.trim().replace(/[.,]$/u, '');
        if (
          new RegExp(`^${ROLE_WORDS}\\b`, 'u').test(name) ||
          name.length < 4 ||
          /\s(?:im|des|der)\s+\p{Lu}{2,}$/u.test(name)
        )
          continue;
        if (registry.isNamed(index, start, start + part.length)) continue;
        if (!/^[\p{L}]/u.test(name) || name.split(/\s+/).length > 8) continue;
        registry.propose(
          {
            type: 'Organisation',
            name,
            fields: { kind: 'OTHER', sector: 'CIVIL_SOCIETY' },
            reason: 'named with a person in a list item',
          },
          index,
          start,
          start + name.length,
        );
      }
    }
  }
  // Every capitalised word is tried as a given name (a lookahead, so "Bürgermeister Dieter Spürck" is
  // not read as the pair "Bürgermeister Dieter" only).
  for (const m of text.matchAll(new RegExp(`(?<!\\p{L})(?=${PERSON_NAME})`, 'gu'))) {
    const pair = new RegExp(`^${PERSON_NAME}`, 'u').exec(text.slice(m.index, m.index + 80));
    if (
      pair !== null &&
      COMMON_GIVEN_NAMES.has(pair[1] ?? '') &&
      !/^(?:Stadt|Straße|Platz)$/u.test(pair[2] ?? '')
    )
      add(undefined, pair[1] ?? '', pair[2] ?? '', m.index, m.index + pair[0].length, 'common given name');
  }
}
