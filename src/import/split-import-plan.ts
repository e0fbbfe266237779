import type { ImportPlan } from '../case-study/compile-case-study';

/**
 * Splits a plan into parts of at most `maxRows` rows each, in the order they must be written: sources,
 * then entities (which cite sources), additions (evidence for existing entities), then relations
 * (which join entities). Each part is written in
 * its own transaction; for imports too large for one transaction (the synthetic L network), where
 * all-or-nothing gives way to idempotent parts: re-running the import completes an interrupted one.
 */
export function splitImportPlan(plan: ImportPlan, maxRows: number): ImportPlan[] {
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError('maxRows must be a positive integer');
  const parts: ImportPlan[] = [];
  const empty = { caseStudies: plan.caseStudies, sources: [], entities: [], additions: [], relations: [] };
  for (let i = 0; i < plan.sources.length; i += maxRows) {
    parts.push({ ...empty, sources: plan.sources.slice(i, i + maxRows) });
  }
  for (let i = 0; i < plan.entities.length; i += maxRows) {
    parts.push({ ...empty, entities: plan.entities.slice(i, i + maxRows) });
  }
  for (let i = 0; i < plan.additions.length; i += maxRows) {
    parts.push({ ...empty, additions: plan.additions.slice(i, i + maxRows) });
  }
  for (let i = 0; i < plan.relations.length; i += maxRows) {
    parts.push({ ...empty, relations: plan.relations.slice(i, i + maxRows) });
  }
  return parts.length > 0 ? parts : [empty];
}
