import { germanDateToIso, GERMAN_MONTH_PATTERN } from '../case-study/german-date';
import type { EntityType } from '../model/vocabulary';
import { type DraftRegistry, type DraftEntity } from './draft-model';
import { COMMON_GIVEN_NAMES } from './given-names';
import type { DraftLexicon } from './known-entities';
import { findName, isAbbreviation, tokenize } from './match-names';

/**
 * General German patterns for the entities of a text about public programmes and their actors:
 * institution heads and legal forms, abbreviations in parentheses, names in quotation marks after a
 * type word, titles and role words next to person names, event words with dates, lists after
 * "Themen", funding periods, places after "in". None of them knows a particular text.
 */

const CAP = "[A-ZÄÖÜ][\\p{L}\\d'’*-]*";
const CONNECTOR = '(?:für|des|der|und|im|am|von|zur|zum|de|als|für die|für den)';
/** A capitalised chain: capitalised words, joined by connectors, "Bau-," prefixes or ", " lists. */
const CHAIN = `(?:\\s+(?:${CONNECTOR}\\s+)?(?:${CAP}|[A-ZÄÖÜ][\\p{L}]*-,?)(?:,(?=\\s+(?:für\\s|[A-ZÄÖÜ])))?)*`;

/** Words that begin the name of an organisation, with its kind and sector. */
const ORGANISATION_HEADS: readonly { head: string; kind: string; sector: string }[] = [
  { head: 'Bundesministeri(?:um|ums)', kind: 'MINISTRY', sector: 'FEDERAL_ADMINISTRATION' },
  {
    head: 'Landesministeri(?:um|ums)|Ministeri(?:um|ums)|Staatsministeri(?:um|ums)',
    kind: 'STATE_AGENCY',
    sector: 'STATE_ADMINISTRATION',
  },
  { head: 'Senatsverwaltung', kind: 'STATE_AGENCY', sector: 'STATE_ADMINISTRATION' },
  {
    head: 'Bundesinstitut(?:s|es)?|Bundesamt(?:s|es)?|Bundesagentur|Bundesanstalt',
    kind: 'FEDERAL_AGENCY',
    sector: 'FEDERAL_ADMINISTRATION',
  },
  {
    head: 'Landesamt(?:s|es)?|Landesinstitut(?:s|es)?|Landesagentur',
    kind: 'STATE_AGENCY',
    sector: 'STATE_ADMINISTRATION',
  },
  {
    head: 'Stadt|Landeshauptstadt|Gemeinde|Landkreis(?:es)?|Kreis(?:es)?|Markt',
    kind: 'MUNICIPALITY',
    sector: 'MUNICIPAL_ADMINISTRATION',
  },
  {
    head: 'Hochschule|Universität|Fachhochschule|Technische Universität',
    kind: 'UNIVERSITY',
    sector: 'RESEARCH',
  },
  { head: 'Institut(?:s|es)? für|Forschungsinstitut', kind: 'RESEARCH_INSTITUTE', sector: 'RESEARCH' },
  {
    head: 'Referat(?:s|es)?|Dezernat(?:s|es)?|Stabsstelle|Abteilung|Amt(?:s|es)? für|Fachbereich(?:s|es)?',
    kind: 'ADMINISTRATIVE_UNIT',
    sector: '',
  },
  {
    head: 'Geschäftsstelle|Projektbüro(?:s)?|Servicestelle|Koordinierungsstelle',
    kind: 'PROJECT_TEAM',
    sector: '',
  },
  {
    head: '(?:Deutsche[rn]?\\s+)?Verband(?:es|s)?|Bundesverband(?:es|s)?|Landesverband(?:es|s)?',
    kind: 'ASSOCIATION',
    sector: 'INTERMEDIARY_ASSOCIATION',
  },
  { head: 'Gesellschaft für', kind: 'COMPANY', sector: 'BUSINESS' },
  { head: 'Stiftung', kind: 'NON_PROFIT', sector: 'CIVIL_SOCIETY' },
  { head: 'Jobcenter|Agentur für Arbeit', kind: 'FEDERAL_AGENCY', sector: 'FEDERAL_ADMINISTRATION' },
];
/** Single words that name an organisation by their ending ("Bundesverwaltungsamt", "Städtetag"). */
const ORGANISATION_COMPOUND =
  /\b([A-ZÄÖÜ]\p{L}*(?:amt|ministerium|institut|verband|städtetag|landkreistag|gemeindebund))\b/gu;
