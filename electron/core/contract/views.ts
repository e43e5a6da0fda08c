import { z } from 'zod';
import { evidenceSchema } from '../device/types.js';

/**
 * The view models the screens render. They are plain data decided in the core; the renderer formats, never decides.
 */

export const localeSchema = z.enum(['en-GB', 'cy']);
export type Locale = z.infer<typeof localeSchema>;

export const appInfoSchema = z.object({
  productName: z.string(),
  version: z.string(),
  locale: localeSchema,
  os: z.enum(['windows', 'macos', 'linux']),
  helpUrl: z.string().optional(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const linkSchema = z.object({ label: z.string(), url: z.string() });

/**
 * Mirrors the notice model's inline text: the renderer draws it as elements, never as injected HTML. A text's `lang`
 * marks a value in the notice's words inside a sentence of Meeting Guard's worded in another language.
 */
export type InlineView =
  | { kind: 'text'; text: string; lang?: string }
  | { kind: 'strong' | 'em'; children: InlineView[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: InlineView[] };
export const inlineViewSchema: z.ZodType<InlineView> = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal('text'), text: z.string(), lang: z.string().optional() }),
    z.object({ kind: z.enum(['strong', 'em']), children: z.array(inlineViewSchema) }),
    z.object({ kind: z.literal('code'), text: z.string() }),
    z.object({ kind: z.literal('link'), href: z.string(), children: z.array(inlineViewSchema) }),
  ]),
);

export type BlockView =
  | { kind: 'paragraph' | 'subheading'; content: InlineView[] }
  | { kind: 'list'; ordered: boolean; items: InlineView[][] }
  | { kind: 'quote'; blocks: BlockView[] }
  /** A row's `lang` is its label's and `lineLangs` each line's, set where Meeting Guard's words are not the notice's language. */
  | { kind: 'facts'; rows: FactRowView[] };
export interface FactRowView {
  label: string;
  lines: InlineView[][];
  lang?: string;
  lineLangs?: (string | null)[];
}
export const blockViewSchema: z.ZodType<BlockView> = z.lazy(() =>
  z.union([
    z.object({ kind: z.enum(['paragraph', 'subheading']), content: z.array(inlineViewSchema) }),
    z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(inlineViewSchema)) }),
    z.object({ kind: z.literal('quote'), blocks: z.array(blockViewSchema) }),
    z.object({
      kind: z.literal('facts'),
      rows: z.array(
        z.object({ label: z.string(), lines: z.array(z.array(inlineViewSchema)), lang: z.string().optional(), lineLangs: z.array(z.string().nullable()).optional() }),
      ),
    }),
  ]),
);

export const noticeViewSchema = z.object({
  /** Changes whenever the text changes, so an acknowledgement names the version it was given for. */
  id: z.string(),
  language: z.string(),
  title: z.string(),
  organisation: z.string(),
  /** What to read first: the whole notice in a few sentences. */
  summary: z.array(z.string()),
  /** A section's `headingLang` is set when its heading is Meeting Guard's and not in the notice's language. */
  sections: z.array(z.object({ id: z.string(), heading: z.string(), headingLang: z.string().optional(), blocks: z.array(blockViewSchema) })),
  /** `lang` is set on an item worded in another language than the notice (Meeting Guard does not speak the notice's). */
  // `parts`: the label split where it holds the notice's own words inside a fallen-back sentence, each with its lang.
  checklist: z.array(
    z.object({ id: z.string(), label: z.string(), lang: z.string().optional(), parts: z.array(z.object({ text: z.string(), lang: z.string().optional() })).optional() }),
  ),
  /** The language the checklist is worded in; absent when IT's policy wrote it (Meeting Guard cannot know its language). */
  checklistLang: z.string().optional(),
  links: z.array(linkSchema),
  /**
   * The words the notice and pre-call screens put around the notice ("In short", "Last updated {date}", the checklist
   * heading, the buttons), in the notice's language where the app has it; `lang` is their language, and when
   * `fellBack` is true they are not in the notice's language and need their own lang attribute.
   */
  labels: z.object({ lang: z.string(), fellBack: z.boolean(), strings: z.record(z.string(), z.string()) }).optional(),
  lastUpdated: z.string().optional(),
  /**
   * Set when no variant is in the window's language: a sentence saying which language is shown instead, in the
   * window's language where Meeting Guard speaks it (`lang`), for a Welsh-only notice on an English desktop.
   */
  fallback: z.object({ text: z.string(), lang: z.string() }).optional(),
  /** The same content rendered for sharing: plain text for e-mail and chat, HTML for rich paste. */
  text: z.string(),
  html: z.string(),
  /** A ready e-mail draft of the same text (shortened to what mail programs accept). */
  mailto: z.string().startsWith('mailto:'),
});
export type NoticeView = z.infer<typeof noticeViewSchema>;

