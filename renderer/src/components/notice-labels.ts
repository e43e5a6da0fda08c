import type { NoticeView } from '../../../electron/core/contract/views.js';
import type { ScreenLabelKey } from '../../../electron/core/notice/notice-labels.js';
import { useStrings, type StringKey } from '../strings/index.js';

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * The words a screen puts around a notice (headings, hints, buttons) come from the core in the notice's language where
 * it has them, else the UI's; the window's own table is the fallback for a view without them.
 * - `inNotice`: the lang attribute for such a word inside the notice's section (which already carries the notice's
 *   lang): set only when they fell back to another language.
 * - `outside`: the lang attribute for such a word elsewhere on the screen (the document is in the UI's language):
 *   set whenever the two differ, so a German checklist heading on an English desktop is read out in German.
 * - `checklist`: the same for checklist items, which are worded in the labels' language unless IT's policy wrote them
 *   (their language is not known, so they are left to the document's).
 */
export function useNoticeLabels(notice: NoticeView) {
  const { t, locale } = useStrings();
  const labels = notice.labels;
  const label = (key: ScreenLabelKey & StringKey, values: Record<string, string | number> = {}) => {
    const own = labels?.strings[key];
    return own === undefined ? t(key, values) : own.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
  };
  const differs = (lang: string | undefined) => (lang !== undefined && primary(lang) !== primary(locale) ? lang : undefined);
  return {
    label,
    inNotice: labels ? (labels.fellBack ? labels.lang : undefined) : locale,
    outside: differs(labels?.lang),
    checklist: differs(notice.checklistLang),
  };
}
