import { contract, isChannel, type Channel } from './channels.js';
import { ContractError, type IpcResult } from './errors.js';
import type { Handlers } from './handlers.js';
import type { HandlerContext } from './services.js';
import type { z } from 'zod';

/**
 * Runs one call from the renderer: checks the channel exists, validates the request, runs the handler, validates the
 * response, and turns every failure into a typed error. Nothing the renderer sends reaches a handler unchecked.
 */
export async function dispatch(handlers: Handlers, channel: unknown, request: unknown, context: HandlerContext): Promise<IpcResult<unknown>> {
  const checkedRequest = validateRequest(channel, request);
  if (!checkedRequest.ok) return checkedRequest;
  const { channel: known, value: data } = checkedRequest;
  const spec = contract[known];
  let value: unknown;
  try {
    value = await (handlers[known] as (r: unknown, c: HandlerContext) => Promise<unknown>)(data, context);
  } catch (error) {
    if (error instanceof ContractError) return { ok: false, error: { code: error.code, message: error.message } };
    return { ok: false, error: { code: 'failed', message: `${known} failed: ${(error as Error)?.message ?? String(error)}` } };
  }
  const checked = (spec.response as z.ZodType).safeParse(value);
  if (!checked.success) {
    return { ok: false, error: { code: 'invalid-response', message: `${known} produced an answer the screens cannot use: ${describe(checked.error)}` } };
  }
  return { ok: true, value: checked.data };
}

/** The first half of dispatch, on its own so the fuzz benchmark can drive it at volume: channel and request checks. */
export function validateRequest(channel: unknown, request: unknown): { ok: true; channel: Channel; value: unknown } | Extract<IpcResult<unknown>, { ok: false }> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `There is no IPC channel called ${channelName(channel)}.` } };
  }
  const parsed = contract[channel].request.safeParse(request ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid-request', message: `${channel}: ${describe(parsed.error)}` } };
  return { ok: true, channel, value: parsed.data };
}

/**
 * The name a page sent, for the message: only a string is quoted. Anything else is named by its type, never turned
 * into a string: an object whose toString is not a function (`{"toString": 0}`) would make String() throw.
 */
function channelName(channel: unknown): string {
  if (typeof channel === 'string') return `"${channel.slice(0, 60)}"`;
  return channel === null ? 'null (not a name)' : `${typeof channel === 'object' ? 'an object' : `a ${typeof channel}`} (not a name)`;
}

export function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

export type { Channel };