const LEGAL_FORMS = '(?:e\\.\\s?V\\.|gGmbH|GmbH|gAG|AG|eG|AöR|mbH|KG)';
const LEGAL_FORM = new RegExp(
  `((?:${CAP})(?:\\s+(?:${CONNECTOR}\\s+)?(?:${CAP}|[\\p{Ll}]+(?=\\s+${CAP})))*)\\s+(e\\.\\s?V\\.|gGmbH|GmbH|gAG|AG|eG|AöR|mbH|KG)`,
  'gu',
);
const UNIT_KINDS = new Set(['ADMINISTRATIVE_UNIT', 'PROJECT_TEAM']);

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

const EVENT_WORD =
  /(werkstatt|konferenz|tagung|seminar|workshop|gespräch|forum|kongress|auftakt|veranstaltung|treffen|dialog|sitzung|messe|festival)/iu;
const EVENT_COMPOUND =
  /(?<![\p{L}])([A-ZÄÖÜ][\p{L}-]*(?:[Ww]erkstatt|[Kk]onferenz|[Tt]agung|[Ss]eminar|[Ww]orkshop|[Gg]espräch|[Ff]orum|[Kk]ongress|[Vv]eranstaltung|[Tt]reffen|[Ss]itzung))(?![\p{L}])/gu;
