import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CaseStudyValidationError } from '../../src/import/case-study-validation-error';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { exportCaseStudy } from '../../src/export/export-case-study';
import { importCaseStudy } from '../../src/import/import-case-study';
import { findProvenanceViolations } from '../../src/import/provenance-check';
import { useApiTestServer } from '../utils/api-test-server';
import { uniquePrefix } from '../utils/case-study-fixture';
import { deleteByKeyPrefix, graphFingerprint } from '../utils/graph-fingerprint';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Issue 15, "the missing facts": a text about a federal model project (another field than the seed's:
// rural digitalisation) states eight facts, of which four could not be expressed before: web
// presences, a count of unnamed participants, a method with ordered stages, hosting and building on.
const TEXT = [
  'Modellvorhaben Digitale Dörfer',
  '',
  'Das Bundesministerium für Ernährung und Landwirtschaft (BMEL) fördert seit 2022 das Modellvorhaben „Digitale Dörfer“.',
  'Die Geschäftsstelle Digitale Dörfer ist beim Deutschen Landkreistag (DLT) angesiedelt und koordiniert das Modellvorhaben.',
  'Rund 40 Landkreise nehmen teil; sie werden nicht namentlich genannt.',
  'Das Modellvorhaben baut auf den Erfahrungen des 2021 abgeschlossenen Projekts „Smarte Landregionen“ auf.',
  'Es arbeitet nach der Methode Dorfwerkstatt in fünf Stufen: Erkunden, Verstehen, Entwerfen, Erproben und Verstetigen.',
  'Informationen bietet die Website https://www.digitale-doerfer.example/ und ein Newsletter unter https://www.digitale-doerfer.example/newsletter.',
  '',
].join('\n');

function caseStudy(p: string, entityExtra = '', relationExtra = ''): string {
  const q = (quote: string) => `[{ source: ${p}-src, quote: '${quote}' }]`;
  return `caseStudy: { key: ${p}-case, title: Digitale Dörfer }
sources:
  - { key: ${p}-src, title: Modellvorhaben Digitale Dörfer, date: '2023', file: source.txt }
entities:
  - { key: ${p}-bmel, type: Organisation, name: Bundesministerium für Ernährung und Landwirtschaft ${p}, abbreviation: BMEL, kind: MINISTRY, sector: FEDERAL_ADMINISTRATION, evidence: ${q('Das Bundesministerium für Ernährung und Landwirtschaft (BMEL) fördert seit 2022')} }
  - { key: ${p}-dlt, type: Organisation, name: Deutscher Landkreistag ${p}, abbreviation: DLT, kind: ASSOCIATION, sector: INTERMEDIARY_ASSOCIATION, evidence: ${q('beim Deutschen Landkreistag (DLT)')} }
  - { key: ${p}-office, type: Organisation, name: Geschäftsstelle Digitale Dörfer ${p}, kind: PROJECT_TEAM, sector: INTERMEDIARY_ASSOCIATION, evidence: ${q('Die Geschäftsstelle Digitale Dörfer ist beim Deutschen Landkreistag (DLT) angesiedelt')} }
  - key: ${p}-dd
    type: Project
    name: Digitale Dörfer ${p}
    startDate: '2022'
    participantCount: 40
    participantCountApproximate: true
    participantCountOf: Landkreise
    webPresences:
      - { kind: WEBSITE, url: 'https://www.digitale-doerfer.example/' }
      - { kind: NEWSLETTER, url: 'https://www.digitale-doerfer.example/newsletter', label: Newsletter Digitale Dörfer }
    evidence: ${q('Rund 40 Landkreise nehmen teil; sie werden nicht namentlich genannt.')}
  - { key: ${p}-slr, type: Project, name: Smarte Landregionen ${p}, endDate: '2021', evidence: ${q('des 2021 abgeschlossenen Projekts „Smarte Landregionen“')} }
  - key: ${p}-method
    type: Method
    name: Dorfwerkstatt ${p}
    stages: [Erkunden, Verstehen, Entwerfen, Erproben, Verstetigen]
    evidence: ${q('nach der Methode Dorfwerkstatt in fünf Stufen: Erkunden, Verstehen, Entwerfen, Erproben und Verstetigen.')}
${entityExtra}relations:
  - { type: FUNDS, from: ${p}-bmel, to: ${p}-dd, validFrom: '2022', evidence: ${q('Das Bundesministerium für Ernährung und Landwirtschaft (BMEL) fördert seit 2022 das Modellvorhaben „Digitale Dörfer“.')} }
  - { type: HOSTED_BY, from: ${p}-office, to: ${p}-dlt, evidence: ${q('Die Geschäftsstelle Digitale Dörfer ist beim Deutschen Landkreistag (DLT) angesiedelt')} }
  - { type: COORDINATES, from: ${p}-office, to: ${p}-dd, evidence: ${q('und koordiniert das Modellvorhaben.')} }
  - { type: BUILDS_ON, from: ${p}-dd, to: ${p}-slr, validFrom: '2022', evidence: ${q('Das Modellvorhaben baut auf den Erfahrungen des 2021 abgeschlossenen Projekts „Smarte Landregionen“ auf.')} }
  - { type: USES_METHOD, from: ${p}-dd, to: ${p}-method, evidence: ${q('Es arbeitet nach der Methode Dorfwerkstatt in fünf Stufen')} }
${relationExtra}`;
}

function writeCaseStudy(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qn-facts-'));
  writeFileSync(join(dir, 'case-study.yaml'), yaml);
  writeFileSync(join(dir, 'source.txt'), TEXT);
  return dir;
}

describe('the facts researchers could not express (issue 15)', () => {
  const api = useApiTestServer({ seed: false });
  const p = uniquePrefix();

  describe('a model project with a hosted office, unnamed participants, a method and a predecessor', () => {
    let dir = '';
    beforeAll(async () => {
      dir = writeCaseStudy(caseStudy(p));
      await importCaseStudy({ driver: api.driver, paths: [dir] });
    }, 120_000);
    afterAll(async () => {
      await deleteByKeyPrefix(api.driver, p);
    });

    const data = async (query: string) => {
      const response = await api.graphql<Json>(query);
      expect(response.errors).toBeUndefined();
      return response.data as Json;
    };

    it('answers counts, web presences, hosting, building on and the method through the API', async () => {
      const { projects } = await data(`{ projects(where: { key: { eq: "${p}-dd" } }) {
        participantCount participantCountApproximate participantCountOf
        webPresences { kind url label }
        buildsOn { key } methods { key stages usedByUndertakings { key } }
        buildsOnConnection { edges { properties { validFrom quotes } } }
        coordinators { key hostedBy { key abbreviation } }
      } }`);
      expect(projects).toEqual([
        {
          participantCount: 40,
          participantCountApproximate: true,
          participantCountOf: 'Landkreise',
          webPresences: [
            { kind: 'WEBSITE', url: 'https://www.digitale-doerfer.example/', label: null },
            {
              kind: 'NEWSLETTER',
              url: 'https://www.digitale-doerfer.example/newsletter',
              label: 'Newsletter Digitale Dörfer',
            },
          ],
          buildsOn: [{ key: `${p}-slr` }],
          methods: [
            {
              key: `${p}-method`,
              stages: ['Erkunden', 'Verstehen', 'Entwerfen', 'Erproben', 'Verstetigen'],
              usedByUndertakings: [{ key: `${p}-dd` }],
            },
          ],
          buildsOnConnection: {
            edges: [
              {
                properties: {
                  validFrom: '2022-01-01',
                  quotes: [
                    'Das Modellvorhaben baut auf den Erfahrungen des 2021 abgeschlossenen Projekts „Smarte Landregionen“ auf.',
                  ],
                },
              },
            ],
          },
          coordinators: [{ key: `${p}-office`, hostedBy: [{ key: `${p}-dlt`, abbreviation: 'DLT' }] }],
        },
      ]);
      const { organisations } = await data(
        `{ organisations(where: { key: { eq: "${p}-dlt" } }) { hostedOrganisations { key } webPresences { url } } }`,
      );
      expect(organisations).toEqual([{ hostedOrganisations: [{ key: `${p}-office` }], webPresences: [] }]);
      expect((await findProvenanceViolations(api.driver)).filter((v) => v.subject.includes(p))).toEqual([]);
    });

    it('is found by the query of the guide\'s "find your case study"', async () => {
      const guide = readFileSync(join(PROJECT_ROOT, 'docs/case-studies.md'), 'utf8');
      const section = guide.slice(guide.indexOf('## 5. Find your case study'));
      const query = /```graphql\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
      const response = await api.graphql<Json>(query, {
        variables: { name: `Digitale Dorfer ${p}`, caseStudy: `${p}-case`, source: `${p}-src` },
      });
      expect(response.errors).toBeUndefined();
      const found = response.data as Json;
      expect(found.search).toContainEqual({ key: `${p}-dd`, type: 'Project', name: `Digitale Dörfer ${p}` });
      expect(found.caseStudies).toEqual([
        { title: 'Digitale Dörfer', sources: [{ key: `${p}-src`, title: 'Modellvorhaben Digitale Dörfer' }] },
      ]);
      expect(found.sourceStatements.entities).toHaveLength(6);
      expect(found.sourceStatements.relations.map((r: Json) => r.type).sort()).toEqual([
        'BUILDS_ON',
        'COORDINATES',
        'FUNDS',
        'HOSTED_BY',
        'USES_METHOD',
      ]);
    });

    it('keeps building on a finished predecessor valid (it is not cut to the predecessor’s lifespan)', async () => {
      const { records } = await api.driver.executeQuery(
        `MATCH (:Entity {key: $from})-[r:BUILDS_ON]->(:Entity {key: $to})
         RETURN toString(r.activeFrom) AS activeFrom, toString(r.activeUntil) AS activeUntil`,
        { from: `${p}-dd`, to: `${p}-slr` },
      );
      expect(records.map((r) => r.toObject())).toEqual([
        { activeFrom: '2022-01-01', activeUntil: '9999-12-31' },
      ]);
    });

    it('exports the case study with every fact and re-imports it as a fixed point', async () => {
      const fingerprint = await graphFingerprint(api.driver);
      const { file, exported } = await exportCaseStudy({
        driver: api.driver,
        caseStudy: `${p}-case`,
        outDir: mkdtempSync(join(tmpdir(), 'qn-facts-export-')),
      });
      const written = parse(caseStudy(p)) as Json;
      const byKey = (list: Json[]) => Object.fromEntries(list.map((item) => [item.key, item]));
      expect(byKey(exported.data.entities as unknown as Json[])).toEqual(byKey(written.entities));
      const relation = (r: Json) => `${r.type} ${r.from} ${r.to}`;
      expect((exported.data.relations as unknown as Json[]).map(relation).sort()).toEqual(
        (written.relations as Json[]).map(relation).sort(),
      );
      const again = await importCaseStudy({ driver: api.driver, paths: [file] });
      expect(again.entities).toEqual({ created: 0, updated: 0, unchanged: 6 });
      expect(again.relations).toEqual({ created: 0, updated: 0, unchanged: 5 });
      expect(await graphFingerprint(api.driver)).toBe(fingerprint);
    });
  });

  describe('refuses what the vocabulary does not allow, naming the field', () => {
    const refused = async (yaml: string) => {
      const error = await importCaseStudy({
        driver: api.driver,
        paths: [writeCaseStudy(yaml)],
        dryRun: true,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CaseStudyValidationError);
      return (error as CaseStudyValidationError).issues.map(
        (issue) => `${issue.code} ${issue.field}: ${issue.message}`,
      );
    };
    const q = (r: string) => `[{ source: ${r}-src, quote: 'Rund 40 Landkreise nehmen teil' }]`;

    it('a web presence that is not an http(s) URL, stages on a project, a count on a topic', async () => {
      const r = uniquePrefix();
      const issues = await refused(
        caseStudy(
          r,
          `  - { key: ${r}-web, type: Initiative, name: Netz ${r}, webPresences: [{ kind: WEBSITE, url: 'javascript:alert(1)' }], evidence: ${q(r)} }
  - { key: ${r}-staged, type: Project, name: Gestuft ${r}, stages: [Eins], evidence: ${q(r)} }
  - { key: ${r}-topic, type: Topic, name: Thema ${r}, participantCount: 3, evidence: ${q(r)} }
  - { key: ${r}-kind, type: Event, name: Treffen ${r}, kind: MEETUP, startDate: '2022', webPresences: [{ kind: BLOG, url: 'https://x.example' }], evidence: ${q(r)} }
`,
        ),
      );
      expect(issues).toEqual([
        'SCHEMA_VIOLATION entities[6].webPresences[0].url: must match pattern "^https?://[^\\s]+$"',
        'SCHEMA_VIOLATION entities[7].stages: field "stages" is not allowed for entity type Project',
        'SCHEMA_VIOLATION entities[8].participantCount: field "participantCount" is not allowed for entity type Topic',
        'SCHEMA_VIOLATION entities[9].kind: must be one of WORKSHOP, CONFERENCE, NETWORK_MEETING, SEMINAR, DISCUSSION_PHASE, PRESENTATION, OTHER',
        'SCHEMA_VIOLATION entities[9].webPresences[0].kind: must be one of WEBSITE, NEWSLETTER, SOCIAL_MEDIA, TOOLKIT, DOCUMENTATION, OTHER',
      ]);
    });

    it('hosting by something that is not an organisation, and a project building on a method', async () => {
      const r = uniquePrefix();
      const issues = await refused(
        caseStudy(
          r,
          '',
          `  - { type: HOSTED_BY, from: ${r}-dd, to: ${r}-slr, evidence: ${q(r)} }
  - { type: BUILDS_ON, from: ${r}-dd, to: ${r}-method, evidence: ${q(r)} }
`,
        ),
      );
      expect(issues.map((issue) => issue.split(':')[0])).toEqual([
        'WRONG_ENDPOINT_TYPE relations[5].type',
        'WRONG_ENDPOINT_TYPE relations[6].type',
      ]);
    });
  });
});
