import { z } from 'zod';
import {
  aiSetting,
  clientDataKind,
  contact,
  deviceKind,
  link,
  noticeHeader,
  noticeScope,
  reachable,
  rightKind,
  summary,
  text,
} from './notice-fields.js';
import { NOTICE_FORMAT_V1, type NoticeFacts } from './notice-schema.js';

/**
 * `meeting-guard/notice@1`, as IT has deployed it: same fields, same defaults, same meaning. Its defaults are part of
 * what such a file says (the app has always rendered them), so reading one into the facts writes them out, and
 * `--check` warns about each one that came from a default rather than from the file.
 */

const v1Rights = rightKind.extract(['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'complain']);

export const frontMatterSchemaV1 = z.strictObject({
  format: z.literal(NOTICE_FORMAT_V1),
  ...noticeHeader,
  dpo: contact.refine(reachable, 'give at least one way to reach the Data Protection Officer'),
  ...noticeScope,
  dataUsedOnlyDuringCall: z.boolean().default(true),
  devices: z.strictObject({ allowed: z.array(deviceKind).min(1), personalDevices: z.enum(['forbidden', 'allowed']).default('forbidden') }),
  recording: z.strictObject({
    policy: z.enum(['not-allowed', 'disabled', 'announced']),
    participantsAskedNotToRecord: z.boolean().default(true),
    ifNeeded: z.strictObject({ announcedBy: z.array(z.enum(['audio', 'video', 'chat', 'invitation'])).min(1), participantsMayLeave: z.boolean() }).optional(),
    transcription: aiSetting.optional(),
    aiSummaries: aiSetting.optional(),
  }),
  supervisor: z
    .strictObject({ mayObserve: z.boolean(), purpose: text.optional(), announced: z.boolean().default(true), participantMayRefuse: z.boolean().default(true) })
    .optional(),
  meetingAccess: z
    .strictObject({ onlyInvitedAttendees: z.boolean().default(true), passwordOrLobby: z.boolean().default(false), uniqueInvitationPerCustomer: z.boolean().default(false) })
    .default({ onlyInvitedAttendees: true, passwordOrLobby: false, uniqueInvitationPerCustomer: false }),
  clientData: z.strictObject({
    keeps: z.array(clientDataKind).min(1, 'list at least one kind of data, e.g. names'),
    needsRetaining: z.boolean().default(false),
    deleteAfterUse: z.boolean().default(true),
  }),
  noMarketingDisclosure: z.boolean(),
  retention: z.strictObject({ summary: text, days: z.number().int().nonnegative().optional() }),
  rights: z.strictObject({ list: z.array(v1Rights).min(1), contact: text.optional() }),
  links: z.array(link).default([]),
  summary,
});

export type NoticeFactsV1 = z.output<typeof frontMatterSchemaV1>;

/** The @1 defaults that state something in the rendered notice, by path: each is a sentence the file did not write. */
export const V1_STATING_DEFAULTS: readonly (readonly string[])[] = [
  ['dataUsedOnlyDuringCall'],
  ['devices', 'personalDevices'],
  ['recording', 'participantsAskedNotToRecord'],
  ['supervisor', 'announced'],
  ['supervisor', 'participantMayRefuse'],
  ['meetingAccess', 'onlyInvitedAttendees'],
  ['clientData', 'needsRetaining'],
  ['clientData', 'deleteAfterUse'],
];

/** Reads @1 facts into the @2 model, meaning exactly what they meant: devices are the staff's, ifNeeded is the announcement. */
export function factsFromV1(v1: NoticeFactsV1): NoticeFacts {
  const { devices, recording, ...shared } = v1;
  const { ifNeeded, ...rules } = recording;
  return {
    ...shared,
    audiences: [{ who: 'staff', devices }],
    recording: {
      ...rules,
      ...(ifNeeded ? { announcement: { by: ifNeeded.announcedBy, when: 'on-joining' as const, participantsMayLeave: ifNeeded.participantsMayLeave } } : {}),
    },
    channels: [],
    observers: [],
  };
}
