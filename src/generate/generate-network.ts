import type {
  CaseStudyInput,
  EntityInput,
  EvidenceInput,
  RelationInput,
  SourceInput,
} from '../case-study/case-study.types';
import type { RelationType } from '../model/vocabulary';
import { PreferentialUrn, SeededRandom, shuffledIndices } from './seeded-random';
import { NameBook, STATES, TARGET_GROUPS, TOPICS } from './synthetic-names';

export interface GenerateNetworkOptions {
  /** Organisations and persons together. */
  readonly actors: number;
  readonly seed: number;
  /** Sentences per synthetic source document. Default 150. */
  readonly sentencesPerSource?: number;
}

/** A generated case study with the texts of its sources, keyed by the file name the case study cites. */
export interface SyntheticNetwork {
  readonly caseStudy: CaseStudyInput;
  readonly sourceTexts: ReadonlyMap<string, string>;
}

const FIRST_YEAR = 2011;
const LAST_YEAR = 2025; // 15 years of validity periods and events

/** Organisation kinds with their share of all organisations and the sector they belong to. */
const ORGANISATION_PROFILES: readonly (readonly [{ kind: string; sector: string; noun: string }, number])[] =
  [
    [{ kind: 'MUNICIPALITY', sector: 'MUNICIPAL_ADMINISTRATION', noun: 'Stadt' }, 8],
    [
      { kind: 'ADMINISTRATIVE_UNIT', sector: 'MUNICIPAL_ADMINISTRATION', noun: 'Amt für Stadtentwicklung' },
      10,
    ],
    [{ kind: 'STATE_AGENCY', sector: 'STATE_ADMINISTRATION', noun: 'Landesamt für Wohnen' }, 3],
    [{ kind: 'ASSOCIATION', sector: 'INTERMEDIARY_ASSOCIATION', noun: 'Verband Quartier' }, 6],
    [{ kind: 'NON_PROFIT', sector: 'WELFARE', noun: 'Sozialwerk' }, 16],
    [{ kind: 'NON_PROFIT', sector: 'CIVIL_SOCIETY', noun: 'Nachbarschaftsverein' }, 16],
    [{ kind: 'COMPANY', sector: 'HOUSING_INDUSTRY', noun: 'Wohnungsbaugesellschaft' }, 8],
    [{ kind: 'COMPANY', sector: 'BUSINESS', noun: 'Gewerbeverein' }, 7],
    [{ kind: 'UNIVERSITY', sector: 'RESEARCH', noun: 'Hochschule' }, 3],
    [{ kind: 'RESEARCH_INSTITUTE', sector: 'RESEARCH', noun: 'Institut für Stadtforschung' }, 3],
    [{ kind: 'PLANNING_OFFICE', sector: 'PLANNING', noun: 'Planungsbüro' }, 7],
    [{ kind: 'NETWORK', sector: 'CIVIL_SOCIETY', noun: 'Netzwerk' }, 5],
    [{ kind: 'NON_PROFIT', sector: 'EDUCATION', noun: 'Bildungswerk' }, 5],
    [{ kind: 'NON_PROFIT', sector: 'CREATIVE_CULTURAL', noun: 'Kulturzentrum' }, 3],
  ];
const ROLES = [
  'Leiterin',
  'Leiter',
  'Referentin',
  'Referent',
  'Projektleiterin',
  'Projektleiter',
  'Mitglied',
  'Vorsitzende',
  'Geschäftsführer',
  'Quartiersmanagerin',
];
const EVENT_KINDS = [
  ['WORKSHOP', 5],
  ['CONFERENCE', 2],
  ['NETWORK_MEETING', 4],
  ['SEMINAR', 2],
  ['DISCUSSION_PHASE', 1],
  ['PRESENTATION', 1],
] as const;
const EVENT_FORMATS = [
  ['IN_PERSON', 6],
  ['ONLINE', 3],
  ['HYBRID', 1],
] as const;

interface Dated {
  readonly year: number;
  readonly iso: string;
}

