import { z } from 'zod';
import { argRuleSchema, perOsNamesSchema, recorderCategorySchema } from '../calls/catalogue-schema.js';

/**
 * The shape of one product file: a meeting client, a browser used for web meetings, or a recording / screen-capture
 * program. Call detection, recorder warnings, cleanup, policy ids, display names and the docs tables are all derived
 * from these definitions (index.ts), so nothing about a product is written down twice.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes, e.g. "my-recorder"');
const line = z.string().min(1).max(300);
/** Words shown to a person, in each UI language. */
export const textSchema = z.object({ 'en-GB': line, cy: line }).strict();
export type Text = z.infer<typeof textSchema>;

export const personalDataSchema = z.enum([
  'login-email',
  'display-names',
  'contacts',
  'meeting-history',
  'chat-messages',
  'ip-addresses',
  'dns-cache',
  'sign-in-tokens',
  'settings',
  'recordings',
]);

/** What kind of place a location is: with the product's name and what it holds, this makes its plain description. */
export const locationKindSchema = z.enum(['data', 'logs', 'cache', 'cookies', 'web-storage', 'settings', 'recordings', 'sign-in']);
/** Which install of the product writes there, when a product has several (classic and new Teams, snap, Flatpak). */
export const installSchema = z.enum(['classic', 'new', 'insiders', 'personal', 'store', 'snap', 'flatpak', 'per-machine', 'meetings', 'community']);

export const locationSchema = z
  .object({
    /** Stable id used in JSON output and by policy: `<product>.<os>.<what>`. */
    id: z.string().regex(/^[a-z0-9-]+\.(windows|macos|linux)\.[a-z0-9.-]+$/),
    os: z.enum(['windows', 'macos', 'linux']),
    /** Where the path starts; Windows folders are derived from the home folder so `--home` works for any user. */
    base: z.enum(['home', 'appData', 'localAppData']),
    /**
     * Relative to `base`, `/`-separated. `*` stands for a name that varies (a snap revision, a vendor suffix); it is
     * matched against what exists, never crossing a link.
     */
    path: z.string().min(1),
    kind: z.enum(['folder', 'file']),
    what: locationKindSchema,
    install: installSchema.optional(),
    holds: z.array(personalDataSchema).min(1),
    /** clear: moved by a normal clear; consent: the person's own files, only on request; never: shared with others. */
    clear: z.enum(['clear', 'consent', 'never']),
    signsOut: z.boolean(),
    /** Paths inside a folder that clearing leaves in place (custom backgrounds, settings people chose). */
    keep: z.array(z.string().min(1)).optional(),
    note: z.string().min(1).optional(),
    /** Where the path and its contents are documented; tags are explained in docs/cleanup.md. */
    source: z.string().min(1),
  })
  .strict();
export type LocationInput = z.input<typeof locationSchema>;

export const cleanupSchema = z
  .object({
    locations: z.array(locationSchema),
    /** What the vendor itself offers; shown next to the result because it is the better first step. */
    vendorAction: textSchema,
    /** What Meeting Guard cannot clear for this product, said plainly. */
    limits: textSchema.optional(),
  })
  .strict();

/** An id this product had in an earlier release; with process names, only those names (one install) are meant. */
export const aliasSchema = z.union([id, z.object({ id, processes: perOsNamesSchema }).strict()]);

export const productSchema = z
  .object({
    id,
    role: z.enum(['meeting-client', 'browser', 'recorder']),
    /** The name people know it by; a name that is a description ("macOS screenshot tool") is given per language. */
    name: z.union([line, textSchema]),
    /** One plain sentence: what it is. Recorders without one are described by their category. */
    description: textSchema.optional(),
    aliases: z.array(aliasSchema).default([]),
    /** Process names per OS (Windows with `.exe`); matched without case and without `.exe`. */
    processes: perOsNamesSchema,
    /** Other processes of the product that keep its files open (cleanup waits for them); `*` at the end = prefix. */
    helpers: perOsNamesSchema.default({}),
    /** Processes that exist only during a call (Zoom's CptHost). */
    inCall: perOsNamesSchema.default({}),
    /** macOS bundle identifiers; `*` at the end = prefix. */
    bundleIds: z.array(line).default([]),
    /** Windows packaged-app family names (ConsentStore subkeys). */
    packageFamilies: z.array(line).default([]),
    /** PulseAudio / PipeWire `application.name` of its capture stream. */
    audioStreamNames: z.array(line).default([]),
    /** Folders below home where it writes its own local recording while recording. */
    recordingFolders: z.array(line).default([]),
    category: recorderCategorySchema.optional(),
    /** Runs resident without recording (tray tools, remote-control hosts): presence alone gets the softer message. */
    mayBeIdle: z.boolean().default(false),
    /** When set, the process counts as a recorder only if its arguments match one of these. */
    argRules: z.array(argRuleSchema).default([]),
    cleanup: cleanupSchema.optional(),
    /** Where every name and path above comes from (tags explained in docs/calls.md and docs/cleanup.md). */
    sources: z.array(z.string().min(1)).min(1, 'say where the names come from'),
  })
  .strict()
  .refine((p) => (p.role === 'recorder') === (p.category !== undefined), { message: 'a recorder needs a category, and only a recorder has one', path: ['category'] });

export type ProductInput = z.input<typeof productSchema>;
export type Product = z.infer<typeof productSchema>;
export type ProductLocation = z.infer<typeof locationSchema>;
