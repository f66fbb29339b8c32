import type { MeetingFile } from '../meeting-file/schema';
import { minutesHeading } from '../model/minutes-heading';
import { asMinuted } from '../model/print-record';
import { minutesFromEditorState } from './from-editor-state';
import { blockText } from './minutes-document';
import { minutesFacts } from './minutes-facts';

/** One line of a preview of the minutes: a minute's heading, or a paragraph of text indented to its list level. */
export interface PreviewLine {
  kind: 'heading' | 'text';
  text: string;
  level: number;
}

/**
 * The minutes a meeting file holds, as plain lines to read before restoring it: the
 * same walk the Word export makes (so names, minute numbers and headings read as
 * they will print), without formatting. Empty paragraphs are left out.
 */
export function previewOfMinutes(file: Pick<MeetingFile, 'body' | 'roster' | 'meeting' | 'minutes'>): PreviewLine[] {
  const { meeting } = file;
  const { body, roster } = asMinuted(meeting, file.body, file.roster);
  const document = minutesFromEditorState(minutesHeading(body, meeting), file.minutes.editorState, minutesFacts(meeting, body, roster));
  const lines: PreviewLine[] = [];
  for (const block of document.blocks) {
    if (block.kind === 'minuteHeading') {
      lines.push({ kind: 'heading', text: [block.label, block.title].filter(Boolean).join(' '), level: 0 });
      continue;
    }
    const text = blockText(block).trim();
    if (text === '') continue;
    const level = block.kind === 'listItem' ? block.level + 1 : 0;
    const marker = block.kind === 'listItem' && block.listType === 'bullet' ? '• ' : '';
    lines.push({ kind: 'text', text: `${marker}${text}`, level });
  }
  return lines;
}

/** How many words the preview holds, to say how much a meeting file has in it. */
export function wordsIn(lines: readonly PreviewLine[]): number {
  return lines.reduce((count, line) => count + line.text.split(/\s+/).filter(Boolean).length, 0);
}
