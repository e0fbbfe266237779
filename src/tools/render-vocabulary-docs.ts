import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../shared/project-paths';
import {
  definitionOf,
  ENTITY_FIELD_NAMES,
  ENTITY_FIELDS,
  fieldsOf,
  requiredFieldsOf,
  valuesOf,
} from '../model/entity-fields';
import {
  ENTITY_TYPE_DESCRIPTIONS,
  ENTITY_TYPES,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  WEB_PRESENCE_KINDS,
  type EndpointRule,
} from '../model/vocabulary';

/** docs/case-studies.md holds the rendered vocabulary between these two lines. */
export const VOCABULARY_DOCS = join(PROJECT_ROOT, 'docs/case-studies.md');
const START = '<!-- vocabulary:start (generated from src/model by npm run generate; do not edit) -->';
const END = '<!-- vocabulary:end -->';

const code = (text: string) => `\`${text}\``;

/** The vocabulary section of the researcher's guide, from the entity-field table and the vocabulary. */
export function renderVocabularyDocs(): string {
  // The fields every type carries (those with no `on` in the table).
  const common = ENTITY_FIELD_NAMES.filter((field) => definitionOf(field).on === undefined);
  const lines: string[] = [
    '### Entity types',
    '',
    `Every type has ${common.map(code).join(', ')}; required fields are in **bold**.`,
    '',
    '| type | what it is | further fields |',
    '|---|---|---|',
  ];
  for (const type of ENTITY_TYPES) {
    const required = new Set(requiredFieldsOf(type));
    const extra = fieldsOf(type).filter((field) => !common.includes(field));
    const fields = extra.map((field) => (required.has(field) ? `**${code(field)}**` : code(field)));
    lines.push(`| ${code(type)} | ${ENTITY_TYPE_DESCRIPTIONS[type]} | ${fields.join(', ') || '-'} |`);
  }
  lines.push('', '### Entity fields', '', '| field | meaning |', '|---|---|');
  for (const [field, definition] of Object.entries(ENTITY_FIELDS)) {
    lines.push(`| ${code(field)} | ${definition.description} |`);
  }
  lines.push('', '### Relation types', '', '| relation type | from -> to | meaning |', '|---|---|---|');
  const side = (types: readonly string[]) => types.join('/');
  for (const type of RELATION_TYPE_NAMES) {
    const rules: readonly EndpointRule[] = RELATION_TYPES[type].endpoints;
    const endpoints = rules.map((rule) => `${side(rule.from)} -> ${side(rule.to)}`).join('<br>');
    lines.push(`| ${code(type)} | ${endpoints} | ${RELATION_TYPES[type].description} |`);
  }
  lines.push('', '### Values', '');
  const valueLine = (label: string, values: readonly string[] | undefined) =>
    `${label}: ${(values ?? []).map(code).join(', ')}`;
  lines.push(
    valueLine('Organisation kinds', valuesOf('Organisation', 'kind')),
    '',
    valueLine('Sectors', valuesOf('Organisation', 'sector')),
    '',
    `${valueLine('Event kinds', valuesOf('Event', 'kind'))}; ${valueLine('formats', valuesOf('Event', 'format'))}`,
    '',
    valueLine('Place kinds', valuesOf('Place', 'kind')),
    '',
    valueLine('Web presence kinds', WEB_PRESENCE_KINDS),
  );
  return `${START}\n\n${lines.join('\n')}\n\n${END}`;
}

/** The guide with its vocabulary section replaced by a fresh rendering. */
export function withRenderedVocabulary(guide: string): string {
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${VOCABULARY_DOCS} lacks the lines ${START} ... ${END}`);
  return guide.slice(0, start) + renderVocabularyDocs() + guide.slice(end + END.length);
}

if (require.main === module) {
  writeFileSync(VOCABULARY_DOCS, withRenderedVocabulary(readFileSync(VOCABULARY_DOCS, 'utf8')));
  console.log(`Wrote the vocabulary of ${VOCABULARY_DOCS}`);
}
