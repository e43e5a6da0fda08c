import { z } from 'zod';

/**
 * The building blocks both notice formats (`@1` and `@2`) share: texts, dates, links, contacts, platforms. A field
 * here never has a default, so nothing a notice leaves out can turn into a sentence.
 */

export const text = z.string().trim().min(1, 'must not be empty');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date');
/** Only links a person can safely follow from a notice: web pages, e-mail and phone. */
export const safeUrl = z
  .string()
  .trim()
  .refine((value) => /^(https:\/\/[^\s<>"]+|mailto:[^\s<>"]+|tel:[+0-9 ()-]+)$/i.test(value), 'must be an https:, mailto: or tel: link');
/** Internationalised addresses (RFC 6531: "datenschutz@müller.example", "josé@example.es") are real and accepted. */
export const email = z.email({ pattern: z.regexes.unicodeEmail, error: 'must be an e-mail address like dpo@example.org' });

/**
 * BCP 47 tags, case-insensitive as the standard says ("EN-GB" is "en-GB"), kept in their canonical case so that
 * matching and the HTML lang attribute see one spelling.
 */
export const languageTag = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like en-GB or cy')
  .transform((tag, ctx) => {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? tag;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a language tag like en-GB or cy' });
      return z.NEVER;
    }
  });

/** YAML reads an unquoted 2.10 as the number 2.1: the front-matter reader hands over the source text instead. */
export const version = z.union([text, z.number().transform(String)], { error: 'must be a version like "3.2" (quote it so 3.10 stays 3.10)' });

export const contact = z.strictObject({
  name: text.optional(),
  email: email.optional(),
  phone: text.optional(),
  post: text.optional(),
  url: safeUrl.optional(),
});
export const reachable = (c: z.infer<typeof contact>) => c.email ?? c.phone ?? c.post ?? c.url;

export const controller = z.strictObject({
  name: text,
  /** "the personal information you may provide in relation to Customer Contact". */
  scope: text.optional(),
  /** A regulator registration (e.g. the ICO register), distinct from the right to complain. */
  registration: z.strictObject({ regulator: text, number: text }).optional(),
});

const quote = z.strictObject({ text, source: text.optional(), url: safeUrl.optional() });

export const platform = z.strictObject({
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

export const legalBasis = z.strictObject({
  /** "UK GDPR Article 6(1)(e)". */
  article: text,
  description: text.optional(),
  laws: z.array(text).default([]),
  /** Consent implied by attending, with the alternative offered to those who decline. */
  consent: z.strictObject({ impliedByAttending: z.boolean(), alternative: text.optional() }).optional(),
});

export const specialCategory = z.strictObject({
  processed: z.boolean(),
  article: text.optional(),
  categories: z.array(text).default([]),
  condition: text.optional(),
});

export const announcementChannel = z.enum(['audio', 'video', 'chat', 'invitation', 'agenda', 'signage']);
export const aiSetting = z.enum(['off', 'announced', 'on']);
export const meetingAccess = z.strictObject({
  onlyInvitedAttendees: z.boolean().optional(),
  passwordOrLobby: z.boolean().optional(),
  uniqueInvitationPerCustomer: z.boolean().optional(),
});

export const clientDataKind = z.enum(['names', 'emails', 'ip-addresses', 'chat', 'recordings', 'device-details']);
export const deviceKind = z.enum(['work-laptop', 'work-phone', 'work-desktop', 'personal-device']);
export const deviceRules = z.strictObject({
  allowed: z.array(deviceKind).min(1),
  personalDevices: z.enum(['forbidden', 'allowed']).optional(),
});

/** Every data-subject right of UK GDPR and GDPR (Articles 13–22, 7(3) and 77). */
export const rightKind = z.enum([
  'informed',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'automated-decisions',
  'withdraw-consent',
  'complain',
]);
export const link = z.strictObject({ label: text, url: safeUrl });

export const SUMMARY_WORD_LIMIT = 150;
/** Read first on the pre-call screen: short enough to read in under a minute. */
export const summary = z
  .array(text)
  .min(1, 'give at least one summary point')
  .max(8, 'keep the summary to at most 8 points so it reads in under a minute')
  .refine((items) => items.join(' ').split(/\s+/).length <= SUMMARY_WORD_LIMIT, `keep the summary under ${SUMMARY_WORD_LIMIT} words so it reads in under a minute`);

/** The fields both formats start with, the same in each. */
export const noticeHeader = {
  title: text,
  language: languageTag,
  version,
  lastModified: isoDate,
  reviewed: isoDate.optional(),
  controller,
};
/** What a notice covers: the same in both formats. */
export const noticeScope = {
  platforms: z.array(platform).min(1, 'name at least one platform'),
  purposes: z.array(text).min(1, 'list at least one purpose'),
  legalBasis,
  specialCategory: specialCategory.optional(),
};
