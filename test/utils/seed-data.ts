import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import { seedCaseStudyDirs } from '../../src/import/seed-case-studies';

interface SeedKeys {
  readonly caseStudies: string[];
  readonly entities: string[];
  readonly sources: string[];
}

/** Keys of everything the seed case studies define. */
export function seedKeys(): SeedKeys {
  const keys: SeedKeys = { caseStudies: [], entities: [], sources: [] };
  for (const dir of seedCaseStudyDirs()) {
    const data = parse(readFileSync(join(dir, 'case-study.yaml'), 'utf8')) as {
      caseStudy: { key: string };
      entities: { key: string }[];
      sources: { key: string }[];
    };
    keys.caseStudies.push(data.caseStudy.key);
    keys.entities.push(...data.entities.map((e) => e.key));
    keys.sources.push(...data.sources.map((s) => s.key));
  }
  return keys;
}

/** Removes exactly what the seed import wrote, and nothing else. */
export async function deleteSeedData(driver: Driver): Promise<void> {
  const keys = seedKeys();
  await driver.executeQuery(
    `MATCH (n)
     WHERE (n:Entity AND n.key IN $entities) OR (n:Source AND n.key IN $sources) OR (n:CaseStudy AND n.key IN $caseStudies)
     DETACH DELETE n`,
    keys,
  );
}
