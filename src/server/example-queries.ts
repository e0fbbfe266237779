import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../shared/project-paths';

export const EXAMPLE_QUERIES_DIR = join(PROJECT_ROOT, 'queries', 'examples');

/** An analyst's example query: a .graphql file whose first line `# ...` says the question it answers. */
export interface ExampleQuery {
  /** File name without extension, e.g. 01-actor-affiliations. */
  readonly name: string;
  readonly question: string;
  readonly query: string;
}

export function readExampleQueries(dir: string = EXAMPLE_QUERIES_DIR): ExampleQuery[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      const firstLine = query.split('\n')[0] ?? '';
      return { name: file.replace(/\.graphql$/, ''), question: firstLine.replace(/^#\s*/, '').trim(), query };
    });
}
