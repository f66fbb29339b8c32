import type { PastedAgendaItem } from '@shared/domain/agenda-paste';
import { minuteHeadingLabel, provisionalMinuteNumbers } from '@shared/domain/minute-numbers';
import type { AgendaItem, AgendaPart } from '@shared/model/agenda';
import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import { useCallback, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import type { MeetingChanges } from '../../db/meetings-repository';
import { SaveStatus, useSaveStatus } from '../../ui/SaveStatus';
import { addPastedItems, changeItem, insertItem, moveItem, nextAgendaCode, removeItem } from './agenda-edits';
import { PasteAgendaDialog } from './PasteAgendaDialog';
import { valueFor } from '@shared/model/id-keys';

interface AgendaTabProps {
  meeting: Meeting;
  body: Body;
  onOpenBody?: () => void;
}

/** Which field of which row should have the focus once the stored agenda comes back (after a move or an add). */
interface FocusWish {
  id: string | 'new';
  field: 'code' | 'title' | 'part' | 'up' | 'down';
}

/** How an item will be headed in the minutes: "92." with "(Item A3)", or "A3". */
function headingParts(item: Pick<AgendaItem, 'code' | 'title'>, number: number, body: Body): { label: string; reference: string | null } {
  const { label, reference } = minuteHeadingLabel(item, number, body.headingStyle);
  return { label: label || '—', reference };
}

/** The meeting's agenda: typed, pasted, reordered; each item shown with the heading its minute will have. */
export function AgendaTab({ meeting, body, onOpenBody }: AgendaTabProps): ReactNode {
  const { meetings } = useAppServices();
  const { status, save } = useSaveStatus();
  const [pasting, setPasting] = useState(false);
  const [undo, setUndo] = useState<{ item: AgendaItem; index: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusWish = useRef<FocusWish | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);

  const agenda = meeting.agenda;
  const finalNumbers = meeting.minuteNumbers;
  const numbers = provisionalMinuteNumbers(agenda, body.lastMinuteNumber);
  const numberOf = (item: AgendaItem) => valueFor(finalNumbers, item.id) ?? numbers.get(item.id) ?? 0;

  const change = useCallback(
    (recipe: (agenda: AgendaItem[]) => AgendaItem[]) =>
      save(() => meetings.changeMeeting(meeting.id, (current): MeetingChanges => ({ agenda: recipe(current.agenda) }))),
    [save, meetings, meeting.id],
  );

  // Put the focus back where the officer was once the stored agenda has re-rendered.
  useLayoutEffect(() => {
    const wish = focusWish.current;
    if (!wish) return;
    const element = listRef.current?.parentElement?.querySelector<HTMLElement>(`[data-item-id="${wish.id}"] [data-field="${wish.field}"]`);
    if (element && !(element as HTMLButtonElement).disabled) {
      element.focus();
      focusWish.current = null;
    } else if (element) {
      // A move button at the end of the list is disabled: stay in the row.
      element.closest('[data-item-id]')?.querySelector<HTMLElement>('[data-field="title"]')?.focus();
      focusWish.current = null;
    }
  }, [agenda]);

  const move = (item: AgendaItem, to: number, field: FocusWish['field']) => {
    if (to < 0 || to >= agenda.length) return;
    focusWish.current = { id: item.id, field };
    setAnnouncement(`${item.code || item.title} moved to position ${to + 1} of ${agenda.length}.`);
    void change((current) => moveItem(current, item.id, to));
  };

  const remove = async (item: AgendaItem) => {
    const index = agenda.findIndex((i) => i.id === item.id);
    const next = agenda[index + 1] ?? agenda[index - 1];
    focusWish.current = next ? { id: next.id, field: 'title' } : { id: 'new', field: 'title' };
    // Refused while the item's minute has text (the status says why): then there is nothing to undo.
    if (await change((current) => removeItem(current, item.id))) setUndo({ item, index });
  };

  const restore = () => {
    if (!undo) return;
    focusWish.current = { id: undo.item.id, field: 'title' };
    setUndo(null);
    void change((current) => (current.some((i) => i.id === undo.item.id) ? current : insertItem(current, undo.index, undo.item)));
  };

  const focusAfter = (index: number) => {
    const next = agenda[index + 1];
    const selector = next ? `[data-item-id="${next.id}"] [data-field="title"]` : '[data-item-id="new"] [data-field="title"]';
    listRef.current?.parentElement?.querySelector<HTMLElement>(selector)?.focus();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const id = dragging ?? event.dataTransfer.getData('text/x-agenda-item');
    const from = agenda.findIndex((i) => i.id === id);
    if (from !== -1 && dropAt !== null) {
      const to = dropAt > from ? dropAt - 1 : dropAt;
      if (to !== from) move(agenda[from]!, to, 'title');
    }
    setDragging(null);
    setDropAt(null);
  };

  const pastedLabel = (index: number, item: PastedAgendaItem, mode: 'append' | 'replace') => {
    const position = (mode === 'append' ? agenda.length : 0) + index;
    return headingParts(item, body.lastMinuteNumber + 1 + position, body).label;
  };

  const numbered = body.headingStyle === 'minute-numbers';
  return (
    <div className="agenda-tab">
      <div className="section-head">
        <h2>Agenda</h2>
        <div className="section-tools">
          <SaveStatus status={status} testId="agenda-save-status" />
          <button type="button" onClick={() => setPasting(true)}>
            Paste agenda…
          </button>
        </div>
      </div>
      <p className="agenda-note">
        {numbered ? (
          finalNumbers ? (
            <>These minute numbers were given out when the minutes were finalised.</>
          ) : (
            <>
              Minute numbers are <strong>provisional</strong>: they run on from the last number used ({body.lastMinuteNumber}) and are given out for good
              only when the minutes are finalised. A draft deleted before then uses none.{' '}
            </>
          )
        ) : (
          <>Minutes will be headed by agenda code, as set for {body.name}. </>
        )}
        {onOpenBody ? (
          <button type="button" className="link" onClick={onOpenBody}>
            Change in the committee’s settings
          </button>
        ) : null}
      </p>
      <p className="field-hint keys-hint">
        Enter in a title goes to the next item (or adds one at the end). Alt+↑ and Alt+↓ move the item you are in; or drag it by its handle.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      <div className="agenda-grid" role="group" aria-label="Agenda items">
        <div className="agenda-columns" aria-hidden="true">
          <span />
          <span>Heading</span>
          <span>Code</span>
          <span>Title</span>
          <span>Part</span>
          <span />
        </div>
        <ol
          ref={listRef}
          className="agenda-list"
          onDragOver={(e) => {
            if (dragging) e.preventDefault();
          }}
          onDrop={onDrop}
        >
          {agenda.map((item, index) => (
            <AgendaRow
              key={item.id}
              item={item}
              index={index}
              count={agenda.length}
              heading={headingParts(item, numberOf(item), body)}
              dropBefore={dropAt === index}
              dragging={dragging === item.id}
              onSave={(changes) => change((current) => changeItem(current, item.id, changes))}
              onEnter={() => focusAfter(index)}
              onMove={(to, field) => move(item, to, field)}
              onDelete={() => void remove(item)}
              onDragStart={(event) => {
                event.dataTransfer.setData('text/x-agenda-item', item.id);
                event.dataTransfer.effectAllowed = 'move';
                const row = (event.currentTarget as HTMLElement).closest('li');
                if (row) event.dataTransfer.setDragImage(row, 12, 12);
                setDragging(item.id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setDropAt(null);
              }}
              onDragOverRow={(event) => {
                if (!dragging) return;
                event.preventDefault();
                const rect = event.currentTarget.getBoundingClientRect();
                setDropAt(event.clientY < rect.top + rect.height / 2 ? index : index + 1);
              }}
            />
          ))}
          {dropAt === agenda.length && dragging ? <li className="drop-marker" aria-hidden="true" /> : null}
        </ol>
        <NewItemRow
          suggestedCode={nextAgendaCode(agenda[agenda.length - 1]?.code)}
          part={agenda[agenda.length - 1]?.part ?? 'unrestricted'}
          heading={headingParts({ code: '', title: '' }, body.lastMinuteNumber + 1 + agenda.length, body)}
          numbered={numbered}
          empty={agenda.length === 0}
          onAdd={(item) => change((current) => [...current, { ...item, id: crypto.randomUUID() }])}
        />
      </div>

      {undo ? (
        <div className="undo-bar" role="status">
          <span>
            Deleted “{[undo.item.code, undo.item.title].filter(Boolean).join(' ')}”.
          </span>
          <button type="button" onClick={restore}>
            Undo
          </button>
          <button type="button" className="link" aria-label="Dismiss" onClick={() => setUndo(null)}>
            ×
          </button>
        </div>
      ) : null}

      {pasting ? (
        <PasteAgendaDialog
          existingCount={agenda.length}
          labelFor={pastedLabel}
          onClose={() => setPasting(false)}
          onAdd={async (items, mode) => {
            await change((current) => addPastedItems(current, items, mode, () => crypto.randomUUID()));
          }}
        />
      ) : null}
    </div>
  );
}

interface AgendaRowProps {
  item: AgendaItem;
  index: number;
  count: number;
  heading: { label: string; reference: string | null };
  dropBefore: boolean;
  dragging: boolean;
  onSave: (changes: Partial<Omit<AgendaItem, 'id'>>) => Promise<unknown>;
  onEnter: () => void;
  onMove: (to: number, field: FocusWish['field']) => void;
  onDelete: () => void;
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
  onDragOverRow: (event: DragEvent<HTMLLIElement>) => void;
}

/** One item, edited in place: typing saves after a pause, leaving the field or pressing Enter saves at once. */
function AgendaRow({ item, index, count, heading, dropBefore, dragging, onSave, onEnter, onMove, onDelete, onDragStart, onDragEnd, onDragOverRow }: AgendaRowProps): ReactNode {
  const [draft, setDraft] = useState<{ code: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const code = draft?.code ?? item.code;
  const title = draft?.title ?? item.title;
  const name = item.code ? `item ${item.code}` : `item ${index + 1}`;

  const commit = (values: { code: string; title: string } | null) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!values) return;
    if (values.title.trim() === '') return;
    if (values.code.trim() !== item.code || values.title.trim() !== item.title) void onSave({ code: values.code.trim(), title: values.title.trim() });
  };
  const edit = (values: { code: string; title: string }) => {
    setDraft(values);
    setError(values.title.trim() === '' ? 'An item needs a title. To remove the item, use Delete.' : null);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(values), 500);
  };
  const leave = () => {
    if (draft && draft.title.trim() === '') setError(null); // the saved title comes back
    commit(draft);
    setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const field = (event.target as HTMLElement).dataset.field as FocusWish['field'] | undefined;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      commit(draft);
      onMove(index + (event.key === 'ArrowUp' ? -1 : 1), field ?? 'title');
    }
  };

  return (
    <li
      className={`agenda-row${dropBefore ? ' drop-before' : ''}${dragging ? ' dragging' : ''}${item.part === 'exempt' ? ' exempt' : ''}`}
      data-item-id={item.id}
      data-testid="agenda-row"
      onKeyDown={onKeyDown}
      onDragOver={onDragOverRow}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) leave();
      }}
    >
      <span className="drag-handle" draggable onDragStart={onDragStart} onDragEnd={onDragEnd} title="Drag to move" aria-hidden="true">
        ⠿
      </span>
      <span className="heading-label" data-testid="agenda-heading">
        {heading.label}
        {heading.reference ? <span className="heading-reference">{heading.reference}</span> : null}
      </span>
      <input
        className="agenda-code"
        data-field="code"
        aria-label={`Code of ${name}`}
        value={code}
        maxLength={12}
        autoComplete="off"
        onChange={(e) => edit({ code: e.target.value, title })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(draft);
          }
        }}
      />
      <div className="agenda-title-cell">
        <input
          className="agenda-title"
          data-field="title"
          aria-label={`Title of ${name}`}
          aria-invalid={error ? true : undefined}
          value={title}
          maxLength={500}
          autoComplete="off"
          onChange={(e) => edit({ code, title: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.altKey) {
              e.preventDefault();
              commit(draft);
              onEnter();
            }
            if (e.key === 'Escape' && draft) {
              e.preventDefault();
              if (timer.current) clearTimeout(timer.current);
              setDraft(null);
              setError(null);
            }
          }}
        />
        {error ? <p className="field-error">{error}</p> : null}
      </div>
      <select
        data-field="part"
        aria-label={`Part of ${name}`}
        value={item.part}
        onChange={(e) => void onSave({ part: e.target.value as AgendaPart })}
      >
        <option value="unrestricted">Unrestricted</option>
        <option value="exempt">Exempt</option>
      </select>
      <span className="row-actions">
        <button type="button" className="small icon" data-field="up" aria-label={`Move ${name} up`} title="Move up (Alt+↑)" disabled={index === 0} onClick={() => onMove(index - 1, 'up')}>
          ↑
        </button>
        <button
          type="button"
          className="small icon"
          data-field="down"
          aria-label={`Move ${name} down`}
          title="Move down (Alt+↓)"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1, 'down')}
        >
          ↓
        </button>
        <button type="button" className="small quiet-danger" aria-label={`Delete ${name}`} onClick={onDelete}>
          Delete
        </button>
      </span>
    </li>
  );
}

