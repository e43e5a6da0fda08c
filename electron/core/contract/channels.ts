import { z } from 'zod';
import { channel, type ChannelSpec, type RequestOf, type ResponseOf } from './define.js';
import { channelNames, type Channel } from './channel-names.js';
import { deviceStatusSchema } from '../device/types.js';
import {
  appInfoSchema,
  cleanupClearViewSchema,
  cleanupDecisionSchema,
  cleanupScanViewSchema,
  keptIdSchema,
  keptViewSchema,
  localeSchema,
  noticeViewSchema,
  precallResponseSchema,
  settingValueSchema,
  settingViewSchema,
  statusViewSchema,
} from './views.js';

const none = z.object({}).strict();
const done = z.object({ done: z.literal(true) });

/**
 * THE IPC contract: every channel between the renderer and the app, with its request and response schemas. The
 * preload exposes exactly these as `meetingGuard.<domain>.<verb>(request)`; nothing else crosses.
 */
export const contract = {
  'app:info': channel(none, appInfoSchema),
  'app:setLocale': channel(z.object({ locale: localeSchema }).strict(), appInfoSchema),
  // The push channel's handshake: the page listens now; events that waited for it follow (see push.ts).
  'app:ready': channel(none, done),
  'status:get': channel(none, statusViewSchema),
  'device:check': channel(none, deviceStatusSchema),
  'notice:get': channel(none, noticeViewSchema),
  'notice:respond': channel(precallResponseSchema.strict(), done),
  'notice:emailDraft': channel(none, done),
  'notice:savePdf': channel(none, z.object({ saved: z.boolean(), path: z.string().optional() })),
  'link:open': channel(z.object({ url: z.string().max(2048) }).strict(), done),
  'settings:list': channel(none, z.array(settingViewSchema)),
  'settings:set': channel(z.object({ key: z.string().min(1).max(100), value: settingValueSchema }).strict(), z.array(settingViewSchema)),
  'cleanup:scan': channel(none, cleanupScanViewSchema),
  'cleanup:clear': channel(z.object({ ids: z.array(z.string().min(1)).min(1).max(500) }).strict(), cleanupClearViewSchema),
  'cleanup:undo': channel(
    z.object({ batchId: z.string().min(1) }).strict(),
    // notRestored: what stayed in the quarantine and why (names masked), a refused batch included.
    z.object({ restored: z.number().int().nonnegative(), notRestored: z.array(z.object({ label: z.string(), reason: z.string() })).optional() }),
  ),
  'cleanup:cancel': channel(none, z.object({ cancelled: z.boolean() })),
  // Whether clearing is offered, and who decided, before anything is scanned.
  'cleanup:allowed': channel(none, cleanupDecisionSchema),
  'kept:list': channel(none, keptViewSchema),
  'kept:clear': channel(none, keptViewSchema),
  'kept:clearItem': channel(z.object({ id: keptIdSchema }).strict(), keptViewSchema),
} satisfies Record<Channel, ChannelSpec>;

export type Contract = typeof contract;
export type { Channel };
export type Request<C extends Channel> = RequestOf<Contract[C]>;
export type Response<C extends Channel> = ResponseOf<Contract[C]>;

export { channelNames };

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
