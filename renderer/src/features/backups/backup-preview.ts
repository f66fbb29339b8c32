import type { MeetingFile } from '@shared/meeting-file';
import { minutesFromEditorState } from '@shared/minutes/from-editor-state';
import { minutesFacts } from '@shared/minutes/minutes-facts';
import { blockText } from '@shared/minutes/minutes-document';
import { minutesHeading } from '@shared/model/minutes-heading';

/** One line of a backup's preview: a minute's heading, or a paragraph of text indented to its list level. */
export interface PreviewLine {
  kind: 'heading' | 'text';
  text: string;
  level: number;
}

/**
 * The minutes a backup holds, as plain lines to read before restoring it: the
 * same walk the Word export makes (so names, minute numbers and headings read as
 * they will print), without formatting. Empty paragraphs are left out.
 */
export function previewOfBackup(file: MeetingFile): PreviewLine[] {
  const { meeting, body, roster } = file;
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

/** How many words the preview holds, to say how much a backup has in it. */
export function wordsIn(lines: readonly PreviewLine[]): number {
  return lines.reduce((count, line) => count + line.text.split(/\s+/).filter(Boolean).length, 0);
}
