// type-graphql reads design-time types through the Reflect metadata API; load it before any decorator runs.
import 'reflect-metadata';
import { Field, InputType } from 'type-graphql';
import { badUserInput } from '../errors/api-error';

@InputType({
  description:
    'A time window: `at` one day, or `from`/`until` (inclusive, either may be open). Dates as YYYY-MM-DD.',
})
export class TimeWindowInput {
  @Field(() => String, { nullable: true, description: 'Only what held on this day.' })
  at?: string | null;

  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  until?: string | null;
}

/** A resolved window: ISO dates or null for an open end. */
export interface TimeWindow {
  readonly from: string | null;
  readonly until: string | null;
}

export const OPEN_WINDOW: TimeWindow = { from: null, until: null };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates a window argument; BAD_USER_INPUT names the field that is wrong. */
export function resolveWindow(input: TimeWindowInput | null | undefined, argument = 'window'): TimeWindow {
  if (input === null || input === undefined) return OPEN_WINDOW;
  for (const field of ['at', 'from', 'until'] as const) {
    const value = input[field];
    if (
      value !== null &&
      value !== undefined &&
      (!ISO_DATE.test(value) ||
        Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
        new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)
    ) {
      throw badUserInput(`${argument}.${field}`, `"${value}" is not a date (YYYY-MM-DD)`);
    }
  }
  if (input.at !== null && input.at !== undefined) {
    if (input.from != null || input.until != null)
      throw badUserInput(`${argument}.at`, 'give either at, or from/until');
    return { from: input.at, until: input.at };
  }
  const window = { from: input.from ?? null, until: input.until ?? null };
  if (window.from !== null && window.until !== null && window.until < window.from) {
    throw badUserInput(`${argument}.until`, `${window.until} is before from ${window.from}`);
  }
  return window;
}

export function windowKey(window: TimeWindow): string {
  return `${window.from ?? ''}..${window.until ?? ''}`;
}
