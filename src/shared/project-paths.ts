import { resolve } from 'node:path';

/** The repository root; the same from src/ (ts-node, jest) and from dist/ (compiled). */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const CYPHER_DIR = resolve(PROJECT_ROOT, 'cypher');
export const SCHEMA_DIR = resolve(PROJECT_ROOT, 'schema');
export const SEED_DIR = resolve(PROJECT_ROOT, 'seed');
