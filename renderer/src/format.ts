import type { Locale } from '../../electron/core/contract/views.js';

/** File sizes the way the OS shows them (1,000-based, as Finder and Explorer's "size on disk" dialogs do). */
export function formatBytes(bytes: number, locale: Locale): string {
  // Intl's short unit for a byte is the word "byte" ("55 byte"); the OS dialogs say "55 B".
  if (bytes < 1000) return `${new Intl.NumberFormat(locale).format(bytes)} B`;
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

// Welsh month and day names, for Chromium builds whose ICU has no Welsh data (Intl then falls back to English month
// names inside a Welsh sentence). Names per the Welsh Language Commissioner's term base (termau.cymru).
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const WELSH_DAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];
const hasWelsh = () => Intl.DateTimeFormat.supportedLocalesOf(['cy']).length > 0;

function clock(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(hasWelsh() || locale === 'en-GB' ? locale : 'en-GB', { timeStyle: 'short' }).format(date);
}

/** "1 Dec 2026, 10:32" in the window's language; the date is left out when it is today. */
export function formatTime(iso: string, locale: Locale, now = new Date()): string {
  const date = new Date(iso);
  if (date.toDateString() === now.toDateString()) return clock(date, locale);
  if (locale === 'cy' && !hasWelsh()) return `${date.getDate()} ${WELSH_MONTHS[date.getMonth()]} ${date.getFullYear()}, ${clock(date, locale)}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "Tuesday 8 December 2026": the day a person can put in a diary. */
export function formatDay(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (locale === 'cy' && !hasWelsh()) return `${WELSH_DAYS[date.getDay()]} ${date.getDate()} ${WELSH_MONTHS[date.getMonth()]} ${date.getFullYear()}`;
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "5 November 2024": a calendar date (YYYY-MM-DD, as notices give it) in words; anything else is shown as given. */
export function formatDate(value: string, locale: Locale | string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return value;
  if (/^cy\b/i.test(locale) && !hasWelsh()) return `${day} ${WELSH_MONTHS[month - 1]} ${year}`;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
