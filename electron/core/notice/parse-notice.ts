import { parseFacts, splitFrontMatter, type FactOptions } from './front-matter.js';
import { parseBody } from './notice-body.js';
import { checkFrontMatterLimits, checkMarkdownLimits } from './notice-limits.js';
import type { NoticeError, NoticeParseResult } from './notice-model.js';

/** The largest notice accepted: far above any real one, low enough that a wrong file fails fast. */
export const MAX_NOTICE_BYTES = 512 * 1024;

/**
 * Parses a notice file (YAML front matter + Markdown sections). Never throws: whatever the input, the result is a
 * notice or a list of errors, each with a line, a column and the field it is about, sorted by line.
 */
export function parseNotice(source: string, options: FactOptions = {}): NoticeParseResult {
  if (source.length > MAX_NOTICE_BYTES) {
    return { ok: false, errors: [{ line: 1, column: 1, field: 'file', message: `the file is larger than ${MAX_NOTICE_BYTES / 1024} KiB: is it really a notice?` }] };
  }
  // Editors on Windows save CRLF and some add a byte-order mark; neither changes line numbers.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.includes('\u0000')) {
    return { ok: false, errors: [{ line: lineOf(text, text.indexOf('\u0000')), column: 1, field: 'file', message: 'the file contains binary data: a notice is a UTF-8 text file' }] };
  }
  const split = splitFrontMatter(text);
  if ('message' in split) return { ok: false, errors: [split] };
  // Front matter or a body beyond the safety limits never reaches the YAML or Markdown parser (whose time and stack
  // it would exhaust); the error says where.
  const yamlBeyond = checkFrontMatterLimits(split.yaml, split.yamlLine);
  const facts = yamlBeyond ? { errors: [yamlBeyond] } : parseFacts(split, options);
  const beyond = checkMarkdownLimits(split.body, split.bodyLine);
  const body = beyond ? { sections: [], errors: [beyond] } : parseBody(split.body, split.bodyLine);
  const errors: NoticeError[] = [...('errors' in facts ? facts.errors : []), ...body.errors];
  if (errors.length > 0 || !('facts' in facts)) return { ok: false, errors: distinct(errors).sort((a, b) => a.line - b.line || a.column - b.column) };
  const { format, written, warnings } = facts;
  return { ok: true, notice: { format, facts: facts.facts, written, sections: body.sections }, warnings: [...warnings].sort((a, b) => a.line - b.line || a.column - b.column) };
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** One mistake can surface twice (an opening and a closing HTML tag on one line): say it once. */
function distinct(errors: readonly NoticeError[]): NoticeError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.field}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
