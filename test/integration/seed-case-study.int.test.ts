import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCaseStudy } from '../../src/export/export-case-study';
import { importCaseStudy } from '../../src/import/import-case-study';
import { findProvenanceViolations } from '../../src/import/provenance-check';
import { seedCaseStudyDirs } from '../../src/import/seed-case-studies';
import { graphFingerprint } from '../utils/graph-fingerprint';
import { deleteSeedData, seedKeys } from '../utils/seed-data';
import { useTestDatabase } from '../utils/test-database';

// The facts each seed document states, written from the texts, checked in the imported graph.
describe('the seeded case studies biwaq-gfdq and bundesbehoerden', () => {
  const db = useTestDatabase();
  const seedDirs = seedCaseStudyDirs();
  const seed = seedKeys();

  beforeAll(async () => {
    await importCaseStudy({ driver: db.driver, paths: seedDirs });
  });

  db.onCleanup(deleteSeedData);

  /** Properties of the relation `from -type-> to`, or undefined when there is none. */
  async function relation(
    from: string,
    type: string,
    to: string,
  ): Promise<Record<string, unknown> | undefined> {
    const rows = await db.run<{ r: Record<string, unknown> }>(
      'MATCH (:Entity {key: $from})-[r:$($type)]->(:Entity {key: $to}) RETURN properties(r) AS r',
      { from, type, to },
    );
    return rows[0]?.r;
  }

  async function entity(key: string): Promise<Record<string, unknown>> {
    const rows = await db.run<{ n: Record<string, unknown>; labels: string[] }>(
      'MATCH (n:Entity {key: $key}) RETURN properties(n) AS n, labels(n) AS labels',
      { key },
    );
    const row = rows[0];
    if (row === undefined) throw new Error(`no entity ${key}`);
    return {
      ...row.n,
      labels: row.labels,
      startDate: row.n.startDate?.toString(),
      endDate: row.n.endDate?.toString(),
    };
  }

  async function targets(from: string, type: string): Promise<string[]> {
    const rows = await db.run<{ key: string }>(
      'MATCH (:Entity {key: $from})-[:$($type)]->(t:Entity) RETURN t.key AS key ORDER BY key',
      { from, type },
    );
    return rows.map((row) => row.key);
  }

  async function sourcesOf(from: string, type: string): Promise<string[]> {
    const rows = await db.run<{ key: string }>(
      'MATCH (t:Entity)-[:$($type)]->(:Entity {key: $from}) RETURN t.key AS key ORDER BY key',
      {
        from,
        type,
      },
    );
    return rows.map((row) => row.key);
  }

  describe('whole graph', () => {
    it('has no relation or entity without a source whose text contains its quote', async () => {
      expect(await findProvenanceViolations(db.driver)).toEqual([]);
    });

    it('imports twice to the identical graph', async () => {
      const before = await graphFingerprint(db.driver);
      const report = await importCaseStudy({ driver: db.driver, paths: seedDirs });
      expect(report.entities.created + report.entities.updated).toBe(0);
      expect(report.relations.created + report.relations.updated).toBe(0);
      expect(report.entities.unchanged).toBe(seed.entities.length);
      expect(await graphFingerprint(db.driver)).toBe(before);
    });

    it('exports and re-imports to the identical graph', async () => {
      const before = await graphFingerprint(db.driver);
      const { file } = await exportCaseStudy({
        driver: db.driver,
        caseStudy: 'biwaq-gfdq',
        outDir: mkdtempSync(join(tmpdir(), 'qn-seed-')),
      });
      await importCaseStudy({ driver: db.driver, paths: [file] });
      expect(await graphFingerprint(db.driver)).toBe(before);
    });

    it('merges name variants and misspellings into one node each', async () => {
      const rows = await db.run<{ key: string; aliases: string[] }>(
        'MATCH (n:Organisation) WHERE n.key IN ["bmi", "bbsr", "dv"] RETURN n.key AS key, n.aliases AS aliases ORDER BY key',
      );
      expect(rows).toEqual([
        { key: 'bbsr', aliases: ['Bundesinstitut für Bau-, Stadt- und Raumordnung'] },
        { key: 'bmi', aliases: ['Bundesministerium des Innern, für Heimat und Bau'] },
        { key: 'dv', aliases: ['Deutschen Verbandes für Wohnungswesen, Städtebau und Raumordnung e.V.'] },
      ]);
    });
  });

  describe('000: Virtuelle BIWAQ-Themenwerkstatt 2020', () => {
    it('is an online workshop from 11 Nov to 10 Dec 2020 with about 160 participants', async () => {
      expect(await entity('biwaq-themenwerkstatt-2020')).toMatchObject({
        kind: 'WORKSHOP',
        format: 'ONLINE',
        startDate: '2020-11-11',
        endDate: '2020-12-10',
        participantCount: 160,
        participantCountApproximate: true,
      });
    });

    it('was organised by BMI and BBSR, moderated by Anke Bruns, in three parts', async () => {
      expect(await sourcesOf('biwaq-themenwerkstatt-2020', 'ORGANISED')).toEqual(['bbsr', 'bmi']);
      expect(await sourcesOf('biwaq-themenwerkstatt-2020', 'MODERATED')).toEqual(['anke-bruns']);
      expect(await sourcesOf('biwaq-themenwerkstatt-2020', 'PART_OF')).toEqual([
        'biwaq-themenwerkstatt-2020-abschluss',
        'biwaq-themenwerkstatt-2020-auftakt',
        'biwaq-themenwerkstatt-2020-chatphase',
      ]);
      expect(await relation('anke-bruns', 'MODERATED', 'biwaq-themenwerkstatt-2020')).toMatchObject({
        sources: ['themenwerkstatt-2020'],
        quotes: ['Die virtuellen Veranstaltungen wurden von Anke Bruns moderiert.'],
      });
    });

    it('covers the seven topics the projects chose, plus local economy', async () => {
      expect(await targets('biwaq-themenwerkstatt-2020', 'ABOUT')).toEqual([
        'covid-19',
        'digitalisierung',
        'informationsfluss',
        'kooperation-mit-jobcentern',
        'lokale-oekonomie',
        'staerkung-von-unternehmen',
        'wirkungsmessung',
        'zielgruppenarbeit',
      ]);
    });

    it('belongs to the BIWAQ workshop series and funding round 2019-2022, continuing the 2019 workshop', async () => {
      expect(await targets('biwaq-themenwerkstatt-2020', 'IN_SERIES')).toEqual(['biwaq-werkstattreihe']);
      expect(await targets('biwaq-themenwerkstatt-2020', 'DURING_PHASE')).toEqual([
        'biwaq-foerderrunde-2019-2022',
      ]);
      expect(
        await relation('biwaq-werkstatt-2019', 'SUCCEEDED_BY', 'biwaq-themenwerkstatt-2020'),
      ).toBeDefined();
    });
  });

  describe('001: BIWAQ-Werkstatt 2019 in Bonn (ESF-Newsletter, 12.11.2019)', () => {
    it('took place in Bonn on 25-26 Sep 2019 with about 80 people', async () => {
      expect(await entity('biwaq-werkstatt-2019')).toMatchObject({
        format: 'IN_PERSON',
        startDate: '2019-09-25',
        endDate: '2019-09-26',
        participantCount: 80,
      });
      expect(await targets('biwaq-werkstatt-2019', 'HELD_IN')).toEqual(['bonn']);
    });

    it('records Joachim Zweig as head of a BMAS unit who gave the media seminar, stated on 12 Nov 2019', async () => {
      expect(
        await relation('joachim-zweig', 'AFFILIATED_WITH', 'bmas-referat-information-kommunikation'),
      ).toMatchObject({
        role: 'Leiter',
      });
      expect(await targets('bmas-referat-information-kommunikation', 'PART_OF')).toEqual(['bmas']);
      const spoke = await relation('joachim-zweig', 'SPOKE_AT', 'biwaq-werkstatt-2019-seminar-medienarbeit');
      expect(spoke).toMatchObject({
        title: 'Erfolgreiche Presse- und Medienarbeit für ESF-geförderte Projekte',
      });
      expect(String(spoke?.statedOn)).toBe('2019-11-12');
    });

    it('has the two workshops, the BBSR team and the Bundesverwaltungsamt', async () => {
      expect(await sourcesOf('biwaq-werkstatt-2019', 'PART_OF')).toEqual([
        'biwaq-werkstatt-2019-entwicklungswerkstatt',
        'biwaq-werkstatt-2019-seminar-medienarbeit',
        'biwaq-werkstatt-2019-workshop-digitalisierung',
        'biwaq-werkstatt-2019-workshop-lokale-oekonomie',
      ]);
      expect(await targets('bbsr-biwaq-team', 'PART_OF')).toEqual(['bbsr']);
      expect(await sourcesOf('biwaq-werkstatt-2019', 'PARTICIPATED_IN')).toEqual(['bundesverwaltungsamt']);
    });

    it('names BMI as responsible for BIWAQ, under both spellings of its name', async () => {
      // Stated by the 2019 newsletter; its start (the Organisationserlass of 2018) and its end (the BMWSB
      // took the portfolio over) by citations that the case study bundesbehoerden lists.
      const responsible = await relation('bmi', 'RESPONSIBLE_FOR', 'biwaq');
      expect(responsible).toMatchObject({
        sources: ['werkstatt-bonn-2019', 'bkorgerl-2018', 'bmwsb-ministerium'],
        locators: [
          '',
          'Abschnitt III Nr. 1 (Zuständigkeit für Stadtentwicklung; for the day it began)',
          'erster Absatz',
        ],
      });
      expect(String(responsible?.validFrom)).toBe('2018-03-14');
      expect(String(responsible?.validTo)).toBe('2021-12-07');
      expect(await relation('bmi', 'ORGANISED', 'biwaq-werkstatt-2019')).toMatchObject({
        quotes: [expect.stringContaining('Bundesministerium des Innern, für Heimat und Bau (BMI)')],
      });
    });
  });

  describe('002: the project BIWAQ-Duisburg', () => {
    it('runs from 1 Jan 2019 to 31 Dec 2022 in Hochfeld and Marxloh, quarters of Duisburg', async () => {
      expect(await entity('biwaq-duisburg')).toMatchObject({
        startDate: '2019-01-01',
        endDate: '2022-12-31',
        labels: expect.arrayContaining(['Project', 'Undertaking']),
      });
      expect(await targets('biwaq-duisburg', 'ACTIVE_IN')).toEqual(['duisburg-hochfeld', 'duisburg-marxloh']);
      expect(await sourcesOf('duisburg', 'PART_OF')).toEqual(['duisburg-hochfeld', 'duisburg-marxloh']);
    });

    it('is coordinated by a Stabsstelle of a Dezernat of the city, led by Ercan Idik, with two partners', async () => {
      expect(await sourcesOf('biwaq-duisburg', 'COORDINATES')).toEqual([
        'duisburg-stabsstelle-wirtschaft-europa-foerdermittel',
      ]);
      expect(await targets('duisburg-stabsstelle-wirtschaft-europa-foerdermittel', 'PART_OF')).toEqual([
        'duisburg-dezernat-wiso',
      ]);
      expect(await targets('duisburg-dezernat-wiso', 'PART_OF')).toEqual(['stadt-duisburg']);
      expect(await relation('ercan-idik', 'LEADS', 'biwaq-duisburg')).toMatchObject({
        role: 'Projektleiter',
      });
      expect(await sourcesOf('biwaq-duisburg', 'PARTNER_IN')).toEqual([
        'duisburger-werkkiste',
        'gesellschaft-fuer-beschaeftigungsfoerderung',
      ]);
    });

    it('targets the long-term unemployed over 27, people with a migration background, women and local firms', async () => {
      expect(await targets('biwaq-duisburg', 'TARGETS')).toEqual([
        'frauen',
        'langzeitarbeitslose-ab-27',
        'menschen-mit-migrationsbiografie',
        'unternehmen-vor-ort',
      ]);
    });

    it('names BMWSB as responsible for BIWAQ and the ESF as co-funder', async () => {
      expect(await sourcesOf('biwaq', 'RESPONSIBLE_FOR')).toEqual(['bbsr', 'bmi', 'bmwsb']);
      expect(await relation('esf', 'CO_FUNDS', 'biwaq')).toMatchObject({
        sources: ['biwaq-duisburg-projektseite', 'werkstatt-bonn-2019'],
      });
    });
  });

  describe('003: Netzwerkgespräch 1 of "Gemeinsam für das Quartier", 4 March 2021', () => {
    it('is an online conference from 11:00 to 13:00, moderated by Christian Huttenloher of the DV', async () => {
      expect(await entity('gfdq-netzwerkgespraech-1')).toMatchObject({
        format: 'ONLINE',
        startDate: '2021-03-04',
        startTime: '11:00',
        endTime: '13:00',
      });
      expect(await sourcesOf('gfdq-netzwerkgespraech-1', 'MODERATED')).toEqual(['christian-huttenloher']);
      expect(await targets('christian-huttenloher', 'AFFILIATED_WITH')).toEqual(['dv']);
    });

    it('has three agenda items with their time slots and speakers', async () => {
      const items = await db.run<{
        key: string;
        position: number;
        start: string;
        end: string;
        speakers: string[];
      }>(
        `MATCH (:Event {key: 'gfdq-netzwerkgespraech-1'})-[:HAS_AGENDA_ITEM]->(a:AgendaItem)
         OPTIONAL MATCH (p:Person)-[:SPOKE_AT]->(a)
         WITH a, p ORDER BY p.key
         RETURN a.key AS key, a.position AS position, a.startTime AS start, a.endTime AS end, collect(p.key) AS speakers
         ORDER BY position`,
      );
      expect(items).toEqual([
        {
          key: 'gfdq-ng1-begruessung',
          position: 1,
          start: '11:00',
          end: '11:15',
          speakers: ['michael-groschek', 'stephan-willinger'],
        },
        {
          key: 'gfdq-ng1-impulsprogramm',
          position: 2,
          start: '11:15',
          end: '12:00',
          speakers: ['reiner-schmidt', 'ulrich-berding'],
        },
        {
          key: 'gfdq-ng1-nationale-stadtentwicklungspolitik',
          position: 3,
          start: '12:00',
          end: '13:00',
          speakers: ['christian-huttenloher', 'heike-mages', 'ingo-weiss', 'oliver-weigel'],
        },
      ]);
    });

    it('keeps academic titles apart from names', async () => {
      expect(await entity('ulrich-berding')).toMatchObject({ name: 'Ulrich Berding', academicTitle: 'Dr.' });
      expect(await entity('reiner-schmidt')).toMatchObject({
        name: 'Reiner Schmidt',
        academicTitle: 'Prof.',
      });
      expect(await entity('oliver-weigel')).toMatchObject({ name: 'Oliver Weigel', academicTitle: 'Dr.' });
    });

    it('ties the speakers to their organisations, including the misspelt BBSR', async () => {
      expect(await targets('stephan-willinger', 'AFFILIATED_WITH')).toEqual(['bbsr']);
      expect(await targets('ulrich-berding', 'AFFILIATED_WITH')).toEqual(['plan-zwei', 'stadt-als-campus']);
      expect(await targets('reiner-schmidt', 'AFFILIATED_WITH')).toEqual([
        'hochschule-anhalt',
        'stadt-als-campus',
      ]);
      expect(await relation('michael-groschek', 'AFFILIATED_WITH', 'dv')).toMatchObject({
        role: 'Präsident',
      });
      expect(
        await relation('oliver-weigel', 'AFFILIATED_WITH', 'bmi-referat-stadtentwicklungspolitik'),
      ).toMatchObject({ role: 'Leiter' });
      expect(await targets('bmi-referat-lebendige-zentren', 'PART_OF')).toEqual(['bmi']);
    });

    it('describes the initiative: started February 2020, supported by the National Urban Development Policy', async () => {
      expect(await entity('gfdq')).toMatchObject({ startDate: '2020-02-01', startDatePrecision: 'MONTH' });
      expect(await sourcesOf('gfdq', 'SUPPORTS')).toEqual(['nationale-stadtentwicklungspolitik']);
      expect(await targets('gfdq-zweite-runde', 'PRIORITY_FIELD')).toEqual([
        'klein-und-mittelstaedte',
        'quartiersentwicklung',
        'zentrenentwicklung',
      ]);
      expect(await targets('gfdq', 'TARGETS')).toEqual([
        'etablierte-player',
        'kreative-kulturelle-soziokulturelle-akteure',
        'zivilgesellschaftliche-initiativen',
      ]);
    });
  });

  describe('bundesbehoerden: the reference case study of the federal bodies (issue 14)', () => {
    it('cites official acts and the bodies own pages only, each piece of evidence with a locator', async () => {
      const rows = await db.run<{ kinds: string[]; entityLocators: (string | null)[]; relations: number }>(
        `MATCH (s:Source)-[:IN_CASE_STUDY]->(:CaseStudy {key: 'bundesbehoerden'})
         WITH collect(s) AS sources
         CALL (sources) {
           UNWIND sources AS s
           OPTIONAL MATCH (:Entity)-[e:STATED_IN]->(s)
           RETURN collect(e.locator) AS entityLocators
         }
         CALL () {
           MATCH (:Entity)-[r {statedBy: 'bundesbehoerden'}]->(:Entity)
           WHERE all(l IN r.locators WHERE trim(l) <> '')
           RETURN count(r) AS relations
         }
         RETURN [s IN sources | s.kind] AS kinds, entityLocators, relations`,
      );
      const [row] = rows;
      expect(new Set(row?.kinds)).toEqual(new Set(['CITATION']));
      expect(row?.kinds).toHaveLength(5);
      expect(row?.entityLocators.length).toBeGreaterThanOrEqual(8);
      expect(row?.relations).toBe(4);
    });

    it('gives the BBR and the BBSR their founding, the BBSR within the BBR, and the BMWSB its predecessor', async () => {
      expect(await entity('bbr')).toMatchObject({ abbreviation: 'BBR', startDate: '1998-01-01' });
      expect(await entity('bbsr')).toMatchObject({ startDate: '2009-01-01', definedIn: 'bundesbehoerden' });
      expect(await relation('bbsr', 'PART_OF', 'bbr')).toMatchObject({
        sources: ['oekobaudat-impressum', 'bbsr-geschichte'],
        statedBy: 'bundesbehoerden',
      });
      expect(await relation('bmi', 'SUCCEEDED_BY', 'bmwsb')).toMatchObject({
        sources: ['bmwsb-ministerium'],
        statedBy: 'bundesbehoerden',
      });
      // The BIWAQ case study's relation cites the BMWSB's page (bundesbehoerden's) and is still its own.
      expect(await relation('bmi', 'RESPONSIBLE_FOR', 'biwaq')).toMatchObject({ statedBy: 'biwaq-gfdq' });
    });

    it('exports and re-imports alone to the identical graph, without the relations of other case studies', async () => {
      const before = await graphFingerprint(db.driver);
      const { file } = await exportCaseStudy({
        driver: db.driver,
        caseStudy: 'bundesbehoerden',
        outDir: mkdtempSync(join(tmpdir(), 'qn-seed-')),
      });
      const exported = readFileSync(file, 'utf8');
      expect(exported).not.toContain('RESPONSIBLE_FOR');
      expect(exported).not.toMatch(/^additions:/m);
      await importCaseStudy({ driver: db.driver, paths: [file] });
      expect(await graphFingerprint(db.driver)).toBe(before);
    });
  });
});
