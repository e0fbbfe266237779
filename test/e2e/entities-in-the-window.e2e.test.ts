import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCaseStudy } from '../../src/import/import-case-study';
import { useApiTestServer } from '../utils/api-test-server';
import { uniquePrefix } from '../utils/case-study-fixture';
import { deleteByKeyPrefix } from '../utils/graph-fingerprint';

// Issue 14, "persons carry all sectors of the affiliations valid in the window": the co-creation
// network did, but the ego network and paths gave a person the sectors of every affiliation ever, so a
// researcher who left her university in 2018 still counted as research in 2021.
const TEXT = [
  'Porträt',
  '',
  'Prof. Maria Probe lehrte bis 2018 an der Hochschule Beispielstadt.',
  'Seit 2020 leitet sie den Verein Nachbarschaft Beispielstadt.',
  '',
].join('\n');

describe('entities in a network answer are as they were in its window', () => {
  const api = useApiTestServer();
  const p = uniquePrefix();

  // Nested, so that the clean-up below runs before the test server closes its driver.
  describe('a person who changed organisations', () => {
    beforeAll(async () => {
      const q = (quote: string) => `[{ source: ${p}-src, quote: '${quote}' }]`;
      const dir = mkdtempSync(join(tmpdir(), 'qn-window-'));
      writeFileSync(join(dir, 'source.txt'), TEXT, 'utf8');
      writeFileSync(
        join(dir, 'case-study.yaml'),
        `caseStudy: { key: ${p}-case, title: Porträt }
sources:
  - { key: ${p}-src, title: Porträt, date: '2023', file: source.txt }
entities:
  - { key: ${p}-maria, type: Person, name: Maria Probe ${p}, academicTitle: Prof., evidence: ${q('Prof. Maria Probe lehrte bis 2018')} }
  - { key: ${p}-hs, type: Organisation, name: Hochschule Beispielstadt ${p}, kind: UNIVERSITY, sector: RESEARCH, evidence: ${q('an der Hochschule Beispielstadt.')} }
  - { key: ${p}-verein, type: Organisation, name: Verein Nachbarschaft Beispielstadt ${p}, kind: NON_PROFIT, sector: CIVIL_SOCIETY, evidence: ${q('den Verein Nachbarschaft Beispielstadt.')} }
relations:
  - { type: AFFILIATED_WITH, from: ${p}-maria, to: ${p}-hs, validTo: '2018', evidence: ${q('Prof. Maria Probe lehrte bis 2018 an der Hochschule Beispielstadt.')} }
  - { type: AFFILIATED_WITH, from: ${p}-maria, to: ${p}-verein, validFrom: '2020', role: Vorsitzende, evidence: ${q('Seit 2020 leitet sie den Verein Nachbarschaft Beispielstadt.')} }
`,
        'utf8',
      );
      await importCaseStudy({ driver: api.driver, paths: [dir] });
    }, 120_000);
    afterAll(async () => {
      await deleteByKeyPrefix(api.driver, p);
    });

    const sectorsOfMaria = async (window: string) => {
      const response = await api.graphql<{ egoNetwork: { nodes: { id: string; sectors: string[] }[] } }>(
        `{ egoNetwork(actor: "${p}-maria", depth: 1${window}) { nodes { id sectors } } }`,
      );
      expect(response.errors).toBeUndefined();
      return response.data?.egoNetwork.nodes.find((node) => node.id === `${p}-maria`)?.sectors;
    };

    it('a person has the sectors of the organisations she belonged to in the window', async () => {
      expect(await sectorsOfMaria(', window: { at: "2017-06-01" }')).toEqual(['RESEARCH']);
      expect(await sectorsOfMaria(', window: { at: "2021-06-01" }')).toEqual(['CIVIL_SOCIETY']);
      expect(await sectorsOfMaria(', window: { at: "2019-06-01" }')).toEqual([]);
      expect(await sectorsOfMaria(', window: { from: "2015-01-01", until: "2022-12-31" }')).toEqual([
        'RESEARCH',
        'CIVIL_SOCIETY',
      ]);
      expect(await sectorsOfMaria('')).toEqual(['RESEARCH', 'CIVIL_SOCIETY']);
    });
  });
});
