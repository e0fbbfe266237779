import { germanDateToIso } from '../case-study/german-date';
import { UNDERTAKING_TYPES, type EntityType } from '../model/vocabulary';
import type { DraftEntity, DraftRegistry } from './draft-model';
import type { DraftLexicon, KnownEntity } from './known-entities';
import { NameIndex, tokenize } from './match-names';
import {
  recogniseAgenda,
  recogniseMainEvent,
  recogniseSeries,
  recogniseSubEvents,
  eventKind,
} from './recognise-events';
import { recogniseLists, type DraftList } from './recognise-lists';
import { nominative, recogniseOrganisations, unitSector } from './recognise-organisations';
import { recognisePersons } from './recognise-persons';
import { recognisePlaces } from './recognise-places';
import { DATE_DAY, dateIn } from './draft-dates';
export { dateIn, dateRangeIn } from './draft-dates';

/**
 * General German patterns for the entities of a text about public programmes and their actors:
 * institution heads and legal forms, abbreviations in parentheses, names in quotation marks after a
 * type word, titles and role words next to person names, event words with dates, lists after
 * "Themen", funding periods, places after "in". None of them knows a particular text.
 */

const QUOTED = /[„“"]([^„“”"\n]{3,140})[“”"]/gu;
const QUOTED_TYPES: readonly { cue: RegExp; type: EntityType }[] = [
  { cue: /(?:Förder|Impuls|Aktions|ESF-|Bundes)?[Pp]rogramm(?:s|es)?\s*$/u, type: 'Programme' },
  { cue: /(?:Modell|Pilot|Verbund)?(?:[Pp]rojekt(?:s|es)?|[Vv]orhaben(?:s)?)\s*$/u, type: 'Project' },
  { cue: /(?:Vernetzungs|Bundes)?[Ii]nitiative\s*$/u, type: 'Initiative' },
  {
    cue: /(?:Seminar(?:s|es)?|Workshop(?:s)?|Werkstatt|Konferenz|Tagung|Veranstaltung|Fachgespräch(?:s)?)\s*$/u,
    type: 'Event',
  },
  { cue: /(?:Strategie|Leitlinie(?:n)?|Charta)\s*$/u, type: 'Policy' },
];

const POLICY_COMPOUND =
  /(?<!\p{L})((?:Nationale[nr]?|Europäische[nr]?|Neue[nr]?)\s+[A-ZÄÖÜ]\p{L}*politik)(?!\p{L})/gu;
const PROGRAMME_COMPOUND = /(?<![\p{L}])([A-ZÄÖÜ]\p{L}*programm)(?:e?s)?(?![\p{L}])/gu;
const PHASE =
  /\b((?:[A-ZÄÖÜ][\p{L}]*-)?(?:Förderrunde|Förderperiode|Förderphase|Programmphase|Projektphase|Runde|Phase))\s+(\d{4})\s*[-–]\s*(\d{4})\b/gu;

export type { DraftList } from './recognise-lists';

export interface RecognisedDocument {
  readonly registry: DraftRegistry;
  /** The event the document is about (its title), if it is about one. */
  readonly mainEvent?: DraftEntity;
  /** The undertaking the document is about, if it is about one. */
  readonly mainUndertaking?: DraftEntity;
  /** Segments that list topics or target groups, and what they list. */
  readonly lists: readonly DraftList[];
  /** Agenda items with the segments of their persons. */
  readonly agenda: readonly { item: string; segments: number[] }[];
  /** Segments after a "Moderation" line. */
  readonly moderation: readonly number[];
  /** The document's date (first date stated), ISO. */
  readonly date?: string;
}

export function recogniseEntities(registry: DraftRegistry, lexicon: DraftLexicon): RecognisedDocument {
  const { segments } = registry;
  linkKnownEntities(registry, lexicon);

  const dates = segments.flatMap((segment) =>
    [...segment.text.matchAll(DATE_DAY)].map((m) => germanDateToIso(m[1] ?? '')),
  );
  const documentDate = dates.find((date): date is string => date !== undefined);

  segments.forEach((segment, index) => {
    const text = segment.text;
    const propose = (p: Parameters<DraftRegistry['propose']>[0], start: number, end: number) =>
      registry.propose(p, index, start, end);

    recogniseOrganisations(registry, index);

    for (const match of text.matchAll(QUOTED)) {
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      const cue = QUOTED_TYPES.find(({ cue: pattern }) => pattern.test(before));
      const name = (match[1] ?? '').trim();
      let type = cue?.type ?? (/(?:phase|runde|periode)$/iu.test(name) ? ('Phase' as const) : undefined);
      // A quoted title that opens a sentence and "is carried out": a project.
      if (
        type === undefined &&
        match.index <= 1 &&
        /\s(?:wird|werden)\s[\s\S]*?\b(?:umgesetzt|durchgeführt|realisiert)\b/u.test(text)
      )
        type = 'Project';
      if (type === undefined || /^Referat/u.test(before.trim().split(/\s+/).pop() ?? '')) {
        const referat = /(Referat(?:s|es)?)\s*$/u.exec(before);
        if (referat !== null) {
          propose(
            {
              type: 'Organisation',
              name: `Referat ${name}`,
              aliases: [`Referat „${name}“`],
              fields: { kind: 'ADMINISTRATIVE_UNIT', sector: unitSector(text) },
              reason: 'unit of an organisation',
            },
            match.index - referat[0].length,
            match.index + match[0].length,
          );
        }
        continue;
      }
      if (type === 'Event') {
        const date = dateIn(text) ?? documentDate;
        if (date === undefined) continue;
        propose(
          {
            type,
            name,
            fields: { kind: eventKind(before), startDate: date },
            reason: 'event name in quotation marks',
          },
          match.index,
          match.index + match[0].length,
        );
        continue;
      }
      propose(
        { type, name, reason: `name in quotation marks after a word for a ${type}` },
        match.index,
        match.index + match[0].length,
      );
    }

    for (const match of text.matchAll(POLICY_COMPOUND)) {
      propose(
        { type: 'Policy', name: nominative(match[1] ?? ''), reason: 'policy word' },
        match.index,
        match.index + match[0].length,
      );
    }
    for (const match of text.matchAll(PROGRAMME_COMPOUND)) {
      const name = match[1] ?? '';
      if (/^(?:Förder|ESF-)?[Pp]rogramm$/u.test(name) || /^Förderprogramm/u.test(name)) continue;
      if (registry.isNamed(index, match.index)) continue;
      propose({ type: 'Programme', name, reason: 'programme word' }, match.index, match.index + name.length);
    }
    for (const match of text.matchAll(PHASE)) {
      const name = `${match[1]} ${match[2]}-${match[3]}`;
      propose(
        {
          type: 'Phase',
          name,
          fields: { startDate: match[2] ?? '', endDate: match[3] ?? '' },
          reason: 'funding period with years',
        },
        match.index,
        match.index + match[0].length,
      );
    }

    recogniseSeries(registry, index);
    recognisePersons(registry, index);
    recognisePlaces(registry, index);
  });

  mentionAgain(registry);
  const mainEvent = recogniseMainEvent(registry, documentDate);
  recogniseSubEvents(registry, mainEvent);
  const lists = recogniseLists(registry);
  const agenda = recogniseAgenda(registry, mainEvent);
  const moderation = segments.flatMap((segment, index) =>
    /^Moderation:?$/u.test(segment.text) ? [index + 1] : [],
  );
  const mentionCount = (key: string) => registry.mentionsOf(key).length;
  const mainUndertaking =
    registry.entities.find((entity) => entity.type === 'Project' && !entity.known) ??
    registry.entities
      .filter((entity) => (UNDERTAKING_TYPES as readonly EntityType[]).includes(entity.type))
      .sort((a, b) => mentionCount(b.key) - mentionCount(a.key))[0];
  return {
    registry,
    ...(mainEvent === undefined ? {} : { mainEvent }),
    ...(mainUndertaking === undefined ? {} : { mainUndertaking }),
    lists,
    agenda,
    moderation,
    ...(documentDate === undefined ? {} : { date: documentDate }),
  };
}

/** Every further place where a proposed entity is named (its abbreviation, "das Programm" aside). */
function mentionAgain(registry: DraftRegistry): void {
  const index = new NameIndex<string>();
  for (const entity of registry.entities) {
    if (entity.known) continue;
    for (const name of [
      entity.name,
      ...entity.aliases,
      ...(entity.abbreviation === undefined ? [] : [entity.abbreviation]),
    ])
      index.add(name, entity.key);
  }
  registry.segments.forEach((segment, i) => {
    for (const { value, start, end } of index.find(tokenize(segment.text)))
      registry.mention(value, i, start, end);
  });
}

function linkKnownEntities(registry: DraftRegistry, lexicon: DraftLexicon): void {
  const index = new NameIndex<KnownEntity>();
  for (const known of lexicon.entities) for (const name of known.names) index.add(name, known);
  registry.segments.forEach((segment, i) => {
    for (const { value, start, end } of index.find(tokenize(segment.text)))
      registry.link(value, i, start, end);
  });
}