/**
 * Generates a synthetic but realistic network in our model, deterministic for a seed: organisations
 * and persons of all sectors with power-law degrees (preferential attachment), nested organisations,
 * events with 10-300 participants, programmes with phases, projects, places, topics, target groups,
 * validity periods over 15 years, and synthetic source documents whose sentences are the quotes.
 * About ten typed relationships per actor.
 */
export function generateNetwork(options: GenerateNetworkOptions): SyntheticNetwork {
  return new NetworkBuilder(options).build();
}

class NetworkBuilder {
  private readonly random: SeededRandom;
  private readonly names: NameBook;
  private readonly prefix: string;
  private readonly entities: EntityInput[] = [];
  private readonly relations: RelationInput[] = [];
  private readonly relationKeys = new Set<string>();
  private readonly sources: SourceInput[] = [];
  private readonly sourceTexts = new Map<string, string>();
  private pendingSentences: string[] = [];
  private readonly sentencesPerSource: number;

  private readonly places: { country: string; states: string[]; towns: string[]; quarters: string[] } = {
    country: '',
    states: [],
    towns: [],
    quarters: [],
  };
  private topics: string[] = [];
  private targetGroups: string[] = [];
  private organisations: { key: string; name: string; kind: string }[] = [];
  private persons: { key: string; name: string }[] = [];
  private programmes: {
    key: string;
    name: string;
    phases: { key: string; start: number; end: number }[];
    start: number;
    end: number;
  }[] = [];
  private undertakings: string[] = [];
  /** Years [start, end] of each programme and project, so that events are part of running ones only. */
  private readonly undertakingYears = new Map<string, [number, number]>();

  constructor(private readonly options: GenerateNetworkOptions) {
    if (!Number.isInteger(options.actors) || options.actors < 20) {
      throw new RangeError(`actors must be an integer of at least 20 (got ${options.actors})`);
    }
    this.random = new SeededRandom(options.seed);
    this.names = new NameBook(this.random);
    this.prefix = `syn-${options.seed}-${options.actors}`;
    this.sentencesPerSource = options.sentencesPerSource ?? 150;
  }

  build(): SyntheticNetwork {
    const n = this.options.actors;
    this.buildPlaces(Math.max(4, Math.round(n / 60)));
    this.topics = TOPICS.map((name) =>
      this.entity(
        'topic',
        { type: 'Topic', name: this.names.claim(name) },
        `Das Themenfeld ${name} spielt im Bericht eine Rolle.`,
      ),
    );
    this.targetGroups = TARGET_GROUPS.map((name) =>
      this.entity(
        'zielgruppe',
        { type: 'TargetGroup', name: this.names.claim(name) },
        `Als Zielgruppe werden ${name} genannt.`,
      ),
    );
    const organisationCount = Math.round(n * 0.4);
    this.buildOrganisations(organisationCount);
    this.buildPersons(n - organisationCount);
    this.buildProgrammes(Math.max(3, Math.round(n / 400)));
    this.buildProjects(Math.max(8, Math.round(n / 15)));
    this.buildEvents(Math.max(5, Math.round(n / 9)));
    this.flushSource();
    return {
      caseStudy: {
        caseStudy: {
          key: this.prefix,
          title: `Synthetisches Netzwerk (${n} Akteure, Seed ${this.options.seed})`,
          description: 'Vom Generator erzeugt (quartiersnetz generate); Namen und Quellen sind erfunden.',
        },
        sources: this.sources,
        entities: this.entities,
        relations: this.relations,
      },
      sourceTexts: this.sourceTexts,
    };
  }

  // --- parts of the network ------------------------------------------------------------------

