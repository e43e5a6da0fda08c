import { splitChannel } from './define.js';

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;

/**
 * Builds the renderer's API from the channel list: `api.notice.get()`, `api.cleanup.clear({ ids })`. The preload and
 * the Chromium harness both call this, so the page sees the same object in the app and in tests. Only named
 * functions are exposed; never a generic send.
 */
export function buildApi(channels: readonly string[], invoke: Invoke): Record<string, Record<string, (request?: unknown) => Promise<unknown>>> {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const name of channels) {
    const { domain, verb } = splitChannel(name);
    api[domain] ??= {};
    (api[domain] as Record<string, (request?: unknown) => Promise<unknown>>)[verb] = (request?: unknown) => invoke(name, request ?? {});
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api);
}
