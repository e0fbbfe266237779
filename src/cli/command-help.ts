import { DEFAULT_TRANSACTION_ROWS, NETWORK_SIZES } from '../generate/network-sizes';

// What each command says below its options in --help. Kept apart from the commands, which program.ts
// loads only when one runs: `--help` and usage errors answer without loading the database driver,
// the API or the importer.

/** The actions of `quartiersnetz db`, with what each does (its help). */
export const DB_ACTIONS = {
  install: 'fetch Neo4j 5.26 and APOC core from Maven Central and build the launcher (start does it too)',
  start: 'start the local Neo4j (does nothing if it already runs)',
  stop: 'stop it cleanly',
  status: 'say whether it runs, on which port, with how much memory (exit 3 when it does not)',
  wait: 'wait until Neo4j answers queries (default timeout 60 s)',
} as const;
export type DbAction = keyof typeof DB_ACTIONS;

/** What `quartiersnetz db --help` says below the options. */
export const DB_HELP = `Actions:
${Object.entries(DB_ACTIONS)
  .map(([action, text]) => `  ${action.padEnd(8)} ${text}`)
  .join('\n')}

Environment: NEO4J_BOLT_PORT (7687), NEO4J_DATA_DIR (.data/neo4j), NEO4J_HEAP (2g), NEO4J_PAGECACHE (1g),
NEO4J_USERNAME (neo4j), NEO4J_PASSWORD (quartiersnetz).`;

/** What `quartiersnetz import --help` says below the options. */
export const IMPORT_HELP = `Validates the case study (all files together) and imports it in one transaction. Every problem is
reported as file:line:column with its field; then nothing is written and the exit code is 2.
Importing the same files again changes nothing.`;

/** What `quartiersnetz draft --help` says below the options. */
export const DRAFT_HELP = `Drafts a case study from a German source text: <out>/case-study.yaml and <out>/sources/<file>.
Entities the graph already has (the database, or the case studies given with --known) are linked to
their keys; new organisations, persons, events, undertakings, places, topics and target groups and the
relations between them are proposed from general German patterns, each with the sentence it comes
from as its quote. Every entry is marked "draft: true": the import refuses it until you have checked
it and removed the mark. Then: quartiersnetz import <out> --dry-run. See docs/case-studies.md.`;

/** What `quartiersnetz export-case-study --help` says below the options. */
export const EXPORT_CASE_STUDY_HELP = `Writes the case study back in the import format: <directory>/case-study.yaml and its source texts.
Importing the result gives the same graph.`;

/** What `quartiersnetz export --help` says below the options. */
export const EXPORT_HELP = `Writes the network in the format (to stdout without --out), filtered like the API:
  ego          the ego network of --actor (depth 1-3)
  co-creation  the actor-actor co-creation network of --scope (default: whole graph), with metrics
  graph        every entity and relationship (default), streamed`;

/** What `quartiersnetz generate --help` says below the options. */
export const GENERATE_HELP = `Generates a synthetic but realistic network (invented names and sources) and imports it through the
importer's batched path, in transactions of ${DEFAULT_TRANSACTION_ROWS} rows. Deterministic for a seed:
running it again changes nothing. Sizes: S ${NETWORK_SIZES.S}, M ${NETWORK_SIZES.M}, L ${NETWORK_SIZES.L} actors
(about 10k / 100k / 1M relationships).`;
