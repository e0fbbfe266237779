import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { PROJECT_ROOT } from '../shared/project-paths';

/** Fails (exit 1) when schema.graphql or src/generated differ from what `npm run generate` writes. */
async function checkGenerated(): Promise<string[]> {
  const stale: string[] = [];
  const { config } = await loadCodegenConfig({ configFilePath: join(PROJECT_ROOT, 'codegen.yml') });
  const outputs = (await generate({ ...config, cwd: PROJECT_ROOT, silent: true }, false)) as {
    filename: string;
    content: string;
  }[];
  if (outputs.length === 0) stale.push('codegen produced nothing');
  for (const output of outputs) {
    let current = '';
    try {
      current = readFileSync(join(PROJECT_ROOT, output.filename), 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== output.content) {
      stale.push(output.filename);
    }
  }
  // Loaded only now: building the API schema first would load a second copy of graphql, and codegen
  // would then print the built-in scalars' descriptions.
  const { renderApiSchema, SCHEMA_ARTIFACT } = await import('./print-schema');
  if (readFileSync(SCHEMA_ARTIFACT, 'utf8') !== (await renderApiSchema())) stale.push('schema.graphql');
  return stale;
}

checkGenerated().then(
  (stale) => {
    if (stale.length > 0) {
      console.error(
        `Stale generated files: ${stale.join(', ')}. Run "npm run generate" and commit the result.`,
      );
      process.exit(1);
    }
    console.log('Generated files are up to date (schema.graphql, src/generated).');
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
