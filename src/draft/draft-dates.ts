import { germanDateToIso, GERMAN_MONTH_PATTERN } from '../case-study/german-date';

/** Dates as German texts write them, read as ISO days: a day, a day range, a month. */
/** A day: "4.3.2021", "04. 03. 2021", "11. November 2020". */
const FULL_DATE = `\\d{1,2}\\.\\s?(?:\\d{1,2}\\.\\s?\\d{4}|(?:${GERMAN_MONTH_PATTERN})\\.?\\s+\\d{4})`;
export const DATE_DAY = new RegExp(`\\b(${FULL_DATE})`, 'giu');
/** "vom 11. November bis zum 10. Dezember 2020", "vom 01.01.2019 bis zum 31.12.2022". */
const DATE_RANGE = new RegExp(
  `\\bvom\\s+(\\d{1,2}\\.[^\\n]{0,20}?)\\s+bis\\s+(?:zum\\s+)?(${FULL_DATE})`,
  'iu',
);
const MONTH_YEAR = new RegExp(`\\b((?:${GERMAN_MONTH_PATTERN})\\s+\\d{4})\\b`, 'iu');

/** The first "vom ... bis ..." of a text as ISO days (the start completed from the end). */
export function dateRangeIn(text: string): { start: string; end: string } | undefined {
  const range = DATE_RANGE.exec(text);
  if (range === null) return undefined;
  const end = germanDateToIso(range[2] ?? '');
  if (end === undefined) return undefined;
  const from = (range[1] ?? '').trim();
  const start =
    germanDateToIso(from) ??
    germanDateToIso(`${from} ${end.slice(0, 4)}`) ??
    germanDateToIso(`${from}${Number(end.slice(5, 7))}.${end.slice(0, 4)}`);
  return start === undefined ? undefined : { start, end };
}

/** The first date of a text: a day ("11. November 2020", "4.3.2021", "25. und 26. September 2019") or a month. */
export function dateIn(text: string): string | undefined {
  const dual = new RegExp(
    `\\b(\\d{1,2})\\.\\s+und\\s+\\d{1,2}\\.\\s+(${GERMAN_MONTH_PATTERN})\\s+(\\d{4})`,
    'iu',
  ).exec(text);
  if (dual !== null) return germanDateToIso(`${dual[1]}. ${dual[2]} ${dual[3]}`);
  for (const match of text.matchAll(DATE_DAY)) {
    const iso = germanDateToIso(match[1] ?? '');
    if (iso !== undefined) return iso;
  }
  const month = MONTH_YEAR.exec(text);
  return month === null ? undefined : germanDateToIso(month[1] ?? '');
}
