import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../shared/project-paths';

const cache = new Map<string, string>();

/**
 * Loads a named, parameterised query from cypher/queries/<name>.cypher. Queries never contain user
 * input; values travel as parameters.
 */
export function cypherQuery(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, 'queries', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
