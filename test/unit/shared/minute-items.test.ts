import { describe, expect, it } from 'vitest';
import { minutesFacts } from '../../../shared/minutes/minutes-facts';
import { minutesFromEditorState } from '../../../shared/minutes/from-editor-state';
import { KCSP_2015_AGENDA, KCSP_2015_ROSTER, KCSP_2015_SETTINGS } from '../../fixtures/kcsp-2015';
import { MARCH_2015_HEADING } from '../../fixtures/meetings';
import { libreOffice, libreOfficeParagraphs, requireTool, skipWithout } from '../../support/docx-readers';
import { EMPTY_ATTENDANCE_LINES, exportedMinutes, minute } from './kcsp-2015-input';

// Minute Book's own nodes as the editor saves them (see renderer/src/editor/nodes).
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });
const mention = (personId: string, label: string) => ({ type: 'mention', personId, label, version: 1 });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, direction: null, format: '', indent: 0, version: 1 });
const resolution = (...children: unknown[]) => ({ ...paragraph(...children), type: 'resolution' });
const listItem = (value: number, ...children: unknown[]) => ({ type: 'listitem', value, children, direction: null, format: '', indent: 0, version: 1 });
const numbered = (...items: unknown[]) => ({ type: 'list', listType: 'number', start: 1, tag: 'ol', children: items, direction: null, format: '', indent: 0, version: 1 });

const state = {
  root: {
    type: 'root',
    children: [
      minute('item-92', resolution(text('RESOLVED', 1), text(' that the minutes are an accurate record.'))),
      minute(
        'item-94',
        numbered(
          listItem(1, mention('p-adams', 'Mr Adams'), text(' provided an update.')),
          listItem(2, mention('p-adams', 'Mr Adams'), text(' and '), mention('p-beaumont', 'Mr Beaumont'), text(' explained the benefits.')),
        ),
        resolution(text('RESOLVED', 1), text(' that the committee note the report.')),
      ),
      minute('item-95', paragraph(mention('p-adams', 'Mr Adams'), text(' was named again in a new minute.'))),
    ],
  },
};

const facts = minutesFacts({ agenda: KCSP_2015_AGENDA, minuteNumbers: null }, KCSP_2015_SETTINGS, KCSP_2015_ROSTER);

describe('minute items in the export', () => {
  it('heads each minute from its agenda item, numbered on from the body’s last minute', () => {
    const blocks = minutesFromEditorState(MARCH_2015_HEADING, state, facts).blocks.filter((b) => b.kind === 'minuteHeading');
    expect(blocks.map((b) => [b.label, b.title, b.reference, b.startsPart])).toEqual([
      ['92.', 'Notes of meeting held on 8th October 2014', '(Item A3)', true],
      ['94.', 'Community Safety Integration Project', '(Item B1)', false],
      ['95.', 'Final Community Warden Model', '(Item B2)', false],
    ]);
  });

  it('by the house style "first mention in the meeting" names a person in full once in the whole minutes, and a text title in mentions', () => {
    const settings = { ...KCSP_2015_SETTINGS, houseStyle: { firstMention: 'meeting' as const } };
    const roster = KCSP_2015_ROSTER.map((p) => (p.id === 'p-beaumont' ? { ...p, textTitle: 'Dr' } : p));
    const texts = minutesFromEditorState(MARCH_2015_HEADING, state, minutesFacts({ agenda: KCSP_2015_AGENDA, minuteNumbers: null }, settings, roster))
      .blocks.filter((b) => b.kind !== 'minuteHeading')
      .map((b) => b.runs.map((r) => r.text).join(''));
    expect(texts).toEqual([
      'RESOLVED that the minutes are an accurate record.',
      'Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service) provided an update.',
      'Mr Adams and Dr Beaumont (Head of Community Safety and Emergency Planning, KCC) explained the benefits.',
      'RESOLVED that the committee note the report.',
      'Mr Adams was named again in a new minute.',
    ]);
  });

  it('names a person in full with role at the first mention in each minute, and by title and surname after', () => {
    const texts = minutesFromEditorState(MARCH_2015_HEADING, state, facts)
      .blocks.filter((b) => b.kind !== 'minuteHeading')
      .map((b) => b.runs.map((r) => r.text).join(''));
    expect(texts).toEqual([
      'RESOLVED that the minutes are an accurate record.',
      'Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service) provided an update.',
      'Mr Adams and Mr Beaumont (Head of Community Safety and Emergency Planning, KCC) explained the benefits.',
      'RESOLVED that the committee note the report.',
      'Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service) was named again in a new minute.',
    ]);
  });

  it('follows a corrected roster entry and keeps the saved label for someone no longer on the roster', () => {
    const corrected = KCSP_2015_ROSTER.map((p) => (p.id === 'p-adams' ? { ...p, title: 'Dr' } : p)).filter((p) => p.id !== 'p-beaumont');
    const texts = minutesFromEditorState(MARCH_2015_HEADING, state, { ...facts, roster: corrected })
      .blocks.filter((b) => b.kind === 'listItem')
      .map((b) => b.runs.map((r) => r.text).join(''));
    expect(texts).toEqual([
      'Dr Adams (Deputy Operations Manager, Kent Fire and Rescue Service) provided an update.',
      'Dr Adams and Mr Beaumont explained the benefits.',
    ]);
  });

  it('uses agenda-code headings for the lighter template', () => {
    const blocks = minutesFromEditorState(MARCH_2015_HEADING, state, { ...facts, headingStyle: 'agenda-codes' }).blocks;
    expect(blocks.filter((b) => b.kind === 'minuteHeading').map((b) => [b.label, b.reference])).toEqual([
      ['A3', null],
      ['B1', null],
      ['B2', null],
    ]);
  });

  it.skipIf(skipWithout(libreOffice))(
    'reads back in LibreOffice with the part heading, minute numbers, item references and real paragraph numbers',
    async () => {
      requireTool(libreOffice);
      const lines = libreOfficeParagraphs(await exportedMinutes(MARCH_2015_HEADING, state, { meeting: { agenda: KCSP_2015_AGENDA } }));
      expect(lines.slice(2)).toEqual([
        ...EMPTY_ATTENDANCE_LINES,
        'UNRESTRICTED ITEMS',
        '92. Notes of meeting held on 8th October 2014',
        '(Item A3)',
        'RESOLVED that the minutes are an accurate record.',
        '94. Community Safety Integration Project',
        '(Item B1)',
        '1. Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service) provided an update.',
        '2. Mr Adams and Mr Beaumont (Head of Community Safety and Emergency Planning, KCC) explained the benefits.',
        'RESOLVED that the committee note the report.',
        '95. Final Community Warden Model',
        '(Item B2)',
        'Mr Adams (Deputy Operations Manager, Kent Fire and Rescue Service) was named again in a new minute.',
      ]);
    },
    60_000,
  );
});
