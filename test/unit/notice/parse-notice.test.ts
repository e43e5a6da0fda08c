import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import { EXAMPLES, FIXTURES_DIR, example, lineNumberOf, withLine } from './notice-helpers.js';

function errorsOf(source: string) {
  const result = parseNotice(source);
  if (result.ok) throw new Error('expected the notice to be invalid');
  return result.errors;
}

describe('parseNotice on the shipped examples', () => {
  it.each(EXAMPLES)('%s is valid and keeps its sections in order', (name) => {
    const result = parseNotice(example(name));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.notice.sections.length).toBeGreaterThanOrEqual(5);
    const lines = result.notice.sections.map((s) => s.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(result.notice.sections[result.notice.sections.length - 1]?.id).toMatch(/^(your-rights|eich-hawliau)$/);
  });

  it('reads the same notice saved with CRLF line ends and a byte-order mark', () => {
    const source = example('glanafon-teams.md');
    const windows = `\uFEFF${source.replace(/\n/g, '\r\n')}`;
    const a = parseNotice(source);
    const b = parseNotice(windows);
    expect(b.ok && a.ok && b.notice).toEqual(a.ok && a.notice);
  });

  it('joins a paragraph that the editor wrapped, but keeps list items apart', () => {
    const result = parseNotice(example('harbourline-zoom.md'));
    if (!result.ok) throw new Error('invalid example');
    const secure = result.notice.sections.find((s) => s.id === 'keeping-the-call-secure');
    expect(secure?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list']);
    const covers = result.notice.sections[0]?.blocks[0];
    expect(covers?.kind === 'paragraph' && covers.content.map((c) => ('text' in c ? c.text : '')).join('')).not.toContain('\n');
  });
});

describe('parseNotice errors name the line and the field', () => {
  const valid = example('harbourline-zoom.md');

  it('a wrong e-mail points at the dpo.email line', () => {
    const source = withLine(valid, '  email: privacy@', '  email: privacy-at-harbourline');
    expect(errorsOf(source)).toEqual([
      { line: lineNumberOf(source, '  email: privacy-at'), column: 10, field: 'dpo.email', message: expect.stringContaining('e-mail address') },
    ]);
  });

  it('an impossible date points at lastModified', () => {
    const source = withLine(valid, 'lastModified:', 'lastModified: 2025-02-30');
    const [error] = errorsOf(source);
    expect(error).toMatchObject({ line: lineNumberOf(source, 'lastModified:'), field: 'lastModified', message: 'is not a real calendar date' });
  });

  it('a misspelt key is reported at the key itself, with its path', () => {
    const source = withLine(valid, 'purposes:', 'purpose:');
    const errors = errorsOf(source);
    expect(errors).toContainEqual(expect.objectContaining({ field: 'purpose', line: lineNumberOf(source, 'purpose:') }));
    // The correctly spelt one is then missing: located at the document, not lost.
    expect(errors).toContainEqual(expect.objectContaining({ field: 'purposes', message: expect.stringContaining('missing') }));
  });

  it('an unsafe link in a list of platforms names its index', () => {
    const source = withLine(valid, '    privacyUrl: https://zoom.us/privacy', '    privacyUrl: javascript:alert(1)');
    expect(errorsOf(source)).toEqual([expect.objectContaining({ field: 'platforms.0.privacyUrl', line: lineNumberOf(source, '    privacyUrl: javascript') })]);
  });

  it('a YAML syntax error is located', () => {
    const source = withLine(valid, 'title:', 'title: [unclosed');
    const [error] = errorsOf(source);
    expect(error?.field).toBe('front matter');
    expect(error?.message).toMatch(/^YAML: /);
    expect(error?.line).toBeGreaterThanOrEqual(lineNumberOf(source, 'title:'));
  });

  it('a summary too long to read in a minute is refused', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const source = valid.replace('summary:\n', `summary:\n  - ${long}\n  - ${long}\n  - ${long}\n  - ${long}\n`);
    expect(errorsOf(source)).toContainEqual(expect.objectContaining({ field: 'summary', message: expect.stringContaining('under a minute') }));
  });

  it('raw HTML, unsafe links, images and text before the first heading in the body are errors on their lines', () => {
    const body = ['Intro before any heading.', '', '## Section', '', '<img src=x onerror=alert(1)>', '', 'See [this](javascript:alert(1)).', '', '![logo](https://example.org/x.png)', '', '## Empty'].join('\n');
    const source = valid.replace(/\n---\n[\s\S]*$/, `\n---\n${body}\n`);
    const bodyStart = lineNumberOf(source, 'Intro before');
    const errors = errorsOf(source);
    expect(errors.map((e) => [e.line - bodyStart, e.field])).toEqual([
      [0, 'body'],
      [4, 'body'],
      [6, 'body'],
      [8, 'body'],
      [10, 'section "Empty"'],
    ]);
    expect(errors[1]?.message).toContain('raw HTML');
    expect(errors[2]?.message).toContain('javascript:alert(1)');
    expect(errors[3]?.message).toContain('image');
  });

  it('cases the property tests found: a blank key, an alias before its anchor, an alias bomb', () => {
    expect(errorsOf('---\n:\n---\n')).toContainEqual(expect.objectContaining({ line: 2, field: '""' }));
    expect(errorsOf('---\ntitle: x\nversion: *nope\n---\n')).toContainEqual(expect.objectContaining({ line: 3, column: 10, message: expect.stringMatching(/^YAML: .*alias/i) }));
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    expect(errorsOf(`---\n${bomb}\n---\n`)[0]?.message).toMatch(/^YAML: /);
  });

  it('a loose list (blank lines between items) is one list; a nested list is refused rather than dropped', () => {
    const body = (text: string) => valid.replace(/\n---\n[\s\S]*$/, `\n---\n## Section\n\n${text}\n`);
    const loose = parseNotice(body('- one\n\n- two\n  wrapped\n\n  second paragraph\n- three'));
    if (!loose.ok) throw new Error(JSON.stringify(loose.errors));
    const list = loose.notice.sections[0]?.blocks[0];
    expect(list?.kind === 'list' && list.items.map((item) => item.map((i) => ('text' in i ? i.text : '')).join(''))).toEqual(['one', 'two wrapped second paragraph', 'three']);
    const quoted = parseNotice(body('> first\n>\n> second [ref][1]\n\n[1]: https://example.org/ref'));
    if (!quoted.ok) throw new Error(JSON.stringify(quoted.errors));
    expect(quoted.notice.sections[0]?.blocks).toEqual([
      { kind: 'quote', blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'first' }] }, { kind: 'paragraph', content: [{ kind: 'text', text: 'second ' }, { kind: 'link', href: 'https://example.org/ref', children: [{ kind: 'text', text: 'ref' }] }] }] },
    ]);
    const nested = errorsOf(body('- one\n  - inner'));
    expect(nested).toEqual([expect.objectContaining({ field: 'body', line: lineNumberOf(body('- one'), '- one'), message: expect.stringContaining('a list inside a list') })]);
  });

  it('a file without front matter, or with it never closed, says so on a real line', () => {
    expect(errorsOf('# Just a heading\n')).toEqual([expect.objectContaining({ line: 1, field: 'front matter' })]);
    expect(errorsOf('---\ntitle: x\n')).toEqual([expect.objectContaining({ field: 'front matter', message: expect.stringContaining('never closed') })]);
  });

  it('fixture typo-in-fields.md: each slip is named at its line', () => {
    const errors = errorsOf(readFileSync(`${FIXTURES_DIR}typo-in-fields.md`, 'utf8'));
    expect(errors.map((e) => `${e.line}:${e.field}`)).toEqual(['2:lastModified', '6:lastModifed', '10:dpo.email', '13:platforms.0.privacyUrl', '35:body']);
    expect(errors[4]?.message).toContain('file:///S:/Policies/privacy.docx');
  });

  it('fixture tab-indented.md: the tab is reported on the line that has it, in file lines', () => {
    const errors = errorsOf(readFileSync(`${FIXTURES_DIR}tab-indented.md`, 'utf8'));
    expect(errors.map((e) => e.line)).toEqual([8, 10]);
    expect(errors[0]?.message).toBe('YAML: Tabs are not allowed as indentation');
  });

  it.each(['typo-in-fields.md', 'tab-indented.md'])('fixture %s: every error has a line inside the file', (name) => {
    const source = readFileSync(`${FIXTURES_DIR}${name}`, 'utf8');
    const count = source.split('\n').length;
    const errors = errorsOf(source);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.line).toBeLessThanOrEqual(count);
    }
  });
});
