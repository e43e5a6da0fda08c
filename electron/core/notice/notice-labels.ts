import type { StringKey } from '../i18n/en-gb.js';
import { translator } from '../i18n/translate.js';
import { labelLanguageFor, labelsFallBack } from './notice-document.js';

const SCREEN_KEYS = [
  'summaryHeading',
  'from',
  'lastUpdated',
  'linksHeading',
  'fullNoticeShow',
  'fullNoticeHide',
  'checklistHeading',
  'checklistHint',
  'checklistNone',
  'checkedCount',
  'confirm',
  'dismiss',
  'shareHeading',
  'copyText',
  'copyHtml',
  'savePdf',
  'emailDraft',
] as const;
export type ScreenLabelKey = (typeof SCREEN_KEYS)[number];

/**
 * The words the notice and pre-call screens put around a notice, in the notice's language where Meeting Guard has
 * it, so a German notice is not framed by "In short" and "Last updated". `lang` is the language they are in; when it
 * is not the notice's (`fellBack`), a screen must mark them with their own lang attribute. Placeholders ({date},
 * {organisation}, {done}, {total}) are left for the screen to fill.
 */
export interface ScreenLabels {
  lang: string;
  fellBack: boolean;
  strings: Record<ScreenLabelKey, string>;
}

/** `readerLanguage` (the UI's) is the one they fall back to when Meeting Guard does not speak the notice's. */
export function screenLabels(noticeLanguage: string, readerLanguage?: string): ScreenLabels {
  const t = translator(labelLanguageFor(noticeLanguage, readerLanguage));
  const strings = Object.fromEntries(SCREEN_KEYS.map((key) => [key, t(`screen.${key}` as StringKey)])) as Record<ScreenLabelKey, string>;
  return { lang: t.language, fellBack: labelsFallBack(noticeLanguage, t.language), strings };
}
