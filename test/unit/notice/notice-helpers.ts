import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const NOTICES_DIR = fileURLToPath(new URL('../../../build/notices/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/notice/', import.meta.url));

export const EXAMPLES = ['harbourline-zoom.md', 'glanafon-teams.md', 'glanafon-teams.cy.md'] as const;

export function example(name: (typeof EXAMPLES)[number]): string {
  return readFileSync(`${NOTICES_DIR}${name}`, 'utf8');
}

/** Replaces one front-matter line (found by its start) in a valid notice, to make a precise mistake. */
export function withLine(source: string, startsWith: string, replacement: string): string {
  const lines = source.split('\n');
  const index = lines.findIndex((l) => l.startsWith(startsWith));
  if (index < 0) throw new Error(`no line starts with ${startsWith}`);
  lines[index] = replacement;
  return lines.join('\n');
}

export function lineNumberOf(source: string, startsWith: string): number {
  return source.split('\n').findIndex((l) => l.startsWith(startsWith)) + 1;
}
