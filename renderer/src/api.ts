import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { PushEvent } from '../../electron/core/contract/push-events.js';
import type { MeetingGuardApi } from '../../electron/core/contract/api-types.js';
import type { IpcError, IpcResult } from '../../electron/core/contract/errors.js';

declare global {
  interface Window {
    meetingGuard: MeetingGuardApi;
  }
}

/** The preload's functions; the page has no other way out. */
export function api(): MeetingGuardApi {
  return window.meetingGuard;
}

export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

export async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new ApiError(settled.error);
  return settled.value;
}

export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** Loads once on mount; `reload` runs the same call again (after an action changed what it shows). */
export function useLoad<T>(load: () => Promise<IpcResult<T>>): [Load<T>, () => void, (value: T) => void] {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    unwrap(load()).then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: Error) => live && setResult({ state: 'error', message: error.message }),
    );
    return () => {
      live = false;
    };
    // The loader is stable per screen; re-running is driven by `tick` only.
  }, [tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const set = useCallback((value: T) => setResult({ state: 'ready', value }), []);
  return [result, reload, set];
}

/** What the push channel last said: a counter per "changed" kind (screens reload when theirs moves) and scan progress. */
export interface PushState {
  status: number;
  settings: number;
  notice: number;
  kept: number;
  progress?: Extract<PushEvent, { type: 'cleanup:progress' }>;
}
const NOTHING_YET: PushState = { status: 0, settings: 0, notice: 0, kept: 0 };
export const PushContext = createContext<PushState>(NOTHING_YET);
export const usePush = () => useContext(PushContext);

/**
 * Listens to the push channel, then tells the app it listens (`app:ready`): the app holds back events until then, so
 * none sent while the page loaded is lost.
 */
export function usePushChannel(): PushState {
  const [state, setState] = useState<PushState>(NOTHING_YET);
  useEffect(() => {
    const stop = api().events.listen((event) => {
      setState((current) => {
        switch (event.type) {
          case 'cleanup:progress':
            return { ...current, progress: event };
          default: {
            const kind = CHANGED[event.type];
            return { ...current, [kind]: current[kind] + 1 };
          }
        }
      });
    });
    void api().app.ready();
    return stop;
  }, []);
  return state;
}

const CHANGED: Record<Exclude<PushEvent['type'], 'cleanup:progress'>, 'status' | 'settings' | 'notice' | 'kept'> = {
  'status:changed': 'status',
  'settings:changed': 'settings',
  'notice:changed': 'notice',
  'kept:changed': 'kept',
};

/** Loads like useLoad, and again whenever `version` moves (a push said the data changed). */
export function useLive<T>(load: () => Promise<IpcResult<T>>, version: number): [Load<T>, () => void, (value: T) => void] {
  const [result, reload, set] = useLoad(load);
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  return [result, reload, set];
}
