/**
 * Defence in depth for everything Meeting Guard writes about itself (status file, reports, logs): an e-mail or
 * IP address that slipped into a message (a policy error quoting a bad value, a tool's error text) is masked.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const IPV6 = /\b(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}\b|\b(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4})?\b/g;

/** Whether `text` holds `char` at least `times` times. */
function holds(text: string, char: string, times: number): boolean {
  for (let at = -1, seen = 0; seen < times; seen++) {
    at = text.indexOf(char, at + 1);
    if (at < 0) return false;
  }
  return true;
}

/**
 * Each pattern runs only on text that can hold a match: an e-mail address has an "@", an IPv4 address three dots. V8
 * compiles a regular expression at its first use, at every start (IPV4 alone costs a millisecond there), and most
 * texts of a status have neither: times, versions, paths, signal names.
 */
export function scrubText(text: string): string {
  const mailless = holds(text, '@', 1) ? text.replace(EMAIL, '[e-mail address]') : text;
  const dotted = holds(mailless, '.', 3) ? mailless.replace(IPV4, '[IP address]') : mailless;
  return dotted.replace(IPV6, (m) => (/[A-Fa-f]/.test(m) || m.split(':').length > 3 ? '[IP address]' : m));
}

/** Scrubs every string inside a JSON-like value. */
export function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return scrubText(value) as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v)])) as T;
  }
  return value;
}