export const precallResponseSchema = z.object({
  noticeId: z.string().min(1),
  response: z.enum(['confirmed', 'dismissed']),
  checked: z.array(z.string().min(1)).max(50),
});
export type PrecallResponse = z.infer<typeof precallResponseSchema>;

export const settingViewSchema = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string().optional(),
  kind: z.enum(['boolean', 'number', 'string', 'choice']),
  choices: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  value: z.union([z.boolean(), z.number(), z.string(), z.null()]),
  source: z.enum(['default', 'user', 'policy']),
  locked: z.boolean(),
  /** The registry value / managed-preference key IT sets, shown beside a locked setting. */
  policyKey: z.string().optional(),
});
export type SettingView = z.infer<typeof settingViewSchema>;
export const settingValueSchema = z.union([z.boolean(), z.number().finite(), z.string().max(2000)]);

/** What the status window says first: one sentence, what to do next, and where to get help. */
export const statusOverallSchema = z.object({
  /** ready: calls may go ahead; stop: do not use this laptop for calls; check: ask IT before calls; attention: calls may go ahead, something needs IT. */
  state: z.enum(['ready', 'stop', 'check', 'attention']),
  headline: z.string(),
  nextStep: z.string().optional(),
});

export const statusViewSchema = z.object({
  overall: statusOverallSchema,
  /** When the checks ran (ISO 8601), so a stale window is visible as such. */
  checkedAt: z.string(),
  /** IT's help link from policy, for every state that needs IT. */
  helpUrl: z.string().optional(),
  checks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      state: z.enum(['ok', 'problem', 'unknown']),
      summary: z.string(),
      evidence: z.array(evidenceSchema),
    }),
  ),
});
export type StatusView = z.infer<typeof statusViewSchema>;

const cleanupItemSchema = z.object({
  id: z.string(),
  /** What the place holds, in plain words: "Zoom logs: IP addresses and names of participants". */
  label: z.string(),
  path: z.string(),
  /** The same path with the home folder written as "~", for the screen. */
  shortPath: z.string().optional(),
  kind: z.string(),
  sizeBytes: z.number().nonnegative().optional(),
  /** What the scan found there, in words ("3 e-mail addresses and 12 IP addresses"), and the counts behind them. */
  found: z.string().optional(),
  counts: z
    .object({ emails: z.number().int().min(0), ipAddresses: z.number().int().min(0), names: z.number().int().min(0), deviceAddresses: z.number().int().min(0) })
    .optional(),
});

/**
 * Whether the person may clear, from the one cleanup decision (cleanup-policy.ts decideCleanup): the mode in force
 * and who set it, so a screen can say so in its own language before anything is scanned; `message` is the refusal a
 * clear would get.
 */
export const cleanupDecisionSchema = z.object({
  allowed: z.boolean(),
  message: z.string().optional(),
  mode: z.enum(['off', 'remind', 'clear-on-confirm']).optional(),
  setBy: z.enum(['organisation', 'person', 'default']).optional(),
  /** When not allowed: why, in the window's language, naming who set it and what to do. */
  reason: z.string().optional(),
});
export type CleanupDecision = z.infer<typeof cleanupDecisionSchema>;

export const cleanupScanViewSchema = z.object({
  /** Whether the person may clear, from the one cleanup decision; the message says who decided otherwise. */
  clearing: cleanupDecisionSchema.optional(),
  clients: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** Nothing of a running client is cleared: its files are in use and it would write them back. */
      running: z.boolean(),
      items: z.array(cleanupItemSchema),
    }),
  ),
});
export type CleanupScanView = z.infer<typeof cleanupScanViewSchema>;

export const cleanupClearViewSchema = z.object({
  batchId: z.string().optional(),
  /** Until when Undo can bring the cleared items back (ISO 8601), and how many days that is from the clearing. */
  undoUntil: z.string().optional(),
  undoDays: z.number().min(0).optional(),
  cleared: z.array(z.object({ id: z.string(), label: z.string() })),
  skipped: z.array(z.object({ id: z.string(), label: z.string(), reason: z.string() })),
});
export type CleanupClearView = z.infer<typeof cleanupClearViewSchema>;

/** What the app keeps, each with its own way to clear it ("What Meeting Guard keeps"). */
export const keptIdSchema = z.enum(['preferences', 'language', 'quarantine', 'state', 'status']);
export type KeptId = z.infer<typeof keptIdSchema>;

export const keptViewSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      detail: z.string(),
      location: z.string(),
      /** When it was last written (ISO 8601), its size, and when it goes by itself (the quarantine's expiry). */
      updatedAt: z.string().optional(),
      sizeBytes: z.number().int().min(0).optional(),
      expiresAt: z.string().optional(),
    }),
  ),
});
export type KeptView = z.infer<typeof keptViewSchema>;

/** The screens, one window each; the window loads `index.html#<screen>`. */
export const screenSchema = z.enum(['precall', 'notice', 'cleanup', 'settings', 'status', 'kept']);
export type Screen = z.infer<typeof screenSchema>;
