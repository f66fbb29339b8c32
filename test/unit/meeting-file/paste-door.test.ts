import { describe, expect, it } from 'vitest';
import { checkPastedText, repairPastedNodes } from '../../../shared/minutes/check-paste';

const text = (words: string) => ({ detail: 0, format: 0, mode: 'normal', style: '', text: words, type: 'text', version: 1 });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children });
const mention = (personId: string, label: string) => ({ type: 'mention', version: 1, personId, label });
const ROSTER = new Set(['p-hill']);

describe('the paste door', () => {
  it('keeps people on this meeting’s roster and pastes anyone else as the words they were shown as, saying so', () => {
    const result = repairPastedNodes({ json: JSON.stringify({ namespace: 'minutes', nodes: [paragraph(mention('p-hill', 'Mr Hill'), text(' and '), mention('p-other', 'Ms Other'))] }) }, ROSTER);
    expect(result).toEqual({
      ok: true,
      nodes: [paragraph(mention('p-hill', 'Mr Hill'), text(' and '), text('Ms Other'))],
      notes: ['1 name of people not on this meeting’s roster was pasted as plain words.'],
    });
  });

  it('pastes an action with its words, and without an owner who is not on this meeting’s roster', () => {
    const action = (ownerId: string | null) => ({ type: 'action', version: 1, direction: null, format: '', indent: 0, actionId: 'a-1', ownerId, due: '2027-04-30', children: [text('Words.')] });
    expect(repairPastedNodes({ nodes: [paragraph(action('p-hill'))] }, ROSTER)).toEqual({ ok: true, nodes: [paragraph(action('p-hill'))], notes: [] });
    expect(repairPastedNodes({ nodes: [paragraph(action('p-other'))] }, ROSTER)).toEqual({
      ok: true,
      nodes: [paragraph(action(null))],
      notes: ['1 action owned by people not on this meeting’s roster was pasted without an owner.'],
    });
  });

  it('unwraps minutes copied whole (their headings come from this meeting’s agenda) and leaves out characters that are not text', () => {
    const minute = { type: 'minute-item', version: 1, itemId: 'elsewhere', children: [{ type: 'minute-heading', version: 1, itemId: 'elsewhere' }, paragraph(text('Noted.\u0000\u0007'))] };
    const result = repairPastedNodes({ nodes: [minute] }, ROSTER);
    expect(result).toEqual({
      ok: true,
      nodes: [paragraph(text('Noted.'))],
      notes: ['1 minute copied whole was pasted as text, without its heading.', '2 characters that cannot be text were left out.'],
    });
  });

  it('refuses what the minutes cannot hold (so the plain text is pasted instead): unknown kinds of content, deep or damaged copies', () => {
    expect(repairPastedNodes({ nodes: [{ type: 'link', version: 1, children: [text('x')] }] }, ROSTER)).toEqual({ ok: false, problem: 'a kind of content Minute Book does not write (“link”)' });
    expect(repairPastedNodes({ json: '{"namespace":"minutes","nodes":[' }, ROSTER)).toEqual({ ok: false, problem: 'what was copied is damaged' });
    expect(repairPastedNodes({ json: `{"nodes":${'['.repeat(200)}` }, ROSTER)).toEqual({ ok: false, problem: 'what was copied is damaged' });
  });

  it('cleans plain text, and refuses a line longer than any paragraph of minutes', () => {
    expect(checkPastedText('Line one\r\nLine two\rthree\u0000')).toEqual({ ok: true, value: 'Line one\nLine two\nthree', notes: ['1 character that cannot be text (control characters) was left out.'] });
    expect(checkPastedText('x'.repeat(100_001))).toEqual({ ok: false, problem: 'a line of it is longer than 100,000 characters' });
  });
});
