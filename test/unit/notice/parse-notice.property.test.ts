import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import { buildNoticeDocument } from '../../../electron/core/notice/notice-document.js';
import { renderHtml } from '../../../electron/core/notice/render-html.js';
import { example } from './notice-helpers.js';

const valid = example('harbourline-zoom.md');
const validLines = valid.split('\n');

/** Every error must point at a line that exists, so an editor can jump to it. */
function assertLocated(source: string): void {
  const result = parseNotice(source);
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  const lineCount = source.replace(/\r\n?/g, '\n').split('\n').length;
  for (const error of result.errors) {
    expect(Number.isInteger(error.line) && error.line >= 1 && error.line <= lineCount, `line ${error.line} of ${lineCount}: ${error.message}`).toBe(true);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(error.field.length).toBeGreaterThan(0);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

const yamlish = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('-', ':', ' ', '\n', '\t', '#', '[', ']', '{', '}', '"', "'", '&', '*', '!', '|', '>', 'a', '1', '<', '`') }),
);

describe('parseNotice never crashes and always locates its errors', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), assertLocated), { numRuns: 400 });
  });

  it('on arbitrary text inside a front-matter fence, with and without a body', () => {
    fc.assert(
      fc.property(yamlish, fc.option(yamlish), (yaml, body) => assertLocated(`---\n${yaml}\n---\n${body ?? ''}`)),
      { numRuns: 400 },
    );
  });

  it('on a real notice with one line replaced, deleted or duplicated', () => {
    fc.assert(
      fc.property(fc.nat(validLines.length - 1), fc.constantFrom('replace', 'delete', 'duplicate'), yamlish, (index, action, text) => {
        const lines = [...validLines];
        if (action === 'replace') lines[index] = text;
        else if (action === 'delete') lines.splice(index, 1);
        else lines.splice(index, 0, lines[index] ?? '');
        assertLocated(lines.join('\n'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('whatever text IT writes, the HTML carries no markup of its own', () => {
  it('titles, summary points and body text are escaped', () => {
    const allowedTag = /<\/?(article|header|h1|h2|h3|p|section|ul|ol|li|dl|dt|dd|a|strong|em|code|blockquote|br)(\s[^<>]*)?\s*\/?>/g;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ minLength: 1, maxLength: 60 }), (title, point) => {
        const source = valid
          .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
          .replace('summary:\n', `summary:\n  - ${JSON.stringify(point)}\n`)
          .replace('## Your rights\n', `## Your rights\n\n${point.replace(/^[#>\-*+\d\s]+/, '')}x\n`);
        const result = parseNotice(source);
        if (!result.ok) return; // e.g. a blank title: refused, which is fine
        const html = renderHtml(buildNoticeDocument(result.notice));
        const stripped = html.replace(allowedTag, '');
        expect(stripped).not.toMatch(/[<>]/);
        expect(html).not.toMatch(/\sstyle=|\son[a-z]+=|<script|javascript:/i);
      }),
      { numRuns: 200 },
    );
  });
});
