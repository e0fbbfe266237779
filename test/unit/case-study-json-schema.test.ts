import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { seedCaseStudyDirs } from '../../src/import/seed-case-studies';
import {
  CASE_STUDY_JSON_SCHEMA_FILE,
  renderCaseStudyJsonSchema,
} from '../../src/tools/write-case-study-json-schema';

describe('seed/case-study.schema.json', () => {
  it('is the schema the importer validates with (run npm run generate:json-schema after changing it)', () => {
    expect(readFileSync(CASE_STUDY_JSON_SCHEMA_FILE, 'utf8')).toBe(renderCaseStudyJsonSchema());
  });

  it('accepts every seed case study, as an editor validating against the file would', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(CASE_STUDY_JSON_SCHEMA_FILE, 'utf8')),
    );
    for (const dir of seedCaseStudyDirs()) {
      const valid = validate(parse(readFileSync(`${dir}/case-study.yaml`, 'utf8')));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('rejects an entity without evidence', () => {
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(readFileSync(CASE_STUDY_JSON_SCHEMA_FILE, 'utf8')),
    );
    expect(
      validate({ caseStudy: { key: 'x', title: 'X' }, entities: [{ key: 'a', type: 'Topic', name: 'A' }] }),
    ).toBe(false);
  });
});
