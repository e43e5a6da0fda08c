import { enGB, type StringKey, type UiStrings } from './en-gb.js';
import { cy } from './cy.js';
import { aspirateMutation, softMutation, welshAnd } from './welsh-mutation.js';

export const UI_LANGUAGES = ['en-GB', 'cy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const tables: Record<UiLanguage, UiStrings> = { 'en-GB': enGB, cy };

export interface Translate {
  (key: StringKey, values?: Readonly<Record<string, string | number>>): string;
  readonly language: UiLanguage;
}

/**
 * The UI language for a requested tag: exact match, then the same primary language ("en-US" → en-GB, "cy-GB" → cy),
 * then British English.
 */
export function resolveUiLanguage(requested: string | undefined): UiLanguage {
  if (!requested) return 'en-GB';
  const lower = requested.toLowerCase();
  const exact = UI_LANGUAGES.find((tag) => tag.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split(/[-_]/)[0];
  return UI_LANGUAGES.find((tag) => tag.toLowerCase().split('-')[0] === primary) ?? 'en-GB';
}

export function stringsFor(language: string | undefined): UiStrings {
  return tables[resolveUiLanguage(language)];
}

/** A translate function for one language. A placeholder without a value stays visible as {name}, never "undefined". */
export function translator(language: string | undefined): Translate {
  const ui = resolveUiLanguage(language);
  const table = tables[ui];
  return Object.assign((key: StringKey, values: Readonly<Record<string, string | number>> = {}) => fill(table[key], values), { language: ui });
}

export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "a, b or c" in the table's own words for "or" / "and". */
export function joinList(t: Translate, items: readonly string[], word: 'list.or' | 'list.and'): string {
  if (items.length <= 1) return items[0] ?? '';
  let last = items[items.length - 1] ?? '';
  // Names (capitalised: "Camtasia", "Zoom") are left as written so a program's name stays recognisable.
  if (t.language === 'cy' && !/^\p{Lu}/u.test(last)) {
    last = word === 'list.and' ? aspirateMutation(last) : softMutation(last);
  }
  const conjunction = t.language === 'cy' && word === 'list.and' ? welshAnd(last) : t(word);
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${last}`;
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
