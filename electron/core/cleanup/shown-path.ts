import { isIPv4, isIPv6 } from 'node:net';
import { maskEmail, maskIpv4, maskIpv6, maskName } from './mask.js';
import { cleanupCatalogue } from '../products/catalogue-views.js';

/**
 * Paths as people and scripts see them. File and folder names can hold what the contents hold (Zoom names a
 * recording folder after the meeting, "2024-05-02 10.11.12 Jane Doe's Personal Meeting Room"; Windows Zoom keeps a
 * folder per account address), so below the part Meeting Guard itself named (the home, a catalogue location) names
 * are masked as contents are: e-mail and IP addresses always, and runs of two or more capitalised words that are not
 * product or folder words, as a person's name. Control characters, bidirectional overrides and the replacement
 * character (what an invalid UTF-8 name decodes to) are printed escaped, so a name cannot forge a line or reorder
 * what is shown.
 */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d)/g;
const IPV6 = /(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/g;
const WORD = /\p{Lu}[\p{Ll}\p{M}]+(?:['’]s)?/gu;

/** Words of product, folder and recording names that are not a person's name. */
const NOT_NAMES = new Set(
  ('Personal Meeting Meetings Room Rooms Recording Recordings Recorded Zoom Teams Microsoft Slack Webex Cisco Spark Video ' +
    'Audio Chat Chats Local Storage Application Support Cache Caches Code Data Logs Log Shared Screen Share Gallery View ' +
    'Speaker Active Cloud Desktop Documents Downloads Exports Export Group Containers Library Saved Transcript New Folder ' +
    'The And Of For With Call Calls Session Sessions Backup Backgrounds Background Web App Apps Files File Crash Reports ' +
    'Service Worker Index Default Profile Network Blob Cookies Preferences Settings Cookie Storages Webinar Weekly Daily ' +
    'Team Standup Review Sync Meetings Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March ' +
    'April May June July August September October November December Roaming Packages Users Public Program Notes').split(' '),
);

/**
 * The words of every folder the catalogue itself names ("Jitsi Meet", "Amazon Chime", "Network Persistent State"):
 * Meeting Guard chose them, so they are never a person's name, whichever product file adds them.
 */
let catalogueWords: ReadonlySet<string> | undefined;
function isCatalogueWord(word: string): boolean {
  catalogueWords ??= new Set(cleanupCatalogue().flatMap((c) => c.locations.flatMap((l) => [...l.path.matchAll(WORD)].map((m) => m[0]))));
  return catalogueWords.has(word);
}

/** One file or folder name with its addresses and a person's name masked. */
export function maskNamesIn(component: string): string {
  // Each pattern only where the name holds the character it needs (most names in a cache folder hold none: a
  // report lists thousands of them): '@' for an address, '.' for IPv4, two ':' for IPv6, a capital for a name.
  let out = component;
  if (out.includes('@')) out = out.replace(EMAIL, (m) => maskEmail(m));
  if (out.includes('.')) out = out.replace(IPV4, (m) => (isIPv4(m) ? maskIpv4(m) : m));
  if (out.indexOf(':') !== out.lastIndexOf(':')) out = out.replace(IPV6, (m) => (isIPv6(m) ? maskIpv6(m) : m));
  return CAPITAL.test(out) ? maskPersonNames(out) : out;
}

const CAPITAL = /\p{Lu}/u;

/** "Jane Doe's Personal Meeting Room" -> "J*** D***'s Personal Meeting Room". */
function maskPersonNames(text: string): string {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  const runs: (typeof words)[] = [];
  let run: typeof words = [];
  for (const w of words) {
    const bare = w.word.replace(/['’]s$/, '');
    const joined = run.length > 0 && /^[ _.-]$/.test(text.slice(run[run.length - 1]!.end, w.start));
    if (NOT_NAMES.has(bare) || isCatalogueWord(bare)) {
      runs.push(run);
      run = [];
      continue;
    }
    if (!joined) {
      runs.push(run);
      run = [];
    }
    run.push(w);
  }
  runs.push(run);
  let out = text;
  for (const r of runs.filter((x) => x.length >= 2).reverse()) {
    for (const w of [...r].reverse()) {
      const possessive = /['’]s$/.exec(w.word)?.[0] ?? '';
      out = `${out.slice(0, w.start)}${maskName(w.word)}${possessive}${out.slice(w.end)}`;
    }
  }
  return out;
}

/** Control characters, bidi overrides and U+FFFD written as escapes; everything else as it is. */
export function escapeForDisplay(text: string): string {
  return text.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd]/gu, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`;
  });
}

/**
 * A path for output: `kept` (the home, or the catalogue location it is in) as it is, every name below it masked.
 * `display` also escapes it for a terminal or a screen (JSON leaves that to JSON's own escaping).
 */
export function shownPath(path: string, kept: string, options: { display?: boolean } = {}): string {
  const inside = kept !== '' && (path === kept || path.startsWith(`${kept}/`) || path.startsWith(`${kept}\\`));
  const head = inside ? kept : '';
  const rest = inside ? path.slice(kept.length) : path;
  const masked = head + rest.split(/([\\/])/).map((part, i) => (i % 2 === 1 ? part : maskNamesIn(part))).join('');
  return options.display ? escapeForDisplay(masked) : masked;
}
