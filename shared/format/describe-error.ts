import { ZodError, type z } from 'zod';

/** One validation problem in plain words: the schema's own message, or a plain one for a length or number limit. */
export function plainIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big' && issue.origin === 'string') return `Keep this to ${String(issue.maximum)} characters or fewer`;
  if (issue.code === 'too_big') return `Use a number no bigger than ${String(issue.maximum)}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `Use a number of ${String(issue.minimum)} or more`;
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Use a whole number';
  return issue.message;
}

/**
 * What went wrong, in words for a person (a message on screen, a log line, the command line): validation
 * problems in plain words, any other error by its message, anything thrown that is not an Error as text.
 * The one place a caught `unknown` becomes words, so every door says it the same way.
 */
export function describeError(error: unknown): string {
  if (error instanceof ZodError) return [...new Set(error.issues.map(plainIssue))].join('. ') + '.';
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
