import { ZodError, type z } from 'zod';

/** One validation problem in plain words: the schema's own message, or a plain one for a length or number limit. */
export function plainIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big' && issue.origin === 'string') return `Keep this to ${String(issue.maximum)} characters or fewer`;
  if (issue.code === 'too_big') return `Use a number no bigger than ${String(issue.maximum)}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `Use a number of ${String(issue.minimum)} or more`;
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Use a whole number';
  return issue.message;
}

/** The first problem with each field, keyed by the field's name. */
export function fieldErrors<K extends string>(error: ZodError): Partial<Record<K, string>> {
  const errors: Partial<Record<K, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '') as K;
    errors[key] ??= plainIssue(issue);
  }
  return errors;
}

/** What went wrong, for a message on screen: validation problems in plain words, anything else by its message. */
export function describeError(error: unknown): string {
  if (error instanceof ZodError) return [...new Set(error.issues.map(plainIssue))].join('. ') + '.';
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
