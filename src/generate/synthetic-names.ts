import { nameFingerprint } from '../case-study/normalise-text';
import type { SeededRandom } from './seeded-random';

// Word material for synthetic but plausible German names. Invented places, common first and family
// names; no real person or organisation is meant.
const GIVEN_NAMES = [
  'Anna',
  'Bernd',
  'Claudia',
  'Dirk',
  'Elke',
  'Frank',
  'Gabriele',
  'Hans',
  'Ines',
  'Jan',
  'Katrin',
  'Lars',
  'Monika',
  'Nils',
  'Olga',
  'Peter',
  'Renate',
  'Stefan',
  'Tanja',
  'Uwe',
  'Vera',
  'Wolfgang',
  'Yasemin',
  'Zeynep',
  'Ahmet',
  'Birgit',
  'Christian',
  'Doris',
  'Emre',
  'Fatma',
  'Georg',
  'Heike',
  'Ingo',
  'Jutta',
  'Klaus',
  'Leyla',
  'Markus',
  'Nadine',
  'Oliver',
  'Petra',
  'Ralf',
  'Sabine',
  'Thomas',
  'Ulrike',
  'Volker',
  'Wiebke',
  'Agnieszka',
  'Dragan',
  'Mehmet',
  'Svenja',
];
const FAMILY_NAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Krause',
  'Meier',
  'Lehmann',
  'Yılmaz',
  'Kaya',
  'Demir',
  'Nowak',
  'Kowalski',
  'Öztürk',
  'Jansen',
  'Brandt',
  'Vogel',
  'Friedrich',
  'Keller',
  'Günther',
  'Frank',
  'Berger',
  'Winkler',
  'Roth',
  'Beck',
  'Lorenz',
  'Baumann',
  'Franke',
];
const PLACE_STEMS = [
  'Linden',
  'Eichen',
  'Birken',
  'Buchen',
  'Weiden',
  'Erlen',
  'Tannen',
  'Rosen',
  'Mühl',
  'Wald',
  'Berg',
  'Stein',
  'Bach',
  'Brunn',
  'Hohen',
  'Nieder',
  'Ober',
  'Alt',
  'Neu',
  'Sonnen',
  'Wiesen',
  'Kirch',
  'Burg',
  'Hafen',
  'Schwarz',
  'Weiß',
  'Grün',
  'Hage',
  'Kalk',
  'Salz',
];
const PLACE_ENDINGS = [
  'feld',
  'hausen',
  'dorf',
  'heim',
  'stadt',
  'burg',
  'berg',
  'au',
  'rode',
  'bach',
  'hagen',
  'born',
  'stedt',
  'ingen',
  'furt',
  'brück',
  'hof',
  'kirchen',
  'walde',
  'tal',
];
const QUARTER_PREFIXES = ['Nord', 'Süd', 'West', 'Ost', 'Alt', 'Neu', 'Unter', 'Ober'];

export const STATES = [
  'Baden-Württemberg',
  'Bayern',
  'Berlin',
  'Brandenburg',
  'Bremen',
  'Hamburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Saarland',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
];
export const TOPICS = [
  'Nachbarschaft',
  'Bildung',
  'Beschäftigung',
  'Integration',
  'Wohnen',
  'Klimaschutz',
  'Mobilität',
  'Gesundheit',
  'Kultur',
  'Lokale Ökonomie',
  'Beteiligung',
  'Digitalisierung',
  'Sicherheit',
  'Grünflächen',
  'Familie',
  'Jugend',
  'Alter',
  'Armut',
  'Energie',
  'Einzelhandel',
  'Ehrenamt',
  'Sport',
  'Sprache',
  'Gründung',
  'Qualifizierung',
  'Barrierefreiheit',
  'Bodenpolitik',
  'Leerstand',
  'Öffentlicher Raum',
  'Koproduktion',
];
export const TARGET_GROUPS = [
  'Langzeitarbeitslose',
  'Jugendliche',
  'Frauen',
  'Migrantinnen und Migranten',
  'Geflüchtete',
  'Ältere Menschen',
  'Alleinerziehende',
  'Familien',
  'Lokale Unternehmen',
  'Gründerinnen und Gründer',
  'Studierende',
  'Kinder',
];
const EVENT_WORDS = [
  'Werkstatt',
  'Fachgespräch',
  'Quartierskonferenz',
  'Netzwerktreffen',
  'Zukunftswerkstatt',
  'Fachtagung',
  'Dialogforum',
  'Bürgerforum',
  'Transferwerkstatt',
  'Online-Konferenz',
];
const PROJECT_WORDS = [
  'Gemeinsam',
  'Stark',
  'Zukunft',
  'Wege',
  'Chancen',
  'Brücken',
  'Perspektiven',
  'Impulse',
  'Nachbarn',
  'Starthilfe',
  'Quartiersarbeit',
  'Lernorte',
];

/** Hands out names that are unique by the case-study validator's name fingerprint. */
export class NameBook {
  private readonly used = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  /** `base`, or `base` with a distinguishing suffix if its fingerprint is taken. */
  claim(base: string, distinguish: (attempt: number) => string = (n) => `${base} ${roman(n + 1)}`): string {
    let name = base;
    for (let attempt = 1; this.used.has(nameFingerprint(name)); attempt++) name = distinguish(attempt);
    this.used.add(nameFingerprint(name));
    return name;
  }

  person(): { name: string; givenName: string; familyName: string } {
    const givenName = this.random.pick(GIVEN_NAMES);
    let familyName = this.random.pick(FAMILY_NAMES);
    if (this.random.chance(0.15)) familyName = `${familyName}-${this.random.pick(FAMILY_NAMES)}`;
    const name = this.claim(`${givenName} ${familyName}`, (attempt) => {
      const initial = String.fromCharCode(65 + ((attempt - 1) % 26));
      const round = Math.floor((attempt - 1) / 26);
      return `${givenName} ${initial}.${round > 0 ? ` ${roman(round)}.` : ''} ${familyName}`;
    });
    return { name, givenName, familyName };
  }

  town(): string {
    return this.claim(`${this.random.pick(PLACE_STEMS)}${this.random.pick(PLACE_ENDINGS)}`);
  }

  quarter(town: string): string {
    return this.claim(`${town}-${this.random.pick(QUARTER_PREFIXES)}${this.random.pick(PLACE_ENDINGS)}`);
  }

  event(topic: string, place: string, year: number): string {
    return this.claim(`${this.random.pick(EVENT_WORDS)} ${topic} ${place} ${year}`);
  }

  project(place: string): string {
    return this.claim(`${this.random.pick(PROJECT_WORDS)} in ${place}`);
  }
}

/** Roman numerals for suffixes ("II", "XIV"). */
export function roman(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let result = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      result += numeral;
      rest -= amount;
    }
  }
  return result;
}
