import { z } from 'zod';
import {
  aiSetting,
  announcementChannel,
  clientDataKind,
  contact,
  deviceRules,
  link,
  meetingAccess,
  noticeHeader,
  noticeScope,
  reachable,
  rightKind,
  safeUrl,
  summary,
  text,
} from './notice-fields.js';

export { languageTag, safeUrl, SUMMARY_WORD_LIMIT, clientDataKind } from './notice-fields.js';

/**
 * The front matter of a `meeting-guard/notice@2` notice: the facts Meeting Guard acts on and words for the reader.
 * Nothing has a default that could become a sentence: what a notice leaves out, Meeting Guard does not say. (A
 * `@1` notice is read by notice-schema-v1.ts into these same facts, its documented defaults written out.)
 * Everything else a notice says lives in the free, ordered Markdown sections below it.
 */

export const NOTICE_FORMAT_V1 = 'meeting-guard/notice@1';
export const NOTICE_FORMAT_V2 = 'meeting-guard/notice@2';
export type NoticeFormat = typeof NOTICE_FORMAT_V1 | typeof NOTICE_FORMAT_V2;

const days = z.number().int().nonnegative();

export const recordingPolicy = z.enum(['not-allowed', 'disabled', 'announced', 'always', 'some-meetings']);
export const recording = z.strictObject({
  /** not-allowed: nobody records; disabled: the client's record function is switched off for staff; announced: a
   * call may be recorded when there is a need, after an announcement; always: every meeting is recorded (statutory
   * webcasts, recorded training); some-meetings: the meetings named in `meetings` are recorded. */
  policy: recordingPolicy,
  participantsAskedNotToRecord: z.boolean().optional(),
  /** Which meetings are recorded, in the notice's words ("meetings of full council and its committees"). */
  meetings: text.optional(),
  /** Who makes the recording ("Democratic Services", "the practice"). */
  recordedBy: text.optional(),
  /** Where recordings are published, if they are. */
  publishedAt: z.strictObject({ label: text, url: safeUrl.optional() }).optional(),
  keptFor: z
    .strictObject({ days: days.optional(), summary: text.optional() })
    .refine((k) => k.days !== undefined || k.summary !== undefined, 'give days, a summary, or both')
    .optional(),
  announcement: z
    .strictObject({
      by: z.array(announcementChannel).min(1),
      when: z.enum(['on-joining', 'at-start']).optional(),
      participantsMayLeave: z.boolean().optional(),
    })
    .optional(),
  transcription: aiSetting.optional(),
  aiSummaries: aiSetting.optional(),
});

/** Who a notice speaks of, each with its own device rules: a patient's own phone is fine where staff's is not. */
// Real notices name their own groups (students, councillors, pupils): the message says how to write one.
export const audienceKind = z.enum(['staff', 'participants', 'patients', 'public', 'press'], {
  error: 'must be staff, participants, patients, public or press; for another group (students, councillors) write who: participants with its name in label',
});
const audience = z.strictObject({ who: audienceKind, label: text.optional(), devices: deviceRules.optional() });

/** People who watch without taking part: the public and press at a council meeting, students in a clinic. */
export const observerKind = z.enum(['public', 'press', 'trainees', 'other'], {
  error: 'must be public, press, trainees or other; for another group write who: other with its name in label',
});
const observer = z
  .strictObject({
    who: observerKind,
    label: text.optional(),
    via: z.enum(['in-call', 'webcast', 'in-person']).optional(),
    purpose: text.optional(),
    announced: z.boolean().optional(),
    participantMayRefuse: z.boolean().optional(),
  })
  .refine((o) => o.who !== 'other' || o.label !== undefined, { message: 'name who observes in label', path: ['label'] });

/** A supervisor joins to observe the member of staff (training, quality); observers watch the meeting. */
const supervisor = z.strictObject({
  mayObserve: z.boolean(),
  purpose: text.optional(),
  announced: z.boolean().optional(),
  participantMayRefuse: z.boolean().optional(),
});

export const channelKind = z.enum(['video', 'phone']);
const channelRules = z.strictObject({ channel: channelKind, recording: recording.optional(), rules: z.array(text).default([]) });

const clientData = z.strictObject({
  keeps: z.array(clientDataKind).min(1, 'list at least one kind of data, e.g. names'),
  needsRetaining: z.boolean().optional(),
  deleteAfterUse: z.boolean().optional(),
});
const retention = z
  .strictObject({ summary: text.optional(), days: days.optional() })
  .refine((r) => r.summary !== undefined || r.days !== undefined, 'give a summary, days, or both');
const rights = z.strictObject({ list: z.array(rightKind).min(1), contact: text.optional() });
const reachableContact = (who: string) => contact.refine(reachable, `give at least one way to reach the ${who}`);

export const frontMatterSchema = z
  .strictObject({
    format: z.literal(NOTICE_FORMAT_V2),
    ...noticeHeader,
    dpo: reachableContact('Data Protection Officer').optional(),
    /** A general privacy contact (an information governance team), for notices that name no DPO, or beside one. */
    privacyContact: reachableContact('privacy contact').optional(),
    ...noticeScope,
    dataUsedOnlyDuringCall: z.boolean().optional(),
    audiences: z.array(audience).default([]),
    recording,
    channels: z.array(channelRules).default([]),
    supervisor: supervisor.optional(),
    observers: z.array(observer).default([]),
    meetingAccess: meetingAccess.optional(),
    clientData: clientData.optional(),
    noMarketingDisclosure: z.boolean().optional(),
    retention: retention.optional(),
    rights: rights.optional(),
    links: z.array(link).default([]),
    summary,
  })
  .refine((f) => f.dpo !== undefined || f.privacyContact !== undefined, {
    message: 'name the Data Protection Officer (dpo) or a general privacy contact (privacyContact)',
    path: ['dpo'],
  });

/** The facts of a notice of either format, read into one model; `format` says which one the file was written in. */
export type NoticeFacts = Omit<z.output<typeof frontMatterSchema>, 'format'> & { format: NoticeFormat };
export type ClientDataKind = z.infer<typeof clientDataKind>;
export type Recording = z.output<typeof recording>;
export type RecordingPolicy = z.infer<typeof recordingPolicy>;
export type AnnouncementChannel = z.infer<typeof announcementChannel>;
