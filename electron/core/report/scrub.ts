/**
 * Defence in depth for everything Meeting Guard writes about itself (status file, reports, logs): an e-mail or
 * IP address that slipped into a message (a policy error quoting a bad value, a tool's error text) is masked.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const IPV6 = /\b(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}\b|\b(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4})?\b/g;

export function scrubText(text: string): string {
  return text.replace(EMAIL, '[e-mail address]').replace(IPV4, '[IP address]').replace(IPV6, (m) => (/[A-Fa-f]/.test(m) || m.split(':').length > 3 ? '[IP address]' : m));
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
