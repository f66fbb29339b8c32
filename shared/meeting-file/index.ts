export * from './meeting-file';
export { meetingFileJsonSchema, meetingFileJsonSchemaText } from './json-schema';
