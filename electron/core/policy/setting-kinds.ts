import { z } from 'zod';

/** Text in the two languages the admin templates ship in (en-US and cy-GB). */
export interface Localised {
  en: string;
  cy: string;
}

/**
 * How a setting is stored in each delivery channel. The kind decides the registry type, the ADMX element, the
 * plist type and the JSON Schema type; the zod validator decides which values are allowed.
 */
export type SettingKind =
  | { type: 'string'; maxLength: number }
  | { type: 'boolean' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'enum'; values: readonly string[]; labels: Readonly<Record<string, Localised>> }
  /** An ordered list of strings: a registry subkey with values 1, 2, 3… (or one REG_MULTI_SZ), a plist array. */
  | { type: 'list'; maxItems: number }
  /** Language tag → text: a registry subkey whose value names are the tags, a plist dictionary. */
  | { type: 'map' };

/**
 * Machine settings are honoured only from machine policy (HKLM, the device-wide managed preferences, /etc);
 * user settings may also come from user policy (HKCU, per-user managed preferences). Either comes from the user's
 * own preferences when `userEditable` and no policy sets it (e.g. `startAtLogin`: machine-wide for IT, yet a person
 * may turn it off unless IT locks it).
 */
export type SettingScope = 'machine' | 'user';

export interface SettingDefinition<T = unknown> {
  kind: SettingKind;
  schema: z.ZodType<T>;
  default: T;
  scope: SettingScope;
  userEditable: boolean;
  category: CategoryId;
  title: Localised;
  description: Localised;
  /** A realistic value for the example profiles IT copies from. */
  example: T;
  /**
   * The value names products by id: the admin templates list the ids (and former ids) from the product definitions
   * (products/), so a product added there appears in every template without editing this schema.
   */
  names?: ProductIdList;
}

/** Which products a setting's ids come from. */
export type ProductIdList = 'meeting-clients' | 'cleanup-clients' | 'recorders';

export const categories = {
  general: { title: { en: 'General', cy: 'Cyffredinol' } },
  notice: { title: { en: 'Privacy notice and checklist', cy: 'Hysbysiad preifatrwydd a rhestr wirio' } },
  calls: { title: { en: 'Calls and recording software', cy: 'Galwadau a meddalwedd recordio' } },
  cleanup: { title: { en: 'Clearing meeting data', cy: 'Clirio data cyfarfodydd' } },
} as const satisfies Record<string, { title: Localised }>;
export type CategoryId = keyof typeof categories;

// Control characters other than tab and newlines: they hide text in the UI and in logs.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function text(maxLength: number): z.ZodString {
  return z
    .string({ error: 'expected text' })
    .max(maxLength, { error: `must be at most ${maxLength} characters` })
    .refine((s) => !CONTROL.test(s), { error: 'contains control characters' });
}

export function nonEmptyLine(maxLength: number): z.ZodType<string> {
  return text(maxLength)
    .transform((s) => s.trim())
    .refine((s) => s !== '', { error: 'must not be empty' })
    .refine((s) => !/[\r\n]/.test(s), { error: 'must be a single line' });
}

export function list<T>(item: z.ZodType<T>, maxItems: number): z.ZodType<T[]> {
  return z
    .array(item, { error: 'expected a list' })
    .max(maxItems, { error: `must have at most ${maxItems} entries` });
}

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

export const languageTag = () =>
  z
    .string({ error: 'expected a language tag' })
    .regex(LANGUAGE_TAG, { error: 'must be a language tag such as "en", "cy" or "en-GB"' })
    .transform((s) => s.toLowerCase());

/** A map keyed by language tag; keys are lower-cased so "en-GB" and "en-gb" are the same language. */
export function languageMap(value: z.ZodType<string>): z.ZodType<Record<string, string>> {
  return z.record(languageTag(), value, { error: 'expected language tags, each with a value' });
}
