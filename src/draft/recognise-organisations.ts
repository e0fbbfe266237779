import type { EntityType } from '../model/vocabulary';
import type { DraftRegistry } from './draft-model';
import { isAbbreviation, tokenize } from './match-names';

/**
 * Organisations by general German patterns: institution head words (Bundesministerium, Landkreis,
 * Hochschule, Referat, Geschäftsstelle ...) with the capitalised chain that follows them, legal forms
 * (e.V., GmbH), single institution words (Bundesverwaltungsamt), partners after "in Kooperation mit",
 * abbreviations in parentheses, teams of an organisation.
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
    // With the adjective a university's name often has ("der Technischen Hochschule Köln"), never an article.
    head: '(?:(?!(?:Die|Der|Das|Den|Dem|Des|Eine[nrms]?|Einer)\\s)\\p{Lu}\\p{Ll}+e[nrs]?\\s+)?(?:Hochschule|Universität|Fachhochschule)',
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
    head: '(?:Deutsche[rn]?\\s+)?Verband(?:es|s)?|Bundesverband(?:es|s)?|Landesverband(?:es|s)?|Verein(?:s)?|Förderverein(?:s)?',
    kind: 'ASSOCIATION',
    sector: 'INTERMEDIARY_ASSOCIATION',
  },
  { head: 'Gesellschaft für', kind: 'COMPANY', sector: 'BUSINESS' },
  { head: 'Stiftung', kind: 'NON_PROFIT', sector: 'CIVIL_SOCIETY' },
  { head: 'Jobcenter|Agentur für Arbeit', kind: 'FEDERAL_AGENCY', sector: 'FEDERAL_ADMINISTRATION' },
];
/** Single words that name an organisation by their ending ("Bundesverwaltungsamt", "Städtetag"). */
const ORGANISATION_COMPOUND =
  /(?<!\p{L})([A-ZÄÖÜ]\p{L}*(?:amt|ministerium|institut|verband|städtetag|landkreistag|gemeindebund))(?!\p{L})/gu;
const LEGAL_FORMS_LIST = 'e\\.\\s?V\\.|gGmbH|GmbH|gAG|AG|eG|AöR|mbH|KG';
const LEGAL_FORMS = `(?:${LEGAL_FORMS_LIST})`;
const LEGAL_FORM = new RegExp(
  // Each word has one reading (a connector is never also "a lower-case word"), and a name has at most
  // twelve: a line without a legal form after many connectors fails at once, not exponentially.
  `((?:${CAP})(?:\\s+(?:${CONNECTOR}\\s+)?(?:${CAP}|(?!${CONNECTOR}\\s)[\\p{Ll}]+(?=\\s+${CAP}))){0,12})\\s+(${LEGAL_FORMS_LIST})`,
  'gu',
);
const UNIT_KINDS = new Set(['ADMINISTRATIVE_UNIT', 'PROJECT_TEAM']);
/** "das BIWAQ-Team im BBSR": a team, named with the organisation it belongs to. */
const TEAM = /(?<![\p{L}])([A-ZÄÖÜ][\p{L}-]*-Team(?:\s+(?:im|beim|der|des)\s+[A-ZÄÖÜ]{2,})?)(?![\p{L}])/gu;

/** The organisations one segment names. */
export function recogniseOrganisations(registry: DraftRegistry, index: number): void {
  const text = registry.segments[index]?.text ?? '';
  const propose = (p: Parameters<DraftRegistry['propose']>[0], start: number, end: number) =>
    registry.propose(p, index, start, end);
  for (const { head, kind, sector } of ORGANISATION_HEADS) {
    const pattern = new RegExp(`(?<![\\p{L}-])(${head})${CHAIN}(?:\\s+${LEGAL_FORMS})?`, 'gu');
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const start = match.index;
      const name = cutAtNestedOrganisation(trimChain(match[0]));
      // Go on after the cut: "Stabsstelle ... des Dezernats ... der Stadt" holds three organisations.
      pattern.lastIndex = start + Math.max(name.length, 1);
      if (registry.isNamed(index, start)) continue;
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
    if (registry.isNamed(index, match.index, match.index + match[0].length)) continue;
    const name = `${match[1]} ${match[2]}`.trim().replace(/^(?:Die|Der|Das|Den|Dem|Des)\s+/u, '');
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
      // The capitalised words an item opens with: "den Stadtwerken Kerpen das Vorhaben ..." names "Stadtwerken Kerpen".
      const name =
        /^(?:der|dem|den|die|das)?\s*([A-ZÄÖÜ]\p{L}*(?:\s+[A-ZÄÖÜ]\p{L}*)+)/u.exec(item.trim())?.[1] ?? '';
      if (name === '' || /^(?:Das|Die|Der)\s/u.test(name)) continue;
      const offset = text.indexOf(name, listStart);
      if (registry.isNamed(index, offset)) continue;
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
    if (registry.isNamed(index, match.index)) continue;
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
}

/** The sector of a unit from its sentence: federal words, municipal words, else federal administration. */
export function unitSector(text: string): string {
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
export function nominative(name: string): string {
  return (
    name
      .replace(/^(Bundesministeri|Ministeri|Landesministeri|Staatsministeri)ums\b/u, '$1um')
      .replace(/^(Bundesinstitut|Bundesamt|Landesamt|Referat|Dezernat|Institut|Fachbereich)(?:e?s)\b/u, '$1')
      // An adjective before a masculine head in the genitive: "des Deutschen Verbandes" -> "Deutscher Verband".
      .replace(/^(\p{Lu}\p{Ll}+)en\s+(Verband|Bund|Städtetag|Landkreistag)(?:es|s)\b/u, '$1er $2')
      .replace(/^(Bundes|Landes)?[Vv]erbandes\b/u, '$1Verband')
      // A weak adjective before a feminine head: "der Nationalen Stadtentwicklungspolitik" -> "Nationale ...".
      .replace(
        /^(\p{Lu}\p{Ll}+e)n\s+(?=\p{L}*(?:[Pp]olitik|[Ss]trategie|[Ii]nitiative|[Aa]gentur|[Ss]tiftung|[Hh]ochschule|[Uu]niversität)(?!\p{L}))/u,
        '$1 ',
      )
      .replace(/^(Landkreis|Kreis)es\b/u, '$1')
  );
}
