import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_STUDY_JSON_SCHEMA } from '../case-study/case-study-json-schema';
import { SEED_DIR } from '../shared/project-paths';

/** Where editors find the schema (case-study files point at it with `# yaml-language-server: $schema=`). */
export const CASE_STUDY_JSON_SCHEMA_FILE = join(SEED_DIR, 'case-study.schema.json');

export function renderCaseStudyJsonSchema(): string {
  return `${JSON.stringify(CASE_STUDY_JSON_SCHEMA, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(CASE_STUDY_JSON_SCHEMA_FILE, renderCaseStudyJsonSchema(), 'utf8');
  console.log(`Wrote ${CASE_STUDY_JSON_SCHEMA_FILE}`);
}
