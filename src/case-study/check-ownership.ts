import { issueAt, type CaseStudyFile } from './case-study-file';
import { CaseStudyIssueCode, type CaseStudyIssue } from './case-study-issue';

/** The case studies that own each existing key, by kind (keys that do not exist yet are absent). */
export interface ExistingOwners {
  readonly sources: ReadonlyMap<string, readonly string[]>;
  readonly entities: ReadonlyMap<string, readonly string[]>;
  readonly relations: ReadonlyMap<string, readonly string[]>;
}

export interface OwnedKey {
  readonly kind: 'source' | 'entity' | 'relation';
  readonly key: string;
  readonly file: CaseStudyFile;
  readonly path: readonly (string | number)[];
  /** For a relation: its type and ends, to find it in the graph. */
  readonly relation?: { readonly type: string; readonly from: string; readonly to: string };
}

const ADVICE: Record<OwnedKey['kind'], string> = {
  source: 'give the source a key of its own',
  entity:
    'refer to the existing entity by its key in the relations ("from"/"to") instead of defining it again, or give a different entity a key of its own',
  relation:
    'give this statement of the relation an "id" of its own, so that both case studies keep their evidence',
};

/**
 * A case study may not rewrite what another one owns: a key that exists and is owned (also) by a case
 * study this import does not bring is an OWNED_BY_OTHER_CASE_STUDY issue naming both, since the import
 * replaces a key's evidence, sources and text. Keys owned by nobody (written through the API without a
 * case study) may be taken over. Every case study of the imported files counts as importing, so that
 * files citing each other's sources re-import cleanly.
 */
export function checkOwnership(
  keys: readonly OwnedKey[],
  owners: ExistingOwners,
  caseStudyOf: (file: CaseStudyFile) => string | undefined,
): CaseStudyIssue[] {
  const issues: CaseStudyIssue[] = [];
  const byKind = { source: owners.sources, entity: owners.entities, relation: owners.relations };
  const importingAll = new Set(keys.map((owned) => caseStudyOf(owned.file)).filter((k) => k !== undefined));
  for (const owned of keys) {
    const existing = byKind[owned.kind].get(owned.key) ?? [];
    const importing = caseStudyOf(owned.file);
    const foreign = existing.filter((key) => !importingAll.has(key));
    if (foreign.length === 0 || importing === undefined) continue;
    const others = foreign.map((key) => `"${key}"`).join(', ');
    issues.push(
      issueAt(
        owned.file,
        owned.path,
        CaseStudyIssueCode.OWNED_BY_OTHER_CASE_STUDY,
        `the ${owned.kind} "${owned.key}" belongs to case study ${others}; case study "${importing}" may not rewrite it: ${ADVICE[owned.kind]}`,
      ),
    );
  }
  return issues;
}