const PLURAL_EVENTS =
  /(?<![\p{L}])[„“"]?([A-ZÄÖÜ][\p{L}-]*(?:[Ww]erkstätten|[Kk]onferenzen|[Tt]agungen|[Ss]eminare|[Gg]espräche|[Ff]oren|[Kk]ongresse))(?![\p{L}])/gu;
const SERIES_COMPOUND = /\b([A-ZÄÖÜ][\p{L}-]*(?:reihe|serie))\b/gu;
const POLICY_COMPOUND = /\b((?:Nationale[nr]?|Europäische[nr]?|Neue[nr]?)\s+[A-ZÄÖÜ]\p{L}*politik)\b/gu;
const PROGRAMME_COMPOUND = /(?<![\p{L}])([A-ZÄÖÜ]\p{L}*programm)(?:e?s)?(?![\p{L}])/gu;
/** "das BIWAQ-Team im BBSR": a team, named with the organisation it belongs to. */
const TEAM = /(?<![\p{L}])([A-ZÄÖÜ][\p{L}-]*-Team(?:\s+(?:im|beim|der|des)\s+[A-ZÄÖÜ]{2,})?)(?![\p{L}])/gu;
const PHASE =
  /\b((?:[A-ZÄÖÜ][\p{L}]*-)?(?:Förderrunde|Förderperiode|Förderphase|Programmphase|Projektphase|Runde|Phase))\s+(\d{4})\s*[-–]\s*(\d{4})\b/gu;

const DATE_DAY = new RegExp(
  `\\b(\\d{1,2}\\.\\s?(?:\\d{1,2}\\.\\s?\\d{4}|(?:${GERMAN_MONTH_PATTERN})\\.?\\s+\\d{4}))`,
  'giu',
);
const FULL_DATE = `\\d{1,2}\\.\\s?(?:\\d{1,2}\\.\\s?\\d{4}|(?:${GERMAN_MONTH_PATTERN})\\.?\\s+\\d{4})`;
/** "vom 11. November bis zum 10. Dezember 2020", "vom 01.01.2019 bis zum 31.12.2022". */
const DATE_RANGE = new RegExp(
  `\\bvom\\s+(\\d{1,2}\\.[^\\n]{0,20}?)\\s+bis\\s+(?:zum\\s+)?(${FULL_DATE})`,
  'iu',
);
const MONTH_YEAR = new RegExp(`\\b((?:${GERMAN_MONTH_PATTERN})\\s+\\d{4})\\b`, 'iu');

const ACADEMIC_TITLE = '(?:Prof\\.\\s*(?:Dr\\.\\s*)?(?:-Ing\\.\\s*)?|Dr\\.\\s*(?:-Ing\\.\\s*)?)';
const PERSON_NAME =
  '([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\\s+((?:von\\s+|van\\s+|de\\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?!\\p{L})';
const TITLED_PERSON = new RegExp(`(${ACADEMIC_TITLE})${PERSON_NAME}`, 'gu');
const ADDRESSED_PERSON = new RegExp(`\\b(?:Herr|Frau|Herrn)\\s+${PERSON_NAME}`, 'gu');
const ROLE_WORDS =
  '(?:Leiter(?:in)?|Präsident(?:in)?|Vizepräsident(?:in)?|Projektleiter(?:in)?|Referent(?:in)?|Geschäftsführer(?:in)?|Vorsitzende[r]?|Direktor(?:in)?|Sprecher(?:in)?|Koordinator(?:in)?|Bürgermeister(?:in)?|Oberbürgermeister(?:in)?|Staatssekretär(?:in)?|Minister(?:in)?|Mitarbeiter(?:in)?|Vorstand|Professor(?:in)?|Beauftragte[r]?)';
const ROLE_PERSON = new RegExp(`${PERSON_NAME},\\s+${ROLE_WORDS}\\b`, 'gu');
const MODERATED_BY = new RegExp(`(?:von|durch)\\s+${PERSON_NAME}\\s+(?:moderiert|geleitet|eröffnet)`, 'gu');

const THEME_LIST =
  /(?:(?:zu\s+)?den\s+Themen(?:feldern)?|Themen(?:schwerpunkte)?:|Handlungsfeld(?:ern)?\b[^:.]{0,40}:|Schwerpunkte[n]?:)\s+(.+?)(?:[.;]|$)/iu;
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
/** A sentence about where something took place. */
const PLACE_CONTEXT =
  /\b(?:fand|finden|findet|trafen|treffen|tagte|tagten|statt|stattfand|versammelten|kamen)\b/u;
const NOT_A_PLACE = /^(?:Form|Formaten?|Gruppen|Zukunft|Kooperation|Präsenz|Chatkanälen|Deutschland?s)$/u;
const DISTRICTS =
  /\b(?:([A-ZÄÖÜ][a-zäöü]+er)\s+)?(?:Stadtteil(?:en|e)?|Quartier(?:en|e)?|Ortsteil(?:en|e)?|Stadtbezirk(?:en|e)?)\s+([A-ZÄÖÜ][a-zäöüß-]+)(?:\s*(?:,|und)\s+([A-ZÄÖÜ][a-zäöüß-]+))*/u;

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

/** Topics or target groups a sentence lists, and how it lists them (themes, priority fields, purposes). */
export interface DraftList {
  readonly segment: number;
  readonly kind: 'Topic' | 'TargetGroup';
  readonly role: 'theme' | 'priority' | 'purpose' | 'addressed';
  readonly keys: string[];
}

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

    for (const { head, kind, sector } of ORGANISATION_HEADS) {
      const pattern = new RegExp(`(?<![\\p{L}-])(${head})${CHAIN}(?:\\s+${LEGAL_FORMS})?`, 'gu');
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const start = match.index;
        const name = cutAtNestedOrganisation(trimChain(match[0]));
        // Go on after the cut: "Stabsstelle ... des Dezernats ... der Stadt" holds three organisations.
        pattern.lastIndex = start + Math.max(name.length, 1);
        if (registry.mentionsIn(index).some((m) => m.start <= start && start < m.end)) continue;
        if (tokenize(name).length < 2 || /^Stadt(?:teil|entwicklung)/.test(name)) continue;
        const after = text.slice(start + name.length);
        const abbreviation = /^\s*\(([A-ZÄÖÜ][\p{L}\d&-]{1,9})\)/u.exec(after)?.[1];
        const legalForm = new RegExp(`\\s${LEGAL_FORMS}$`, 'u').exec(name)?.[0].trim();
        const company = legalForm !== undefined && /GmbH|AG|KG|mbH/.test(legalForm);
        const byLegalForm = legalForm !== undefined && kind !== 'ASSOCIATION';
        propose(
          {
            type: 'Organisation',
            name: nominative(name),
            ...(abbreviation !== undefined && isAbbreviation(abbreviation) ? { abbreviation } : {}),
            aliases: nominative(name) === name ? [] : [name],
            fields: byLegalForm
              ? { kind: company ? 'COMPANY' : 'ASSOCIATION', sector: company ? 'BUSINESS' : 'CIVIL_SOCIETY' }
              : { kind, sector: sector === '' ? unitSector(text) : sector },
            reason: byLegalForm
              ? 'legal form'
              : UNIT_KINDS.has(kind)
                ? 'unit of an organisation'
                : 'institution head word',
          },
          start,
          start + name.length,
        );
      }
    }
    for (const match of text.matchAll(LEGAL_FORM)) {
      if (
        registry.mentionsIn(index).some((m) => m.start < match.index + match[0].length && match.index < m.end)
      )
        continue;
      const name = `${match[1]} ${match[2]}`.trim();
      if (tokenize(name).length < 2) continue;
      const company = /GmbH|AG|KG|mbH/.test(match[2] ?? '');
      propose(
        {
          type: 'Organisation',
          name,
          fields: {
            kind: company ? 'COMPANY' : 'ASSOCIATION',
            sector: company ? 'BUSINESS' : 'CIVIL_SOCIETY',
          },
          reason: 'legal form',
        },
        match.index,
        match.index + match[0].length,
      );
    }
    // Partners named after "in Kooperation mit": "der Duisburger Werkkiste und der Gesellschaft ...".
    const partners =
      /\b(?:in Kooperation mit|gemeinsam mit|Partner(?:n|innen)? (?:sind|waren))\s+(.+?)(?:[.;]|\s+(?:sollen|werden|wird|haben|hat)\b|$)/iu.exec(
        text,
      );
    if (partners !== null && partners[1] !== undefined) {
      const listStart = partners.index + partners[0].indexOf(partners[1]);
      for (const item of partners[1].split(/,\s+|\s+und\s+/u)) {
        const name = item.replace(/^(?:der|dem|den|die|das)\s+/u, '').trim();
        if (!/^[A-ZÄÖÜ]\p{L}*(?:\s+[A-ZÄÖÜ]\p{L}*)+$/u.test(name)) continue;
        const offset = text.indexOf(name, listStart);
        if (registry.mentionsIn(index).some((m) => m.start <= offset && offset < m.end)) continue;
        propose(
          {
            type: 'Organisation',
            name,
            fields: { kind: 'OTHER', sector: 'CIVIL_SOCIETY' },
            reason: 'named as a partner',
          },
          offset,
          offset + name.length,
        );
      }
    }
    for (const match of text.matchAll(ORGANISATION_COMPOUND)) {
      if (registry.mentionsIn(index).some((m) => m.start <= match.index && match.index < m.end)) continue;
      const name = match[1] ?? '';
      const ministry = /ministerium$/.test(name);
      propose(
        {
          type: 'Organisation',
          name,
          fields: {
            kind: ministry ? 'MINISTRY' : /verband|tag|bund$/.test(name) ? 'ASSOCIATION' : 'FEDERAL_AGENCY',
            sector: /verband|tag|bund$/.test(name) ? 'INTERMEDIARY_ASSOCIATION' : 'FEDERAL_ADMINISTRATION',
          },
          reason: 'institution word',
        },
        match.index,
        match.index + name.length,
      );
    }
    // "Name (ABK)" not caught above: a fund, a programme or an organisation by its last word.
    for (const match of text.matchAll(
      /((?:[A-ZÄÖÜ][\p{L}-]*\s+){0,4}[A-ZÄÖÜ][\p{L}-]*)\s+\(([A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,9})\)/gu,
    )) {
      const abbreviation = match[2] ?? '';
      if (!isAbbreviation(abbreviation) || registry.find(abbreviation) !== undefined) continue;
      const name = (match[1] ?? '').replace(/^(?:Die|Der|Das|Des|Dem|Den|Mit|Von|Vom)\s+/u, '');
      const type: EntityType = /fonds$/i.test(name)
        ? 'Fund'
        : /programm$/i.test(name)
          ? 'Programme'
          : 'Organisation';
      propose(
        {
          type,
          name: nominative(name),
          abbreviation,
          ...(type === 'Organisation' ? { fields: { kind: 'OTHER', sector: 'CIVIL_SOCIETY' } } : {}),
          reason: 'abbreviation in parentheses',
        },
        match.index,
        match.index + match[0].length,
      );
    }

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
      if (registry.mentionsIn(index).some((m) => m.start <= match.index && match.index < m.end)) continue;
      propose({ type: 'Programme', name, reason: 'programme word' }, match.index, match.index + name.length);
    }
    for (const match of text.matchAll(TEAM)) {
      const name = match[1] ?? '';
      propose(
        {
          type: 'Organisation',
          name,
          fields: { kind: 'PROJECT_TEAM', sector: unitSector(text) },
          reason: 'team of an organisation',
        },
        match.index,
        match.index + name.length,
      );
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
  const mentionCount = (key: string) => registry.mentions.filter((m) => m.key === key).length;
  const mainUndertaking =
    registry.entities.find((entity) => entity.type === 'Project' && !entity.known) ??
    registry.entities
      .filter((entity) => ['Programme', 'Initiative', 'Project', 'Policy'].includes(entity.type))
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
  const tokens = registry.segments.map((segment) => tokenize(segment.text));
  for (const entity of registry.entities) {
    if (entity.known) continue;
    const names = [
      entity.name,
      ...entity.aliases,
      ...(entity.abbreviation === undefined ? [] : [entity.abbreviation]),
    ];
    tokens.forEach((segmentTokens, index) => {
      for (const name of names)
        for (const { start, end } of findName(segmentTokens, name))
          registry.mention(entity.key, index, start, end);
    });
  }
}

