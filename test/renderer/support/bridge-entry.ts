// The page-side half of the harness: builds window.meetingGuard from the contract exactly as electron/preload.ts does,
// with the Playwright binding standing in for ipcRenderer.invoke.
import { channelNames } from '../../../electron/core/contract/channel-names.js';
import { buildApi } from '../../../electron/core/contract/expose.js';

type Binding = (channel: string, request: unknown) => Promise<unknown>;
const host = globalThis as unknown as { __meetingGuardInvoke: Binding; __meetingGuardPush: (event: unknown) => void; meetingGuard: unknown };
// The harness delivers push events by calling this from Node (page.evaluate), as ipcRenderer.on does in the app.
const listeners = new Set<(event: unknown) => void>();
host.__meetingGuardPush = (event) => listeners.forEach((listener) => listener(event));
host.meetingGuard = buildApi(
  channelNames,
  (channel, request) => host.__meetingGuardInvoke(channel, request),
  (listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
);
