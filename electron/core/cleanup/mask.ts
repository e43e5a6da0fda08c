import { isIPv6 } from 'node:net';

/**
 * Masked forms shown to people: enough to recognise ("j***@example.org", "192.0.2.x"), not enough to copy out.
 * The unmasked value never leaves the scanner.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***@${email.slice(at + 1).toLowerCase()}`;
}

export function maskIpv4(ip: string): string {
  const parts = ip.split('.');
  return parts.length === 4 ? `${parts.slice(0, 3).join('.')}.x` : 'x.x.x.x';
}

/** Keeps the first three groups (the /48 routing prefix), the way IPv4 keeps its first three octets. */
export function maskIpv6(ip: string): string {
  if (!isIPv6(ip)) return 'x:x:x:x:x:x:x:x';
  const groups = expandIpv6(ip);
  return [...groups.slice(0, 3), 'x', 'x', 'x', 'x', 'x'].join(':');
}

export function maskName(name: string): string {
  const first = [...name.trim()][0];
  return first === undefined ? '***' : `${first}***`;
}

/** Keeps the vendor's half (the first three pairs), which names the maker, not the device. */
export function maskMac(mac: string): string {
  const sep = mac.includes('-') ? '-' : ':';
  const pairs = mac.split(/[:-]/);
  return pairs.length === 6 ? [...pairs.slice(0, 3).map((p) => p.toLowerCase()), 'x', 'x', 'x'].join(sep) : 'x:x:x:x:x:x';
}

function expandIpv6(ip: string): string[] {
  const withoutV4 = ip.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_m, a, b, c, d) => {
    const hex = (x: string, y: string) => ((Number(x) << 8) | Number(y)).toString(16);
    return `${hex(a, b)}:${hex(c, d)}`;
  });
  const [head = '', tail] = withoutV4.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
