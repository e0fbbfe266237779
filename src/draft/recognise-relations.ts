import { allowsEndpoints, isRelationType, UNDERTAKING_TYPES, type EntityType } from '../model/vocabulary';
import type { DraftEntity, DraftRelation, Mention } from './draft-model';
import { relationId, type DraftLexicon } from './known-entities';
import type { RecognisedDocument } from './recognise-entities';
import { EVENT_WORDS } from './recognise-events';

/**
 * Relations from cue phrases, between the entities a sentence names: organising, moderating,
 * speaking, funding, responsibility, partnership, coordination, leadership, affiliation, parts,
 * places, topics, target groups, phases, hosting and building on. Each is proposed only where the
 * vocabulary allows its endpoint types, with the sentence that carries the cue as its quote.
 */
export function recogniseRelations(document: RecognisedDocument, lexicon: DraftLexicon): DraftRelation[] {
  const { registry, mainEvent, mainUndertaking } = document;
  const relations = new Map<string, DraftRelation>();
  const entity = (key: string) => registry.byKey(key);
  const propose = (
    type: string,
    from: DraftEntity | undefined,
    to: DraftEntity | undefined,
    segment: number,
    reason: string,
    alsoSegment?: number,
  ) => {
    if (from === undefined || to === undefined || from.key === to.key || !isRelationType(type)) return;
    if (!allowsEndpoints(type, from.type, to.type)) return;
    const id = relationId(type, from.key, to.key);
    if (lexicon.relations.has(id) || relations.has(id)) return;
    relations.set(id, {
      type,
      from: from.key,
      to: to.key,
      quoteSegments: alsoSegment === undefined ? [segment] : [segment, alsoSegment],
      reason,
    });
  };
  const of = (mentions: readonly Mention[], types: readonly EntityType[]) =>
    uniqueEntities(
      mentions
        .map((m) => entity(m.key))
        .filter((e): e is DraftEntity => e !== undefined && types.includes(e.type)),
    );
  const ACTORS: EntityType[] = ['Organisation', 'Person'];
  const UNDERTAKINGS: readonly EntityType[] = UNDERTAKING_TYPES;

  registry.segments.forEach((segment, index) => {
    const text = segment.text;
    const mentions = registry.mentionsIn(index);
    const actors = of(mentions, ACTORS);
    const events = of(mentions, ['Event']);
    const undertakings = of(mentions, UNDERTAKINGS);
    const event = events.find((e) => e !== mainEvent) ?? (events.length > 0 ? events[0] : mainEvent);
    const undertaking = undertakings.find((u) => !u.known) ?? mainUndertaking ?? undertakings[0];

    if (
      /\b(?:luden|lädt|laden|lud)\b[\s\S]*?\bein\b|\b(?:veranstalte[tn]|organisiert|ausgerichtet|Veranstalter|richtete[n]? aus)\b/u.test(
        text,
      )
    ) {
      for (const actor of actors) propose('ORGANISED', actor, event, index, 'invited or organised');
    }
    if (/\bmoderiert|\bModeration\b/u.test(text)) {
      for (const person of of(mentions, ['Person'])) propose('MODERATED', person, event, index, 'moderated');
    }
    if (
      /\b(?:Vortr[aä]g|referierte|sprach|präsentierte|erläuterte|informierte[n]?|stellte[n]? vor|Grußwort|Impuls)\w*/u.test(
        text,
      ) &&
      !/moderiert/u.test(text)
    ) {
      const target = events.filter((e) => e !== mainEvent);
      for (const actor of actors) {
        if (target.length === 0) propose('SPOKE_AT', actor, event, index, 'spoke');
        for (const part of target) propose('SPOKE_AT', actor, part, index, 'spoke');
      }
    }
    if (/\b(?:fördert|[Gg]efördert|finanziert|[Ff]inanziert)\b/u.test(text)) {
      for (const actor of of(mentions, ['Organisation']))
        propose('FUNDS', actor, undertaking, index, 'funds');
    }
    if (/\bFörderprogramm\s+(?:des|der)\b/u.test(text)) {
      for (const actor of of(mentions, ['Organisation']))
        propose('FUNDS', actor, undertakings[0] ?? undertaking, index, 'funding programme of');
    }
    // "ESF-Programm X", "ESF-geförderte Projekte": a fund named as the prefix co-funds.
    for (const match of text.matchAll(/(?<![\p{L}])(\p{Lu}{2,})-(?:Programm|Förderprogramm|gefördert)/gu)) {
      const fund = registry.find(match[1] ?? '');
      if (fund?.type === 'Fund')
        for (const programme of of(mentions, ['Programme']))
          propose('CO_FUNDS', fund, programme, index, 'programme of a fund');
    }
    if (/\b(?:Projekt|Programm)?[Ss]chwerpunkt\b/u.test(text) && !/\bThemen\b/u.test(text)) {
      for (const topic of of(mentions, ['Topic'])) propose('ABOUT', mainUndertaking, topic, index, 'a focus');
    }
    if (/\b(?:Förderprogramm|Programm)\s+(?:des|der)\b|\bunterstützt\s+(?:das|die|der)\s/u.test(text)) {
      for (const org of of(mentions, ['Organisation']))
        propose('RESPONSIBLE_FOR', org, undertakings[0] ?? undertaking, index, 'programme of');
    }
    if (/\bMitteln\s+(?:des|der|aus dem)\b|\bkofinanziert|\bco-finanziert/iu.test(text)) {
      for (const fund of of(mentions, ['Fund']))
        for (const u of undertakings.length > 0 ? undertakings : [undertaking])
          propose('CO_FUNDS', fund, u, index, 'funds from');
    }
    if (/\bin Kooperation mit\b|\bPartner(?:in|innen|n)?\b|\bgemeinsam mit\b/iu.test(text)) {
      const cue = /\bin Kooperation mit\b|\bgemeinsam mit\b|\bPartner/iu.exec(text)?.index ?? 0;
      for (const m of mentions.filter((m) => m.start > cue)) {
        const partner = entity(m.key);
        if (partner?.type === 'Organisation')
          propose('PARTNER_IN', partner, undertaking, index, 'in cooperation with');
      }
    }
    if (/\b(?:koordiniert|Koordination|Gesamtkoordination|koordinieren)\b/iu.test(text)) {
      for (const org of of(mentions, ['Organisation']))
        propose('COORDINATES', org, undertaking, index, 'coordinates');
    }
    // "Anna Beispiel, Projektleiterin", or a name on a line and the role on the next (both are quoted).
    const leadHere = /\bProjektleit(?:er|erin|ung)\b|\bleitet das (?:Projekt|Vorhaben)\b/u.test(text);
    const leadNext =
      !leadHere && segment.isLine && /^Projektleit/u.test(registry.segments[index + 1]?.text ?? '');
    if (leadHere || leadNext) {
      for (const person of of(mentions, ['Person']))
        propose(
          'LEADS',
          person,
          mainUndertaking ?? undertaking,
          index,
          'project lead',
          leadNext ? index + 1 : undefined,
        );
    }
    if (/\bangesiedelt\b|\bSitz\s+(?:bei|beim|im)\b|\bbeheimatet\b/u.test(text)) {
      // The host is named after "bei/beim/an der" ("... ist beim Landkreis X angesiedelt", "Beim Landkreis X
      // ist die Geschäftsstelle angesiedelt"); what it hosts is every other organisation or undertaking named.
      const at = /(?<!\p{L})(?:bei|beim|bei der|an der|am|im Haus d\w+)\s/iu.exec(text);
      const hostMention =
        at === null
          ? undefined
          : mentions.find((m) => m.start > at.index && entity(m.key)?.type === 'Organisation');
      const host = hostMention === undefined ? undefined : entity(hostMention.key);
      for (const m of mentions) {
        const hosted = entity(m.key);
        if (hosted !== undefined && hosted !== host) propose('HOSTED_BY', hosted, host, index, 'hosted at');
      }
    }
    if (/\bbaut\b[\s\S]*?\bauf\b|\baufbauend auf\b|\bknüpft an\b/u.test(text)) {
      // "Das Projekt baut auf ... des Projekts X auf": the document's undertaking, when the sentence names only the other.
      const [first, ...rest] =
        undertakings.length === 1 && mainUndertaking !== undefined
          ? [mainUndertaking, ...undertakings]
          : undertakings;
      for (const other of rest) propose('BUILDS_ON', first, other, index, 'builds on');
    }
    if (/\bEinbettung in\b|\beingebettet\b|\bim Kontext der\b/u.test(text)) {
      for (const policy of of(mentions, ['Policy']))
        for (const u of of(mentions, ['Initiative', 'Programme', 'Project']))
          propose('EMBEDDED_IN', u, policy, index, 'embedded in');
      if (mainUndertaking !== undefined)
        for (const policy of of(mentions, ['Policy']))
          propose('EMBEDDED_IN', mainUndertaking, policy, index, 'embedded in');
    }
    if (/\bunterstützt(?:en)?\b/u.test(text)) {
      const supported = of(mentions, ['Initiative', 'Programme', 'Project']);
      for (const policy of of(mentions, ['Policy']))
        for (const u of supported.length > 0
          ? supported
          : mainUndertaking === undefined
            ? []
            : [mainUndertaking])
          propose('SUPPORTS', policy, u, index, 'supported by');
    }

    // Persons next to organisations in one list item or clause: affiliation.
    const persons = of(mentions, ['Person']);
    if (
      persons.length > 0 &&
      (segment.isLine ||
        /,\s+(?:Leiter|Präsident|Referent|Geschäftsführer|Vorsitzende|Direktor|Mitarbeiter)/u.test(text))
    ) {
      for (const [i, m] of mentions.entries()) {
        const person = entity(m.key);
        if (person?.type !== 'Person') continue;
        const until = mentions.slice(i + 1).findIndex((next) => entity(next.key)?.type === 'Person');
        const following = until < 0 ? mentions.slice(i + 1) : mentions.slice(i + 1, i + 1 + until);
        const orgs = following
          .map((next) => entity(next.key))
          .filter((e): e is DraftEntity => e?.type === 'Organisation');
        // "Leiter des Referats X im BMI": the person works in the first (innermost) organisation.
        const innermost = orgs.find((org) => org.fields.kind === 'ADMINISTRATIVE_UNIT') ?? orgs[0];
        const affiliated = innermost?.fields.kind === 'ADMINISTRATIVE_UNIT' ? [innermost] : orgs;
        for (const org of affiliated)
          propose('AFFILIATED_WITH', person, org, index, 'named with an organisation');
      }
    }
    // Succession: "X übernahm ... vom Y", "X folgt auf Y", "X ist Nachfolger von Y", "X löst Y ab",
    // "X setzt Y fort": the one named after the cue's preposition (or object) came first.
    const succession =
      /(?<!\p{L})(?:übernahm|übernimmt|übernommen|folgte?\s+auf|Nachfolger(?:in)?\s+(?:von|des|der)|löste?\b[\s\S]*?\bab\b|setzte?\b[\s\S]*?\bfort\b)/u.exec(
        text,
      );
    if (succession !== null) {
      const lineage = mentions
        .map((m) => ({ m, e: entity(m.key) }))
        .filter(
          ({ e }) => e !== undefined && ['Organisation', 'Phase', 'Event', ...UNDERTAKINGS].includes(e.type),
        );
      const before = lineage.filter(({ m }) => m.start < succession.index);
      const after = lineage.filter(({ m }) => m.start >= succession.index);
      const successor = before[0]?.e;
      // "übernahm die Quartiersförderung vom Alten Ministerium": the predecessor is named after "vom/von der".
      const from = /\b(?:vom|von der|von dem|auf|von|des|der)\s/u.exec(text.slice(succession.index));
      const predecessor = (
        from === null ? after : after.filter(({ m }) => m.start >= succession.index + from.index)
      ).find(
        ({ e }) =>
          e?.type === successor?.type ||
          (UNDERTAKINGS.includes(e?.type as EntityType) &&
            UNDERTAKINGS.includes(successor?.type as EntityType)),
      )?.e;
      if (/\bsetzte?\b/u.test(succession[0]) || /\blöste?\b/u.test(succession[0])) {
        // "X setzt Y fort" / "X löst Y ab": Y is the object, named between.
        const object = after[0]?.e ?? before[1]?.e;
        propose('SUCCEEDED_BY', object, successor, index, 'continues');
      } else propose('SUCCEEDED_BY', predecessor, successor, index, 'succeeds');
    }
    // "Prof. Dr. Lena Beispiel von der Hochschule X", "Anna Beispiel vom Verein Y": where a person comes from.
    for (const [i, m] of mentions.entries()) {
      const next = mentions[i + 1];
      if (entity(m.key)?.type !== 'Person' || next === undefined || entity(next.key)?.type !== 'Organisation')
        continue;
      if (/^\s*,?\s*(?:von der|vom|von|aus dem|aus der)\s+$/u.test(text.slice(m.end, next.start)))
        propose('AFFILIATED_WITH', entity(m.key), entity(next.key), index, 'from an organisation');
    }
    // "X im BMI", "X der Stadt Duisburg": a unit and the organisation it belongs to.
    for (const [i, m] of mentions.entries()) {
      const unit = entity(m.key);
      const next = mentions[i + 1];
      if (unit?.type !== 'Organisation' || next === undefined) continue;
      const between = text.slice(m.end, next.start);
      const parent = entity(next.key);
      if (
        /^\s*(?:„[^“]*“\s*)?(?:im|der|des|beim|am)\s+(?:\p{Ll}+\s+)?$/u.test(between) &&
        parent?.type === 'Organisation' &&
        ['ADMINISTRATIVE_UNIT', 'PROJECT_TEAM'].includes(String(unit.fields.kind))
      )
        propose('PART_OF', unit, parent, index, 'unit of');
      if (
        /^\s*-?\s*(?:im|in der|in den)\s+$/u.test(between) &&
        parent?.type === 'Organisation' &&
        /Team$/u.test(unit.name)
      )
        propose('PART_OF', unit, parent, index, 'team of');
    }
    // Places: events held there, organisations seated there, districts of a city, undertakings active there.
    const places = of(mentions, ['Place']);
    for (const place of places) {
      if (
        place.fields.kind === 'CITY' &&
        /\bin\s+\S+\s*$/u.test(text.slice(0, mentions.find((m) => m.key === place.key)?.end ?? 0))
      )
        propose('HELD_IN', event, place, index, 'took place in');
      for (const org of of(mentions, ['Organisation']))
        if (org.fields.kind === 'MUNICIPALITY' && org.name.endsWith(place.name))
          propose('LOCATED_IN', org, place, index, 'municipality of');
      if (place.fields.kind === 'DISTRICT') {
        const city = places.find((p) => p.fields.kind === 'CITY');
        propose('PART_OF', place, city, index, 'district of');
        propose('ACTIVE_IN', undertaking, place, index, 'works in');
      }
    }
    // Phases: an event during a funding round, an undertaking or fund whose round it is ("BIWAQ-Förderrunde").
    for (const phase of of(mentions, ['Phase'])) {
      // An event or project during a round whose years hold its date.
      const years = /(\d{4})\s*[-–]\s*(\d{4})/u.exec(phase.name);
      const [from, until] = [
        Number(phase.fields.startDate ?? years?.[1]),
        Number(phase.fields.endDate ?? years?.[2]),
      ];
      const projects = of(mentions, ['Project']);
      for (const dated of [...events, ...projects, ...(mainEvent === undefined ? [] : [mainEvent])]) {
        const year = Number(String(dated.fields.startDate ?? '').slice(0, 4));
        if (year >= from && year <= until) propose('DURING_PHASE', dated, phase, index, 'during');
      }
      const prefix = /^([A-ZÄÖÜ][\p{L}]*)-/u.exec(phase.name)?.[1];
      const owner = prefix === undefined ? undefined : registry.find(prefix);
      if (owner !== undefined) propose('HAS_PHASE', owner, phase, index, 'round of');
      else if (!phase.known)
        for (const u of undertakings) propose('HAS_PHASE', u, phase, index, 'a phase of');
    }
    // An event series the main event belongs to; a programme its name or sentence names.
    for (const series of of(mentions, ['EventSeries'])) {
      // The main event belongs to a series of its own kind ("Themenwerkstatt" in a "Werkstattreihe").
      const kind = EVENT_KIND_WORD.exec(series.name)?.[1]?.toLowerCase();
      if (
        kind !== undefined &&
        mainEvent !== undefined &&
        [mainEvent.name, ...mainEvent.aliases].some((n) => n.toLowerCase().includes(kind))
      )
        propose('IN_SERIES', mainEvent, series, index, 'series');
      if (!series.known) propose('PART_OF_UNDERTAKING', series, mainUndertaking, index, 'series within');
    }
    // A project named after its programme ("BIWAQ-Duisburg" of BIWAQ).
    for (const project of of(mentions, ['Project'])) {
      const prefix = /^([A-ZÄÖÜ][\p{L}]*)-/u.exec(project.name)?.[1];
      const programme = prefix === undefined ? undefined : registry.find(prefix);
      if (programme !== undefined && programme.type === 'Programme')
        propose('PART_OF', project, programme, index, 'named after its programme');
    }
    if (mainEvent !== undefined && (index === mainEvent.quoteSegment || segment.isLine)) {
      for (const u of undertakings) propose('PART_OF_UNDERTAKING', mainEvent, u, index, 'held within');
    }
    for (const part of events) {
      if (mainEvent !== undefined && part !== mainEvent && !part.known)
        propose('PART_OF', part, mainEvent, index, 'part of the main event');
    }
  });

  for (const list of document.lists) {
    const subject = listSubject(list.segment);
    const type =
      list.kind === 'TargetGroup'
        ? 'TARGETS'
        : list.role === 'priority' || (list.role === 'purpose' && subject?.type !== 'Event')
          ? 'PRIORITY_FIELD'
          : 'ABOUT';
    for (const key of list.keys) propose(type, subject, entity(key), list.segment, 'listed');
  }
  /**
   * What a list is about: an event its sentence names (not the main one), the main event where the
   * sentence speaks of an event, else the phase or undertaking named last (in it or the two before).
   */
  function listSubject(segment: number): DraftEntity | undefined {
    const part = of(registry.mentionsIn(segment), ['Event']).find((e) => e !== mainEvent);
    if (part !== undefined) return part;
    const window = [segment, segment - 1, segment - 2].filter((i) => i >= 0);
    const speaksOfEvent = window.some((i) => EVENT_KIND_WORD.test(registry.segments[i]?.text ?? ''));
    if (mainEvent !== undefined && speaksOfEvent) return mainEvent;
    for (const i of window) {
      const recent = registry
        .mentionsIn(i)
        .map((m) => entity(m.key))
        .filter((e): e is DraftEntity => e !== undefined);
      const phase = recent.filter((e) => e.type === 'Phase' && !e.known).pop();
      if (phase !== undefined) return phase;
      const undertaking = recent
        .filter((e) => (UNDERTAKING_TYPES as readonly EntityType[]).includes(e.type))
        .pop();
      if (undertaking !== undefined) return undertaking;
    }
    return mainEvent ?? mainUndertaking;
  }

  for (const { item, segments } of document.agenda) {
    propose(
      'HAS_AGENDA_ITEM',
      mainEvent,
      entity(item),
      registry.entities.find((e) => e.key === item)?.quoteSegment ?? 0,
      'agenda',
    );
    for (const index of segments) {
      for (const person of of(registry.mentionsIn(index), ['Person']))
        propose('SPOKE_AT', person, entity(item), index, 'speaker of an agenda item');
    }
  }
  for (const index of document.moderation) {
    for (const person of of(registry.mentionsIn(index), ['Person']))
      propose('MODERATED', person, mainEvent, index, 'moderation');
  }
  return [...relations.values()];
}

const EVENT_KIND_WORD = new RegExp(`(${EVENT_WORDS})`, 'iu');

function uniqueEntities(entities: DraftEntity[]): DraftEntity[] {
  return [...new Map(entities.map((e) => [e.key, e])).values()];
}
