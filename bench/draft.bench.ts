/**
 * Drafting benchmark (issue 15): `quartiersnetz draft` on each seed document, scored against the
 * curated case study. Each document is drafted as a new one would be: the graph already holds the
 * entities that the curated case study states in its other sources (leave one out) and those of the
 * other seed case studies (the federal bodies), and nothing of what only this document states. Writes its results into BENCHMARKS.md. Run: npm run bench:draft
 * (--print: only print; --verbose: also the relations missed).
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/shared/project-paths';
import { DRAFT_TARGETS, precision, recall, scoreCuratedDrafts, type Counts } from '../src/draft/score-draft';
import { machineDescription, writeBenchmarkSection } from './bench-environment';

const CASE_STUDY = join(PROJECT_ROOT, 'seed/biwaq-gfdq/case-study.yaml');
const fmt = (value: number) => value.toFixed(2);
const cells = (c: Counts, bold = false) => {
  const b = (text: string) => (bold ? `**${text}**` : text);
  return `${c.curated} | ${c.drafted} | ${b(fmt(recall(c)))} | ${b(fmt(precision(c)))}`;
};

function main(): void {
  const { sources, totals } = scoreCuratedDrafts(CASE_STUDY);
  const strict = scoreCuratedDrafts(CASE_STUDY, { sameType: true }).totals;
  for (const { source, milliseconds, score } of sources) {
    process.stderr.write(`drafted ${source} in ${milliseconds.toFixed(0)} ms\n`);
    if (process.argv.includes('--verbose'))
      process.stderr.write(`  missed relations: ${score.missedRelations.join('; ')}\n`);
  }
  const met = (value: number, target: number) => `${value >= target ? 'met' : 'missed'}: ${fmt(value)}`;
  const markdown = [
    '## Drafting: `quartiersnetz draft` against the curated seed case study (issue 15)',
    '',
    machineDescription(),
    '- Command: `npm run bench:draft` (one run; the drafter is deterministic, so are the figures)',
    '- Each seed document is drafted as a new document: the known graph is what the curated case study states in its other sources (leave one out) and the other seed case studies (the federal bodies of seed/bundesbehoerden, whose entities the curated one adds its quotes to). An entity matches by key or by a name, alias or abbreviation in common (case, umlauts, punctuation, spacing and German inflection endings ignored), each at most once; a relation by its type and both ends. test/unit/draft-quality.test.ts holds the targets.',
    '',
    '| document | curated entities | drafted | recall | precision | curated relations | drafted | recall | precision | ms |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...sources.map(
      ({ source, score, milliseconds }) =>
        `| ${source} | ${cells(score.entities)} | ${cells(score.relations)} | ${milliseconds.toFixed(0)} |`,
    ),
    `| **overall** | ${cells(totals.entities, true)} | ${cells(totals.relations, true)} | |`,
    `| overall, an entity matching only one of its own type | ${cells(strict.entities)} | ${cells(strict.relations)} | |`,
    '',
    `Targets: entity recall >= ${DRAFT_TARGETS.entityRecall} (${met(recall(totals.entities), DRAFT_TARGETS.entityRecall)}), precision >= ${DRAFT_TARGETS.entityPrecision} (${met(precision(totals.entities), DRAFT_TARGETS.entityPrecision)}); relation recall >= ${DRAFT_TARGETS.relationRecall} (${met(recall(totals.relations), DRAFT_TARGETS.relationRecall)}), precision >= ${DRAFT_TARGETS.relationPrecision} (${met(precision(totals.relations), DRAFT_TARGETS.relationPrecision)}).`,
    '',
    'What the drafts missed and what they proposed beyond the curated case study (for the next round of patterns):',
    '',
    ...sources.map(
      ({ source, score }) =>
        `- ${source}: missed ${score.missedEntities.join('; ') || '-'}; extra ${score.extraEntities.join('; ') || '-'}`,
    ),
  ].join('\n');
  if (process.argv.includes('--print')) console.log(markdown);
  else {
    writeBenchmarkSection('draft', markdown);
    console.log('Wrote BENCHMARKS.md (draft section).');
  }
}

main();
