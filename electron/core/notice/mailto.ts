/**
 * Mail programs and the OS hand-off for mailto: links fail silently or cut the text on long URLs (about 2,000
 * characters is the limit that works everywhere, from old Outlook builds to Android intents), so the draft is bounded.
 */
export const MAILTO_MAX_LENGTH = 2000;

export interface MailtoDraft {
  subject: string;
  body: string;
  to?: readonly string[];
  /** Appended when the body had to be shortened, e.g. where to read the whole notice. */
  shortenedNote: string;
  maxLength?: number;
}

/** Builds a mailto: URL no longer than the limit, cutting the body at a line break and saying so when it must. */
export function mailtoUrl(draft: MailtoDraft): string {
  const max = draft.maxLength ?? MAILTO_MAX_LENGTH;
  const to = (draft.to ?? []).map(encodeAddress).join(',');
  const build = (body: string) => `mailto:${to}?subject=${encode(draft.subject)}&body=${encode(body)}`;
  const full = build(draft.body);
  if (full.length <= max) return full;

  const lines = draft.body.split('\n');
  let low = 0;
  let high = lines.length;
  // The longest prefix of whole lines that still fits together with the note.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (build(shortened(lines, mid, draft.shortenedNote)).length <= max) low = mid;
    else high = mid - 1;
  }
  const url = build(shortened(lines, low, draft.shortenedNote));
  // Even the note alone may not fit under a tiny limit: then the subject is all there is room for.
  if (url.length <= max) return url;
  const subjectOnly = `mailto:${to}?subject=${encode(draft.subject)}`;
  return subjectOnly.length <= max ? subjectOnly : `mailto:${to}`;
}

function shortened(lines: readonly string[], count: number, note: string): string {
  return [...lines.slice(0, count), '', note].join('\n');
}

function encode(text: string): string {
  // RFC 6068: line breaks in a body are CRLF, and spaces are %20 (never "+").
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, '@');
}
