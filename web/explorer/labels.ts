// Words the explorer shows for the API's names: German (the data's language) and English on a toggle.
// Colours are from Okabe and Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/);
// actors are coloured by sector, every other entity type gets a neutral grey and is named as its type.
// The word tables are keyed by the vocabulary's types, so a new type without words does not compile.
import type { EntityType, RelationType, Sector } from '../../src/model/vocabulary';
import type { Language } from './explorer-state';

type Words = Record<Language, string>;

export const TYPE_WORDS: Readonly<Record<EntityType, Words>> & Partial<Record<string, Words>> = {
  Organisation: { de: 'Organisation', en: 'Organisation' },
  Person: { de: 'Person', en: 'Person' },
  Programme: { de: 'Programm', en: 'Programme' },
  Initiative: { de: 'Initiative', en: 'Initiative' },
  Project: { de: 'Projekt', en: 'Project' },
  Policy: { de: 'Politik', en: 'Policy' },
  Event: { de: 'Veranstaltung', en: 'Event' },
  EventSeries: { de: 'Veranstaltungsreihe', en: 'Event series' },
  AgendaItem: { de: 'Programmpunkt', en: 'Agenda item' },
  Place: { de: 'Ort', en: 'Place' },
  Topic: { de: 'Thema', en: 'Topic' },
  Fund: { de: 'Fonds', en: 'Fund' },
  Phase: { de: 'Phase', en: 'Phase' },
  TargetGroup: { de: 'Zielgruppe', en: 'Target group' },
  Method: { de: 'Methode', en: 'Method' },
};

export const SECTOR_WORDS: Readonly<Record<Sector, Words>> & Partial<Record<string, Words>> = {
  FEDERAL_ADMINISTRATION: { de: 'Bundesverwaltung', en: 'Federal administration' },
  STATE_ADMINISTRATION: { de: 'Landesverwaltung', en: 'State administration' },
  MUNICIPAL_ADMINISTRATION: { de: 'Kommunalverwaltung', en: 'Municipal administration' },
  RESEARCH: { de: 'Forschung', en: 'Research' },
  INTERMEDIARY_ASSOCIATION: { de: 'Intermediärer Verband', en: 'Intermediary association' },
  HOUSING_INDUSTRY: { de: 'Wohnungswirtschaft', en: 'Housing industry' },
  BUSINESS: { de: 'Wirtschaft', en: 'Business' },
  WELFARE: { de: 'Wohlfahrt', en: 'Welfare' },
  CIVIL_SOCIETY: { de: 'Zivilgesellschaft', en: 'Civil society' },
  CREATIVE_CULTURAL: { de: 'Kultur- und Kreativwirtschaft', en: 'Creative and cultural' },
  EDUCATION: { de: 'Bildung', en: 'Education' },
  PLANNING: { de: 'Planung', en: 'Planning' },
};

export const RELATION_WORDS: Readonly<Record<RelationType | 'CO_CREATION', Words>> &
  Partial<Record<string, Words>> = {
  PART_OF: { de: 'ist Teil von', en: 'part of' },
  SUCCEEDED_BY: { de: 'abgelöst durch', en: 'succeeded by' },
  IN_PORTFOLIO_OF: { de: 'im Geschäftsbereich von', en: 'in the portfolio of' },
  AFFILIATED_WITH: { de: 'gehört zu', en: 'affiliated with' },
  MEMBER_OF: { de: 'Mitglied in', en: 'member of' },
  LOCATED_IN: { de: 'Sitz in', en: 'located in' },
  ORGANISED: { de: 'organisierte', en: 'organised' },
  PARTICIPATED_IN: { de: 'nahm teil an', en: 'took part in' },
  SPOKE_AT: { de: 'sprach bei', en: 'spoke at' },
  MODERATED: { de: 'moderierte', en: 'moderated' },
  HAS_AGENDA_ITEM: { de: 'Programmpunkt', en: 'agenda item' },
  IN_SERIES: { de: 'in der Reihe', en: 'in series' },
  HELD_IN: { de: 'fand statt in', en: 'held in' },
  ABOUT: { de: 'zum Thema', en: 'about' },
  PART_OF_UNDERTAKING: { de: 'im Rahmen von', en: 'held within' },
  RESPONSIBLE_FOR: { de: 'zuständig für', en: 'responsible for' },
  FUNDS: { de: 'fördert', en: 'funds' },
  CO_FUNDS: { de: 'kofinanziert', en: 'co-funds' },
  COORDINATES: { de: 'koordiniert', en: 'coordinates' },
  PARTNER_IN: { de: 'Partner in', en: 'partner in' },
  LEADS: { de: 'leitet', en: 'leads' },
  SUPPORTS: { de: 'unterstützt', en: 'supports' },
  EMBEDDED_IN: { de: 'eingebettet in', en: 'embedded in' },
  ACTIVE_IN: { de: 'aktiv in', en: 'active in' },
  TARGETS: { de: 'richtet sich an', en: 'targets' },
  PRIORITY_FIELD: { de: 'Handlungsfeld', en: 'priority field' },
  HAS_PHASE: { de: 'hat Phase', en: 'has phase' },
  DURING_PHASE: { de: 'in Phase', en: 'during phase' },
  HOSTED_BY: { de: 'angesiedelt bei', en: 'hosted by' },
  BUILDS_ON: { de: 'baut auf', en: 'builds on' },
  USES_METHOD: { de: 'arbeitet mit Methode', en: 'uses method' },
  CO_CREATION: { de: 'gemeinsame Kontexte', en: 'shared contexts' },
};

