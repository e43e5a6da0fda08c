import { z } from 'zod';

/**
 * The front matter of a notice: the facts Meeting Guard acts on (contacts, platforms, recording rules, what the
 * meeting client keeps, dates). Everything else a notice says lives in the free, ordered Markdown sections below it,
 * so a notice with sections this schema never heard of still fits.
 */

const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date');
/** Only links a person can safely follow from a notice: web pages, e-mail and phone. */
export const safeUrl = z
  .string()
  .trim()
  .refine((value) => /^(https:\/\/[^\s<>"]+|mailto:[^\s<>"]+|tel:[+0-9 ()-]+)$/i.test(value), 'must be an https:, mailto: or tel: link');
const email = z.email('must be an e-mail address like dpo@example.org');
/** BCP 47 tags as this app uses them: "en-GB", "cy", "de". */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like en-GB or cy');

const contact = z.strictObject({
  name: text.optional(),
  email: email.optional(),
  phone: text.optional(),
  post: text.optional(),
  url: safeUrl.optional(),
});

const controller = z.strictObject({
  name: text,
  /** "the personal information you may provide in relation to Customer Contact". */
  scope: text.optional(),
  /** A regulator registration (e.g. the ICO register), distinct from the right to complain. */
  registration: z.strictObject({ regulator: text, number: text }).optional(),
});

const quote = z.strictObject({ text, source: text.optional(), url: safeUrl.optional() });

const platform = z.strictObject({
  name: text,
  /** Which meeting client the app should watch and clean up for, matched against the client catalogue. */
  client: z.string().regex(/^[a-z0-9-]+$/, 'must be a client id like zoom or teams').optional(),
  privacyUrl: safeUrl,
  /** Where the platform says it keeps data, e.g. "servers in the United States". */
  dataLocation: text.optional(),
  monitorsMeetings: z.boolean().optional(),
  storesMeetingsAfterCall: z.boolean().optional(),
  /** The platform's own words, quoted: what it collects, that it does not advertise with meeting data. */
  statements: z.array(quote).default([]),
  /** When the provider is controller for its own website or service. */
  controllerFor: text.optional(),
});

const legalBasis = z.strictObject({
  /** "UK GDPR Article 6(1)(e)". */
  article: text,
  description: text.optional(),
  laws: z.array(text).default([]),
  /** Consent implied by attending, with the alternative offered to those who decline. */
  consent: z.strictObject({ impliedByAttending: z.boolean(), alternative: text.optional() }).optional(),
});

const specialCategory = z.strictObject({
  processed: z.boolean(),
  article: text.optional(),
  categories: z.array(text).default([]),
  condition: text.optional(),
});

const recording = z.strictObject({
  /** not-allowed: nobody records; disabled: the client's record function is switched off for staff;
   * announced: recording may happen but only after an announcement. */
  policy: z.enum(['not-allowed', 'disabled', 'announced']),
  participantsAskedNotToRecord: z.boolean().default(true),
  /** How a recording, if ever needed, is announced, and whether people may leave. */
  ifNeeded: z.strictObject({ announcedBy: z.array(z.enum(['audio', 'video', 'chat', 'invitation'])).min(1), participantsMayLeave: z.boolean() }).optional(),
  transcription: z.enum(['off', 'announced', 'on']).optional(),
  aiSummaries: z.enum(['off', 'announced', 'on']).optional(),
});

const supervisor = z.strictObject({
  mayObserve: z.boolean(),
  purpose: text.optional(),
  announced: z.boolean().default(true),
  participantMayRefuse: z.boolean().default(true),
});

const meetingAccess = z.strictObject({
  onlyInvitedAttendees: z.boolean().default(true),
  passwordOrLobby: z.boolean().default(false),
  uniqueInvitationPerCustomer: z.boolean().default(false),
});

export const clientDataKind = z.enum(['names', 'emails', 'ip-addresses', 'chat', 'recordings', 'device-details']);
const clientData = z.strictObject({
  keeps: z.array(clientDataKind).min(1, 'list at least one kind of data, e.g. names'),
  needsRetaining: z.boolean().default(false),
  deleteAfterUse: z.boolean().default(true),
});

const devices = z.strictObject({
  allowed: z.array(z.enum(['work-laptop', 'work-phone', 'work-desktop', 'personal-device'])).min(1),
  personalDevices: z.enum(['forbidden', 'allowed']).default('forbidden'),
});

const retention = z.strictObject({ summary: text, days: z.number().int().nonnegative().optional() });
const rights = z.strictObject({
  list: z.array(z.enum(['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'complain'])).min(1),
  contact: text.optional(),
});
const link = z.strictObject({ label: text, url: safeUrl });

export const SUMMARY_WORD_LIMIT = 150;

export const frontMatterSchema = z.strictObject({
  format: z.literal('meeting-guard/notice@1', 'must be meeting-guard/notice@1 (the notice format this app reads)'),
  title: text,
  language: languageTag,
  version: z.union([text, z.number().transform(String)], { error: 'must be a version like "3.2" (quote it so 3.10 stays 3.10)' }),
  lastModified: isoDate,
  reviewed: isoDate.optional(),
  controller,
  dpo: contact.refine((c) => c.email ?? c.phone ?? c.post ?? c.url, 'give at least one way to reach the Data Protection Officer'),
  platforms: z.array(platform).min(1, 'name at least one platform'),
  purposes: z.array(text).min(1, 'list at least one purpose'),
  legalBasis,
  specialCategory: specialCategory.optional(),
  dataUsedOnlyDuringCall: z.boolean().default(true),
  devices,
  recording,
  supervisor: supervisor.optional(),
  meetingAccess: meetingAccess.default({ onlyInvitedAttendees: true, passwordOrLobby: false, uniqueInvitationPerCustomer: false }),
  clientData,
  noMarketingDisclosure: z.boolean(),
  retention,
  rights,
  links: z.array(link).default([]),
  /** Read first on the pre-call screen: short enough to read in under a minute. */
  summary: z
    .array(text)
    .min(1, 'give at least one summary point')
    .max(8, 'keep the summary to at most 8 points so it reads in under a minute')
    .refine((items) => items.join(' ').split(/\s+/).length <= SUMMARY_WORD_LIMIT, `keep the summary under ${SUMMARY_WORD_LIMIT} words so it reads in under a minute`),
});

export type NoticeFacts = z.infer<typeof frontMatterSchema>;
export type ClientDataKind = z.infer<typeof clientDataKind>;
