import type { Body } from '@shared/model/body';
import type { Person } from '@shared/model/person';
import { minutesFromEditorState } from '@shared/minutes/from-editor-state';
import type { MinutesBlock, MinutesRun } from '@shared/minutes/minutes-document';
import { minutesFacts } from '@shared/minutes/minutes-facts';
import { minutesHeading } from '@shared/model/minutes-heading';
import type { Revision } from '@shared/model/revision';
import { useMemo, type ReactNode } from 'react';
import { describeError } from '../../ui/plain-errors';

/**
 * A revision's minutes, read-only, as the Word export reads them (the typed minutes document): minute
 * headings, paragraphs, list items and resolutions. Nothing here can be typed in or saved.
 */
export function RevisionText({ revision, body, roster }: { revision: Revision; body: Body; roster: readonly Person[] }): ReactNode {
  const read = useMemo(() => {
    try {
      const meeting = revision.meeting;
      const document = minutesFromEditorState(minutesHeading(body, meeting), revision.editorState, minutesFacts(meeting, body, roster));
      return { blocks: document.blocks };
    } catch (error) {
      return { error: describeError(error) };
    }
  }, [revision, body, roster]);
  if ('error' in read) return <p className="form-failure">This revision’s minutes cannot be shown: {read.error}</p>;
  if (read.blocks.length === 0) return <p className="muted">Nothing had been typed.</p>;
  return (
    <article className="revision-text" aria-label={`Minutes of revision ${revision.number}`}>
      {read.blocks.map((block, index) => (
        <RevisionBlock key={index} block={block} />
      ))}
    </article>
  );
}

function RevisionBlock({ block }: { block: MinutesBlock }): ReactNode {
  if (block.kind === 'minuteHeading') {
    return (
      <h3 className="revision-heading">
        {block.label} {block.title}
      </h3>
    );
  }
  const indent = block.kind === 'listItem' ? `${block.level + 1}.5rem` : undefined;
  return (
    <p style={indent ? { marginLeft: indent } : undefined}>
      {block.kind === 'listItem' && block.listType === 'bullet' ? '• ' : null}
      {block.runs.map((run, index) => (
        <Run key={index} run={run} />
      ))}
    </p>
  );
}

function Run({ run }: { run: MinutesRun }): ReactNode {
  let content: ReactNode = run.text;
  if (run.underline) content = <u>{content}</u>;
  if (run.italic) content = <em>{content}</em>;
  if (run.bold) content = <strong>{content}</strong>;
  return content;
}
