/**
 * How much source text a case study may bring. Source texts are published verbatim through the API
 * (`sources { text }`), so they are read only from regular files inside the case study's own folder
 * and within these sizes. Override with IMPORT_MAX_SOURCE_BYTES / IMPORT_MAX_CASE_STUDY_BYTES.
 */
export interface SourceTextLimits {
  /** Largest single source text in bytes. Default 2 MiB (a long report is some 300 KB of text). */
  readonly maxSourceBytes: number;
  /** Largest sum of a case-study file's source texts in bytes. Default 20 MiB. */
  readonly maxCaseStudyBytes: number;
}

export const DEFAULT_SOURCE_TEXT_LIMITS: SourceTextLimits = {
  maxSourceBytes: 2 * 1024 * 1024,
  maxCaseStudyBytes: 20 * 1024 * 1024,
};
