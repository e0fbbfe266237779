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
  /** Proposes the place `name` found at `start` of this segment. */
  const place = (
    name: string,
    kind: 'CITY' | 'DISTRICT',
    reason: string,
    start: number,
    end = start + name.length,
  ) => registry.propose({ type: 'Place', name, fields: { kind }, reason }, index, start, end);
  if (PLACE_CONTEXT.test(text)) {
    for (const m of text.matchAll(
      /(?<!\p{L})in\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?=\s*[.,;]|\s+(?:statt|stattfand|zusammen|und|am|vom)\b|$)/gu,
    )) {
      const name = m[1] ?? '';
      if (NOT_A_PLACE.test(name) || registry.isNamed(index, m.index + 3)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      place(name, 'CITY', 'place after an event verb', start);
    }
  }
  for (const m of text.matchAll(/\bStadt\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b/gu)) {
    const name = m[1] ?? '';
    place(name, 'CITY', 'city of a municipality', m.index + m[0].lastIndexOf(name));
  }
  const districts = DISTRICTS.exec(text);
  if (districts !== null) {
    const names = [
      ...districts[0].matchAll(
        /(?:Stadtteil(?:en|e)?|Quartier(?:en|e)?|Ortsteil(?:en|e)?|Stadtbezirk(?:en|e)?|,|und)\s+([A-ZÄÖÜ][a-zäöüß-]+)/gu,
      ),
    ].map((m) => m[1] ?? '');
    for (const name of names) {
      place(name, 'DISTRICT', 'district list', districts.index + districts[0].indexOf(name));
    }
    const city = districts[1]?.replace(/er$/u, '');
    if (city !== undefined && city.length > 2)
      place(
        city,
        'CITY',
        'city of districts',
        districts.index,
        districts.index + (districts[1] ?? '').length,
      );
  }
}
