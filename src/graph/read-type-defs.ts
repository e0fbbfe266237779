import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from '../shared/project-paths';

/**
 * The SDL of the generated API: every schema/*.graphql file, in name order. Interfaces live in
 * 00-entity.graphql so they come first (the library checks @limit of interfaces in document order).
 */
export function readTypeDefs(dir: string = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}
