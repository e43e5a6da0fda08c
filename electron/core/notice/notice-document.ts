import type { Block, Inline, Notice } from './notice-model.js';
import { factRows, type FactRow } from './key-facts.js';
import { resolveNoticeLanguage, translator, type NoticeLanguage } from '../i18n/translate.js';

export type { FactRow } from './key-facts.js';

export type DocumentBlock = Block | { kind: 'facts'; rows: FactRow[] };

export interface DocumentSection {
  id: string;
  heading: string;
  /** Set when the heading is Meeting Guard's and in another language than the notice (its labels fell back). */
  headingLang?: string;
  blocks: DocumentBlock[];
}

/**
 * The notice laid out once, in reading order, with every generated sentence already in the notice's language (or,
 * when Meeting Guard does not speak it, in the reader's language or British English, marked with `labelLanguage` and per-label `lang`). The
 * text, Markdown and HTML renderers only walk this, so what is copied, printed and e-mailed is the same content.
 */
export interface NoticeDocument {
  language: string;
  /** The language of Meeting Guard's own words in the document: the notice's, or the one they fell back to. */
  labelLanguage: string;
  /** True when labelLanguage is not the notice's language, so those words need their own lang attribute. */
  labelsFellBack: boolean;
  title: string;
  meta: string;
  sections: DocumentSection[];
}

const txt = (text: string): Inline => ({ kind: 'text', text });
const link = (href: string, text: string): Inline => ({ kind: 'link', href, children: [txt(text)] });

/**
 * `readerLanguage` is whose words Meeting Guard falls back to when it does not speak the notice's language (the UI's
 * in the app, `--lang` on the command line); without it, British English.
 */
export function buildNoticeDocument(notice: Notice, readerLanguage?: string): NoticeDocument {
  const { facts } = notice;
  const t = translator(labelLanguageFor(facts.language, readerLanguage));
  const fellBack = labelsFallBack(facts.language, t.language);
  const mark = fellBack ? { headingLang: t.language } : {};
  const metaValues = { controller: facts.controller.name, version: facts.version, date: facts.lastModified, reviewed: facts.reviewed ?? '' };
  const sections: DocumentSection[] = [
    { id: 'in-short', heading: t('notice.inShort'), ...mark, blocks: [{ kind: 'list', ordered: false, items: facts.summary.map((s) => [txt(s)]) }] },
    { id: 'key-facts', heading: t('notice.keyFacts'), ...mark, blocks: [{ kind: 'facts', rows: factRows(facts, t, fellBack ? t.language : undefined) }] },
    ...notice.sections.map(({ id, heading, blocks }) => ({ id, heading, blocks })),
  ];
  if (facts.links.length > 0) {
    sections.push({
      id: 'more-information',
      heading: t('notice.moreInformation'),
      ...mark,
      blocks: [{ kind: 'list', ordered: false, items: facts.links.map((l) => [link(l.url, l.label)]) }],
    });
  }
  return {
    language: facts.language,
    labelLanguage: t.language,
    labelsFellBack: fellBack,
    title: facts.title,
    meta: t(facts.reviewed ? 'notice.metaReviewed' : 'notice.meta', metaValues),
    sections: uniqueIds(sections),
  };
}

/** Meeting Guard's words around a notice: in the notice's language where it has them, else in the reader's. */
export function labelLanguageFor(noticeLanguage: string, readerLanguage?: string): NoticeLanguage {
  const own = resolveNoticeLanguage(noticeLanguage);
  return labelsFallBack(noticeLanguage, own) ? resolveNoticeLanguage(readerLanguage) : own;
}

/** "en-US" read with British labels is still English; "fr" with them is not. */
export function labelsFallBack(noticeLanguage: string, labelLanguage: string): boolean {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return primary(noticeLanguage) !== primary(labelLanguage);
}

/** IT may name a section "Key facts" too: its id must still be unique in the page. */
function uniqueIds(sections: DocumentSection[]): DocumentSection[] {
  const seen = new Set<string>();
  return sections.map((section) => {
    let id = section.id;
    for (let n = 2; seen.has(id); n += 1) id = `${section.id}-${n}`;
    seen.add(id);
    return { ...section, id };
  });
}
