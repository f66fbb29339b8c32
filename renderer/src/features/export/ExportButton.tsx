import type { MinutesHeading } from '@shared/model/minutes-heading';
import type { MinutesFacts } from '@shared/minutes/minutes-facts';
import { useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { describeExportResult, exportMinutes } from './export-minutes';

interface ExportButtonProps {
  heading: MinutesHeading;
  /** The agenda, roster and numbering the minutes' headings and mentions come from. */
  facts: MinutesFacts;
  /** Saves, then returns the minutes' editor state as they stand. */
  currentMinutes: () => Promise<unknown>;
}

/** "Export to Word": the .docx in the house format, through a Save dialog or a download. */
export function ExportButton({ heading, facts, currentMinutes }: ExportButtonProps): ReactNode {
  const { host } = useAppServices();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await exportMinutes(host, heading, facts, await currentMinutes());
      setMessage({ text: describeExportResult(result, host.kind), failed: result.status === 'failed' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setMessage({ text: `The Word file could not be made: ${reason}`, failed: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export">
      <button type="button" className="primary" onClick={() => void run()} disabled={busy}>
        {busy ? 'Exporting…' : 'Export to Word'}
      </button>
      {message ? (
        <p className={message.failed ? 'export-message failed' : 'export-message'} role={message.failed ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
