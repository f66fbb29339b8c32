import type { SerializedEditorState } from 'lexical';
import { useEffect, useState } from 'react';
import type { MinutesDraft } from '../../../db/database';
import type { MeetingsRepository } from '../../../db/meetings-repository';
import { describeError } from '../../../ui/plain-errors';

/** The saved minutes as the editor opens them. */
export interface LoadedDraft {
  /** Parsed here, once: a long draft is megabytes of JSON, and the editor opens from the parsed object. */
  editorState: SerializedEditorState | null;
  savedAt: number | null;
  /** How many restores the draft had seen when loaded (see MinutesDraft.restoreCount). */
  restoreCount: number;
}

/** A stored draft (or none, before anything was typed) as the editor opens it. Throws on damaged JSON: it must stop here, not overwrite itself. */
export function loadedDraft(stored: MinutesDraft | undefined): LoadedDraft {
  const editorState = stored ? (JSON.parse(stored.editorState) as SerializedEditorState) : null;
  return { editorState, savedAt: stored?.savedAt ?? null, restoreCount: stored?.restoreCount ?? 0 };
}

/** The meeting's saved minutes, read once when it opens: the draft, or why it could not be read. */
export function useLoadedDraft(meetings: Pick<MeetingsRepository, 'getDraft'>, meetingId: string): { draft: LoadedDraft | null; error: string | null } {
  const [draft, setDraft] = useState<LoadedDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    meetings
      .getDraft(meetingId)
      .then((stored) => current && setDraft(loadedDraft(stored)))
      .catch((failure: unknown) => current && setError(describeError(failure)));
    return () => {
      current = false;
    };
  }, [meetings, meetingId]);
  return { draft, error };
}
