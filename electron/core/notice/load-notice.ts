import { parseNotice } from './parse-notice.js';
import { buildNoticeDocument, type NoticeDocument } from './notice-document.js';
import { renderText } from './render-text.js';
import { renderMarkdown } from './render-markdown.js';
import { renderHtml } from './render-html.js';
import { mailtoUrl } from './mailto.js';
import { organiserChecklist, type ChecklistItem } from './organiser-checklist.js';
import type { Notice, NoticeError } from './notice-model.js';
import { resolveNoticeLanguage, translator } from '../i18n/translate.js';
import { screenLabels, type ScreenLabels } from './notice-labels.js';

/** One language variant of a notice as read from disk (or handed over by a test). */
export interface NoticeVariantSource {
  path: string;
  text: string;
}

/** The same content in every form a screen shares: copy as text, copy as HTML, save as PDF (from html), e-mail. */
export interface RenderedNotice {
  text: string;
  markdown: string;
  html: string;
  /** A mailto: URL with subject and body, at most MAILTO_MAX_LENGTH characters. */
  mailto: string;
}

export interface LoadedNotice {
  path: string;
  notice: Notice;
  document: NoticeDocument;
  rendered: RenderedNotice;
  checklist: ChecklistItem[];
  /** The language shown, as the notice declares it. */
  language: string;
  requested: string;
  /** Languages with a valid variant, in the order found. */
  available: string[];
  /** Set when the requested language had no valid variant: a sentence to show above the notice. */
  fallbackMessage?: string;
  /** The language fallbackMessage is written in (the requested one when Meeting Guard speaks it). */
  fallbackMessageLanguage?: string;
  /** The screens' words around the notice (headings, buttons), in the notice's language where the app has it. */
  labels: ScreenLabels;
}

export interface VariantProblem {
  path: string;
  errors: NoticeError[];
}

export type LoadNoticeResult =
  | { ok: true; value: LoadedNotice; problems: VariantProblem[]; warnings: string[] }
  | { ok: false; problems: VariantProblem[]; warnings: string[] };

/**
 * Parses every variant, picks the one for `language` (exact tag, then same primary language, then `fallback`, then
 * the first valid one) and renders it. A broken variant never hides a good one: it is reported in `problems`.
 */
export function loadNotice(variants: readonly NoticeVariantSource[], language: string, fallback = 'en-GB'): LoadNoticeResult {
  const problems: VariantProblem[] = [];
  const warnings: string[] = [];
  const valid: { path: string; notice: Notice }[] = [];
  for (const variant of variants) {
    const result = parseNotice(variant.text);
    if (!result.ok) problems.push({ path: variant.path, errors: result.errors });
    else if (valid.some((v) => sameTag(v.notice.facts.language, result.notice.facts.language))) {
      problems.push({ path: variant.path, errors: [{ line: 1, column: 1, field: 'language', message: `another variant is already in ${result.notice.facts.language}` }] });
    } else valid.push({ path: variant.path, notice: result.notice });
  }
  const versions = new Set(valid.map((v) => v.notice.facts.version));
  if (versions.size > 1) warnings.push(`the language variants are at different versions (${[...versions].join(', ')}): update them together`);
  const chosen = pick(valid, language, fallback);
  if (!chosen) return { ok: false, problems, warnings };
  return { ok: true, value: present(chosen.path, chosen.notice, language, valid), problems, warnings };
}

function present(path: string, notice: Notice, requested: string, valid: readonly { notice: Notice }[]): LoadedNotice {
  const { facts } = notice;
  // Meeting Guard's own words follow the notice's language, else the reader's: a French notice on a Welsh desktop is
  // framed in Welsh, each such word marked with its lang.
  const document = buildNoticeDocument(notice, requested);
  const text = renderText(document);
  const t = translator(document.labelLanguage);
  const web = facts.links.find((l) => l.url.startsWith('https:'));
  const mailto = mailtoUrl({
    subject: t('share.subject', { title: facts.title, controller: facts.controller.name }),
    body: text,
    shortenedNote: web ? t('share.shortened', { label: web.label, url: web.url }) : t('share.shortenedNoLink'),
  });
  const fellBack = !sameTag(facts.language, requested) && primary(facts.language) !== primary(requested);
  return {
    path,
    notice,
    document,
    rendered: { text, markdown: renderMarkdown(document), html: renderHtml(document), mailto },
    checklist: organiserChecklist(facts, requested),
    language: facts.language,
    requested,
    available: valid.map((v) => v.notice.facts.language),
    ...(fellBack ? { fallbackMessage: fallbackMessage(requested, facts.language), fallbackMessageLanguage: resolveNoticeLanguage(requested) } : {}),
    labels: screenLabels(facts.language, requested),
  };
}

function pick<T extends { notice: Notice }>(valid: readonly T[], language: string, fallback: string): T | undefined {
  const lang = (v: T) => v.notice.facts.language;
  return (
    valid.find((v) => sameTag(lang(v), language)) ??
    valid.find((v) => primary(lang(v)) === primary(language)) ??
    valid.find((v) => sameTag(lang(v), fallback)) ??
    valid.find((v) => primary(lang(v)) === primary(fallback)) ??
    valid[0]
  );
}

function fallbackMessage(requested: string, shown: string): string {
  // Said in the language the person asked for, as far as the UI speaks it, with language names in that language too.
  const ui = resolveNoticeLanguage(requested);
  return translator(ui)('notice.fellBack', { requested: displayName(ui, requested), shown: displayName(ui, shown) });
}

function displayName(uiLanguage: string, tag: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    // A tag Intl does not accept is shown as written rather than failing the whole notice.
    return tag;
  }
}

function sameTag(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? tag;
}
