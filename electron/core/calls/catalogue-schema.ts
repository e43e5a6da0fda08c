import { z } from 'zod';

/**
 * The shape of the meeting-client and recorder catalogues call detection reads. The built-in entries are made from
 * the product definitions (products/); IT can add or ignore entries through policy without a new release.
 *
 * Each schema is made at its first parse (z.lazy), not at import: a command's start parses at most an empty list of
 * IT's additions, and building the ~60 schemas below cost more than the rest of `catalogue --json`.
 */

const name = () => z.string().min(1).max(200);

/** Process names per OS. Windows names include `.exe`; matching ignores case and the `.exe` suffix everywhere. */
export const perOsNamesSchema = z.lazy(() =>
  z
    .object({
      windows: z.array(name()).optional(),
      macos: z.array(name()).optional(),
      linux: z.array(name()).optional(),
    })
    .strict(),
);
export type PerOsNames = z.infer<typeof perOsNamesSchema>;

/** A display name per UI language (built-in entries; an entry IT adds uses `name` in every language). */
const namesSchema = () => z.object({ 'en-GB': name(), cy: name() }).strict();
/** Ids the entry had in earlier releases: policy that names them keeps working. */
const aliasesSchema = () => z.array(name()).default([]);

const idSchema = () => z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes, e.g. "my-recorder"');

export const clientEntrySchema = z.lazy(() =>
  z
    .object({
      id: idSchema(),
      name: name(),
      /** A browser is a client only while it holds the microphone or camera (Meet, Teams/Zoom on the web). */
      kind: z.enum(['app', 'browser']).default('app'),
      processes: perOsNamesSchema,
      /** macOS bundle identifiers; an entry ending in `*` is a prefix. */
      bundleIds: z.array(name()).default([]),
      /** Windows packaged-app family names (ConsentStore subkeys), e.g. `MSTeams_8wekyb3d8bbwe`; `*` suffix = prefix. */
      packageFamilies: z.array(name()).default([]),
      /** Helper processes that exist only during a call (Zoom's CptHost). */
      inCallProcesses: perOsNamesSchema.default({}),
      /** PulseAudio/PipeWire `application.name` values of the client's capture stream. */
      audioStreamNames: z.array(name()).default([]),
      /** Folders below the home folder where the client writes its own local recording while it records. */
      recordingFolders: z.array(name()).default([]),
      sources: z.array(z.string().min(1)).min(1, 'say where the names come from'),
      names: namesSchema().optional(),
      aliases: aliasesSchema(),
    })
    .strict(),
);
export type ClientEntry = z.infer<typeof clientEntrySchema>;

/** Which `ffmpeg`-style arguments make a general tool a screen or device recorder. */
export const argRuleSchema = z.lazy(() =>
  z
    .object({
      /** Regular expression tested against the arguments joined by single spaces. */
      pattern: z.string().min(1),
      describes: z.string().min(1),
    })
    .strict(),
);

export const recorderCategorySchema = z.enum([
  'screen-recorder',
  'screenshot-tool',
  'streaming',
  'ai-notetaker',
  'remote-view',
  'audio-recorder',
  'os-capture',
  'virtual-camera',
]);

export const recorderEntrySchema = z.lazy(() =>
  z
    .object({
      id: idSchema(),
      name: name(),
      category: recorderCategorySchema,
      processes: perOsNamesSchema,
      bundleIds: z.array(name()).default([]),
      /** Runs resident without recording (tray tools): its presence alone gets the softer message. */
      ambiguous: z.boolean().default(false),
      /** When set, the process counts only if its arguments match one of these (ffmpeg transcodes far more often). */
      argRules: z.array(argRuleSchema).default([]),
      sources: z.array(z.string().min(1)).min(1, 'say where the names come from'),
      names: namesSchema().optional(),
      aliases: aliasesSchema(),
    })
    .strict(),
);
export type RecorderEntry = z.infer<typeof recorderEntrySchema>;

export const catalogueSchema = z.lazy(() =>
  z
    .object({
      version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
      clients: z.array(clientEntrySchema),
      recorders: z.array(recorderEntrySchema),
    })
    .strict(),
);
export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueInput = z.input<typeof catalogueSchema>;

/** What IT may change through policy: extra entries, and ids (or process names) to leave out. */
export const catalogueOverridesSchema = z.lazy(() =>
  z
    .object({
      addClients: z.array(clientEntrySchema).default([]),
      addRecorders: z.array(recorderEntrySchema).default([]),
      /** Entry ids (`obs`) or process names (`obs64.exe`) that should never be reported on this fleet. */
      ignore: z.array(name()).default([]),
    })
    .strict(),
);
export type CatalogueOverrides = z.infer<typeof catalogueOverridesSchema>;
export type CatalogueOverridesInput = z.input<typeof catalogueOverridesSchema>;
