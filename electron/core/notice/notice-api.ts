/**
 * The notice's public surface for the shell and the renderer: read the variants IT deployed, load one language with
 * a fallback, and use the rendered forms. Everything else in this folder is an implementation detail.
 */
export { loadNotice, type LoadNoticeResult, type LoadedNotice, type NoticeVariantSource, type RenderedNotice, type VariantProblem } from './load-notice.js';
export { readNoticeVariants, NoticeFileError } from './notice-files.js';
export { parseNotice, MAX_NOTICE_BYTES } from './parse-notice.js';
export { formatNoticeError, type Notice, type NoticeError, type NoticeSection, type Block, type Inline } from './notice-model.js';
export type { NoticeDocument, DocumentSection, DocumentBlock, FactRow } from './notice-document.js';
export type { NoticeFacts, ClientDataKind } from './notice-schema.js';
export { organiserChecklist, type ChecklistItem, type ChecklistItemId } from './organiser-checklist.js';
export { MAILTO_MAX_LENGTH, mailtoUrl } from './mailto.js';