function linkKnownEntities(registry: DraftRegistry, lexicon: DraftLexicon): void {
  registry.segments.forEach((segment, index) => {
    const tokens = tokenize(segment.text);
    for (const known of lexicon.entities) {
      for (const name of known.names) {
        for (const { start, end } of findName(tokens, name)) registry.link(known, index, start, end);
      }
    }
  });
}

function recognisePersons(registry: DraftRegistry, index: number): void {
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
    const offset = m[0].indexOf(m[1] ?? '');
    add(undefined, m[1] ?? '', m[2] ?? '', m.index + offset, m.index + m[0].length, 'moderated by');
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
        if (registry.mentionsIn(index).some((m) => m.start < start + part.length && start < m.end)) continue;
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
  for (const m of text.matchAll(new RegExp(`(?<!\\p{L})${PERSON_NAME}(?!\\p{L})`, 'gu'))) {
    if (COMMON_GIVEN_NAMES.has(m[1] ?? '') && !/^(?:Stadt|Straße|Platz)$/u.test(m[2] ?? ''))
      add(undefined, m[1] ?? '', m[2] ?? '', m.index, m.index + m[0].length, 'common given name');
  }
}

function recognisePlaces(registry: DraftRegistry, index: number): void {
  const text = registry.segments[index]?.text ?? '';
  if (PLACE_CONTEXT.test(text)) {
    for (const m of text.matchAll(
      /(?<!\p{L})in\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?=\s*[.,;]|\s+(?:statt|stattfand|zusammen|und|am|vom)\b|$)/gu,
    )) {
      const name = m[1] ?? '';
      if (
        NOT_A_PLACE.test(name) ||
        registry.mentionsIn(index).some((x) => x.start <= m.index + 3 && m.index + 3 < x.end)
      )
        continue;
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

/** The event a document is about: its first title line with an event word, other title lines as aliases. */
function recogniseMainEvent(
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
function recogniseSubEvents(registry: DraftRegistry, mainEvent: DraftEntity | undefined): void {
  registry.segments.forEach((segment, index) => {
    if (segment.isLine && index < 8) return;
    for (const match of segment.text.matchAll(EVENT_COMPOUND)) {
      const word = match[1] ?? '';
      if (/^(?:Werkstatt|Veranstaltung|Konferenz|Tagung|Seminar|Workshop)$/u.test(word)) continue;
      if (registry.mentionsIn(index).some((m) => m.start <= match.index && match.index < m.end)) continue;
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

/** Topics after "zu den Themen", target groups after "richtet sich an". */
function recogniseLists(registry: DraftRegistry): DraftList[] {
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

/** "11:00 - 11:15 Uhr" lines, the title line after them, and the list items that follow (speakers). */
function recogniseAgenda(
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

/** The first "vom ... bis ..." of a text as ISO days (the start completed from the end). */
export function dateRangeIn(text: string): { start: string; end: string } | undefined {
  const range = DATE_RANGE.exec(text);
  if (range === null) return undefined;
  const end = germanDateToIso(range[2] ?? '');
  if (end === undefined) return undefined;
  const from = (range[1] ?? '').trim();
  const start =
    germanDateToIso(from) ??
    germanDateToIso(`${from} ${end.slice(0, 4)}`) ??
    germanDateToIso(`${from}${Number(end.slice(5, 7))}.${end.slice(0, 4)}`);
  return start === undefined ? undefined : { start, end };
}

/** The first date of a text: a day ("11. November 2020", "4.3.2021", "25. und 26. September 2019") or a month. */
export function dateIn(text: string): string | undefined {
  const dual = new RegExp(
    `\\b(\\d{1,2})\\.\\s+und\\s+\\d{1,2}\\.\\s+(${GERMAN_MONTH_PATTERN})\\s+(\\d{4})`,
    'iu',
  ).exec(text);
  if (dual !== null) return germanDateToIso(`${dual[1]}. ${dual[2]} ${dual[3]}`);
  for (const match of text.matchAll(DATE_DAY)) {
    const iso = germanDateToIso(match[1] ?? '');
    if (iso !== undefined) return iso;
  }
  const month = MONTH_YEAR.exec(text);
  return month === null ? undefined : germanDateToIso(month[1] ?? '');
}

function eventKind(text: string): string {
  if (/konferenz|kongress|tagung/iu.test(text)) return 'CONFERENCE';
  if (/seminar/iu.test(text)) return 'SEMINAR';
  if (/gespräch|treffen|dialog/iu.test(text)) return 'NETWORK_MEETING';
  if (/werkstatt|workshop/iu.test(text)) return 'WORKSHOP';
  if (/präsentation|vortrag/iu.test(text)) return 'PRESENTATION';
  return 'OTHER';
}

/** The sector of a unit from its sentence: federal words, municipal words, else federal administration. */
function unitSector(text: string): string {
  if (/\b(?:Stadt|Gemeinde|Landkreis|Kreis|kommunal)/u.test(text)) return 'MUNICIPAL_ADMINISTRATION';
  if (/\bLand(?:es)?\b|Landes/u.test(text)) return 'STATE_ADMINISTRATION';
  return 'FEDERAL_ADMINISTRATION';
}

function trimChain(name: string): string {
  return name
    .replace(/(?:[\s,]+(?:für|des|der|und|im|am|von|zur|zum|de|als|die|den))+\s*$/u, '')
    .replace(/[\s,-]+$/u, '')
    .trim();
}

/** Cuts "Dezernat für X der Stadt Duisburg" before the organisation it belongs to. */
function cutAtNestedOrganisation(name: string): string {
  const heads = ORGANISATION_HEADS.map(({ head }) => head).join('|');
  const nested = new RegExp(`\\s+(?:der|des|im|beim|am)\\s+(?:${heads})\\b`, 'u').exec(name);
  return nested === null || nested.index === 0 ? name : name.slice(0, nested.index);
}

/** The nominative of a genitive head ("des Bundesministeriums für ..." -> "Bundesministerium für ..."). */
function nominative(name: string): string {
  return name
    .replace(/^(Bundesministeri|Ministeri|Landesministeri|Staatsministeri)ums\b/u, '$1um')
    .replace(/^(Bundesinstitut|Bundesamt|Landesamt|Referat|Dezernat|Institut|Fachbereich)(?:e?s)\b/u, '$1')
    .replace(/^Deutschen Verbandes\b/u, 'Deutscher Verband')
    .replace(/^(Bundes|Landes)?[Vv]erbandes\b/u, '$1Verband')
    .replace(/^(Nationale|Europäische|Neue)n\s/u, '$1 ')
    .replace(/^(Landkreis|Kreis)es\b/u, '$1');
}
