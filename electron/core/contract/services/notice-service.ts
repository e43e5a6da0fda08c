import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { LoadedNotice, LoadNoticeResult, NoticeVariantSource } from '../../notice/load-notice.js';
import { loadNoticeOffThread, type NoticeWorker } from '../../notice/load-off-thread.js';
import { MAX_NOTICE_BYTES } from '../../notice/parse-notice.js';
import { decodeText } from '../../input/read-text.js';
import type { DocumentBlock } from '../../notice/notice-document.js';
import type { Resolution } from '../../policy/resolve.js';
import { ContractError } from '../errors.js';
import type { BlockView, Locale, NoticeView, PrecallResponse } from '../views.js';

export interface NoticeServiceDeps {
  settings: () => Promise<Resolution>;
  locale: () => Promise<Locale>;
  /** Told of each confirmation or dismissal; a confirmation's time is recorded in the state file, nothing else. */
  onResponse: (response: PrecallResponse) => void | Promise<void>;
  /** The notice thread (the app): parsing never holds up the main process. */
  noticeWorker?: NoticeWorker;
}

/** The variants IT configured: files first (a file wins over inline text for the same language), then inline text. */
export async function noticeVariants(resolution: Resolution): Promise<NoticeVariantSource[]> {
  const files = resolution.settings.noticeFiles.value as Record<string, string>;
  const texts = resolution.settings.noticeText.value as Record<string, string>;
  const variants: NoticeVariantSource[] = [];
  for (const [language, path] of Object.entries(files)) {
    const bytes = await readFile(path).catch((error: Error) => {
      throw new ContractError('not-found', `The privacy notice for ${language} (${path}) cannot be read: ${error.message}`);
    });
    if (bytes.length > MAX_NOTICE_BYTES) throw new ContractError('failed', `${path} is larger than ${MAX_NOTICE_BYTES} bytes.`);
    variants.push({ path, text: decodeText(bytes).text });
  }
  for (const [language, text] of Object.entries(texts)) {
    if (!(language in files)) variants.push({ path: `policy noticeText (${language})`, text });
  }
  return variants;
}

export async function loadConfiguredNotice(resolution: Resolution, locale: Locale, worker?: NoticeWorker): Promise<LoadNoticeResult | undefined> {
  const variants = await noticeVariants(resolution);
  if (variants.length === 0) return undefined;
  return loadNoticeOffThread(worker, { variants, language: locale, fallback: resolution.settings.noticeFallbackLanguage.value as string });
}

/** The view the screens render, from the notice engineer's loaded notice plus IT's checklist when policy sets one. */
export function noticeView(loaded: LoadedNotice, resolution: Resolution): NoticeView {
  const { facts } = loaded.notice;
  const checklistSetting = resolution.settings.organiserChecklist;
  // IT's list replaces the one the notice implies; the built-in default does not.
  const checklist = checklistSetting.locked
    ? (checklistSetting.value as string[]).map((label, i) => ({ id: `policy-${i + 1}`, label }))
    : loaded.checklist.map((item) => ({ id: item.id, label: item.label, ...(item.lang ? { lang: item.lang } : {}), ...(item.parts ? { parts: item.parts.map((p) => ({ ...p })) } : {}) }));
  return {
    id: createHash('sha256').update(loaded.rendered.text).digest('hex').slice(0, 16),
    language: loaded.language,
    title: facts.title,
    organisation: facts.controller.name,
    summary: [...facts.summary],
    sections: loaded.document.sections
      .filter((s) => s.id !== 'in-short')
      .map((s) => ({ id: s.id, heading: s.heading, ...(s.headingLang ? { headingLang: s.headingLang } : {}), blocks: s.blocks.map(blockView) })),
    checklist,
    ...(checklistSetting.locked ? {} : { checklistLang: loaded.labels.lang }),
    links: facts.links.map((l) => ({ label: l.label ?? l.url, url: l.url })),
    lastUpdated: facts.lastModified,
    ...(loaded.fallbackMessage ? { fallback: { text: loaded.fallbackMessage, lang: loaded.fallbackMessageLanguage ?? 'en-GB' } } : {}),
    text: loaded.rendered.text,
    html: loaded.rendered.html,
    mailto: loaded.rendered.mailto,
    labels: { lang: loaded.labels.lang, fellBack: loaded.labels.fellBack, strings: { ...loaded.labels.strings } },
  };
}

function blockView(block: DocumentBlock): BlockView {
  if (block.kind === 'facts') {
    // Per-row and per-line lang as the HTML share format has them; null (JSON has no undefined) is a notice's own line.
    return {
      kind: 'facts',
      rows: block.rows.map((row) => ({
        label: row.label,
        lines: row.lines,
        ...(row.lang ? { lang: row.lang } : {}),
        ...(row.lineLangs ? { lineLangs: row.lineLangs.map((l) => l ?? null) } : {}),
      })),
    };
  }
  return block;
}

/** Said in the window's language: the one failure a person meets before IT has set anything up. */
const NO_NOTICE: Record<Locale, string> = {
  'en-GB': 'Your organisation has not set a privacy notice yet. Ask your IT team.',
  cy: 'Dydy eich sefydliad ddim wedi gosod hysbysiad preifatrwydd eto. Holwch eich tîm TG.',
};

export function createNoticeService(deps: NoticeServiceDeps) {
  const current = async (): Promise<NoticeView> => {
    const [resolution, locale] = await Promise.all([deps.settings(), deps.locale()]);
    const result = await loadConfiguredNotice(resolution, locale, deps.noticeWorker);
    if (!result) throw new ContractError('not-found', NO_NOTICE[locale]);
    if (!result.ok) {
      const first = result.problems[0];
      const where = first?.errors[0] ? `${first.path}:${first.errors[0].line}: ${first.errors[0].field}: ${first.errors[0].message}` : 'no valid language variant';
      throw new ContractError('failed', `The privacy notice could not be read (${where}).`);
    }
    return noticeView(result.value, resolution);
  };
  return {
    current,
    async respond(response: PrecallResponse): Promise<void> {
      const notice = await current();
      if (notice.id !== response.noticeId) throw new ContractError('not-allowed', 'The notice changed while it was open; please read the new version.');
      const known = new Set(notice.checklist.map((c) => c.id));
      const unknown = response.checked.find((id) => !known.has(id));
      if (unknown) throw new ContractError('invalid-request', `"${unknown}" is not an item of the checklist.`);
      await deps.onResponse(response);
    },
  };
}
