import type { NoticeError } from './notice-model.js';

/**
 * Safety limits for a notice's Markdown body, checked before the Markdown parser sees it. The parser nests one call
 * per quote or list level (a few thousand ">" exhaust the stack) and scans ahead from every emphasis marker for its
 * partner (tens of thousands of "_a" take seconds per paragraph). A real notice uses a level or two and a few
 * emphasised words per paragraph; anything far beyond is refused with its line and column.
 */
export const MARKDOWN_LIMITS = {
  /** Quote and list markers opening one line ("> > - text" is 3). */
  nesting: 8,
  /** Columns of indentation at the start of a line. */
  indent: 32,
  /** One run of the same emphasis marker ("***" is 3). */
  markerRun: 8,
  /** Emphasis markers (runs of * _ ~) in one paragraph. */
  markersPerParagraph: 200,
  /** Spaces or tabs in a row after the start of a line (the Markdown parser rescans such a run per character). */
  spaceRun: 32,
} as const;

/** The same kind of limits for the YAML front matter, whose parser recurses per level and slows with each anchor. */
export const FRONT_MATTER_LIMITS = {
  /** Columns of indentation (real front matter nests two or three levels). */
  indent: 32,
  /** "- " opening one line ("- - - a" is 3). */
  sequenceMarkers: 8,
  /** Open [ and { at once. */
  flowDepth: 16,
  /** Anchors and aliases (&name, *name) in the whole front matter (each one slows the YAML reader on all others). */
  anchors: 100,
  /** ": " on one line (a key and its value, perhaps a colon inside the value). */
  colons: 16,
  /** Characters in the whole front matter (a real one is a few KB). */
  size: 64 * 1024,
  /**
   * Lines of front matter (the published notices have about 100). The YAML reader makes two errors, each an Error
   * object, per stray line: 5,000 lines of a lone word took it 0.2–0.5 s of CPU (found by the fuzz bench).
   */
  lines: 1_000,
} as const;

export function checkFrontMatterLimits(yaml: string, firstLine: number): NoticeError | undefined {
  if (yaml.length > FRONT_MATTER_LIMITS.size) {
    return { line: firstLine, column: 1, field: 'front matter', message: `the front matter is over ${FRONT_MATTER_LIMITS.size / 1024} KiB: facts belong there, text in ## sections` };
  }
  let depth = 0;
  let anchors = 0;
  let lineNo = firstLine;
  for (let start = 0; start <= yaml.length; lineNo++) {
    let colons = 0;
    let end = yaml.indexOf('\n', start);
    if (end < 0) end = yaml.length;
    const line = yaml.slice(start, end);
    const fail = (column: number, message: string): NoticeError => ({ line: lineNo, column, field: 'front matter', message });
    if (lineNo - firstLine >= FRONT_MATTER_LIMITS.lines) return fail(1, `the front matter is over ${FRONT_MATTER_LIMITS.lines.toLocaleString('en')} lines: facts belong there, text in ## sections`);
    let i = 0;
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (i > FRONT_MATTER_LIMITS.indent) return fail(1, `indented more than ${FRONT_MATTER_LIMITS.indent} columns: the front matter nests a few levels at most`);
    for (let dashes = 0; line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined); i += 2) {
      if (++dashes > FRONT_MATTER_LIMITS.sequenceMarkers) return fail(i + 1, `more than ${FRONT_MATTER_LIMITS.sequenceMarkers} nested lists on one line`);
      while (line[i + 2] === ' ') i++;
    }
    for (; i < line.length; i++) {
      const c = line[i];
      if (c === '[' || c === '{') {
        if (++depth > FRONT_MATTER_LIMITS.flowDepth) return fail(i + 1, `brackets nested more than ${FRONT_MATTER_LIMITS.flowDepth} levels deep`);
      } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
      else if (c === ':' && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
        if (++colons > FRONT_MATTER_LIMITS.colons) return fail(i + 1, `more than ${FRONT_MATTER_LIMITS.colons} ": " on one line: put a value with colons in quotes`);
      }
      else if ((c === '&' || c === '*') && (i === 0 || /[\s,[{]/.test(line[i - 1] ?? '')) && /[^\s,\]}]/.test(line[i + 1] ?? ' ')) {
        if (++anchors > FRONT_MATTER_LIMITS.anchors) return fail(i + 1, `more than ${FRONT_MATTER_LIMITS.anchors} YAML anchors and aliases (&name, *name): a notice needs none`);
      }
    }
    start = end + 1;
  }
  return undefined;
}

const CONTAINER = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

export function checkMarkdownLimits(body: string, firstLine: number): NoticeError | undefined {
  let markers = 0;
  let lineNo = firstLine;
  for (let start = 0; start <= body.length; lineNo++) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const error = checkLine(body.slice(start, end), lineNo, markers);
    if (typeof error === 'object') return error;
    markers = error;
    start = end + 1;
  }
  return undefined;
}

/** One line's check; returns the paragraph's marker count so far (reset by a blank line), or the error. */
function checkLine(line: string, lineNo: number, markersBefore: number): number | NoticeError {
  const fail = (column: number, message: string): NoticeError => ({ line: lineNo, column, field: 'body', message });
  if (line.trim() === '') return 0;
  let i = 0;
  let width = 0;
  let depth = 0;
  // Leading indentation and container markers, in any mix.
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') {
      width += line[i] === '\t' ? 4 : 1;
      i++;
      if (width > MARKDOWN_LIMITS.indent) return fail(1, `indented more than ${MARKDOWN_LIMITS.indent} columns: a notice uses plain paragraphs, one level of bullets and quotes`);
    }
    const marker = CONTAINER.exec(line.slice(i, i + 11));
    if (!marker) break;
    depth++;
    if (depth > MARKDOWN_LIMITS.nesting) return fail(i + 1, `quotes or lists nested more than ${MARKDOWN_LIMITS.nesting} levels deep: a notice uses one level of bullets and quotes`);
    i += marker[0].length;
  }
  let markers = markersBefore;
  let spaces = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      if (++spaces > MARKDOWN_LIMITS.spaceRun) return fail(i + 1 - MARKDOWN_LIMITS.spaceRun, `more than ${MARKDOWN_LIMITS.spaceRun} spaces in a row: a notice is plain text, not laid out with spaces`);
      continue;
    }
    spaces = 0;
    if (c === '\\') {
      i++; // an escaped character is text, not a marker
      continue;
    }
    if (c !== '*' && c !== '_' && c !== '~') continue;
    let run = 1;
    while (line[i + run] === c) run++;
    if (run > MARKDOWN_LIMITS.markerRun) return fail(i + 1, `${run} "${c}" in a row: emphasis uses one to three (write \\${c} for the character itself)`);
    markers++;
    if (markers > MARKDOWN_LIMITS.markersPerParagraph) {
      return fail(i + 1, `more than ${MARKDOWN_LIMITS.markersPerParagraph} emphasis markers (* _ ~) in one paragraph: split it, or write \\${c} for the character itself`);
    }
    i += run - 1;
  }
  return markers;
}
