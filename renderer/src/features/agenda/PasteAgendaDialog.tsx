import { parseAgendaPaste, type PastedAgendaItem } from '@shared/domain/agenda-paste';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Modal } from '../../ui/Modal';
import { tickedItems, tickedPositions } from './agenda-edits';

interface PasteAgendaDialogProps {
  /** How many items the agenda has now (replacing them needs a second yes). */
  existingCount: number;
  /** The heading label a kept item would get ("92." or "A1"), by its place among the kept items. */
  labelFor: (keptIndex: number, item: PastedAgendaItem, mode: 'append' | 'replace') => string;
  onAdd: (items: PastedAgendaItem[], mode: 'append' | 'replace') => Promise<void>;
  onClose: () => void;
}

/** Paste the agenda copied from the council's web page or the Word agenda, check what was read, then add it. */
export function PasteAgendaDialog({ existingCount, labelFor, onAdd, onClose }: PasteAgendaDialogProps): ReactNode {
  const id = useId();
  const [text, setText] = useState('');
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const found = useMemo(() => parseAgendaPaste(text), [text]);
  /** Items the officer unticked (by index in the paste): not minuted, so they are left out and take no number. */
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const items = tickedItems(found, unticked);
  const positions = tickedPositions(found.length, unticked);
  const toggle = (index: number) =>
    setUnticked((previous) => {
      const next = new Set(previous);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  const previewMode = existingCount > 0 && !confirmingReplace ? 'append' : 'replace';

  const add = async (mode: 'append' | 'replace') => {
    setBusy(true);
    try {
      await onAdd(items, mode);
      onClose();
    } finally {
      setBusy(false);
    }
  };
  const plural = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

  return (
    <Modal title="Paste the agenda" onClose={onClose}>
      <div className="paste-agenda">
        <label htmlFor={`${id}-text`}>Agenda text</label>
        <p className="field-hint" id={`${id}-hint`}>
          Copy the list of items from the council’s web page (“Agenda and minutes”) or from the Word agenda, and paste it here. Page furniture, “PDF 225
          KB” links and page numbers are left out.
        </p>
        <textarea
          id={`${id}-text`}
          aria-describedby={`${id}-hint`}
          rows={8}
          value={text}
          autoFocus
          onChange={(e) => {
            setText(e.target.value);
            setUnticked(new Set());
            setConfirmingReplace(false);
          }}
        />
        <h3 id={`${id}-preview`}>{text.trim() === '' ? 'Items found will be listed here' : found.length === 0 ? 'No items found in this text' : `${plural(found.length)} found`}</h3>
        {found.length > 0 ? (
          <p className="field-hint">Untick items that are not minuted (an introduction, substitutes): they are left out and take no number.</p>
        ) : null}
        {found.length > 0 ? (
          // Focusable, so a keyboard user can scroll a long preview (it scrolls inside the dialog).
          <ol className="paste-preview" aria-labelledby={`${id}-preview`} tabIndex={0}>
            {found.map((item, index) => {
              const position = positions[index] ?? null;
              return (
              <li key={index} className={position === null ? 'unticked' : undefined}>
                <input
                  type="checkbox"
                  aria-label={`Minute ${[item.code, item.title].filter(Boolean).join(' ')}`}
                  checked={position !== null}
                  onChange={() => toggle(index)}
                />
                <span className="heading-label">{position === null ? '' : labelFor(position, item, previewMode)}</span>
                <span className="paste-code">{item.code}</span>
                <span className="paste-title">{item.title}</span>
                {item.part === 'exempt' ? <span className="tag exempt">Exempt</span> : null}
              </li>
              );
            })}
          </ol>
        ) : null}
        {confirmingReplace ? (
          <div className="inline-confirm" role="alert">
            <p>
              Replace the {plural(existingCount)} already on the agenda with these {plural(items.length)}? Minutes already typed stay as they are.
            </p>
            <div className="dialog-actions">
              <button type="button" autoFocus onClick={() => setConfirmingReplace(false)}>
                Keep the agenda
              </button>
              <button type="button" className="danger" disabled={busy} onClick={() => void add('replace')}>
                Replace the agenda
              </button>
            </div>
          </div>
        ) : (
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            {existingCount > 0 ? (
              <button type="button" disabled={items.length === 0 || busy} onClick={() => setConfirmingReplace(true)}>
                Replace the agenda…
              </button>
            ) : null}
            <button type="button" className="primary" disabled={items.length === 0 || busy} onClick={() => void add('append')}>
              {existingCount > 0 ? `Add ${plural(items.length)} to the end` : `Add ${plural(items.length)}`}
            </button>
          </div>
        )}
      </div>
    </Modal>
  );
}
