import { useCallback, useEffect, useState } from 'react';
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
