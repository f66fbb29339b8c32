// Writes build/schema/meeting-file.schema.json from the zod schema (npm run schema:meeting-file).
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { meetingFileJsonSchemaText } from '../shared/meeting-file/json-schema';

const target = fileURLToPath(new URL('../build/schema/meeting-file.schema.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../build/schema/', import.meta.url)), { recursive: true });
writeFileSync(target, meetingFileJsonSchemaText());
console.log(`Wrote ${target}`);
