import type { ZodError } from 'zod';
import { plainIssue } from '@shared/format/describe-error';

// The renderer's screens take their error words from here; the rule itself is shared with the shell and the scripts.
export { describeError, plainIssue } from '@shared/format/describe-error';

/** The first problem with each field, keyed by the field's name. */
export function fieldErrors<K extends string>(error: ZodError): Partial<Record<K, string>> {
  const errors: Partial<Record<K, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '') as K;
    errors[key] ??= plainIssue(issue);
  }
  return errors;
}
