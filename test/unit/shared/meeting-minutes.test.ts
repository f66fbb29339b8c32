import { describe, expect, it } from 'vitest';
import { movementSentence } from '../../../shared/domain/movements';
import { arrangeMeetingBlocks, EXEMPT_MINUTE_STATEMENT } from '../../../shared/export/meeting-blocks';
import { formatClockTime } from '../../../shared/format/british-date';
import { EditorStateError, minutesFromEditorState } from '../../../shared/minutes/from-editor-state';
import { blockText, type MinutesBlock } from '../../../shared/minutes/minutes-document';
import { minutesFacts } from '../../../shared/minutes/minutes-facts';
import { unfilledBlanks } from '../../../shared/minutes/unfilled-blanks';
import type { Movement } from '../../../shared/model/attendance';
import { KCSP_2015_AGENDA, KCSP_2015_ROSTER, KCSP_2015_SETTINGS } from '../../fixtures/kcsp-2015';
import { MARCH_2015_HEADING } from '../../fixtures/meetings';
import { EXEMPT_ITEM, blank, bold, bullets, editorState, listItem, mention, minute, numbered, paragraph, resolution, resolved, text } from './kcsp-2015-input';

const agenda = [...KCSP_2015_AGENDA, EXEMPT_ITEM];
const facts = minutesFacts({ agenda, minuteNumbers: null }, KCSP_2015_SETTINGS, KCSP_2015_ROSTER);
const walk = (state: unknown) => minutesFromEditorState(MARCH_2015_HEADING, state, facts).blocks;
const describeBlock = (block: MinutesBlock) => {
  if (block.kind === 'minuteHeading') return `# ${block.label} ${block.title}`;
  if (block.kind === 'voteTable') return `V ${blockText(block)}`;
  if (block.kind === 'paragraph') return `${block.resolution ? 'R' : 'P'}${block.inMinute ? '' : ' (outside)'} ${blockText(block)}`;
  return `${block.listType} ${block.counter}${block.lettered ? ' lettered' : ''} @${block.level} ${blockText(block)}`;
};

describe('the walker: numbering runs and resolutions', () => {
  it('counts every numbered list of a minute in one run, a fresh run per minute, and the parts of "RESOLVED that:" in their own lettered run', () => {
    const blocks = walk(
      editorState(
        numbered('Before any minute.'),
        minute(
          'item-94',
          numbered('One.', listItem(text('Two:')), numbered('sub a', 'sub b')),
          bullets('a bullet'),
          numbered('Three.'),
          resolved(' that:'),
          numbered('part a', 'part b'),
          paragraph(text('After the parts.')),
          numbered('Four.'),
        ),
        minute('item-95', numbered('One again.'), resolved(' that:'), paragraph(text('Not parts.')), numbered('Two again.')),
      ),
    );
    expect(blocks.map(describeBlock)).toEqual([
      'number list-1 @0 Before any minute.',
      '# 94. Community Safety Integration Project',
      'number minute-1 @0 One.',
      'number minute-1 @0 Two:',
      'number minute-1 @1 sub a',
      'number minute-1 @1 sub b',
      'bullet list-4 @0 a bullet',
      'number minute-1 @0 Three.',
      'R RESOLVED that:',
      'number resolution-1 lettered @0 part a',
      'number resolution-1 lettered @0 part b',
      'P After the parts.',
      'number minute-1 @0 Four.',
      '# 95. Final Community Warden Model',
      'number minute-2 @0 One again.',
      'R RESOLVED that:',
      'P Not parts.',
      'number minute-2 @0 Two again.',
    ]);
  });

  it('takes a paragraph begun with a bold RESOLVED as a resolution, and prints a resolution’s first word in bold capitals', () => {
    const blocks = walk(
      editorState(
        minute(
          'item-92',
          paragraph(bold('RESOLVED'), text(' that the notes be signed.')),
          paragraph(text('Resolved in plain text is an ordinary paragraph.')),
          resolution(text('Resolved to note the update.')),
          resolution(text('That the report be noted.')),
        ),
      ),
    ).filter((block) => block.kind === 'paragraph');
    expect(blocks.map((block) => [block.resolution, block.runs.map((run) => [run.text, run.bold])])).toEqual([
      [
        true,
        [
          ['RESOLVED', true],
          [' that the notes be signed.', false],
        ],
      ],
      [false, [['Resolved in plain text is an ordinary paragraph.', false]]],
      [
        true,
        [
          ['RESOLVED', true],
          [' to note the update.', false],
        ],
      ],
      // Nothing is added to what the officer typed.
      [true, [['That the report be noted.', false]]],
    ]);
  });

  it('heads each minute with its agenda item id, so movements and Part 2 can find it', () => {
    const headings = walk(editorState(minute('item-92'), minute('item-gone'))).filter((block) => block.kind === 'minuteHeading');
    expect(headings.map((heading) => [heading.itemId, heading.label, heading.part])).toEqual([
      ['item-92', '92.', 'unrestricted'],
      ['item-gone', '', 'unrestricted'],
    ]);
  });

  it('words mentions as the screen does: in full at the first in each minute, the stored name for someone gone from the roster, "[unknown person]" without one', () => {
    const blocks = walk(
      editorState(
        minute('item-94', paragraph(mention('p-adams', 'Mr Adams'), text(' and '), mention('p-adams', 'Mr Adams'), text(' with '), mention('p-gone', 'Cllr Gone'), text('.'))),
        minute('item-95', paragraph(mention('p-adams', 'Mr Adams'), text(' and '), mention('p-gone', ''), text('.'))),
      ),
    );
    expect(blocks.filter((block) => block.kind === 'paragraph').map(blockText)).toEqual([
      'Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service) and Mr Adams with Cllr Gone.',
      'Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service) and [unknown person].',
    ]);
  });
});

