import { enGB, type StringKey, type UiStrings } from './en-gb.js';
import { cy } from './cy.js';
import { de } from './de.js';
import { aspirateMutation, softMutation, welshAnd } from './welsh-mutation.js';

/** The languages the app's own screens and tray speak. */
export const UI_LANGUAGES = ['en-GB', 'cy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/**
 * The languages Meeting Guard can word a notice in (its labels, key facts, checklist and share formats): the UI
 * languages and German, so a German notice reads German throughout even before the screens speak it.
 */
export const NOTICE_LANGUAGES = [...UI_LANGUAGES, 'de'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

const tables: Record<NoticeLanguage, UiStrings> = { 'en-GB': enGB, cy, de };

export interface Translate {
  (key: StringKey, values?: Readonly<Record<string, string | number>>): string;
  readonly language: NoticeLanguage;
}

/**
 * The UI language for a requested tag: exact match, then the same primary language ("en-US" → en-GB, "cy-GB" → cy),
 * then British English.
 */
export function resolveUiLanguage(requested: string | undefined): UiLanguage {
  return resolveIn(UI_LANGUAGES, requested);
}

/** The same choice among the languages a notice can be worded in ("de-AT" → de, "fr" → en-GB). */
export function resolveNoticeLanguage(requested: string | undefined): NoticeLanguage {
  return resolveIn(NOTICE_LANGUAGES, requested);
}

function resolveIn<T extends string>(languages: readonly T[], requested: string | undefined): T | 'en-GB' {
  if (!requested) return 'en-GB';
  const lower = requested.toLowerCase();
  const exact = languages.find((tag) => tag.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split(/[-_]/)[0];
  return languages.find((tag) => tag.toLowerCase().split('-')[0] === primary) ?? 'en-GB';
}

export function stringsFor(language: string | undefined): UiStrings {
  return tables[resolveNoticeLanguage(language)];
}

/**
 * A translate function for one language (any a notice can be worded in; the UI passes one of its own). A
 * placeholder without a value stays visible as {name}, never "undefined".
 */
export function translator(language: string | undefined): Translate {
  const ui = resolveNoticeLanguage(language);
  const table = tables[ui];
  const fillIn = ui === 'cy' ? fillWelsh : fill;
  return Object.assign((key: StringKey, values: Readonly<Record<string, string | number>> = {}) => fillIn(table[key], values), { language: ui });
}

export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Welsh elides the article after a word ending in a vowel: "drwy" + "y gwahoddiad" is "drwy'r gwahoddiad". Only
 * where a template word meets a value that starts with the article, so the notice's own text is never changed.
 */
function fillWelsh(template: string, values: Readonly<Record<string, string | number>>): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    let before = template.slice(last, match.index);
    let value = name in values ? String(values[name]) : match[0];
    const article = /^yr? (?=\S)/i.exec(value);
    if (article && /(?:^|\s)(?:drwy|i|o|a|neu|gyda|â|ar) $/i.test(out + before)) {
      before = `${before.slice(0, -1)}'r `;
      value = value.slice(article[0].length);
    }
    out += before + value;
    last = match.index + match[0].length;
  }
  return out + template.slice(last);
}

/** "a, b or c" in the table's own words for "or" / "and". */
export function joinList(t: Translate, items: readonly string[], word: 'list.or' | 'list.and'): string {
  if (items.length <= 1) return items[0] ?? '';
  let last = items[items.length - 1] ?? '';
  // Welsh joins "a"/"neu" with the article: "a'r wasg", "neu'r gwahoddiad", never "ac y wasg".
  const article = t.language === 'cy' ? /^yr? (.+)$/i.exec(last) : null;
  if (article) return `${items.slice(0, -1).join(', ')} ${t(word)}'r ${article[1]}`;
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
