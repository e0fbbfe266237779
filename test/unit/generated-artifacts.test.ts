import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { ENTITY_TYPES, RELATION_TYPE_NAMES } from '../../src/model/vocabulary';
import { VOCABULARY_DOCS, withRenderedVocabulary } from '../../src/tools/render-vocabulary-docs';

// Generated files are committed; the test command fails when they are stale. Fix: npm run generate.
describe('generated artifacts', () => {
  it('schema.graphql and src/generated match the schema and the example queries', () => {
    // codegen is ESM-only in parts, so it runs in its own Node process rather than inside Jest.
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, 'src/tools/check-generated.ts')],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('holds the generated CRUD types and the hand-written query fields side by side', () => {
    const sdl = readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
    expect(sdl).toMatch(/^\s+organisationsConnection\(/m);
    expect(sdl).toMatch(/^\s+createOrganisations\(/m);
    expect(sdl).toMatch(/^\s+search\(/m);
    expect(sdl).toMatch(/^\s+sourceStatements\(/m);
  });
});

describe('the vocabulary section of docs/case-studies.md', () => {
  it('is the rendering of src/model (npm run generate writes it)', () => {
    const guide = readFileSync(VOCABULARY_DOCS, 'utf8');
    expect(withRenderedVocabulary(guide)).toBe(guide);
    for (const type of [...ENTITY_TYPES, ...RELATION_TYPE_NAMES]) expect(guide).toContain(`| \`${type}\` |`);
  });
});
