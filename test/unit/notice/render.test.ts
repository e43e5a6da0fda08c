import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { parseNotice } from '../../../electron/core/notice/parse-notice.js';
import { buildNoticeDocument } from '../../../electron/core/notice/notice-document.js';
import { renderText } from '../../../electron/core/notice/render-text.js';
import { renderMarkdown } from '../../../electron/core/notice/render-markdown.js';
import { renderHtml } from '../../../electron/core/notice/render-html.js';
import { EXAMPLES, example, withLine } from './notice-helpers.js';

function documentOf(source: string) {
  const result = parseNotice(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { notice: result.notice, doc: buildNoticeDocument(result.notice) };
}

describe.each(EXAMPLES)('rendering %s', (name) => {
  const { notice, doc } = documentOf(example(name));

  it('puts the summary first, then the key facts, then every section of the body in order', () => {
    const headings = doc.sections.map((s) => s.id);
    expect(headings.slice(0, 2)).toEqual(['in-short', 'key-facts']);
    expect(headings.slice(2, 2 + notice.sections.length)).toEqual(notice.sections.map((s) => s.id));
  });

  it('plain text carries every heading, summary point and contact, with no markup', () => {
    const text = renderText(doc);
    for (const section of doc.sections) expect(text).toContain(`\n${section.heading}\n`);
    for (const point of notice.facts.summary) expect(text).toContain(`• ${point}`);
    expect(text).toContain(notice.facts.dpo?.email ?? '');
    expect(text).toContain(notice.facts.platforms[0]?.privacyUrl ?? '');
    expect(text).not.toMatch(/<[a-z]|\*\*|\]\(/);
  });

  it('HTML is well-formed, structured for screen readers, and has no styles, scripts or handlers', () => {
    const html = renderHtml(doc);
    expect(XMLValidator.validate(`<root>${html}</root>`)).toBe(true);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=|<script|<style|javascript:/i);
    expect(html.match(/<h1 /g)).toHaveLength(1);
    expect(html.match(/<section /g)).toHaveLength(doc.sections.length);
    expect(html).toContain(`lang="${notice.facts.language}"`);
    for (const href of html.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^(https:\/\/|mailto:|tel:)/);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('Markdown keeps the same headings and links', () => {
    const markdown = renderMarkdown(doc);
    expect(markdown.startsWith(`# ${notice.facts.title.replace(/([()])/g, '\\$1')}\n`)).toBe(true);
    expect(markdown.match(/^## /gm)).toHaveLength(doc.sections.length);
    expect(markdown).toContain(`(<${notice.facts.platforms[0]?.privacyUrl}>)`);
  });
});

describe('the key facts say in words what the app acts on', () => {
  it('the council notice states devices, disabled recording, the supervisor, unique invitations and deletion', () => {
    const text = renderText(documentOf(example('glanafon-teams.md')).doc);
    expect(text).toContain('Staff use only a work laptop or a work phone.');
    expect(text).toContain('Staff do not use personal devices.');
    expect(text).toContain('The record function is switched off for staff.');
    expect(text).toContain('A supervisor may join to observe (training and development of the officer).');
    expect(text).toContain('You may refuse.');
    expect(text).toContain('Each customer gets an invitation unique to them.');
    expect(text).toContain('The meeting app may keep names, e-mail addresses and IP addresses.');
    expect(text).toContain('Users are asked to delete them after use.');
    expect(text).toContain('Registered with the Information Commissioner\'s Office, number ZC000002.');
  });

  it('the Welsh variant uses Welsh words and mutates after "a" and "neu"', () => {
    const text = renderText(documentOf(example('glanafon-teams.cy.md')).doc);
    expect(text).toContain('Gall y rhaglen gyfarfod gadw enwau, cyfeiriadau e-bost a chyfeiriadau IP.');
    expect(text).toContain("Mae gennych yr hawliau hyn: gweld eich data, cywiro eich data, dileu eich data, cyfyngu ar y defnydd o'ch data, gwrthwynebu'r defnydd o'ch data a chwyno i'r rheoleiddiwr.");
    expect(text).not.toContain('Key facts');
  });

  it('a notice that does not rule out marketing says so rather than staying silent', () => {
    const source = withLine(example('harbourline-zoom.md'), 'noMarketingDisclosure:', 'noMarketingDisclosure: false');
    expect(renderText(documentOf(source).doc)).toContain('This notice does not rule out disclosure for marketing.');
  });
});

describe('escaping', () => {
  it('text that looks like markup stays text in HTML and Markdown', () => {
    const hostile = '<script>alert(1)</script> & "quotes" **not bold** [x](https://evil.example)';
    const source = withLine(example('harbourline-zoom.md'), 'title:', `title: ${JSON.stringify(hostile)}`);
    const { doc } = documentOf(source);
    const html = renderHtml(doc);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toContain('<script>');
    const markdown = renderMarkdown(doc);
    expect(markdown).toContain('\\*\\*not bold\\*\\* \\[x\\]\\(https://evil.example\\)');
    expect(renderText(doc)).toContain(hostile);
  });
});

describe('escapeMarkdown', () => {
  it('any one-line text reads back from Markdown exactly as written', async () => {
    const fc = (await import('fast-check')).default;
    const { Lexer } = await import('marked');
    const { escapeMarkdown } = await import('../../../electron/core/notice/render-markdown.js');
    const { parseBody, plain } = await import('../../../electron/core/notice/notice-body.js');
    const line = fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', '*', '_', '`', '[', ']', '(', ')', '#', '-', '+', '.', '!', '<', '>', '|', '~', '\\', '&', '=', ':', ';', 'p') , minLength: 1, maxLength: 30 })
      .map((s) => s.trim().replace(/\s+/g, ' '))
      .filter((s) => s.length > 0);
    const tricky = fc.constantFrom('---', '- - -', '___', '***', '+', '1.', '2)', '> quote', '# not a heading', '    indented', '[a]: https://x.example', '<b>', '`code`', '\\', 'a  b', '=== ===', '&amp; &copy; &#65;');
    fc.assert(
      fc.property(fc.oneof(line, tricky.map((t) => t.trim().replace(/\s+/g, ' '))), (text) => {
        const { sections, errors } = parseBody(`## H\n\n${escapeMarkdown(text)}\n`, 1);
        expect(errors).toEqual([]);
        const block = sections[0]?.blocks[0];
        expect(block?.kind === 'paragraph' && plain(block.content)).toBe(text);
        expect(new Lexer().lex(escapeMarkdown(text))[0]?.type).toBe('paragraph');
      }),
      { numRuns: 1000 },
    );
  });
});
