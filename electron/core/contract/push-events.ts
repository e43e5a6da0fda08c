/**
 * The one push channel: the app tells its open windows that something changed, so a window never shows a stale
 * state (the status window after a recorder starts or a call ends; the cleanup window while a scan runs). Names only,
 * no zod: the sandboxed preload needs just the channel name (schemas are in push.ts, checked before anything is sent).
 */
export const PUSH_CHANNEL = 'meetingGuard:push';

export type PushEvent =
  /** The device, call, recorders or policy changed: the status window checks again. */
  | { type: 'status:changed' }
  /** IT's policy or the person's own settings changed: the settings window reloads. */
  | { type: 'settings:changed' }
  /** Policy changed (it may name another notice file): the notice window reads the notice again. */
  | { type: 'notice:changed' }
  /** Something Meeting Guard keeps was written or cleared: "What Meeting Guard keeps" lists it again. */
  | { type: 'kept:changed' }
  /** How far the running cleanup scan has got. */
  | { type: 'cleanup:progress'; files: number; bytes: number; client: string };

export type PushListener = (event: PushEvent) => void;
