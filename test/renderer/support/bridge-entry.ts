// The page-side half of the harness: builds window.meetingGuard from the contract exactly as electron/preload.ts does,
// with the Playwright binding standing in for ipcRenderer.invoke.
import { channelNames } from '../../../electron/core/contract/channel-names.js';
import { buildApi } from '../../../electron/core/contract/expose.js';

type Binding = (channel: string, request: unknown) => Promise<unknown>;
const host = globalThis as unknown as { __meetingGuardInvoke: Binding; meetingGuard: unknown };
host.meetingGuard = buildApi(channelNames, (channel, request) => host.__meetingGuardInvoke(channel, request));
