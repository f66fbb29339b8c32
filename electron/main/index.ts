// Entry point of the Electron main process, bundled to dist/electron/main.cjs.
// Everything happens in lifecycle.ts; this file only says where the bundle lives.
import { startMinuteBook } from './lifecycle';

startMinuteBook(__dirname);
