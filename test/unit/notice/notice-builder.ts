import { stringify } from 'yaml';
import { loadNotice, type LoadedNotice } from '../../../electron/core/notice/load-notice.js';

/**
 * The smallest valid @2 notice: only the fields @2 requires, each saying as little as a field can. Tests add one
 * stated fact to it and look for the sentence that fact gives (and for its absence in the base).
 */
export const BASE: Record<string, unknown> = {
  format: 'meeting-guard/notice@2',
  title: 'Video meetings notice',
  language: 'en-GB',
  version: '1',
  lastModified: '2025-01-31',
  controller: { name: 'Example Trust' },
  dpo: { email: 'dpo@trust.example' },
  platforms: [{ name: 'Zoom', client: 'zoom', privacyUrl: 'https://zoom.us/privacy' }],
  purposes: ['To hold the meeting.'],
  legalBasis: { article: 'UK GDPR Article 6(1)(e)' },
  recording: { policy: 'not-allowed' },
  summary: ['We hold meetings by video.'],
};

type Patch = Record<string, unknown>;

/** Merges objects key by key; arrays and values in the patch replace the base's. */
export function merged(base: Patch, patch: Patch): Patch {
  const out: Patch = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = isObject(value) && isObject(current) ? merged(current, value) : value;
  }
  return out;
}

export function noticeText(patch: Patch = {}, body = '## About\n\nWritten for tests.\n'): string {
  return `---\n${stringify(merged(BASE, patch))}---\n\n${body}`;
}

export function loaded(patch: Patch = {}, language?: string): LoadedNotice {
  const text = noticeText(patch);
  const lang = language ?? (typeof patch.language === 'string' ? patch.language : 'en-GB');
  const result = loadNotice([{ path: 'notice.md', text }], lang);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
  return result.value;
}

function isObject(value: unknown): value is Patch {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