  private buildPlaces(townCount: number): void {
    this.places.country = this.entity(
      'ort',
      { type: 'Place', name: this.names.claim('Deutschland'), kind: 'COUNTRY' },
      'Alle Orte liegen in Deutschland.',
    );
    for (const state of STATES) {
      const key = this.entity(
        'ort',
        { type: 'Place', name: this.names.claim(state), kind: 'STATE' },
        `${state} ist ein Land der Bundesrepublik.`,
      );
      this.places.states.push(key);
      this.relate('PART_OF', key, this.places.country, `${state} gehört zu Deutschland.`);
    }
    for (let i = 0; i < townCount; i++) {
      const name = this.names.town();
      const state = this.random.pick(this.places.states);
      const town = this.entity('ort', { type: 'Place', name, kind: 'CITY' }, `${name} ist eine Stadt.`);
      this.places.towns.push(town);
      this.relate('PART_OF', town, state, `${name} liegt im Land ${this.nameOf(state)}.`);
      for (let q = this.random.int(1, 5); q > 0; q--) {
        const quarterName = this.names.quarter(name);
        const quarter = this.entity(
          'ort',
          { type: 'Place', name: quarterName, kind: 'QUARTER' },
          `${quarterName} ist ein Quartier in ${name}.`,
        );
        this.places.quarters.push(quarter);
        this.relate('PART_OF', quarter, town, `Das Quartier ${quarterName} gehört zu ${name}.`);
      }
    }
  }

  private buildOrganisations(count: number): void {
    const parents = new PreferentialUrn(this.random);
    const associations = new PreferentialUrn(this.random);
    // The federal level every network hangs from: two ministries and a federal institute.
    const federal = [
      { name: 'Bundesministerium für Quartiersentwicklung', kind: 'MINISTRY', abbreviation: 'BMQ' },
      { name: 'Bundesministerium für Arbeit und Teilhabe', kind: 'MINISTRY', abbreviation: 'BMAT' },
      { name: 'Bundesinstitut für Stadtforschung', kind: 'FEDERAL_AGENCY', abbreviation: 'BIS' },
    ];
    for (const { name, kind, abbreviation } of federal) {
      const key = this.entity(
        'org',
        {
          type: 'Organisation',
          name: this.names.claim(name),
          abbreviation,
          kind,
          sector: 'FEDERAL_ADMINISTRATION',
        },
        `${name} (${abbreviation}) ist auf Bundesebene zuständig.`,
      );
      this.organisations.push({ key, name, kind });
      parents.add(this.organisations.length - 1);
    }
    while (this.organisations.length < count) {
      const profile = this.random.pickWeighted(ORGANISATION_PROFILES);
      const town = this.random.pick(this.places.towns);
      const townName = this.nameOf(town);
      const name = this.names.claim(`${profile.noun} ${townName}`);
      const key = this.entity(
        'org',
        { type: 'Organisation', name, kind: profile.kind, sector: profile.sector },
        `${name} ist in ${townName} tätig.`,
      );
      const index = this.organisations.length;
      this.organisations.push({ key, name, kind: profile.kind });
      const seat = this.random.chance(0.6) ? town : this.random.pick(this.places.quarters);
      this.relate('LOCATED_IN', key, seat, `${name} hat seinen Sitz in ${this.nameOf(seat)}.`);
      // Nested organisations: units of earlier, well-connected organisations (no cycles).
      if (index > 10 && this.random.chance(0.25)) {
        const parent = this.organisations[parents.draw()];
        if (parent !== undefined)
          this.relate('PART_OF', key, parent.key, `${name} ist eine Einheit von ${parent.name}.`);
      }
      if (!associations.isEmpty && this.random.chance(0.3)) {
        const association = this.organisations[associations.draw()];
        if (association !== undefined)
          this.relate(
            'MEMBER_OF',
            key,
            association.key,
            `${name} ist Mitglied im ${association.name}.`,
            this.period(),
          );
      }
      if (this.random.chance(0.2)) {
        const quarter = this.random.pick(this.places.quarters);
        this.relate('ACTIVE_IN', key, quarter, `${name} engagiert sich im Quartier ${this.nameOf(quarter)}.`);
      }
      parents.add(index);
      if (profile.kind === 'ASSOCIATION' || profile.kind === 'NETWORK') {
        associations.add(index);
      }
    }
  }