/** Interface words, in both languages. */
export const UI_WORDS = {
  tieMeaning: {
    de: 'Eine Linie verbindet zwei Akteure, die gemeinsam in einem Kontext wirken (Programm, Projekt, Veranstaltung, Gremium); je dicker, desto mehr gemeinsame Kontexte.',
    en: 'A line joins two actors who work together in a context (programme, project, event, body); the thicker, the more contexts they share.',
  },
  egoMeaning: {
    de: 'Die Beziehungen um eine Entität, wie die Quellen sie nennen; Pfeile zeigen die Richtung der Beziehung.',
    en: 'The relationships around one entity as the sources state them; arrows show their direction.',
  },
  modularity: {
    de: 'Modularität {value}: wie viel dichter die Gemeinschaften in sich verbunden sind als zufällig erwartet (0 = keine Gliederung, ab 0,3 deutliche Gemeinschaften; Louvain-Verfahren).',
    en: 'Modularity {value}: how much denser the communities are inside than chance would give (0 = no structure, from 0.3 clear communities; Louvain method).',
  },
  community: { de: 'Gemeinschaft um {names}', en: 'Community around {names}' },
  wholeGraph: { de: 'Gesamtes Netzwerk', en: 'Whole network' },
  otherTypes: { de: 'andere Typen', en: 'other types' },
  severalSectors: { de: 'mehrere Sektoren', en: 'several sectors' },
  noSector: { de: 'Sektor nicht angegeben', en: 'sector not stated' },
  shapeOrganisation: { de: 'Kreis: Organisation', en: 'circle: organisation' },
  shapePerson: { de: 'Ring: Person', en: 'ring: person' },
  shapeContext: { de: 'Quadrat: Kontext, Ort, Thema', en: 'square: context, place, topic' },
};

export function word(words: Words | undefined, language: Language, fallback: string): string {
  return words?.[language] ?? fallback;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** Okabe-Ito, then two darker companions for twelve sectors. */
const SECTOR_COLOURS: Record<string, string> = {
  FEDERAL_ADMINISTRATION: '#0072B2',
  STATE_ADMINISTRATION: '#56B4E9',
  MUNICIPAL_ADMINISTRATION: '#009E73',
  RESEARCH: '#CC79A7',
  INTERMEDIARY_ASSOCIATION: '#E69F00',
  HOUSING_INDUSTRY: '#D55E00',
  BUSINESS: '#8C510A',
  WELFARE: '#F0E442',
  CIVIL_SOCIETY: '#7B3294',
  CREATIVE_CULTURAL: '#E7298A',
  EDUCATION: '#01665E',
  PLANNING: '#4D4D4D',
};
const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#7B3294'];
export const SEVERAL_SECTORS_COLOUR = '#000000';
export const NO_SECTOR_COLOUR = '#9E9E9E';
/** Non-actors: greys, a shade per type, so they read as structure rather than as data. */
const NEUTRAL = ['#B0B0B0', '#C8C8C8', '#989898', '#D6D6D6', '#A4A4A4', '#BCBCBC'];

export function sectorColour(sector: string | null, severalSectors: boolean): string {
  if (severalSectors) return SEVERAL_SECTORS_COLOUR;
  return sector === null ? NO_SECTOR_COLOUR : (SECTOR_COLOURS[sector] ?? NO_SECTOR_COLOUR);
}

export function neutralColour(type: string): string {
  const types = Object.keys(TYPE_WORDS);
  return NEUTRAL[Math.max(0, types.indexOf(type)) % NEUTRAL.length] as string;
}

/** A colour per category index (communities, types); beyond eight the palette repeats, lighter. */
export function categoricalColour(index: number): string {
  return index < CATEGORICAL.length ? (CATEGORICAL[index] as string) : '#BDBDBD';
}

export function isActorType(type: string): boolean {
  return type === 'Organisation' || type === 'Person';
}

/** The node shape of a type: organisations circles, persons rings, everything else squares. */
export type Shape = 'circle' | 'ring' | 'square';
export function shapeOf(type: string): Shape {
  return type === 'Organisation' ? 'circle' : type === 'Person' ? 'ring' : 'square';
}
