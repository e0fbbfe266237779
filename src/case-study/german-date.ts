/**
 * German ways of writing a date, read as the partial dates of a case study: "15.03.2021", "4.3.2021",
 * "11. November 2020", "März 2021", "03/2021", "Mitte 2021" is not one (it is vaguer than a month).
 */

const MONTHS = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
] as const;
/** Month names and their usual abbreviations ("Jan.", "Sept.", "Jänner", "Maerz"). */
const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((name, index) => [name, index + 1] as const),
  ...MONTHS.map((name, index) => [name.slice(0, 3), index + 1] as const),
  ['jänner', 1],
  ['maerz', 3],
  ['sept', 9],
]);

/** A month name pattern for regular expressions, longest first (so "Juni" is not read as "Jun"). */
export const GERMAN_MONTH_PATTERN = [...MONTH_NAMES.keys()].sort((a, b) => b.length - a.length).join('|');

const NUMERIC = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/;
const NAMED_DAY = new RegExp(`^(\\d{1,2})\\.\\s*(${GERMAN_MONTH_PATTERN})\\.?\\s+(\\d{4})$`, 'i');
const NAMED_MONTH = new RegExp(`^(${GERMAN_MONTH_PATTERN})\\.?\\s+(\\d{4})$`, 'i');
const SLASHED_MONTH = /^(\d{1,2})\/(\d{4})$/;

/** The month (1-12) a German month name or abbreviation stands for. */
export function germanMonth(name: string): number | undefined {
  return MONTH_NAMES.get(name.toLowerCase().replace(/\.$/, ''));
}

/**
 * The case-study form (YYYY-MM-DD or YYYY-MM) of a date written the German way, or undefined when
 * `text` is not one or names a day that does not exist.
 */
export function germanDateToIso(text: string): string | undefined {
  const trimmed = text.trim();
  let match = NUMERIC.exec(trimmed) ?? NAMED_DAY.exec(trimmed);
  if (match !== null) {
    const day = Number(match[1]);
    const month = /^\d+$/.test(match[2] ?? '') ? Number(match[2]) : germanMonth(match[2] ?? '');
    return month === undefined ? undefined : isoDay(Number(match[3]), month, day);
  }
  match = NAMED_MONTH.exec(trimmed);
  if (match !== null) {
    const month = germanMonth(match[1] ?? '');
    return month === undefined ? undefined : isoMonth(Number(match[2]), month);
  }
  match = SLASHED_MONTH.exec(trimmed);
  return match === null ? undefined : isoMonth(Number(match[2]), Number(match[1]));
}

function isoMonth(year: number, month: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

function isoDay(year: number, month: number, day: number): string | undefined {
  const monthText = isoMonth(year, month);
  if (monthText === undefined || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return undefined;
  return `${monthText}-${String(day).padStart(2, '0')}`;
}
