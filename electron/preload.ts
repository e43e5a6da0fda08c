import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from './core/contract/channel-names.js';
import { buildApi } from './core/contract/expose.js';

// Sandboxed preload: the page gets named async functions, one per contract channel, and never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'meetingGuard',
  buildApi(channelNames, (channel, request) => ipcRenderer.invoke(channel, request)),
);
