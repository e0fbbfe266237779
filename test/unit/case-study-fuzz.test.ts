import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readCaseStudyFile } from '../../src/case-study/case-study-file';
import { compileCaseStudy } from '../../src/case-study/compile-case-study';
import { fixtureYaml, FIXTURE_SOURCE_TEXT } from '../utils/case-study-fixture';

const dir = mkdtempSync(join(tmpdir(), 'qn-fuzz-'));
writeFileSync(join(dir, 'source.txt'), FIXTURE_SOURCE_TEXT, 'utf8');
let counter = 0;

function compileText(text: string) {
  const file = join(dir, `case-${counter++}.yaml`);
  writeFileSync(file, text, 'utf8');
  return compileCaseStudy([readCaseStudyFile(file)]);
}

// The validator must answer every input with issues or a plan, never with an exception, and a plan
// only when there is no issue. (Writing is tested for atomicity against Neo4j in the integration tier.)
describe('case-study validation under fuzzing', () => {
  it('survives arbitrary YAML documents (2000 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = compileText(stringify(value));
        // Without sources and entities even a valid-looking document has nothing to import, so a
        // plan appears only for a well-formed case study, and then without issues.
        if (result.plan !== undefined) expect(result.issues).toEqual([]);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000, seed: 20261121 },
    );
  });

  it('survives arbitrary text (1000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = compileText(text);
        if (result.plan !== undefined) expect(result.issues).toEqual([]);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('survives a valid case study with one field replaced by anything (1000 cases)', () => {
    const lines = fixtureYaml('fz').split('\n');
    const valueLines = lines
      .map((line, index) => [line, index] as const)
      .filter(([line]) => /^\s+[a-zA-Z]+: \S/.test(line));
    fc.assert(
      fc.property(
        fc.constantFrom(...valueLines),
        fc.oneof(
          fc.string(),
          fc.integer(),
          fc.constant('null'),
          fc.constant('[]'),
          fc.constant('{}'),
          fc.constant('2021-02-30'),
        ),
        ([line, index], replacement) => {
          const edited = [...lines];
          edited[index] = `${line.slice(0, line.indexOf(':') + 1)} ${JSON.stringify(replacement)}`;
          const result = compileText(edited.join('\n'));
          if (result.plan !== undefined) expect(result.issues).toEqual([]);
          else expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000, seed: 42 },
    );
  });
});
