import type { z } from 'zod';
import { InvalidInputError } from './error-responses.ts';

/** Parses route parameters, a query string or a form with its schema; a 400 page otherwise. */
export function parseInput<S extends z.ZodTypeAny>(
  schema: S,
  source: URLSearchParams | Readonly<Record<string, string>>,
): z.infer<S> {
  const values = source instanceof URLSearchParams ? Object.fromEntries(source) : source;
  const parsed = schema.safeParse(values);
  if (!parsed.success)
    throw new InvalidInputError(parsed.error.issues.map((issue) => issue.path.join('.')));
  return parsed.data;
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
