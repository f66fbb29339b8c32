export * from './meeting-file';
export { composeMeetingFileText, meetingOfComposedText } from './backup-text';
export { meetingFileJsonSchema, meetingFileJsonSchemaText } from './json-schema';
