import type { SaveFileResult } from '@shared/ipc/contract';
import type { MinutesHeading } from '@shared/model/minutes-heading';
import type { MinutesFacts } from '@shared/minutes/minutes-facts';
import { minutesFileName } from '@shared/export/file-name';
import type { Host } from '../../host';

/** Builds the Word file from the minutes as they stand and hands it to the host to save. */
export async function exportMinutes(host: Host, heading: MinutesHeading, facts: MinutesFacts, editorState: unknown): Promise<SaveFileResult> {
  // Loaded on first export: the Word writer is most of the bundle and not needed to start typing.
  const { exportMinutesDocx } = await import('@shared/export/docx');
  const bytes = await exportMinutesDocx(heading, editorState, facts);
  return host.saveFile('docx', minutesFileName(heading), bytes);
}

/** What to tell the officer after an export. */
export function describeExportResult(result: SaveFileResult, hostKind: Host['kind']): string {
  switch (result.status) {
    case 'saved':
      return hostKind === 'browser' ? `Word file downloaded: ${result.path}` : `Word file saved to ${result.path}`;
    case 'cancelled':
      return 'Export cancelled: nothing was saved.';
    case 'failed':
      return `The Word file could not be saved. ${result.message}`;
  }
}
