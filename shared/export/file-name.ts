import { formatShortDate } from '../format/british-date';
import type { MinutesHeading } from '../model/minutes-heading';

/** Longest file name we offer, before ".docx": well inside every file system's limit. */
export const MAX_FILE_NAME_STEM = 150;

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const refusedByFileSystems = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

function cleanPart(text: string): string {
  return text.replace(refusedByFileSystems, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The name offered in the Save dialog, e.g.
 * "Kent Community Safety Partnership - 19 March 2015 - NOTES.docx". Characters a
 * file system refuses are removed, and a long body name is shortened so the date
 * and the document word always survive within 150 characters.
 */
export function minutesFileName(details: Pick<MinutesHeading, 'bodyName' | 'date' | 'documentWord'>): string {
  const tail = ` - ${formatShortDate(details.date)} - ${details.documentWord}`;
  // Count code points, not UTF-16 units, so an accent or emoji is never cut in half.
  const room = MAX_FILE_NAME_STEM - [...tail].length;
  const body = [...cleanPart(details.bodyName)].slice(0, room).join('');
  // Windows drops a trailing dot or space from a name, so none is left before the dash.
  const stem = `${body.replace(/[\s.]+$/, '')}${tail}`.replace(/^[\s.-]+/, '');
  return `${stem}.docx`;
}
