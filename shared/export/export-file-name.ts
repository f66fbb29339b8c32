import type { MinutesHeading } from '../model/minutes-heading';
import type { MinutesExportOptions } from './export-options';
import { minutesFileName } from './file-name';

/**
 * The file name of one copy of the minutes, saying which copy it is:
 * "… - NOTES - DRAFT.docx", "… - NOTES - public.docx",
 * "… - NOTES - full (confidential).docx". Public and full are named only when
 * the meeting had exempt business (otherwise there is one copy).
 */
export function exportFileName(heading: MinutesHeading, options: MinutesExportOptions, hasExempt: boolean): string {
  const base = minutesFileName(heading).replace(/\.docx$/i, '');
  const parts = [base];
  if (hasExempt) parts.push(options.version === 'public' ? 'public' : 'full (confidential)');
  if (options.draft) parts.push('DRAFT');
  return `${parts.join(' - ')}.docx`;
}

/** The meeting file's name: "Kent Community Safety Partnership - 19 March 2015 - NOTES.json". */
export function meetingFileName(heading: MinutesHeading): string {
  return minutesFileName(heading).replace(/\.docx$/i, '.json');
}
