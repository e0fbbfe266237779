import type { DraftRegistry } from './draft-model';

/** Places: after "in" in a sentence about where something took place, cities of municipalities, district lists. */
/** A sentence about where something took place. */
const PLACE_CONTEXT =
  /\b(?:fand|finden|findet|trafen|treffen|tagte|tagten|statt|stattfand|versammelten|kamen)\b/u;
/** Nouns German uses bare after "in" that are no place ("in Form", "in Gruppen", "in Präsenz"). */
const NOT_A_PLACE =
  /^(?:Form|Gruppen|Zukunft|Kooperation|Präsenz|Teilzeit|Vollzeit|Planung|Arbeit|Betrieb|Kraft)$/u;
const DISTRICTS =
  /\b(?:([A-ZÄÖÜ][a-zäöü]+er)\s+)?(?:Stadtteil(?:en|e)?|Quartier(?:en|e)?|Ortsteil(?:en|e)?|Stadtbezirk(?:en|e)?)\s+([A-ZÄÖÜ][a-zäöüß-]+)(?:\s*(?:,|und)\s+([A-ZÄÖÜ][a-zäöüß-]+))*/u;

export function recognisePlaces(registry: DraftRegistry, index: number): void {
  const text = registry.segments[index]?.text ?? '';
  if (PLACE_CONTEXT.test(text)) {
    for (const m of text.matchAll(
      /(?<!\p{L})in\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?=\s*[.,;]|\s+(?:statt|stattfand|zusammen|und|am|vom)\b|$)/gu,
    )) {
      const name = m[1] ?? '';
      if (NOT_A_PLACE.test(name) || registry.isNamed(index, m.index + 3)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      registry.propose(
        { type: 'Place', name, fields: { kind: 'CITY' }, reason: 'place after an event verb' },
        index,
        start,
        start + name.length,
      );
    }
  }
  for (const m of text.matchAll(/\bStadt\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b/gu)) {
    const start = m.index + m[0].lastIndexOf(m[1] ?? '');
    registry.propose(
      { type: 'Place', name: m[1] ?? '', fields: { kind: 'CITY' }, reason: 'city of a municipality' },
      index,
      start,
      start + (m[1] ?? '').length,
    );
  }
  const districts = DISTRICTS.exec(text);
  if (districts !== null) {
    const names = [
      ...districts[0].matchAll(
        /(?:Stadtteil(?:en|e)?|Quartier(?:en|e)?|Ortsteil(?:en|e)?|Stadtbezirk(?:en|e)?|,|und)\s+([A-ZÄÖÜ][a-zäöüß-]+)/gu,
      ),
    ].map((m) => m[1] ?? '');
    for (const name of names) {
      const start = districts.index + districts[0].indexOf(name);
      registry.propose(
        { type: 'Place', name, fields: { kind: 'DISTRICT' }, reason: 'district list' },
        index,
        start,
        start + name.length,
      );
    }
    const city = districts[1]?.replace(/er$/u, '');
    if (city !== undefined && city.length > 2)
      registry.propose(
        { type: 'Place', name: city, fields: { kind: 'CITY' }, reason: 'city of districts' },
        index,
        districts.index,
        districts.index + (districts[1] ?? '').length,
      );
  }
}