  private buildPersons(count: number): void {
    // Organisations become employers in the order they were founded; early ones grow largest.
    const employers = new PreferentialUrn(this.random);
    for (let i = 0; i < count; i++) {
      const person = this.names.person();
      const academicTitle = this.random.chance(0.12) ? 'Dr.' : undefined;
      const key = this.entity(
        'person',
        {
          type: 'Person',
          name: person.name,
          givenName: person.givenName,
          familyName: person.familyName,
          ...(academicTitle === undefined ? {} : { academicTitle }),
        },
        `${academicTitle === undefined ? '' : `${academicTitle} `}${person.name} wird im Bericht genannt.`,
      );
      this.persons.push({ key, name: person.name });
      const affiliations = 1 + (this.random.chance(0.3) ? 1 : 0) + (this.random.chance(0.05) ? 1 : 0);
      const founded = Math.max(10, Math.ceil(this.organisations.length * (0.1 + (0.9 * (i + 1)) / count)));
      while (employers.size < Math.min(founded, this.organisations.length)) employers.add(employers.size);
      for (const index of employers.drawDistinct(affiliations)) {
        const organisation = this.organisations[index];
        if (organisation === undefined) continue;
        const role = this.random.pick(ROLES);
        this.relate(
          'AFFILIATED_WITH',
          key,
          organisation.key,
          `${person.name}, ${role} bei ${organisation.name}.`,
          { ...this.period(), role },
        );
      }
    }
  }

  private buildProgrammes(count: number): void {
    const policies = ['Nationale Quartierspolitik', 'Städtebauförderung Plus', 'Soziale Quartiere'].map(
      (name) =>
        this.entity(
          'politik',
          { type: 'Policy', name: this.names.claim(name) },
          `Die ${name} bildet den Rahmen.`,
        ),
    );
    const funds = ['Europäischer Quartiersfonds', 'Bundesfonds Teilhabe'].map((name) =>
      this.entity(
        'fonds',
        { type: 'Fund', name: this.names.claim(name) },
        `Der ${name} stellt Mittel bereit.`,
      ),
    );
    const ministries = this.organisations.filter(
      (o) => o.kind === 'MINISTRY' || o.kind === 'FEDERAL_AGENCY' || o.kind === 'STATE_AGENCY',
    );
    for (let i = 0; i < count; i++) {
      const start = this.random.int(FIRST_YEAR, LAST_YEAR - 4);
      const name = this.names.claim(
        `Programm ${this.random.pick(this.topics.map((t) => this.nameOf(t)))} im Quartier`,
      );
      const end = Math.min(LAST_YEAR, start + this.random.int(3, 10));
      const key = this.entity(
        'programm',
        { type: 'Programme', name, startDate: `${start}`, endDate: `${end}` },
        `Das ${name} startete ${start}.`,
      );
      const phases: { key: string; start: number; end: number }[] = [];
      // Rounds of three years within the programme's own years (a phase cannot outlast it).
      for (let p = 0, year = start; p < 3 && year <= end; p++, year += 3) {
        const last = Math.min(year + 2, end);
        const phaseName = this.names.claim(`${name}: Förderrunde ${year}-${last}`);
        const phase = this.entity(
          'phase',
          { type: 'Phase', name: phaseName, startDate: `${year}`, endDate: `${last}` },
          `Die ${phaseName} läuft von ${year} bis ${last}.`,
        );
        this.relate('HAS_PHASE', key, phase, `Zum ${name} gehört die ${phaseName}.`, {
          validFrom: `${year}`,
          validTo: `${last}`,
        });
        phases.push({ key: phase, start: year, end: last });
      }
      this.programmes.push({ key, name, phases, start, end });
      this.undertakings.push(key);
      this.undertakingYears.set(key, [start, end]);
      const responsible = this.random.pick(ministries);
      this.relate(
        'RESPONSIBLE_FOR',
        responsible.key,
        key,
        `${responsible.name} ist für das ${name} verantwortlich.`,
        { validFrom: `${start}` },
      );
      const policy = this.random.pick(policies);
      this.relate('EMBEDDED_IN', key, policy, `Das ${name} ist Teil der ${this.nameOf(policy)}.`);
      const fund = this.random.pick(funds);
      this.relate('CO_FUNDS', fund, key, `Der ${this.nameOf(fund)} kofinanziert das ${name}.`);
      this.relate('ABOUT', key, this.random.pick(this.topics), `Das ${name} behandelt ein Themenfeld.`);
    }
  }

