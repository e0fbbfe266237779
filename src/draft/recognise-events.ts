import type { DraftEntity, DraftRegistry } from './draft-model';
import { dateIn, dateRangeIn } from './draft-dates';

/**
 * Events: the event a document is about (its title lines), its parts named by event words with a
 * date, series (event words in the plural, "...reihe"), agenda items after time slots.
 */
/** The words that make a name an event's (and the kind of its series), in one place for every pattern. */
export const EVENT_WORDS =
  'werkstatt|konferenz|tagung|seminar|workshop|gespräch|forum|kongress|veranstaltung|treffen|dialog|sitzung';
/** A title with an event word, or with a word that names an occasion ("Auftakt", "Messe"). */
const EVENT_WORD = new RegExp(`(${EVENT_WORDS}|auftakt|messe|festival)`, 'iu');
/** The event words as the end of a compound, their first letter either case ("Perspektiven-Werkstatt"). */
const EVENT_ENDINGS = EVENT_WORDS.split('|')
  .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`)
  .join('|');
const EVENT_COMPOUND = new RegExp(`(?<![\\p{L}])([A-ZÄÖÜ][\\p{L}-]*(?:${EVENT_ENDINGS}))(?![\\p{L}])`, 'gu');
const PLURAL_EVENTS =
  /(?<![\p{L}])[„“"]?([A-ZÄÖÜ][\p{L}-]*(?:[Ww]erkstätten|[Kk]onferenzen|[Tt]agungen|[Ss]eminare|[Gg]espräche|[Ff]oren|[Kk]ongresse))(?![\p{L}])/gu;
const SERIES_COMPOUND = /(?<!\p{L})([A-ZÄÖÜ][\p{L}-]*(?:reihe|serie))(?!\p{L})/gu;

/** Series one segment names: event words in the plural ("Praxiswerkstätten") and "...reihe". */
export function recogniseSeries(registry: DraftRegistry, index: number): void {
  const text = registry.segments[index]?.text ?? '';
  const propose = (p: Parameters<DraftRegistry['propose']>[0], start: number, end: number) =>
    registry.propose(p, index, start, end);
  for (const match of text.matchAll(PLURAL_EVENTS)) {
    const name = match[1] ?? '';
    propose(
      { type: 'EventSeries', name, reason: 'events in the plural: a series' },
      match.index,
      match.index + match[0].length,
    );
  }
  for (const match of text.matchAll(SERIES_COMPOUND)) {
    if (!EVENT_WORD.test(match[1] ?? '')) continue;
    propose(
      { type: 'EventSeries', name: match[1] ?? '', reason: 'series word' },
      match.index,
      match.index + (match[1] ?? '').length,
    );
  }
}

/** The event a document is about: its first title line with an event word, other title lines as aliases. */
export function recogniseMainEvent(
  registry: DraftRegistry,
  documentDate: string | undefined,
): DraftEntity | undefined {
  const titles = registry.segments
    .map((segment, index) => ({ segment, index }))
    .filter(
      ({ segment, index }) =>
        segment.isLine && index < 8 && EVENT_WORD.test(segment.text) && segment.text.length <= 140,
    );
  const first = titles[0];
  if (first === undefined) return undefined;
  const date = eventDate(registry) ?? documentDate;
  if (date === undefined) return undefined;
  const aliases = titles.slice(1).map(({ segment }) => segment.text);
  for (const part of first.segment.text.split(/:\s+/u).slice(1)) aliases.push(part);
  const all = registry.segments.map((s) => s.text).join(' ');
  return registry.propose(
    {
      type: 'Event',
      name: first.segment.text,
      aliases: aliases.filter((alias) => alias !== first.segment.text),
      fields: {
        // A title without a kind word ("Auftakt des Netzwerks ...") takes the kind the text names ("Auftaktkonferenz").
        kind:
          eventKind(first.segment.text) !== 'OTHER'
            ? eventKind(first.segment.text)
            : eventKind(EVENT_COMPOUND.exec(registry.segments.map((s) => s.text).join(' '))?.[1] ?? ''),
        startDate: date,
        ...(/\b(?:virtuell|online|Online-|digital)/iu.test(all) ? { format: 'ONLINE' } : {}),
      },
      reason: 'title line with an event word',
    },
    first.index,
    0,
    first.segment.text.length,
  );
}

/** Parts of the main event ("Auftaktwerkstatt am 11. November 2020"), dated in their sentence or like it. */
export function recogniseSubEvents(registry: DraftRegistry, mainEvent: DraftEntity | undefined): void {
  registry.segments.forEach((segment, index) => {
    if (segment.isLine && index < 8) return;
    for (const match of segment.text.matchAll(EVENT_COMPOUND)) {
      const word = match[1] ?? '';
      if (/^(?:Werkstatt|Veranstaltung|Konferenz|Tagung|Seminar|Workshop)$/u.test(word)) continue;
      if (registry.isNamed(index, match.index)) continue;
      if (
        mainEvent !== undefined &&
        [mainEvent.name, ...mainEvent.aliases].some((name) => name.includes(word))
      )
        continue;
      // A part of an event is dated in its own sentence ("Auftaktwerkstatt am 11. November 2020").
      const date = dateIn(segment.text);
      if (date === undefined) continue;
      registry.propose(
        {
          type: 'Event',
          name: word,
          fields: { kind: eventKind(word), startDate: date },
          reason: 'event word (a part of the main event?)',
        },
        index,
        match.index,
        match.index + word.length,
      );
    }
  });
}

/** "11:00 - 11:15 Uhr" lines, the title line after them, and the list items that follow (speakers). */
export function recogniseAgenda(
  registry: DraftRegistry,
  mainEvent: DraftEntity | undefined,
): { item: string; segments: number[] }[] {
  const agenda: { item: string; segments: number[] }[] = [];
  if (mainEvent === undefined) return agenda;
  const { segments } = registry;
  for (let i = 0; i < segments.length; i++) {
    const slot = /^(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})(?:\s*Uhr)?$/u.exec(segments[i]?.text ?? '');
    const titleSegment = segments[i + 1];
    if (slot === null || titleSegment === undefined || !titleSegment.isLine) continue;
    const title = titleSegment.text.split(/\s+\/\/\s+/u)[0] ?? titleSegment.text;
    const item = registry.propose(
      {
        type: 'AgendaItem',
        name: title,
        fields: {
          startTime: clock(slot[1] ?? ''),
          endTime: clock(slot[2] ?? ''),
          position: agenda.length + 1,
        },
        reason: 'agenda line after a time slot',
      },
      i + 1,
      0,
      title.length,
    );
    const speakers: number[] = [];
    for (
      let j = i + 2;
      j < segments.length && !/^\d{1,2}[:.]\d{2}\s*[-–]/u.test(segments[j]?.text ?? '');
      j++
    ) {
      if (segments[j]?.isLine) speakers.push(j);
      if (speakers.length >= 8) break;
    }
    agenda.push({ item: item.key, segments: speakers });
  }
  return agenda;
}

function clock(text: string): string {
  const [hours, minutes] = text.split(/[:.]/);
  return `${(hours ?? '').padStart(2, '0')}:${minutes ?? '00'}`;
}

/** The date of the event a document reports: the first day in a sentence with an event verb. */
function eventDate(registry: DraftRegistry): string | undefined {
  for (const segment of registry.segments) {
    if (
      !/\b(?:fand|finden|findet|trafen|treffen|tagte|statt|luden|eröffnet|Online-Konferenz|Veranstaltung)\b/u.test(
        segment.text,
      )
    )
      continue;
    const range = dateRangeIn(segment.text);
    if (range !== undefined) return range.start;
    const date = dateIn(segment.text);
    if (date !== undefined) return date;
  }
  return undefined;
}

export function eventKind(text: string): string {
  if (/konferenz|kongress|tagung/iu.test(text)) return 'CONFERENCE';
  if (/seminar/iu.test(text)) return 'SEMINAR';
  if (/gespräch|treffen|dialog/iu.test(text)) return 'NETWORK_MEETING';
  if (/werkstatt|workshop/iu.test(text)) return 'WORKSHOP';
  if (/präsentation|vortrag/iu.test(text)) return 'PRESENTATION';
  return 'OTHER';
}
