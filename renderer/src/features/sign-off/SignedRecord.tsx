import type { Meeting } from '@shared/model/meeting';
import type { SignedRevision } from '@shared/model/revision';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { formatMoment } from '@shared/format/british-date';
import { describeError } from '../../ui/plain-errors';
import { isSignedFile, unchangedSinceSigning } from './sign-minutes';

/**
 * The signed record: when the minutes were signed, where the signed Word file went, the two SHA-256
 * fingerprints in full (selectable and copyable), whether the minutes still read as signed, and
 * "Check a Word file", which says plainly whether a file is the signed record.
 */
export function SignedRecord({ meeting, signed }: { meeting: Meeting; signed: SignedRevision }): ReactNode {
  const services = useAppServices();
  const id = useId();
  const [unchanged, setUnchanged] = useState<boolean | null>(null);
  const [check, setCheck] = useState<{ text: string; matches: boolean } | null>(null);

  // Recomputed whenever the meeting is saved (its updatedAt moves), off the typing path: signed minutes are not typed in.
  useEffect(() => {
    let current = true;
    unchangedSinceSigning(services, signed).then(
      (same) => current && setUnchanged(same),
      () => current && setUnchanged(false),
    );
    return () => {
      current = false;
    };
  }, [services, signed, meeting.updatedAt]);

  const checkFile = async (file: File) => {
    try {
      const matches = await isSignedFile(new Uint8Array(await file.arrayBuffer()), signed);
      setCheck({
        matches,
        text: matches
          ? `“${file.name}” is the signed record of ${meeting.title}, signed on ${formatMoment(signed.at)}.`
          : `“${file.name}” is not the signed record of ${meeting.title}: its contents differ from the file that was signed.`,
      });
    } catch (error) {
      setCheck({ matches: false, text: `The file could not be read: ${describeError(error)}` });
    }
  };

  return (
    <section className="signed-record" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Signed record</h2>
      <p>
        Signed on {formatMoment(signed.at)}. Signed Word file: <span className="file-name">{signed.signature.fileName}</span>
      </p>
      <Fingerprint label="Fingerprint of the signed Word file (SHA-256)" value={signed.signature.docxSha256} />
      <Fingerprint label="Fingerprint of the signed minutes’ content (SHA-256)" value={signed.signature.contentSha256} />
      <p data-testid="unchanged-since-signing" role="status">
        Minutes unchanged since signing: {unchanged === null ? 'checking…' : unchanged ? 'yes' : 'no (they have been corrected since; see the amendments below)'}
      </p>
      <div className="check-file">
        <label htmlFor={`${id}-file`}>Check a Word file against the signed record</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void checkFile(file);
            event.target.value = ''; // the same file can be checked again
          }}
        />
        {check ? (
          <p className={check.matches ? 'check-result matches' : 'check-result differs'} role="status" data-testid="file-check">
            {check.text}
          </p>
        ) : null}
      </div>
    </section>
  );
}

/** A fingerprint in full, in a read-only field (select to copy) with a Copy button. */
function Fingerprint({ label, value }: { label: string; value: string }): ReactNode {
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="fingerprint">
      <label htmlFor={id}>{label}</label>
      <div className="fingerprint-row">
        <input id={id} className="fingerprint-value" readOnly value={value} onFocus={(e) => e.target.select()} spellCheck={false} />
        <button
          type="button"
          onClick={() =>
            navigator.clipboard.writeText(value).then(
              () => setCopied('Copied.'),
              () => setCopied('Could not copy: select the fingerprint and press Ctrl+C.'),
            )
          }
        >
          Copy
        </button>
      </div>
      {copied ? (
        <p className="field-hint" role="status">
          {copied}
        </p>
      ) : null}
    </div>
  );
}
