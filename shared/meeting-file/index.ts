export * from './meeting-file';
export { composeMeetingFileText } from './backup-text';
export { meetingFileJsonSchema, meetingFileJsonSchemaText } from './json-schema';
