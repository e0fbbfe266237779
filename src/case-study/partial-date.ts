import type { DatePrecision } from '../model/vocabulary';

/** A date as sources state it: a day, a month or only a year. */
export interface PartialDate {
  /** ISO date of the first day of the period (`from`) or the last day (`to`). */
  readonly iso: string;
  readonly precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. `bound` says which end of a month or year a partial date
 * stands for: `start` for validFrom/startDate, `end` for validTo/endDate. Returns undefined for
 * text that is not such a date or names a day that does not exist (2021-02-30).
 */
export function parsePartialDate(text: string, bound: 'start' | 'end'): PartialDate | undefined {
  const match = PATTERN.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    if (month === undefined || day < 1 || day > daysInMonth(year, month)) return undefined;
    return { iso: isoDate(year, month, day), precision: 'DAY' };
  }
  if (month !== undefined) {
    return {
      iso: isoDate(year, month, bound === 'start' ? 1 : daysInMonth(year, month)),
      precision: 'MONTH',
    };
  }
  return { iso: bound === 'start' ? isoDate(year, 1, 1) : isoDate(year, 12, 31), precision: 'YEAR' };
}

/** The inverse of {@link parsePartialDate}: the text a researcher wrote. */
export function formatPartialDate(iso: string, precision: DatePrecision): string {
  switch (precision) {
    case 'DAY':
      return iso;
    case 'MONTH':
      return iso.slice(0, 7);
    case 'YEAR':
      return iso.slice(0, 4);
    default:
      return unreachable(precision);
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function unreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
