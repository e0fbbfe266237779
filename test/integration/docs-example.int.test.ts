import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importCaseStudy } from '../../src/import/import-case-study';
import { useTestDatabase } from '../utils/test-database';

// The worked example in docs/case-studies.md must be a case study that validates as printed.
describe('docs/case-studies.md worked example', () => {
  const db = useTestDatabase();

  it('validates and would import 4 entities and 4 relations', async () => {
    const doc = readFileSync(resolve(__dirname, '..', '..', 'docs', 'case-studies.md'), 'utf8');
    const section = doc.slice(doc.indexOf('### Worked example'));
    const sourceText = section
      .split('\n')
      .filter((line) => line.startsWith('> '))
      .map((line) => line.slice(2))
      .join('\n');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const dir = mkdtempSync(join(tmpdir(), 'qn-docs-'));
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', 'press-2022.txt'), sourceText, 'utf8');
    writeFileSync(join(dir, 'case-study.yaml'), yaml, 'utf8');

    const report = await importCaseStudy({ driver: db.driver, paths: [dir], dryRun: true });
    expect(report.entities).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect(report.relations).toEqual({ created: 4, updated: 0, unchanged: 0 });
  });
});
