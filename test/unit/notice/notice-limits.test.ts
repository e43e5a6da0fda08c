// Notice Markdown made to be slow or to crash: the limits refuse it with a line and column before the Markdown parser
// runs. Each shape below used to take seconds or throw a RangeError (exit 4 from `notice --check`).
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import { FRONT_MATTER_LIMITS, MARKDOWN_LIMITS } from '../../../electron/core/notice/notice-limits.js';
import { example } from './notice-helpers.js';

const notice = example('harbourline-zoom.md');
const lastSection = notice.lastIndexOf('\n## ');
/** The real notice with one more section holding `body`, and the line that section's text starts on. */
function withSection(body: string): { source: string; line: number } {
  const before = `${notice.slice(0, lastSection)}\n## Added\n\n`;
  return { source: `${before}${body}\n${notice.slice(lastSection)}`, line: before.split('\n').length };
}

function firstError(source: string) {
  const result = parseNotice(source);
  if (result.ok) throw new Error('expected the notice to be refused');
  return result.errors[0];
}

describe('markdown safety limits', () => {
  it('refuses deeply nested quotes and lists at the marker past the limit (was a RangeError)', () => {
    const { source, line } = withSection(`${'>'.repeat(5000)} text`);
    expect(firstError(source)).toEqual({ line, column: MARKDOWN_LIMITS.nesting + 1, field: 'body', message: expect.stringContaining('nested more than 8 levels') });
    const lists = withSection(`${'- '.repeat(3000)}text`);
    expect(firstError(lists.source)).toMatchObject({ line: lists.line, column: 2 * MARKDOWN_LIMITS.nesting + 1 });
  });

  it('refuses long runs and floods of emphasis markers (was about 30 s for a full-size notice)', () => {
    const run = withSection(`Please ${'*'.repeat(5000)} note`);
    expect(firstError(run.source)).toMatchObject({ line: run.line, column: 8, message: expect.stringContaining('5000 "*" in a row') });
    const flood = withSection('_a'.repeat(100_000));
    expect(firstError(flood.source)).toMatchObject({ line: flood.line, column: 2 * MARKDOWN_LIMITS.markersPerParagraph + 1 });
  });

  it('refuses indentation far beyond one level of bullets', () => {
    const { source, line } = withSection(`${' '.repeat(4000)}text`);
    expect(firstError(source)).toMatchObject({ line, column: 1, message: expect.stringContaining('indented more than 32 columns') });
  });

  it('refuses a long run of spaces inside a line (was minutes for one line of 256 KiB)', () => {
    const { source, line } = withSection(`A sentence${' '.repeat(50_000)}x`);
    expect(firstError(source)).toMatchObject({ line, column: 11, message: expect.stringContaining('more than 32 spaces in a row') });
  });

  it('leaves real notices alone: quotes, bold, italic, escaped markers and snake_case words', () => {
    const { source } = withSection('> A quote with **bold**, *italic*, ***both*** and a \\* literal.\n\nThe field user_id_value is never stored.');
    expect(parseNotice(source).ok).toBe(true);
    expect(parseNotice(notice).ok).toBe(true);
  });

  it('counts markers per paragraph: a blank line starts again', () => {
    const paragraph = `${'*a* '.repeat(MARKDOWN_LIMITS.markersPerParagraph / 2)}`;
    const { source } = withSection(`${paragraph}\n\n${paragraph}`);
    expect(parseNotice(source).ok).toBe(true);
  });

  it('refuses front matter made to exhaust the YAML reader, at the offending line (was a RangeError or 25 s)', () => {
    const at = (insert: string) => firstError(notice.replace('\n', `\n${insert}\n`));
    expect(at(`x:\n${'- '.repeat(5000)}a`)).toMatchObject({ line: 3, column: 2 * FRONT_MATTER_LIMITS.sequenceMarkers + 1, field: 'front matter' });
    expect(at(`x: ${'['.repeat(5000)}`)).toMatchObject({ line: 2, column: 4 + FRONT_MATTER_LIMITS.flowDepth, message: expect.stringContaining('brackets nested') });
    expect(at(`x: ${'&a '.repeat(5000)}`)).toMatchObject({ line: 2, message: expect.stringContaining('anchors and aliases') });
    expect(at(`x: ${': '.repeat(5000)}`)).toMatchObject({ line: 2, message: expect.stringContaining('": " on one line') });
    expect(at(`x: "${'y'.repeat(70_000)}"`)).toMatchObject({ line: 2, column: 1, message: expect.stringContaining('over 64 KiB') });
    // A word on each of thousands of lines (found by the fuzz bench: two YAML errors per line, half a second).
    expect(at('a\n'.repeat(5000))).toMatchObject({ line: 2 + FRONT_MATTER_LIMITS.lines, column: 1, message: 'the front matter is over 1,000 lines: facts belong there, text in ## sections' });
  });

  it('reads a notice saved as UTF-16 LE by Notepad from disk', async () => {
    const { readNoticeVariants } = await import('../../../electron/core/notice/notice-files.js');
    const { tempDir } = await import('../../support/temp.js');
    const { writeFile } = await import('node:fs/promises');
    const dir = await tempDir();
    await writeFile(`${dir}/notice.md`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(notice, 'utf16le')]));
    const [variant] = await readNoticeVariants('notice.md', { cwd: dir });
    expect(variant && parseNotice(variant.text).ok).toBe(true);
  });
});
