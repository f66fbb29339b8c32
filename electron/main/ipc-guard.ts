import type { z } from 'zod';
import { ipcPayloadLimit } from '../../shared/ipc/contract';
import { formatBytes, payloadSize } from './ipc-payload-size';
import { senderRefusal, type IpcSenderEvent } from './ipc-sender';

/** A channel's schema, made with zod or (the quit handshake's, see shared/ipc/quit-handshake.ts) with zod/mini. */
export interface IpcSchema<T> {
  safeParse(payload: unknown): { success: true; data: T } | { success: false; error: z.core.$ZodError };
}

/** A message that passed every check (with the payload as zod parsed it), or why it did not. */
export type IpcMessageCheck<T> = { ok: true; payload: T } | { ok: false; reason: string };

/** Lists zod's issues as "field: message; field: message" for a log or an error. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
    .join('; ');
}

/**
 * The checks every message from the renderer passes before main acts on it,
 * cheapest first: who sent it (our own top frame only), how big it is (the
 * channel's limit in shared/ipc/contract.ts) and what it holds (the channel's
 * zod schema). A refusal is logged as "IPC <channel> refused: <reason>", so an
 * IT department reading the log sees every message turned away and why.
 */
export function checkIpcMessage<T>(
  channel: string,
  event: IpcSenderEvent,
  payload: unknown,
  schema: IpcSchema<T>,
): IpcMessageCheck<T> {
  const refuse = (reason: string): IpcMessageCheck<T> => {
    console.warn(`IPC ${channel} refused: ${reason}`);
    return { ok: false, reason };
  };
  const sender = senderRefusal(event);
  if (sender !== null) return refuse(sender);
  const limit = ipcPayloadLimit(channel);
  if (payloadSize(payload, limit) > limit) return refuse(`the payload is larger than the ${formatBytes(limit)} this channel accepts`);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return refuse(`invalid payload: ${describeIssues(parsed.error)}`);
  return { ok: true, payload: parsed.data };
}
