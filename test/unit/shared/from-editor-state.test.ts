import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EditorStateError, minutesFromEditorState } from '../../../shared/minutes/from-editor-state';
import { blockText, type MinutesBlock } from '../../../shared/minutes/minutes-document';
import { editorStateFixture } from './fixtures';
import { MARCH_2015_HEADING } from '../../fixtures/meetings';

const details = MARCH_2015_HEADING;

/** One line per block: where it sits, then its text with formatting marked *bold* _italic_ ~underline~. */
function outline(blocks: readonly MinutesBlock[]): string[] {
  return blocks.map((block) => {
    const text = block.runs
      .map((run) => {
        let text = run.text;
        if (run.underline) text = `~${text}~`;
        if (run.italic) text = `_${text}_`;
        if (run.bold) text = `*${text}*`;
        return text;
      })
      .join('');
    if (block.kind === 'paragraph') return `P ${text}`;
    if (block.kind === 'voteTable') return `V ${text}`;
    if (block.kind === 'minuteHeading') return `H ${block.startsPart ? `[${block.part}] ` : ''}${block.label}|${block.title}|${block.reference ?? ''}`;
    return `${block.listType}#${block.listId}@${block.level}${block.start === 1 ? '' : ` from ${block.start}`} ${text}`;
  });
}

const paragraphText = (root: { children: unknown[] }) => ({ root: { type: 'root', children: root.children } });
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1 });

describe('the fixtures are the shape Lexical 0.52 writes', () => {
  // Read each fixture into a real (headless) Lexical editor and write it out
  // again: if a field were missing, misspelt or extra, the two would differ.
  for (const name of ['minute-94', 'lists-and-formatting']) {
    it(`${name} survives a round trip through Lexical unchanged`, () => {
      const editor = createEditor({
        namespace: 'fixture-check',
        nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
        onError: (error) => {
          throw error;
        },
      });
      const fixture = editorStateFixture(name);
      const state = editor.parseEditorState(JSON.stringify(fixture));
      expect(JSON.parse(JSON.stringify(state.toJSON()))).toEqual(fixture);
    });
  }
});

