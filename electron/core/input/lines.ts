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

/** Spaces, tabs and no-break spaces (what a web page or a ticket system turns indentation into). */
function isIndent(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/**
 * Removes the indentation every non-blank line shares, as text pasted from documentation or a ticket carries it.
 * Formats whose lines start at column 0 (`realm list` names, `reg query` keys) read the same afterwards; relative
 * indentation (values under a key) is kept. Returns the text and how many characters were removed from each line.
 */
export function dedent(text: string): { text: string; removed: number } {
  // Read character by character, without a string per line: this pass runs on every input, however large.
  let common: string | undefined;
  for (let start = 0; start < text.length && common !== ''; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && isIndent(text.charCodeAt(i))) i++;
    const blank = i === end || (i === end - 1 && text.charCodeAt(i) === 13);
    if (!blank) {
      if (common === undefined) common = text.slice(start, i);
      else {
        let n = 0;
        while (n < common.length && start + n < i && common.charCodeAt(n) === text.charCodeAt(start + n)) n++;
        if (n < common.length) common = common.slice(0, n);
      }
    }
    start = end + 1;
  }
  if (!common) return { text, removed: 0 };
  const width = common.length;
  // Lines are joined a few thousand at a time, so the pieces in memory at once stay few however long the text is
  // (a global replace kept one match record per line: 40 MB for 4 MB of short lines). Blank lines are kept as they are.
  const chunks: string[] = [];
  let pieces: string[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    pieces.push(text.startsWith(common, start) ? text.slice(start + width, end) : text.slice(start, end));
    if (pieces.length === 4096) {
      chunks.push(pieces.join('\n'));
      pieces = [];
    }
    start = end + 1;
  }
  chunks.push(pieces.join('\n'));
  return { text: chunks.join('\n'), removed: width };
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