interface NewItemRowProps {
  suggestedCode: string;
  part: AgendaPart;
  heading: { label: string; reference: string | null };
  numbered: boolean;
  empty: boolean;
  onAdd: (item: Omit<AgendaItem, 'id'>) => Promise<unknown>;
}

/** The blank line at the end of the agenda: type a title and press Enter to add the item. */
function NewItemRow({ suggestedCode, part: lastPart, heading, numbered, empty, onAdd }: NewItemRowProps): ReactNode {
  const [code, setCode] = useState(suggestedCode);
  const [codeTyped, setCodeTyped] = useState(false);
  const [title, setTitle] = useState('');
  const [part, setPart] = useState<AgendaPart>(lastPart);
  const [error, setError] = useState<string | null>(null);
  // When the agenda changes elsewhere (pasted, deleted), follow its new suggestion unless a code was typed.
  const [seen, setSeen] = useState({ suggestedCode, lastPart });
  if (seen.suggestedCode !== suggestedCode || seen.lastPart !== lastPart) {
    setSeen({ suggestedCode, lastPart });
    if (!codeTyped) setCode(suggestedCode);
    setPart(lastPart);
  }

  const add = () => {
    if (title.trim() === '') {
      setError('Type the item’s title first.');
      return;
    }
    setError(null);
    void onAdd({ code: code.trim(), title: title.trim(), part });
    // Cleared at once (not when the save comes back), so typing straight on is never lost.
    setTitle('');
    setCode(nextAgendaCode(code.trim()));
    setCodeTyped(false);
  };
  const onEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <div className="agenda-row new-item" data-item-id="new">
      <span className="drag-handle" aria-hidden="true" />
      <span className="heading-label muted" aria-hidden="true">
        {numbered ? heading.label : ''}
      </span>
      <input className="agenda-code" data-field="code" aria-label="Code of the new item" value={code} maxLength={12} autoComplete="off" onChange={(e) => {
          setCode(e.target.value);
          setCodeTyped(true);
        }}
        onKeyDown={onEnter}
      />
      <div className="agenda-title-cell">
        <input
          className="agenda-title"
          data-field="title"
          aria-label="Title of the new item"
          placeholder={empty ? 'Type the first item’s title and press Enter, or paste the agenda' : 'Next item’s title, then Enter'}
          value={title}
          maxLength={500}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
          onKeyDown={onEnter}
        />
        {error ? <p className="field-error">{error}</p> : null}
      </div>
      <select data-field="part" aria-label="Part of the new item" value={part} onChange={(e) => setPart(e.target.value as AgendaPart)}>
        <option value="unrestricted">Unrestricted</option>
        <option value="exempt">Exempt</option>
      </select>
      <span className="row-actions">
        <button type="button" className="small" onClick={add}>
          Add item
        </button>
      </span>
    </div>
  );
}
