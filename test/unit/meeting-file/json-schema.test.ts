import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingFileJsonSchemaText } from '../../../shared/meeting-file/json-schema';

describe('build/schema/meeting-file.schema.json', () => {
  it('is what the zod schema generates today (run `npm run schema:meeting-file` and commit it if this fails)', () => {
    const committed = readFileSync(new URL('../../../build/schema/meeting-file.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(meetingFileJsonSchemaText());
  });

  it('describes the file’s outline: format, version, body, roster, templates, meeting, minutes', () => {
    const schema = JSON.parse(meetingFileJsonSchemaText()) as { properties: Record<string, { const?: unknown }>; required: string[] };
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'body', 'roster', 'templates', 'meeting', 'minutes']);
    expect(schema.properties.format?.const).toBe('minute-book/meeting');
    expect(schema.properties.version?.const).toBe(1);
  });
});
