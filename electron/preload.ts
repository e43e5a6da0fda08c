import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from './core/contract/channel-names.js';
import { buildApi } from './core/contract/expose.js';
import { PUSH_CHANNEL } from './core/contract/push-events.js';

/** The push channel's one listener per page: only the event reaches it, never Electron's IpcRendererEvent (it carries the sender). */
function listenToPush(listener: (event: unknown) => void): () => void {
  const handler = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(PUSH_CHANNEL, handler);
  return () => void ipcRenderer.removeListener(PUSH_CHANNEL, handler);
}

// Sandboxed preload: the page gets named async functions, one per contract channel, and never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'meetingGuard',
  buildApi(
    channelNames,
    (channel, request) => ipcRenderer.invoke(channel, request),
    listenToPush,
  ),
);
