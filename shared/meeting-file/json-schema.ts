import { z } from 'zod';
import { MeetingFileSchema } from './meeting-file';

/**
 * The meeting file's JSON schema (draft 2020-12), generated from the zod schema
 * so the two cannot drift: `npm run schema:meeting-file` writes it to
 * build/schema/meeting-file.schema.json, and a unit test fails when the committed
 * copy is out of date. It describes what a file may contain (zod's input side),
 * so fields a later version 1 adds are allowed; rules zod checks in code (real
 * calendar dates, paired braces in templates, the roster belonging to the body)
 * are not in it.
 */
export function meetingFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(MeetingFileSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://minute-book.invalid/schema/meeting-file.schema.json',
    title: 'Minute Book meeting file',
    description: 'One meeting with its body, roster, the body\'s own templates and the minutes\' Lexical editor state (format "minute-book/meeting", version 1).',
  };
}

/** The schema as the committed file holds it: two-space JSON with a final newline. */
export function meetingFileJsonSchemaText(): string {
  return `${JSON.stringify(meetingFileJsonSchema(), null, 2)}\n`;
}
