import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from './core/contract/channel-names.js';
import { dispatch } from './core/contract/dispatch.js';
import type { Handlers } from './core/contract/handlers.js';
import type { IpcResult } from './core/contract/errors.js';

/** Answers "which of our windows is this?" for a message's sender, or undefined for anything else. */
export type SenderCheck = (event: IpcMainInvokeEvent) => string | undefined;

/**
 * The only file that imports ipcMain. Every channel of the contract is registered here and nowhere else; each call is
 * accepted only from the main frame of one of the app's own windows, then validated and dispatched.
 */
export function registerIpc(handlers: Handlers, identify: SenderCheck): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, request: unknown): Promise<IpcResult<unknown>> => {
      const windowId = identify(event);
      if (windowId === undefined) {
        return { ok: false, error: { code: 'forbidden-sender', message: `${channel} refused: the sender is not one of Meeting Guard's windows.` } };
      }
      return dispatch(handlers, channel, request, { windowId });
    });
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}