  private buildProjects(count: number): void {
    const partners = new PreferentialUrn(this.random, this.organisations.length);
    const leads = new PreferentialUrn(this.random, this.persons.length);
    for (let i = 0; i < count; i++) {
      const programme = this.random.pick(this.programmes);
      const quarter = this.random.pick(this.places.quarters);
      const name = this.names.project(this.nameOf(quarter));
      // Within its programme's years: a project funded by a programme runs while the programme does.
      const start = this.random.int(programme.start, Math.max(programme.start, programme.end - 1));
      const end = Math.min(programme.end, start + this.random.int(1, 4));
      const key = this.entity(
        'projekt',
        { type: 'Project', name, startDate: `${start}`, endDate: `${end}` },
        `Das Projekt „${name}“ läuft von ${start} bis ${end}.`,
      );
      this.undertakings.push(key);
      this.undertakingYears.set(key, [start, end]);
      this.relate('PART_OF', key, programme.key, `„${name}“ ist ein Projekt im ${programme.name}.`);
      this.relate('FUNDS', programme.key, key, `Das ${programme.name} fördert „${name}“.`, {
        validFrom: `${start}`,
        validTo: `${end}`,
      });
      const rounds = programme.phases.filter((phase) => phase.start <= end && phase.end >= start);
      if (rounds.length > 0)
        this.relate(
          'DURING_PHASE',
          key,
          this.random.pick(rounds).key,
          `„${name}“ gehört zu einer Förderrunde.`,
        );
      this.relate('ACTIVE_IN', key, quarter, `„${name}“ arbeitet im Quartier ${this.nameOf(quarter)}.`);
      const [coordinator, ...others] = partners.drawDistinct(this.random.pareto(1, 12, 1.6) + 1);
      const coordinating = coordinator === undefined ? undefined : this.organisations[coordinator];
      if (coordinating !== undefined) {
        this.relate('COORDINATES', coordinating.key, key, `${coordinating.name} koordiniert „${name}“.`, {
          validFrom: `${start}`,
          validTo: `${end}`,
        });
        this.relate(
          'RESPONSIBLE_FOR',
          coordinating.key,
          key,
          `${coordinating.name} trägt die Verantwortung für „${name}“.`,
          { validFrom: `${start}` },
        );
      }
      for (const index of others) {
        const partner = this.organisations[index];
        if (partner !== undefined)
          this.relate('PARTNER_IN', partner.key, key, `${partner.name} ist Partner in „${name}“.`, {
            validFrom: `${start}`,
            validTo: `${end}`,
          });
      }
      const lead = this.persons[leads.draw()];
      if (lead !== undefined)
        this.relate('LEADS', lead.key, key, `${lead.name} leitet „${name}“.`, {
          validFrom: `${start}`,
          validTo: `${end}`,
          role: 'Projektleitung',
        });
      this.relate('ABOUT', key, this.random.pick(this.topics), `„${name}“ widmet sich einem Themenfeld.`);
      this.relate(
        'TARGETS',
        key,
        this.random.pick(this.targetGroups),
        `„${name}“ richtet sich an eine Zielgruppe.`,
      );
    }
  }

