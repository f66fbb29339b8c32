import type { ReactNode } from 'react';

/**
 * The props that tie a form field to its label and its error, and the error
 * line itself, shared by every form: the field is marked invalid and described
 * by its error when there is one (or by its hint, when the form has hints).
 */
export function fieldHelpers<K extends string>(formId: string, errors: Partial<Record<K, string>>, options: { hints?: boolean } = {}) {
  const field = (key: K) => ({
    id: `${formId}-${key}`,
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `${formId}-${key}-error` : options.hints ? `${formId}-${key}-hint` : undefined,
  });
  const errorFor = (key: K): ReactNode =>
    errors[key] ? (
      <p className="field-error" id={`${formId}-${key}-error`}>
        {errors[key]}
      </p>
    ) : null;
  return { field, errorFor };
}
