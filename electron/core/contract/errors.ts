import { z } from 'zod';

/**
 * What can go wrong across IPC, as data: Electron flattens thrown errors into one string, so the wrapper never lets
 * a handler's exception cross; it returns one of these instead.
 */
export const ipcErrorCodeSchema = z.enum([
  'unknown-channel',
  'forbidden-sender',
  'invalid-request',
  'invalid-response',
  'locked',
  'not-allowed',
  'not-found',
  'failed',
]);
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;

export const ipcErrorSchema = z.object({ code: ipcErrorCodeSchema, message: z.string() });
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Thrown by a handler for a failure the person can act on; any other exception becomes `failed`. */
export class ContractError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: ipcErrorSchema })]);
}
