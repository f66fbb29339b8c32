import type { MeetingExportInput, MinutesExportOptions } from '@shared/export/export-options';
import { hasExemptItems } from '@shared/export/export-options';
import { exportFileName, meetingFileName } from '@shared/export/export-file-name';
import type { SaveFileResult } from '@shared/ipc/contract';
import { serialiseMeetingFile } from '@shared/meeting-file';
import type { UserTemplate } from '@shared/domain/templates';
import type { ActionLogEntry } from '@shared/domain/action-log';
import { minutesHeading } from '@shared/model/minutes-heading';
import type { Host } from '../../host';

/** Makes each requested copy of the minutes in the house format and hands it to the host to save. */
export async function exportMinutes(host: Host, input: MeetingExportInput, copies: readonly MinutesExportOptions[], actionLog: readonly ActionLogEntry[] = []): Promise<SaveFileResult[]> {
  // Loaded on first export: the Word writer is most of the bundle and not needed to start typing.
  const { exportMeetingDocx } = await import('@shared/export/docx');
  const heading = minutesHeading(input.body, input.meeting);
  const exempt = hasExemptItems(input.meeting);
  const results: SaveFileResult[] = [];
  for (const copy of copies) {
    const bytes = await exportMeetingDocx(input, copy, actionLog);
    results.push(await host.saveFile('docx', exportFileName(heading, copy, exempt), bytes));
  }
  return results;
}

/** Saves the meeting with its body, roster and phrases as one file, for another machine or a backup. */
export async function saveMeetingFile(host: Host, input: MeetingExportInput, templates: readonly UserTemplate[]): Promise<SaveFileResult> {
  const text = serialiseMeetingFile({ ...input, templates });
  const bytes = new TextEncoder().encode(text);
  return host.saveFile('meeting', meetingFileName(minutesHeading(input.body, input.meeting)), bytes);
}

/** What to tell the officer after a save. */
export function describeSaveResult(result: SaveFileResult, hostKind: Host['kind'], what = 'Word file'): string {
  switch (result.status) {
    case 'saved':
      return hostKind === 'browser' ? `${what} downloaded: ${result.path}` : `${what} saved to ${result.path}`;
    case 'cancelled':
      return 'Cancelled: nothing was saved.';
    case 'failed':
      return `The ${what.toLowerCase()} could not be saved. ${result.message}`;
  }
}
