/**
 * The patterns the scanner looks for, as regular expressions. The scanner itself finds the same things faster by
 * searching for an anchor byte (`@`, `:`, `name`) and checking around it; these sources are what people (and the
 * benchmark, which hands them to ripgrep) read as the definition.
 */
export const patternSources = {
  emails: String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`,
  ipv4: String.raw`\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b`,
  ipv6: String.raw`\b(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}\b|\b(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4}\b`,
  accountNames: String.raw`(?i)(?:display|user|account|screen|login|full|real|first|last|sender|principal)[_ -]?name["']?\s*[:=]\s*["']?[^"'\r\n,;<>{}]{2,80}`,
} as const;

/** Values that are not anybody's: loopback, unspecified, broadcast. */
export function isUninterestingIpv4(ip: string): boolean {
  return ip.startsWith('127.') || ip.startsWith('0.') || ip === '255.255.255.255';
}

export function isUninterestingIpv6(ip: string): boolean {
  const lower = ip.toLowerCase();
  return lower === '::' || lower === '::1' || /^0*(:0*)*:0*1?$/.test(lower);
}
