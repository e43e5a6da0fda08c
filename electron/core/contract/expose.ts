import { splitChannel } from './define.js';

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;
/** Subscribes a listener to the push channel; returns the function that unsubscribes it. */
export type Listen = (listener: (event: unknown) => void) => () => void;

/**
 * Builds the renderer's API from the channel list: `api.notice.get()`, `api.cleanup.clear({ ids })`. The preload and
 * the Chromium harness both call this, so the page sees the same object in the app and in tests. Only named
 * functions are exposed; never a generic send.
 */
export function buildApi(channels: readonly string[], invoke: Invoke, listen?: Listen): Record<string, Record<string, (request?: unknown) => unknown>> {
  const api: Record<string, Record<string, (request?: unknown) => unknown>> = {};
  for (const name of channels) {
    const { domain, verb } = splitChannel(name);
    api[domain] ??= {};
    (api[domain] as Record<string, (request?: unknown) => unknown>)[verb] = (request?: unknown) => invoke(name, request ?? {});
  }
  // The push channel: one listener function, never the channel itself (events.listen(fn) returns its unsubscribe).
  if (listen) api.events = { listen: (listener: unknown) => (typeof listener === 'function' ? listen(listener as (event: unknown) => void) : () => undefined) };
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api);
}
