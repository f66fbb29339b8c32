import { isEditable } from '@shared/domain/editable';
import { minuteHeadingLabel, provisionalMinuteNumbers } from '@shared/domain/minute-numbers';
import { formatClockTime } from '@shared/format/british-date';
import { useMemo, useState, type ReactNode } from 'react';
import { useMinutesContext } from '../minutes-context';
import { valueFor } from '@shared/model/id-keys';
import { useMinutesPort } from '../minutes-port';
import { useWriteFailures } from '../write-failures';

/**
 * A minute's heading as it will print ("94. Title" and "(Item B1)", or "B1 Title"),
 * with the part heading above the first item of each part, and the time the
 * meeting reached the item (correctable: click it).
 */
export function MinuteHeading({ itemId }: { itemId: string }): ReactNode {
  const { meeting, body } = useMinutesContext();
  const numbers = useMemo(
    () => provisionalMinuteNumbers(meeting.agenda, body.lastMinuteNumber),
    [meeting.agenda, body.lastMinuteNumber],
  );
  const index = meeting.agenda.findIndex((item) => item.id === itemId);
  const item = meeting.agenda[index];

  if (!item) {
    return (
      <div className="minute-heading removed" role="note">
        This item is no longer on the agenda. Its minutes are kept here: move them or delete them.
      </div>
    );
  }

  const number = valueFor(meeting.minuteNumbers, itemId) ?? numbers.get(itemId) ?? 0;
  const label = minuteHeadingLabel(item, number, body.headingStyle);
  const previous = meeting.agenda[index - 1];
  const startsPart = !previous || previous.part !== item.part;

  return (
    <div className="minute-heading" data-item-id={itemId}>
      {startsPart ? <p className="minute-part">{item.part === 'exempt' ? 'EXEMPT ITEMS' : 'UNRESTRICTED ITEMS'}</p> : null}
      <div className="minute-heading-line">
        <h2 className="minute-title">
          <span className="minute-label">{label.label}</span> {label.title}
        </h2>
        <ItemTime itemId={itemId} time={valueFor(meeting.itemTimes, itemId) ?? null} locked={!isEditable(meeting, 'details')} />
      </div>
      {label.reference ? <p className="minute-reference">{label.reference}</p> : null}
    </div>
  );
}

/** When the meeting reached the item: recorded as the officer moves there, corrected by clicking (not once signed). */
function ItemTime({ itemId, time, locked }: { itemId: string; time: string | null; locked: boolean }): ReactNode {
  const port = useMinutesPort();
  const failures = useWriteFailures();
  const [editing, setEditing] = useState(false);

  const save = (value: string) => {
    setEditing(false);
    void failures.watch('The time this item was reached could not be saved', port.setItemTime(itemId, value || null));
  };

  if (editing) {
    return (
      <input
        type="time"
        className="item-time-input"
        aria-label="Time this item was reached"
        defaultValue={time ?? ''}
        autoFocus
        onKeyDown={(e) => {
          if (e.key === 'Enter') save(e.currentTarget.value);
          if (e.key === 'Escape') setEditing(false);
        }}
        onBlur={(e) => save(e.currentTarget.value)}
      />
    );
  }
  return (
    <button
      type="button"
      className="item-time"
      title={locked ? 'When the meeting reached this item (the minutes are signed: it cannot change)' : 'When the meeting reached this item (click to correct)'}
      disabled={locked}
      aria-label={time ? `Reached at ${formatClockTime(time)}: correct the time` : 'Not reached yet: set the time'}
      onClick={() => setEditing(true)}
    >
      {time ? formatClockTime(time) : 'not reached'}
    </button>
  );
}
