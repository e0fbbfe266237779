import { issueAt, type CaseStudyFile } from './case-study-file';
import { CaseStudyIssueCode, formatFieldPath, type CaseStudyIssue } from './case-study-issue';
import { describeDiagnosis, diagnoseQuote } from './quote-diagnosis';

/** Distinct missing quotes searched for their closest passage; beyond that only the first line is given. */
const MAX_DIAGNOSED_QUOTES = 100;

interface Place {
  readonly file: CaseStudyFile;
  readonly path: readonly (string | number)[];
}

/**
 * The source texts of a compilation, and the quotes not found in them. A quote used in several
 * places (a YAML anchor, a sentence that states several facts) is reported once, at its first place,
 * naming the others, with its diagnosis (closest passage, first difference, hints).
 */
export class QuoteCheck {
  constructor(
    private readonly texts: ReadonlyMap<string, string | null>,
    private readonly misses = new Map<string, { source: string; quote: string; places: Place[] }>(),
  ) {}

  /**
   * The same check with more cited sources (no text) known besides: those of other case studies,
   * which a relation may cite. Misses go to one list, reported once by either.
   */
  withCitations(keys: Iterable<string>): QuoteCheck {
    const texts = new Map(this.texts);
    for (const key of keys) if (!texts.has(key)) texts.set(key, null);
    return new QuoteCheck(texts, this.misses);
  }

  /** The whitespace-normalised text of a source; null for a cited source; undefined when unknown. */
  textOf(source: string): string | null | undefined {
    return this.texts.get(source);
  }

  /** Records that `quote` (whitespace-normalised) does not occur in `source`, at `path` of `file`. */
  miss(file: CaseStudyFile, path: readonly (string | number)[], source: string, quote: string): void {
    const id = `${source}\u0000${quote}`;
    const miss = this.misses.get(id);
    if (miss === undefined) this.misses.set(id, { source, quote, places: [{ file, path }] });
    else miss.places.push({ file, path });
  }

  /** One QUOTE_NOT_FOUND issue per distinct quote and source. */
  issues(): CaseStudyIssue[] {
    return [...this.misses.values()].map(({ source, quote, places }, index) => {
      const [first, ...others] = places as [Place, ...Place[]];
      const lines = [
        `the quote does not occur in source "${source}" (compared after whitespace normalisation; case, dashes and quotation marks count)`,
      ];
      const text = this.texts.get(source);
      if (index < MAX_DIAGNOSED_QUOTES && typeof text === 'string') {
        lines.push(...describeDiagnosis(quote, diagnoseQuote(text, quote)));
      } else {
        lines.push(`  quote:   ${quote}`);
      }
      if (others.length > 0) {
        const where = others.map(({ file, path }) => {
          const { line, column } = file.locate(path);
          return `${file.displayPath}:${line}:${column} (${formatFieldPath(path)})`;
        });
        lines.push(`  also used at: ${where.join(', ')}`);
      }
      return issueAt(first.file, first.path, CaseStudyIssueCode.QUOTE_NOT_FOUND, lines.join('\n'));
    });
  }
}
