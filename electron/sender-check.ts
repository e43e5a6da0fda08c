import { isAppUrl } from './renderer-files.js';

/** What Electron tells us about where an IPC message came from. */
export interface SenderFacts {
  webContentsId: number;
  /** False for a message from a sub-frame (an iframe a bug or an attacker managed to insert). */
  isMainFrame: boolean;
  frameUrl: string;
}

/**
 * The screen a message came from, or undefined: only the main frame of one of our own windows, showing our own
 * app:// page, may call the core.
 */
export function screenOfSender(facts: SenderFacts, windows: Iterable<[string, { webContentsId: number }]>): string | undefined {
  if (!facts.isMainFrame || !isAppUrl(facts.frameUrl)) return undefined;
  for (const [screen, window] of windows) {
    if (window.webContentsId === facts.webContentsId) return screen;
  }
  return undefined;
}
