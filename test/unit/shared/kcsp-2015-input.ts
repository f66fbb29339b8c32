import { exportMeetingDocx } from '../../../shared/export/docx';
import type { MeetingExportInput } from '../../../shared/export/export-options';
import type { AgendaItem } from '../../../shared/model/agenda';
import type { Body } from '../../../shared/model/body';
import type { Meeting } from '../../../shared/model/meeting';
import type { MinutesHeading } from '../../../shared/model/minutes-heading';
import { KCSP_2015_AGENDA, KCSP_2015_ATTENDANCE, KCSP_2015_ROSTER, KCSP_2015_SETTINGS } from '../../fixtures/kcsp-2015';
import { MARCH_2015 } from '../../fixtures/meetings';
import { SEED_001_MINUTES_92_TO_96 } from '../../fixtures/seed-001-minutes-92-96';

/*
 * Editor JSON as Minute Book's editor saves it (renderer/src/editor/nodes: minute-item with itemId, minute-heading,
 * resolution, mention, template-field; Lexical lists and paragraphs), and the 19 March 2015 meeting of the Kent
 * Community Safety Partnership (seed 001) as the export receives it.
 */

export const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });
export const bold = (value: string) => text(value, 1);
export const mention = (personId: string, label: string) => ({ type: 'mention', personId, label, version: 1 });
export const blank = (value: string, placeholder = value) => ({ ...text(value), type: 'template-field', fieldKind: 'text', placeholder });
export const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, direction: null, format: '', indent: 0, version: 1 });
export const resolution = (...children: unknown[]) => ({ ...paragraph(...children), type: 'resolution' });
export const listItem = (...children: unknown[]) => ({ type: 'listitem', value: 1, children, direction: null, format: '', indent: 0, version: 1 });
const list = (listType: 'number' | 'bullet', items: unknown[]) => ({
  type: 'list',
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  children: items,
  direction: null,
  format: '',
  indent: 0,
  version: 1,
});
/** A list whose items are plain strings, or nodes (a nested list goes in an item of its own, as Lexical saves it). */
export const numbered = (...items: unknown[]) => list('number', items.map((item) => (typeof item === 'string' ? listItem(text(item)) : item)));
export const bullets = (...items: unknown[]) => list('bullet', items.map((item) => (typeof item === 'string' ? listItem(text(item)) : item)));
export const minute = (itemId: string, ...children: unknown[]) => ({
  type: 'minute-item',
  itemId,
  children: [{ type: 'minute-heading', itemId, version: 1 }, ...children],
  direction: null,
  format: '',
  indent: 0,
  version: 1,
});
export const editorState = (...children: unknown[]) => ({ root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } });

/** "RESOLVED that …" as the editor saves it: a resolution node, the word in a bold run. */
export const resolved = (rest: string) => resolution(bold('RESOLVED'), text(rest));

/**
 * Minutes 92–96 typed as the seed prints them: "1. " paragraphs as numbered lists (one list per unbroken run, so
 * minute 95's bullets split its numbers into two lists, 1–6 and 7–8), "- " as bullets, RESOLVED as resolutions.
 */
export function seed001Minutes(): unknown[] {
  return SEED_001_MINUTES_92_TO_96.map((seedMinute) => {
    const children: unknown[] = [];
    let run: { kind: 'number' | 'bullet'; items: string[] } | null = null;
    const flush = () => {
      if (run) children.push(run.kind === 'number' ? numbered(...run.items) : bullets(...run.items));
      run = null;
    };
    for (const line of seedMinute.paragraphs) {
      const numberedLine = /^\d+\. (.*)$/.exec(line);
      const bulletLine = /^- (.*)$/.exec(line);
      const kind = numberedLine ? 'number' : bulletLine ? 'bullet' : null;
      if (kind === null) {
        flush();
        children.push(line.startsWith('RESOLVED') ? resolved(line.slice('RESOLVED'.length)) : paragraph(text(line)));
        continue;
      }
      const current: { kind: 'number' | 'bullet'; items: string[] } = run && (run as { kind: string }).kind === kind ? run : { kind, items: [] };
      if (current !== run) flush();
      run = current;
      current.items.push((numberedLine ?? bulletLine)![1]!);
    }
    flush();
    return minute(`item-${seedMinute.number}`, ...children);
  });
}

