/**
 * The patterns the scanner looks for, as regular expressions. The scanner itself finds the same things faster by
 * looking at the bytes around an anchor (`@`, `.`, `:`, `-`, `name`) in one pass (text-matcher.ts); these sources
 * are what people (and the benchmark, which hands them to ripgrep) read as the definition. Where the scanner counts
 * differently (loopback addresses, version numbers, UTF-16, database cells), test/unit/cleanup/ripgrep-agreement
 * shows each case.
 */
export const patternSources = {
  emails: String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`,
  ipv4: String.raw`\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b`,
  ipv6: String.raw`\b(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}\b|\b(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4}\b`,
  accountNames: String.raw`(?i)(?:display|user|account|screen|login|full|real|first|last|sender|principal)[_ -]?name["']?\s*[:=]\s*["']?[^"'\r\n,;<>{}]{2,80}`,
  macAddresses: String.raw`\b[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}\b|\b[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}\b`,
} as const;