  private buildEvents(count: number): void {
    // One urn over all actors: organisations first, then persons.
    const actors = [
      ...this.organisations.map((o) => ({ key: o.key, name: o.name, person: false })),
      ...this.persons.map((p) => ({ ...p, person: true })),
    ];
    // Actors join the event scene over time (in a random order), so early ones gather the most ties.
    const arrivals = shuffledIndices(this.random, actors.length);
    const attendance = new PreferentialUrn(this.random);
    const admit = (share: number) => {
      const target = Math.min(arrivals.length, Math.max(30, Math.ceil(arrivals.length * share)));
      while (attendance.size < target) {
        attendance.add(arrivals[attendance.size] as number);
      }
    };
    const series: string[] = [];
    for (let s = Math.max(2, Math.round(count / 30)); s > 0; s--) {
      const name = this.names.claim(`Reihe ${this.nameOf(this.random.pick(this.topics))} im Dialog`);
      const key = this.entity(
        'reihe',
        { type: 'EventSeries', name },
        `Die ${name} ist eine Veranstaltungsreihe.`,
      );
      const organiser = this.random.pick(this.organisations);
      this.relate('ORGANISED', organiser.key, key, `${organiser.name} richtet die ${name} aus.`);
      series.push(key);
    }
    const previousInSeries = new Map<string, string>();
    for (let i = 0; i < count; i++) {
      const date = this.date();
      const topic = this.random.pick(this.topics);
      const format = this.random.pickWeighted(EVENT_FORMATS);
      const place = this.random.chance(0.5)
        ? this.random.pick(this.places.towns)
        : this.random.pick(this.places.quarters);
      const name = this.names.event(this.nameOf(topic), this.nameOf(place), date.year);
      admit(0.05 + (0.95 * (i + 1)) / count);
      const participants = attendance.drawDistinct(this.random.pareto(10, 300, 1.4));
      const key = this.entity(
        'veranstaltung',
        {
          type: 'Event',
          name,
          kind: this.random.pickWeighted(EVENT_KINDS),
          format,
          startDate: date.iso,
          endDate: date.iso,
          participantCount: participants.length,
        },
        `Am ${date.iso} fand „${name}“ statt.`,
      );
      if (format !== 'ONLINE')
        this.relate('HELD_IN', key, place, `„${name}“ fand in ${this.nameOf(place)} statt.`);
      this.relate('ABOUT', key, topic, `„${name}“ behandelte das Themenfeld ${this.nameOf(topic)}.`);
      if (this.random.chance(0.3))
        this.relate(
          'TARGETS',
          key,
          this.random.pick(this.targetGroups),
          `„${name}“ richtete sich an eine Zielgruppe.`,
        );
      if (this.random.chance(0.4)) {
        const inSeries = this.random.pick(series);
        this.relate('IN_SERIES', key, inSeries, `„${name}“ gehört zur ${this.nameOf(inSeries)}.`);
        const previous = previousInSeries.get(inSeries);
        if (previous !== undefined && this.random.chance(0.3))
          this.relate('SUCCEEDED_BY', previous, key, `„${name}“ setzte ${this.nameOf(previous)} fort.`);
        previousInSeries.set(inSeries, key);
      }
      // Only an undertaking that runs in the event's year can have it as part.
      const running = this.random.chance(0.4)
        ? this.undertakings.filter((u) => {
            const [start, end] = this.undertakingYears.get(u) ?? [0, 0];
            return start <= date.year && date.year <= end;
          })
        : [];
      if (running.length > 0) {
        const undertaking = this.random.pick(running);
        this.relate(
          'PART_OF_UNDERTAKING',
          key,
          undertaking,
          `„${name}“ fand im Rahmen von ${this.nameOf(undertaking)} statt.`,
        );
      }
      const organiser = this.random.pick(this.organisations);
      this.relate('ORGANISED', organiser.key, key, `${organiser.name} organisierte „${name}“.`);
      for (const index of participants) {
        const actor = actors[index];
        if (actor !== undefined)
          this.relate('PARTICIPATED_IN', actor.key, key, `${actor.name} nahm an „${name}“ teil.`);
      }
      // Speakers and a moderator come from the participants; some talks sit on agenda items.
      const speakers = participants.slice(0, this.random.int(1, Math.min(5, participants.length)));
      const agendaItems: string[] = [];
      for (let a = this.random.int(0, 3); a > 0; a--) {
        const itemName = this.names.claim(`${name}: Programmpunkt ${agendaItems.length + 1}`);
        const item = this.entity(
          'programmpunkt',
          { type: 'AgendaItem', name: itemName, position: agendaItems.length + 1 },
          `${itemName} stand auf der Tagesordnung.`,
        );
        this.relate('HAS_AGENDA_ITEM', key, item, `Zu „${name}“ gehörte ${itemName}.`);
        agendaItems.push(item);
      }
      for (const index of speakers) {
        const speaker = actors[index];
        if (speaker === undefined) continue;
        const target =
          agendaItems.length > 0 && this.random.chance(0.5) ? this.random.pick(agendaItems) : key;
        this.relate('SPOKE_AT', speaker.key, target, `${speaker.name} sprach bei ${this.nameOf(target)}.`, {
          title: `Impuls zu ${this.nameOf(topic)}`,
        });
      }
      const moderator = participants.map((index) => actors[index]).find((actor) => actor?.person === true);
      if (moderator !== undefined)
        this.relate('MODERATED', moderator.key, key, `${moderator.name} moderierte „${name}“.`);
    }
  }