describe('minutesFromEditorState', () => {
  it('carries the heading (council, body, word, venue, date) into the document', () => {
    const minutes = minutesFromEditorState(details, editorStateFixture('minute-94'));
    expect(minutes.header).toEqual({
      councilName: 'Kent County Council',
      bodyName: 'Kent Community Safety Partnership',
      documentWord: 'NOTES',
      venue: 'Darent Room, Sessions House, County Hall, Maidstone',
      date: '2015-03-19',
    });
  });

  it('walks minute 94 of 19 March 2015: title, item reference, numbered paragraphs with sub-points and bullets, resolution', () => {
    const minutes = minutesFromEditorState(details, editorStateFixture('minute-94'));
    expect(outline(minutes.blocks)).toEqual([
      'P *Community Safety Integration Project*',
      'P _(Item B1)_',
      expect.stringMatching(/^number#1@0 Mr Adams, Kent Fire and Rescue Service \(KFRS\) Deputy Operations Manager, provided an update .* the potential need for the team to grow\.$/),
      'number#1@0 Mr Adams explained that the team was expected to be in place by May or June 2015, and that the benefits from this approach included:',
      'number#2@1 improved Strategic access between agencies;',
      'number#2@1 better information sharing;',
      'number#2@1 the scope to plan multi-agency education and Community Safety campaigns;',
      'number#2@1 sharing of best practice and joint work on significant pieces of work such as _Domestic Homicide Reviews_.',
      expect.stringMatching(/^number#1@0 In response to questions from Members/),
      'number#1@0 Supt Russell, Kent Police, advised the Committee that the Policing staff for the joint team had been identified and consideration was being given to extending the co-location to all of Kent Police’s Community safety assets.',
      expect.stringMatching(/^number#1@0 Mr Beaumont explained .* savings worth £135k\.$/),
      expect.stringMatching(/^number#1@0 The Vice-Chair asked whether South East Coast Ambulance Service \(SECamb\)/),
      'bullet#3@1 SECamb will be in a position to join once the co-located integrated team is fully established;',
      'bullet#3@1 Health services had been keen on partnership working in the past and closer links would be positive.',
      expect.stringMatching(/^number#1@0 Mr Beaumont explained that the development of the Integrated Community Safety Team .* formal approval at in April\.$/),
      'P *RESOLVED* that the committee note the report and that an update on progress would be welcomed at a future meeting.',
    ]);
  });

  it('gives every list its own id, numbers deeper levels, treats checklists as bullets and keeps a list\u2019s start', () => {
    const minutes = minutesFromEditorState(details, editorStateFixture('lists-and-formatting'));
    expect(outline(minutes.blocks)).toEqual([
      'P *Domestic Homicide Review (DHR) Update*',
      'P Apologies were received from Ms Z Cooke.',
      'number#1@0 Eight reviews have been completed to date.',
      'number#1@0 Alison Gilmour provided an overview of the process followed:',
      'number#2@1 all agencies are assigned actions;',
      'number#2@1 shared issues are considered by the board:',
      'number#3@2 Kent & Medway Domestic Homicide Review board',
      'number#3@2 Home Office',
      // The empty list item between these two is dropped, like an empty paragraph.
      'number#1@0 Work was ongoing to improve the referral process.',
      'P *RESOLVED* that the Committee note the report.',
      // The empty and the blank paragraph after the resolution are dropped.
      'number#4@0 Martin Adams stated that the conference was planned for 3 November 2015.',
      'number#4@0 Mr Adams requested approval to proceed.',
      'bullet#5@0 Challenging extremist ideology.',
      'bullet#5@0 Identifying vulnerable locations.',
      'bullet#6@0 Send the report to Nick Wilkinson',
      'P \u201cLessons must be learned,\u201d said the Chairman.',
      // Strikethrough is not kept; bold, italic and underline are. A line break is "\n", a tab "\t".
      'P Date of next meeting:\n8 October 2015\t~10.00 am~* (struck)*',
      // The walker keeps text as typed; control characters are the Word writer's to remove.
      'P Costs of £150k – £300k for Kent & Medway, café\u0007 ‘quoted’\u000b text\u0000.',
      'number#7@0 from 104 Date of next meeting',
    ]);
  });

  it('reads node types it does not know for their text, so nothing typed is lost', () => {
    const minutes = minutesFromEditorState(details, editorStateFixture('unknown-nodes'));
    expect(outline(minutes.blocks)).toEqual([
      'P *Prevent*',
      'P DS Burns delivered a presentation for Mr Beaumont on the _Counter-Terrorism and Security Act 2015_.',
      'P Exempt items follow',
      // Lexical's compact form: a format written as its name, fields left out.
      'P *RESOLVED* that the Committee request a report.',
    ]);
  });

  it('keeps the text of an unknown node inside a list item and of a list nested directly in a list', () => {
    const state = paragraphText({
      children: [
        {
          type: 'list',
          listType: 'number',
          start: 1,
          children: [
            { type: 'listitem', value: 1, children: [text('See '), { type: 'hashtag', text: '#budget', format: 1 }] },
            { type: 'list', listType: 'bullet', start: 1, children: [{ type: 'listitem', children: [text('stray nested list')] }] },
            paragraph(text('a paragraph where an item should be')),
          ],
        },
      ],
    });
    expect(outline(minutesFromEditorState(details, state).blocks)).toEqual([
      'number#1@0 See *#budget*',
      'bullet#2@1 stray nested list',
      'number#1@0 a paragraph where an item should be',
    ]);
  });

  it('reads the editor state when it is stored as a JSON string', () => {
    const state = JSON.stringify(paragraphText({ children: [paragraph(text('Apologies were received from Mr Rivers.'))] }));
    expect(minutesFromEditorState(details, state).blocks.map(blockText)).toEqual(['Apologies were received from Mr Rivers.']);
  });

  it('drops empty paragraphs but never text, even text that is only punctuation', () => {
    const state = paragraphText({
      children: [paragraph(), paragraph(text('  ')), paragraph({ type: 'linebreak', version: 1 }), paragraph(text('-')), paragraph(text(''))],
    });
    expect(minutesFromEditorState(details, state).blocks.map(blockText)).toEqual(['-']);
  });

  it('joins neighbouring runs that look the same', () => {
    const state = paragraphText({ children: [paragraph(text('RESOL', 1), text('VED', 1), text(' that', 0), text(' the', 0))] });
    expect(minutesFromEditorState(details, state).blocks[0]?.runs).toEqual([
      { text: 'RESOLVED', bold: true, italic: false, underline: false },
      { text: ' that the', bold: false, italic: false, underline: false },
    ]);
  });

  it('maps format bits: 1 bold, 2 italic, 8 underline; 4, 16, 32 and 64 are ignored', () => {
    const state = paragraphText({
      children: [paragraph(text('a', 1 | 2 | 8), text('b', 4 | 16 | 32 | 64), text('c', 2 | 4))],
    });
    expect(minutesFromEditorState(details, state).blocks[0]?.runs).toEqual([
      { text: 'a', bold: true, italic: true, underline: true },
      { text: 'b', bold: false, italic: false, underline: false },
      { text: 'c', bold: false, italic: true, underline: false },
    ]);
  });

  describe('malformed input fails with a message that says what is wrong', () => {
    const fails = (input: unknown) => () => minutesFromEditorState(details, input);

    it('something that is not an editor state at all', () => {
      expect(fails(null)).toThrow(EditorStateError);
      expect(fails(null)).toThrow(/not a Lexical editor state[\s\S]*expected object, received null/);
      expect(fails({ editorState: {} })).toThrow(/received undefined\s*→ at root$/);
      expect(fails([])).toThrow(EditorStateError);
    });

    it('a root that is not a root', () => {
      expect(fails({ root: { type: 'paragraph', children: [] } })).toThrow(/root\.type/);
      expect(fails({ root: { type: 'root' } })).toThrow(/root\.children/);
    });

    it('a string that is not JSON', () => {
      expect(fails('{"root": ')).toThrow(/not valid JSON/);
    });

    it('a node without a type, named by its place in the tree', () => {
      const state = paragraphText({ children: [paragraph(text('ok')), paragraph(text('ok'), { text: 'no type' })] });
      expect(fails(state)).toThrow(/root\.children\[1\]\.children\[1\]\.type/);
    });

    it('a text node whose text is not a string', () => {
      const state = paragraphText({ children: [paragraph({ type: 'text', text: 42, format: 0 })] });
      expect(fails(state)).toThrow(/children\[0\]\.children\[0\]\.text/);
    });

    it('a list of a type Lexical does not make, naming the node and the field', () => {
      const state = paragraphText({ children: [{ type: 'list', listType: 'roman', start: 1, children: [] }] });
      expect(fails(state)).toThrow(/list node at root\.children\[0\][\s\S]*listType/);
    });

    it('a heading without a heading tag', () => {
      const state = paragraphText({ children: [{ type: 'heading', tag: 'p', children: [text('x')] }] });
      expect(fails(state)).toThrow(/heading node at root\.children\[0\][\s\S]*tag/);
    });
  });
});
