import { ErrorCode } from '../errors/error-codes';
import { QuartiersnetzError } from '../errors/quartiersnetz-error';
import { formatIssue, type CaseStudyIssue } from '../case-study/case-study-issue';

/** Raised when a case study has issues; nothing was written. Carries every issue found. */
export class CaseStudyValidationError extends QuartiersnetzError {
  readonly issues: readonly CaseStudyIssue[];

  constructor(issues: readonly CaseStudyIssue[]) {
    super(
      ErrorCode.BAD_USER_INPUT,
      `The case study has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was written:\n` +
        issues.map(formatIssue).join('\n'),
      { issues },
    );
    this.name = 'CaseStudyValidationError';
    this.issues = issues;
  }
}
