/**
 * Line handling shared by every parser of outside text. Lines are visited, never split into an array: 50 MB of
 * newlines would otherwise become fifty million strings before a single line is read.
 */

/** Calls `visit` for each line (without its line break) with its 1-based number; `\n`, `\r\n` and a lone `\r` end a line. */
export function forEachLine(text: string, visit: (line: string, number: number) => void | false): void {
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.includes('\r')) {
      // Old Mac line ends inside a \n-terminated stretch: each \r ends a line of its own.
      for (const piece of line.split('\r')) if (visit(piece, number++) === false) return;
    } else if (visit(line, number++) === false) return;
    if (end === text.length) return;
    start = end + 1;
  }
}

/** One line break style: `\r\n` and lone `\r` become `\n`. */
export function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

// Spaces, tabs and no-break spaces (what a web page or a ticket system turns indentation into).
const INDENT = /^[ \t\u00a0]*/;

/**
 * Removes the indentation every non-blank line shares, as text pasted from documentation or a ticket carries it.
 * Formats whose lines start at column 0 (`realm list` names, `reg query` keys) read the same afterwards; relative
 * indentation (values under a key) is kept. Returns the text and how many characters were removed from each line.
 */
export function dedent(text: string): { text: string; removed: number } {
  let common: string | undefined;
  forEachLine(text, (line) => {
    if (line.trim() === '') return;
    const indent = INDENT.exec(line)?.[0] ?? '';
    if (common === undefined) common = indent;
    else {
      let n = 0;
      while (n < common.length && n < indent.length && common[n] === indent[n]) n++;
      common = common.slice(0, n);
    }
    if (common === '') return false;
  });
  if (!common) return { text, removed: 0 };
  // One pass over the text (no array of lines); blank lines with less indentation are left as they are.
  return { text: text.replace(new RegExp(`^${common}`, 'gm'), ''), removed: common.length };
}

/** 1-based line and column of a character offset, counted without building the lines. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** positionOf for offsets asked in increasing order, in one pass over the text in total (for a scan that reports many). */
export function positionTracker(text: string): (offset: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return (offset) => {
    for (let i = text.indexOf('\n', scanned); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = Math.max(scanned, offset);
    return { line, column: offset - lineStart + 1 };
  };
}
