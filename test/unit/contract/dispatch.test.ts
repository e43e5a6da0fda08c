import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { channelNames } from '../../../electron/core/contract/channel-names.js';
import { contract } from '../../../electron/core/contract/channels.js';
import { splitChannel } from '../../../electron/core/contract/define.js';
import { dispatch } from '../../../electron/core/contract/dispatch.js';
import { ContractError } from '../../../electron/core/contract/errors.js';
import { buildApi } from '../../../electron/core/contract/expose.js';
import type { Handlers } from '../../../electron/core/contract/handlers.js';

const context = { windowId: 'cleanup' };

/** Handlers for the channels a test uses; calling any other is a test bug and fails loudly. */
function handlers(overrides: Partial<Record<keyof Handlers, (request: unknown, c: typeof context) => Promise<unknown>>>): Handlers {
  return new Proxy({} as Handlers, {
    get: (_t, name: string) => overrides[name as keyof Handlers] ?? (() => Promise.reject(new Error(`unexpected call to ${name}`))),
  });
}

describe('dispatch', () => {
  test('a valid request reaches the handler with the window that sent it, and a valid answer comes back', async () => {
    const seen: unknown[] = [];
    const result = await dispatch(
      handlers({ 'cleanup:undo': async (request, c) => (seen.push(request, c), { restored: 3 }) }),
      'cleanup:undo',
      { batchId: 'b1' },
      context,
    );
    expect(result).toEqual({ ok: true, value: { restored: 3 } });
    expect(seen).toEqual([{ batchId: 'b1' }, context]);
  });

  test('an unknown channel is refused by name', async () => {
    const result = await dispatch(handlers({}), 'shell:exec', {}, context);
    expect(result).toEqual({ ok: false, error: { code: 'unknown-channel', message: 'There is no IPC channel called "shell:exec".' } });
  });

  test('a request that does not match the schema never reaches the handler, and the error names the field', async () => {
    const result = await dispatch(handlers({}), 'cleanup:clear', { ids: [], extra: 1 }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(/^cleanup:clear: /);
    }
    const wrongType = await dispatch(handlers({}), 'settings:set', { key: 'snoozeMinutes', value: { nested: true } }, context);
    expect(wrongType.ok || wrongType.error.message).toMatch(/^settings:set: value: /);
  });

  test('a handler’s ContractError keeps its code; any other exception becomes "failed" with its message', async () => {
    const locked = await dispatch(handlers({ 'settings:list': async () => Promise.reject(new ContractError('locked', 'set by IT')) }), 'settings:list', {}, context);
    expect(locked).toEqual({ ok: false, error: { code: 'locked', message: 'set by IT' } });
    const crashed = await dispatch(handlers({ 'kept:list': async () => Promise.reject(new Error('disk gone')) }), 'kept:list', undefined, context);
    expect(crashed).toEqual({ ok: false, error: { code: 'failed', message: 'kept:list failed: disk gone' } });
  });

  test('an answer the screens could not render is caught before it crosses', async () => {
    const result = await dispatch(handlers({ 'cleanup:undo': async () => ({ restored: -1 }) }), 'cleanup:undo', { batchId: 'x' }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-response');
  });
});

describe('the API the page gets', () => {
  test('has one named function per channel and nothing else, each calling its own channel', async () => {
    const calls: [string, unknown][] = [];
    const api = buildApi(channelNames, async (channel, request) => (calls.push([channel, request]), 'answer'));
    expect(Object.keys(api).sort()).toEqual(['app', 'cleanup', 'device', 'kept', 'link', 'notice', 'settings', 'status']);
    const functions = Object.entries(api).flatMap(([domain, group]) => Object.keys(group).map((verb) => `${domain}:${verb}`));
    expect(functions.sort()).toEqual([...channelNames].sort());
    await expect(api.cleanup?.clear?.({ ids: ['a'] })).resolves.toBe('answer');
    await api.kept?.list?.();
    expect(calls).toEqual([
      ['cleanup:clear', { ids: ['a'] }],
      ['kept:list', {}],
    ]);
    expect(Object.isFrozen(api)).toBe(true);
  });

  test('the channel list and the contract name the same channels', () => {
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
  });

  test('a channel name that is not domain:verb is refused', () => {
    expect(() => splitChannel('notice')).toThrow(/domain:verb/);
    expect(() => splitChannel('notice:get:all')).toThrow(/domain:verb/);
    expect(splitChannel('notice:emailDraft')).toEqual({ domain: 'notice', verb: 'emailDraft' });
  });
});

describe('dispatch with anything a compromised page could send', () => {
  test('never throws, never reaches a handler with an invalid request, and always answers with a typed result', async () => {
    const reached: string[] = [];
    const all = new Proxy({} as Handlers, { get: (_t, name: string) => async () => (reached.push(name), Promise.reject(new Error('stop'))) });
    const channel = fc.oneof(fc.constantFrom(...channelNames), fc.string(), fc.anything());
    await fc.assert(
      fc.asyncProperty(channel, fc.anything(), async (name, request) => {
        reached.length = 0;
        const result = await dispatch(all, name, request, context);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
        // A handler only ever sees a request its schema accepted.
        if (reached.length > 0) expect(contract[reached[0] as keyof typeof contract].request.safeParse(request ?? {}).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('a channel that cannot be turned into text is refused by its type (found by the property above)', async () => {
    for (const [channel, named] of [[{ toString: 0 }, 'an object'], [Object.create(null), 'an object'], [Symbol('x'), 'a symbol'], [null, 'null'], [42, 'a number']] as const) {
      const result = await dispatch({} as Handlers, channel, {}, context);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      expect(!result.ok && result.error.message).toBe(`There is no IPC channel called ${named} (not a name).`);
    }
    const text = await dispatch({} as Handlers, 'notice:nope', {}, context);
    expect(!text.ok && text.error.message).toBe('There is no IPC channel called "notice:nope".');
  });
});