describe('arrangeMeetingBlocks', () => {
  const blocks = walk(
    editorState(
      minute('item-92', resolved(' that the notes be signed.')),
      minute('item-94', numbered('Mr Adams gave an update.'), resolved(' that the report be noted.')),
      minute(EXEMPT_ITEM.id, paragraph(text('The preferred bidder’s price was £212,400.')), resolved(' that the contract be awarded.')),
    ),
  );
  const movement = (id: string, personId: string, kind: Movement['kind'], time: string, itemId: string | null): Movement => ({ id, personId, kind, time, itemId });
  const movements = [
    movement('m3', 'p-cooke', 'left', '11:40', 'item-94'),
    movement('m1', 'p-rivers', 'left', '11:05', 'item-94'),
    movement('m2', 'p-martin', 'arrived', '10:20', null),
    movement('m4', 'p-leney', 'arrived', '10:10', 'item-103'),
    movement('m5', 'p-nobody', 'left', '12:00', EXEMPT_ITEM.id),
  ];

  it('prints each movement as the last paragraph of its minute in time order, and those outside any minute (or whose item has no minute) after the front matter', () => {
    const arranged = arrangeMeetingBlocks(blocks, { movements }, KCSP_2015_ROSTER, 'full', '10.00 am');
    expect(arranged.frontNotes).toEqual(['Ms Leney arrived at 10.10 am.', 'Ms Martin arrived at 10.20 am.']);
    expect(arranged.blocks.map(describeBlock)).toEqual([
      '# 92. Notes of meeting held on 8th October 2014',
      'R RESOLVED that the notes be signed.',
      '# 94. Community Safety Integration Project',
      'number minute-2 @0 Mr Adams gave an update.',
      'R RESOLVED that the report be noted.',
      'P Mr Rivers left the meeting at 11.05 am.',
      'P Ms Cooke left the meeting at 11.40 am.',
      '# 104. Community Warden vehicle contract',
      'P The preferred bidder’s price was £212,400.',
      'R RESOLVED that the contract be awarded.',
      'P [unknown person] left the meeting at 12.00 pm.',
    ]);
    // The walked blocks are not changed.
    expect(blocks).toHaveLength(8);
  });

  it('keeps only the heading and the exclusion statement of an exempt minute in the public copy, and writes times in the council’s style', () => {
    const arranged = arrangeMeetingBlocks(blocks, { movements: [] }, KCSP_2015_ROSTER, 'public', '10:00am');
    expect(arranged.blocks.slice(-2).map(describeBlock)).toEqual(['# 104. Community Warden vehicle contract', `P ${EXEMPT_MINUTE_STATEMENT}`]);
    expect(JSON.stringify(arranged)).not.toContain('212,400');
    expect(arrangeMeetingBlocks(blocks, { movements }, KCSP_2015_ROSTER, 'public', '10:00am').frontNotes).toEqual([
      'Ms Leney arrived at 10:10am.',
      'Ms Martin arrived at 10:20am.',
    ]);
  });
});

describe('unfilledBlanks', () => {
  it('lists the blanks still showing their placeholder, in document order, and not the filled ones', () => {
    const state = editorState(
      minute(
        'item-94',
        paragraph(blank('person'), text(' introduced the report that '), blank('summary'), text('.')),
        numbered(listItem(text('Officers said '), blank('the answer was yes', 'answer'))),
      ),
      paragraph({ type: 'template-field', text: 'date', fieldKind: 'text', version: 1 }),
    );
    expect(unfilledBlanks(state)).toEqual(['person', 'summary', 'date']);
    expect(unfilledBlanks(JSON.stringify(editorState(paragraph(text('No blanks.')))))).toEqual([]);
  });

  it('still prints an unfilled blank, so nothing typed is lost', () => {
    const blocks = walk(editorState(paragraph(blank('person'), text(' introduced the report.'))));
    expect(blocks.map(blockText)).toEqual(['person introduced the report.']);
  });

  it('refuses what is not an editor state, as the export does', () => {
    expect(() => unfilledBlanks({ root: 'nope' })).toThrow(EditorStateError);
  });
});

describe('time style', () => {
  it('writes times dotted by default and in the colon style when asked', () => {
    expect(['10:00', '11:05', '12:00', '00:30', '14:05'].map((time) => formatClockTime(time))).toEqual(['10.00 am', '11.05 am', '12.00 pm', '12.30 am', '2.05 pm']);
    expect(['10:00', '11:05', '12:00', '00:30', '14:05'].map((time) => formatClockTime(time, '10:00am'))).toEqual(['10:00am', '11:05am', '12:00pm', '12:30am', '2:05pm']);
    const rivers = { title: 'Mr', surname: 'Rivers' };
    expect(movementSentence({ kind: 'left', time: '11:05' }, rivers)).toBe('Mr Rivers left the meeting at 11.05 am.');
    expect(movementSentence({ kind: 'left', time: '11:05' }, rivers, '10:00am')).toBe('Mr Rivers left the meeting at 11:05am.');
  });
});
