import { describe, expect, it } from 'vitest';
import {
  TemplateSyntaxError,
  UserTemplateSchema,
  builtInTemplates,
  parseTemplateText,
  templateToText,
  userTemplate,
  type TemplatePart,
} from '../../../shared/domain/templates';

const byName = (name: string, chair: 'Chairman' | 'Chair' = 'Chairman') => {
  const found = builtInTemplates(chair).find((t) => t.name === name);
  if (!found) throw new Error(`no template ${name}`);
  return found;
};

describe('builtInTemplates', () => {
  it('has the ten standing phrases, each with a unique id', () => {
    const templates = builtInTemplates('Chairman');
    expect(templates.map((t) => t.name)).toEqual([
      'Introduced the report',
      'Gave a verbal update',
      'Responded to comments and questions',
      'Previous minutes approved',
      'Declarations of interest: none',
      'Declarations of interest: listed',
      'Report noted',
      'Verbal update noted',
      'Date of next meeting',
      'Exclusion of the press and public',
    ]);
    expect(new Set(templates.map((t) => t.id)).size).toBe(10);
  });

  it('marks exactly the RESOLVED templates as resolutions', () => {
    expect(builtInTemplates('Chair').filter((t) => t.resolution).map((t) => t.name)).toEqual([
      'Previous minutes approved',
      'Report noted',
      'Verbal update noted',
      'Exclusion of the press and public',
    ]);
  });

  it('builds "introduced the report" from a person and a blank', () => {
    expect(byName('Introduced the report').body).toEqual([
      { kind: 'person', name: 'person' },
      { kind: 'text', text: ' introduced the report that ' },
      { kind: 'field', name: 'summary', placeholder: 'summary' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('follows "Officers responded …" with sub-points', () => {
    expect(byName('Responded to comments and questions').body).toEqual([
      { kind: 'text', text: 'Officers responded to comments and questions as follows:' },
      { kind: 'sub-points' },
    ]);
  });

  it('signs the previous minutes by the Chairman or the Chair, as the body says', () => {
    expect(templateToText(byName('Previous minutes approved').body)).toBe(
      'RESOLVED that the notes of the meeting held on {previous meeting date} are a correct record and that they be signed by the Chairman.',
    );
    expect(templateToText(byName('Previous minutes approved', 'Chair').body)).toBe(
      'RESOLVED that the notes of the meeting held on {previous meeting date} are a correct record and that they be signed by the Chair.',
    );
    const minutes = builtInTemplates('Chairman', 'MINUTES').find((t) => t.id === 'previous-minutes-approved');
    expect(minutes && templateToText(minutes.body)).toBe(
      'RESOLVED that the minutes of the meeting held on {previous meeting date} are a correct record and that they be signed by the Chairman.',
    );
  });

  it('has the standing wording of the others exactly', () => {
    const text = (name: string) => templateToText(byName(name).body);
    expect(text('Gave a verbal update')).toBe('{person} gave a verbal update on {subject}.');
    expect(text('Declarations of interest: none')).toBe('There were no declarations of interest.');
    expect(text('Declarations of interest: listed')).toBe('{person} declared {an interest} in item {item}.');
    expect(text('Report noted')).toBe('RESOLVED that the report be noted.');
    expect(text('Verbal update noted')).toBe('RESOLVED that the verbal update be noted.');
    expect(text('Date of next meeting')).toBe('The next meeting would be held on {date}.');
    expect(text('Exclusion of the press and public')).toBe(
      'RESOLVED that under Section 100A of the Local Government Act 1972 the press and public be excluded from the meeting for the following business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph {paragraph} of Part 1 of Schedule 12A of the Act.',
    );
  });
});

describe('parseTemplateText and templateToText', () => {
  it('reads persons, fields, the previous meeting date, sub-points and line breaks', () => {
    const parts: TemplatePart[] = [
      { kind: 'person', name: 'Person presenting' },
      { kind: 'text', text: ' said the minutes of ' },
      { kind: 'previous-meeting-date' },
      { kind: 'text', text: ' showed ' },
      { kind: 'field', name: 'personal interest', placeholder: 'personal interest' },
      { kind: 'text', text: ':' },
      { kind: 'newline' },
      { kind: 'text', text: 'Next line' },
      { kind: 'sub-points' },
    ];
    const text = '{Person presenting} said the minutes of {Previous Meeting Date} showed {personal interest}:\nNext line{sub-points}';
    expect(parseTemplateText(text)).toEqual(parts);
    expect(parseTemplateText(text.replace('\n', '\r\n'))).toEqual(parts);
    expect(templateToText(parts)).toBe(text.replace('{Previous Meeting Date}', '{previous meeting date}'));
  });

  it('round-trips every built-in template', () => {
    for (const template of builtInTemplates('Chair')) {
      expect(parseTemplateText(templateToText(template.body))).toEqual(template.body);
    }
  });

  it('gives a clear message for unbalanced braces', () => {
    expect(() => parseTemplateText('{person introduced the report')).toThrow('The "{" at character 1 is never closed: add a "}" after the name of the blank.');
    expect(() => parseTemplateText('person} introduced')).toThrow('There is a "}" at character 7 with no "{" before it. Blanks are written like {person}.');
    expect(() => parseTemplateText('{person {summary}')).toThrow('The "{" at character 1 is not closed before the next "{": close each blank with "}" first.');
    expect(() => parseTemplateText('Noted {}.')).toThrow('The braces at character 7 are empty: put the name of the blank inside, such as {person}.');
    expect(() => parseTemplateText('{per\nson}')).toThrow(TemplateSyntaxError);
  });

  it('refuses to write text containing braces, which would read back as a blank', () => {
    expect(() => templateToText([{ kind: 'text', text: 'a {b}' }])).toThrow(RangeError);
  });
});

describe('UserTemplateSchema and userTemplate', () => {
  const stored = { id: 't1', bodyId: 'kcsp', name: 'Presentation noted', shortcutHint: 'pres', text: 'RESOLVED that the presentation by {person} be noted.' };

  it('accepts a well-formed template and makes it insertable', () => {
    const parsed = UserTemplateSchema.parse(stored);
    expect(userTemplate(parsed)).toEqual({
      id: 't1',
      name: 'Presentation noted',
      shortcutHint: 'pres',
      resolution: true,
      body: [
        { kind: 'text', text: 'RESOLVED that the presentation by ' },
        { kind: 'person', name: 'person' },
        { kind: 'text', text: ' be noted.' },
      ],
    });
    expect(userTemplate(UserTemplateSchema.parse({ ...stored, shortcutHint: undefined, text: 'Thanks to {person}.' })).resolution).toBe(false);
  });

  it('rejects unbalanced braces and an empty name with messages an officer can act on', () => {
    const result = UserTemplateSchema.safeParse({ ...stored, name: ' ', text: 'RESOLVED that {person be noted.' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Give the template a name',
      'The "{" at character 15 is never closed: add a "}" after the name of the blank.',
    ]);
  });
});