/** The paragraphs LibreOffice should print for minutes 92–96: the seed's, with its "- " bullets drawn as "•". */
export function seed001Paragraphs(): string[] {
  return SEED_001_MINUTES_92_TO_96.flatMap((seedMinute) => {
    const item = KCSP_2015_AGENDA.find((agendaItem) => agendaItem.id === `item-${seedMinute.number}`)!;
    return [`${seedMinute.number}. ${seedMinute.title}`, `(Item ${item.code})`, ...seedMinute.paragraphs.map((line) => line.replace(/^- /, '• '))];
  });
}

export const KCSP_BODY: Body = { ...KCSP_2015_SETTINGS, id: 'kcsp', createdAt: 0, updatedAt: 0 };

export const KCSP_2015_MEETING: Meeting = {
  id: 'm-2015-03-19',
  bodyId: 'kcsp',
  title: MARCH_2015.title,
  date: MARCH_2015.date,
  startTime: MARCH_2015.startTime,
  venue: MARCH_2015.venue,
  agenda: KCSP_2015_AGENDA,
  attendance: KCSP_2015_ATTENDANCE,
  // Mr Rivers left at 11.05 am during minute 94 (the set-up e2e records the same).
  movements: [{ id: 'mv-1', personId: 'p-rivers', kind: 'left', time: '11:05', itemId: 'item-94' }],
  itemTimes: {},
  status: 'draft',
  minuteNumbers: null,
  createdAt: 0,
  updatedAt: 0,
};

/** The 19 March 2015 meeting with minutes 92–96 typed, ready for exportMeetingDocx. */
export function kcsp2015Input(overrides: Partial<MeetingExportInput> = {}): MeetingExportInput {
  return { body: KCSP_BODY, roster: KCSP_2015_ROSTER, meeting: KCSP_2015_MEETING, editorState: editorState(...seed001Minutes()), ...overrides };
}

/**
 * The export's input for minutes checked on their own (the editor-state fixtures): the meeting of `heading`,
 * with nothing on its agenda or attendance unless the overrides give them, exported as the app exports any meeting.
 */
export function minutesInput(heading: MinutesHeading, editorState: unknown, overrides: { meeting?: Partial<Meeting>; body?: Partial<Body> } = {}): MeetingExportInput {
  return {
    body: {
      ...KCSP_BODY,
      councilName: heading.councilName,
      name: heading.bodyName,
      documentWord: heading.documentWord,
      // Neither the council's name above the body's nor the signature block: the tests read the minutes themselves.
      houseStyle: { showCouncilName: false, signatureBlock: false },
      ...overrides.body,
    },
    roster: KCSP_2015_ROSTER,
    meeting: { ...KCSP_2015_MEETING, date: heading.date, venue: heading.venue, agenda: [], attendance: {}, movements: [], ...overrides.meeting },
    editorState,
  };
}

/** The final, full copy of those minutes, as the app exports any meeting. */
export function exportedMinutes(heading: MinutesHeading, editorState: unknown, overrides: Parameters<typeof minutesInput>[2] = {}): Promise<Uint8Array<ArrayBuffer>> {
  return exportMeetingDocx(minutesInput(heading, editorState, overrides), { version: 'full', draft: false });
}

/** The attendance labels the house format always prints, with no names after them in a meeting with no attendance taken. */
export const EMPTY_ATTENDANCE_LINES = ['PRESENT:', 'ALSO PRESENT:', 'IN ATTENDANCE:'];

/** An exempt (Part 2) item taken after minute 103, for the public and full copies. */
export const EXEMPT_ITEM: AgendaItem = { id: 'item-e1', code: 'E1', title: 'Community Warden vehicle contract', part: 'exempt' };
/** A sentence of the exempt minute: it must never be in the public copy. */
export const EXEMPT_SENTENCE = 'The Partnership was told the preferred bidder’s price of £212,400 for the Warden vehicle lease.';
