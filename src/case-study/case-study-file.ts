import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { CaseStudyIssueCode, formatFieldPath, type CaseStudyIssue } from './case-study-issue';
import { confinedSourceReader, type SourceTextRead } from './read-confined-source';
import { DEFAULT_SOURCE_TEXT_LIMITS, type SourceTextLimits } from './source-text-limits';

/** A case-study file as read from disk: its data and what is needed to point at a line in it. */
export interface CaseStudyFile {
  /** Absolute path. */
  readonly path: string;
  /** Path as shown in messages (relative to the working directory). */
  readonly displayPath: string;
  readonly data: unknown;
  readonly parseIssues: readonly CaseStudyIssue[];
  /** Line and column of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
  /**
   * Reads a source text named in the case study: only a regular file inside the case study's folder,
   * within the size limits; otherwise the reason it was refused.
   */
  readRelative(file: string): SourceTextRead;
}

export function readCaseStudyFile(
  path: string,
  limits: SourceTextLimits = DEFAULT_SOURCE_TEXT_LIMITS,
): CaseStudyFile {
  const absolute = resolve(path);
  const displayPath = relative(process.cwd(), absolute) || absolute;
  const text = readFileSync(absolute, 'utf8');
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const parseIssues: CaseStudyIssue[] = [...document.errors, ...document.warnings].map((error) => ({
    code: CaseStudyIssueCode.PARSE_ERROR,
    file: displayPath,
    ...position(error.pos[0]),
    field: '',
    message: error.message.split('\n')[0] ?? error.message,
  }));
  let data: unknown;
  if (document.errors.length === 0) {
    try {
      data = document.toJS();
    } catch (error) {
      // e.g. an alias whose anchor is missing: reported like any other parse error.
      parseIssues.push({
        code: CaseStudyIssueCode.PARSE_ERROR,
        file: displayPath,
        line: 1,
        column: 1,
        field: '',
        message: (error as Error).message.split('\n')[0] ?? 'invalid YAML',
      });
    }
  }

  return {
    path: absolute,
    displayPath,
    data,
    parseIssues,
    locate(fieldPath) {
      for (let depth = fieldPath.length; depth >= 0; depth--) {
        const node = document.getIn(fieldPath.slice(0, depth), true);
        if (isNode(node) && node.range !== undefined && node.range !== null) return position(node.range[0]);
      }
      return { line: 1, column: 1 };
    },
    readRelative: confinedSourceReader(dirname(absolute), limits),
  };
}

/** Builds an issue located at `path` in `file`. */
export function issueAt(
  file: CaseStudyFile,
  path: readonly (string | number)[],
  code: CaseStudyIssueCode,
  message: string,
): CaseStudyIssue {
  return { code, file: file.displayPath, ...file.locate(path), field: formatFieldPath(path), message };
}

/**
 * A case study held in memory (the network generator's output) in the shape of a file, so that it is
 * validated and compiled exactly like one read from disk. Issues point at line 1 of `displayPath`.
 */
export function caseStudyFileFromData(
  displayPath: string,
  data: unknown,
  texts: ReadonlyMap<string, string>,
): CaseStudyFile {
  return {
    path: resolve(displayPath),
    displayPath,
    data,
    parseIssues: [],
    locate: () => ({ line: 1, column: 1 }),
    readRelative: (file) => {
      const text = texts.get(file);
      return text === undefined ? { refused: `source text file "${file}" does not exist` } : { text };
    },
  };
}
