import type { DraftRegistry } from './draft-model';

/** Topics and target groups a sentence lists: "zu den Themen ...", "Projekte zur ...", "richtet sich an ...". */
const THEME_LIST =
  /(?:(?:zu\s+)?den\s+Themen(?:feldern)?|Themen(?:schwerpunkte)?:|Handlungsfeld(?:ern)?\b[^:.]{0,40}:|Schwerpunkte[n]?:|Im Mittelpunkt stand(?:en)?)\s+(.+?)(?:[.;]|$)/iu;
const PURPOSE_LIST = /\b(?:Projekte[n]?|Maßnahmen|Angebote[n]?|Vorhaben|Ideen)\s+(zur?\s+.+?)(?:[.;]|$)/u;
const APPROACH_LIST =
  /\bAnsätze[n]?\s+(?:der|von|zur|in der|im)\s+(.+?)(?=\s+(?:in|im|auf|an|voran\w*|zu)\s|[.;:]|$)/u;
/** "die Bedeutung strategischer Medienarbeit", "Ergebnisse der wissenschaftlichen Programmbegleitung". */
const SUBJECT_PHRASE =
  /\b(?:Bedeutung|Ergebnisse|Fragen|Thema)\s+(?:der|des|von|zur)?\s*(\p{Ll}+(?:er|en|e)\s+\p{Lu}\p{Ll}+)/u;
/** "den gesellschaftlichen Zusammenhalt fördern": what an undertaking strengthens. */
const STRENGTHENS =
  /\b(?:den|die|das)\s+(\p{Ll}+(?:en|e)\s+\p{Lu}\p{Ll}+)\s+(?:fördern|stärken|festigen|verbessern)\b/u;
/** "die Chancen von Bewohner*innen in benachteiligten Stadtteilen": whom an undertaking serves. */
const SERVES =
  /\b(?:Chancen|Teilhabe|Integration)\s+von\s+(\p{Lu}[\p{L}*]+(?:\s+in\s+\p{Ll}+\s+\p{Lu}\p{Ll}+)?)/u;
const TARGET_LIST = /richte[nt]\s+sich\s+(?:[\p{L}\s]*?\s)?an\s+(.+?)(?:[.;]|$)/iu;

/** Topics or target groups a sentence lists, and how it lists them (themes, priority fields, purposes). */
export interface DraftList {
  readonly segment: number;
  readonly kind: 'Topic' | 'TargetGroup';
  readonly role: 'theme' | 'priority' | 'purpose' | 'addressed';
  readonly keys: string[];
}

/** Topics after "zu den Themen", target groups after "richtet sich an". */
export function recogniseLists(registry: DraftRegistry): DraftList[] {
  const lists: DraftList[] = [];
  registry.segments.forEach((segment, index) => {
    for (const [pattern, kind, role] of [
      [THEME_LIST, 'Topic', 'theme'],
      [PURPOSE_LIST, 'Topic', 'purpose'],
      [APPROACH_LIST, 'Topic', 'theme'],
      [SUBJECT_PHRASE, 'Topic', 'theme'],
      [STRENGTHENS, 'Topic', 'theme'],
      [TARGET_LIST, 'TargetGroup', 'addressed'],
      [SERVES, 'TargetGroup', 'addressed'],
    ] as const) {
      const match = pattern.exec(segment.text);
      if (match === null || match[1] === undefined) continue;
      const listStart = match.index + match[0].indexOf(match[1]);
      const keys: string[] = [];
      for (const item of splitList(match[1], kind)) {
        const offset = segment.text.indexOf(item.text, listStart);
        const name = item.text.charAt(0).toUpperCase() + item.text.slice(1);
        const entity = registry.propose(
          { type: kind, name, reason: kind === 'Topic' ? 'listed as a theme' : 'listed as addressed' },
          index,
          offset,
          offset + item.text.length,
        );
        keys.push(entity.key);
      }
      const priority = role === 'theme' && /Handlungsfeld/u.test(match[0]);
      if (keys.length > 0) lists.push({ segment: index, kind, role: priority ? 'priority' : role, keys });
    }
  });
  return lists;
}

/**
 * "A, B, C und D" / "A sowie B", articles and prepositions dropped; "Klein- und Mittelstädte" stays
 * one item; an item that opens with a preposition after the first ends the list ("... und über ...").
 */
function splitList(text: string, kind: 'Topic' | 'TargetGroup'): { text: string }[] {
  // With commas, only the last item splits at "und"/"sowie": "Ansprache und Motivation der X, ..."
  const byComma = text.split(/,\s+/u);
  const last = byComma.pop() ?? '';
  const parts = [...byComma, ...last.split(/(?<!-)\s+(?:und|sowie)\s+/u)];
  const items: { text: string }[] = [];
  for (const [position, raw] of parts.entries()) {
    if (position > 0 && /^(?:über|für|mit|von|bei|durch)\s/iu.test(raw)) break;
    let item = raw
      .replace(/^(?:zur|zum|zu)\s+/iu, '')
      // "Förderung der Digitalisierung" is about Digitalisierung; "Stärkung von Unternehmen" stays.
      .replace(
        /^(?:Förderung|Intensivierung|Schaffung|Stärkung|Verbesserung|Unterstützung|Nutzung|Sicherung)\s+(?:der|des|eines|einer)\s+/u,
        '',
      )
      .replace(/^(?:in|im|bei|zu|zur|zum|auf|an)?\s*(?:der|die|den|dem|das|des)\s+/iu, '')
      .replace(/\s+(?:in|im)\s+(?:einem|einer)\b.*$/u, '')
      .trim();
    item = endOfNounPhrase(item);
    if (kind === 'TargetGroup')
      item = item.replace(/^(?:Unterstützung|Förderung|Stärkung|Begleitung)\s+von\s+/u, '');
    if (item.length >= 3 && item.length <= 80 && /^[\p{L}]/u.test(item) && item.split(/\s+/).length <= 8)
      items.push({ text: item });
  }
  return items;
}

/** Cuts a list item after its noun phrase: "beruflichen Aktivierung wieder in die Arbeitswelt ..." ends at "Aktivierung". */
function endOfNounPhrase(item: string): string {
  const words = item.split(/\s+/u);
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1] ?? '';
    if (
      /^\p{Lu}/u.test(words[i] ?? '') &&
      /^\p{Ll}/u.test(next) &&
      !/^(?:der|des|von|vom|im|in|mit|für|zwischen|und|zur|zum|am|an|auf|ab|aus|vor|bei)$/u.test(next)
    )
      return words.slice(0, i + 1).join(' ');
  }
  return item;
}