  // --- helpers -----------------------------------------------------------------------------------

  private readonly entityNames = new Map<string, string>();
  private entityCounter = 0;

  /** Adds an entity (its name claimed in the NameBook by the caller) with one evidence sentence; returns its key. */
  private entity(kind: string, fields: Omit<EntityInput, 'key' | 'evidence'>, sentence: string): string {
    this.entityCounter += 1;
    const key = `${this.prefix}-${kind}-${this.entityCounter}`;
    this.entities.push({ ...fields, key, evidence: [this.state(sentence)] });
    this.entityNames.set(key, fields.name);
    return key;
  }

  private relate(
    type: RelationType,
    from: string,
    to: string,
    sentence: string,
    extra: Partial<Pick<RelationInput, 'role' | 'title' | 'validFrom' | 'validTo'>> = {},
  ): void {
    const identity = `${from}|${type}|${to}`;
    if (from === to || this.relationKeys.has(identity)) return;
    this.relationKeys.add(identity);
    this.relations.push({ type, from, to, ...extra, evidence: [this.state(sentence)] });
  }

  /** Records a sentence in the current synthetic source and returns the evidence citing it. */
  private state(sentence: string): EvidenceInput {
    if (this.pendingSentences.length >= this.sentencesPerSource) this.flushSource();
    this.pendingSentences.push(sentence);
    return { source: this.currentSourceKey(), quote: sentence };
  }

  private currentSourceKey(): string {
    return `${this.prefix}-quelle-${this.sources.length + 1}`;
  }

  private flushSource(): void {
    if (this.pendingSentences.length === 0) return;
    const key = this.currentSourceKey();
    const file = `sources/${key}.txt`;
    this.sources.push({
      key,
      title: `Synthetischer Quartiersbericht ${this.sources.length + 1}`,
      publisher: 'quartiersnetz-Generator',
      date: this.date().iso,
      file,
    });
    this.sourceTexts.set(file, `${this.pendingSentences.join('\n')}\n`);
    this.pendingSentences = [];
  }

  private nameOf(key: string): string {
    return this.entityNames.get(key) ?? key;
  }

  private date(): Dated {
    const year = this.random.int(FIRST_YEAR, LAST_YEAR);
    const month = this.random.int(1, 12);
    const day = this.random.int(1, 28);
    return { year, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  }

  /** A validity period within the 15 years; open-ended in a third of the cases. */
  private period(): { validFrom: string; validTo?: string } {
    const from = this.random.int(FIRST_YEAR, LAST_YEAR);
    if (this.random.chance(1 / 3)) return { validFrom: `${from}` };
    return { validFrom: `${from}`, validTo: `${Math.min(LAST_YEAR, from + this.random.int(0, 6))}` };
  }
}
