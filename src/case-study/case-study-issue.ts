/** What can be wrong with a case study; each code has a test with the exact message it gets. */
export enum CaseStudyIssueCode {
  PARSE_ERROR = 'PARSE_ERROR',
  SCHEMA_VIOLATION = 'SCHEMA_VIOLATION',
  DUPLICATE_KEY = 'DUPLICATE_KEY',
  UNKNOWN_ENTITY = 'UNKNOWN_ENTITY',
  UNKNOWN_RELATION_TYPE = 'UNKNOWN_RELATION_TYPE',
  WRONG_ENDPOINT_TYPE = 'WRONG_ENDPOINT_TYPE',
  INVALID_DATE = 'INVALID_DATE',
  DATE_ORDER = 'DATE_ORDER',
  MISSING_EVIDENCE = 'MISSING_EVIDENCE',
  UNKNOWN_SOURCE = 'UNKNOWN_SOURCE',
  /** Missing, outside the case study's folder, not a regular file, or over the size limits. */
  SOURCE_FILE_REFUSED = 'SOURCE_FILE_REFUSED',
  /** A source, entity or relation key that another case study already owns. */
  OWNED_BY_OTHER_CASE_STUDY = 'OWNED_BY_OTHER_CASE_STUDY',
  QUOTE_NOT_FOUND = 'QUOTE_NOT_FOUND',
  /** A quote for a cited source (which has no text to check it in), or a locator for a source with a text. */
  EVIDENCE_KIND_MISMATCH = 'EVIDENCE_KIND_MISMATCH',
  /** A relation stated as valid only while one of its ends did not exist (before its start, after its end). */
  OUTSIDE_LIFESPAN = 'OUTSIDE_LIFESPAN',
  SHARED_ALIAS = 'SHARED_ALIAS',
  /** Two names of one entity (`names`) that both held on some day. */
  OVERLAPPING_NAMES = 'OVERLAPPING_NAMES',
  /** An addition to an entity this import defines itself (its evidence belongs in the entity). */
  ADDITION_TO_OWN_ENTITY = 'ADDITION_TO_OWN_ENTITY',
  /** An addition citing a source of another case study (an addition is known by its own sources). */
  ADDITION_FOREIGN_SOURCE = 'ADDITION_FOREIGN_SOURCE',
  /**
   * Evidence of an entity or relation citing a source another case study lists (a relation may cite
   * another's cited source, kind CITATION).
   */
  FOREIGN_SOURCE = 'FOREIGN_SOURCE',
  /** An entry `quartiersnetz draft` wrote that nobody has reviewed yet (still `draft: true`). */
  DRAFT_NOT_REVIEWED = 'DRAFT_NOT_REVIEWED',
}

/** One problem, located so that an editor can jump to it. */
export interface CaseStudyIssue {
  readonly code: CaseStudyIssueCode;
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** The field, as a dotted path: `entities[3].evidence[0].quote`. */
  readonly field: string;
  readonly message: string;
}

export function formatIssue(issue: CaseStudyIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.code} ${issue.field}: ${issue.message}`;
}

export function formatFieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`),
    '',
  );
}
