import { Lexer, type Token, type Tokens } from 'marked';
import { safeUrl } from './notice-schema.js';
import type { Block, Inline, NoticeError, NoticeSection } from './notice-model.js';

/**
 * Reads the Markdown body into ordered sections. Only what renders the same in plain text, HTML and an e-mail is
 * accepted (paragraphs, lists, quotes, links, emphasis); raw HTML, images, tables and code blocks are errors, so a
 * notice can never carry markup into the app's pages.
 */
export function parseBody(body: string, firstLine: number): { sections: NoticeSection[]; errors: NoticeError[] } {
  const sections: NoticeSection[] = [];
  const errors: NoticeError[] = [];
  let line = firstLine;
  for (const token of new Lexer({ gfm: true }).lex(body)) {
    const context: Ctx = { line, errors };
    if (token.type === 'heading' && token.depth === 2) {
      const heading = plain(inlines(token.tokens ?? [], context)).trim();
      sections.push({ id: uniqueId(slug(heading), sections), heading, line, blocks: [] });
    } else if (token.type !== 'space' && token.type !== 'def') {
      // (A "def" is the target of a reference-style link; the link itself is checked where it is used.)
      const block = toBlock(token, context);
      const current = sections[sections.length - 1];
      if (block && !current) errors.push({ line, column: 1, field: 'body', message: 'text before the first "## " section heading: start the body with a heading' });
      else if (block && current) current.blocks.push(block);
    }
    line += count(token.raw, '\n');
  }
  if (sections.length === 0 && errors.length === 0) {
    // With nothing after the front matter the body has no line of its own: point at the closing "---".
    const at = body.trim() === '' ? Math.max(1, firstLine - 1) : firstLine;
    errors.push({ line: at, column: 1, field: 'body', message: 'the notice has no sections: add at least one "## Heading" with text below it' });
  }
  for (const section of sections) {
    if (section.blocks.length === 0) errors.push({ line: section.line, column: 1, field: `section "${section.heading}"`, message: 'the section is empty' });
  }
  return { sections, errors };
}

interface Ctx {
  line: number;
  errors: NoticeError[];
}

function toBlock(token: Token, ctx: Ctx): Block | undefined {
  switch (token.type) {
    case 'paragraph':
      return { kind: 'paragraph', content: inlines(token.tokens ?? [], ctx) };
    case 'heading':
      if (token.depth > 2) return { kind: 'subheading', content: inlines(token.tokens ?? [], ctx) };
      return fail(ctx, 'a "# " heading in the body: the title comes from the front matter, sections start with "## "');
    case 'list':
      return { kind: 'list', ordered: (token as Tokens.List).ordered, items: (token as Tokens.List).items.map((item) => itemInlines(item, ctx)) };
    case 'blockquote':
      return { kind: 'quote', blocks: (token.tokens ?? []).flatMap((child) => (child.type === 'space' ? [] : (toBlock(child, ctx) ?? []))) };
    case 'text':
      return { kind: 'paragraph', content: inlines(token.tokens ?? [{ type: 'text', raw: token.raw, text: token.text } as Token], ctx) };
    case 'html':
      return fail(ctx, 'raw HTML is not allowed in a notice: write plain Markdown');
    default:
      return fail(ctx, `${token.type === 'code' ? 'a code block' : token.type === 'hr' ? 'a horizontal rule' : `a ${token.type}`} is not supported in a notice: use paragraphs, lists, quotes and links`);
  }
}

/** A list item is one line of text; paragraphs of a loose item are joined, anything nested is refused, never dropped. */
function itemInlines(item: Tokens.ListItem, ctx: Ctx): Inline[] {
  const parts: Inline[][] = [];
  for (const child of item.tokens) {
    if (child.type === 'space') continue;
    if ((child.type === 'text' || child.type === 'paragraph') && 'tokens' in child && child.tokens) parts.push(inlines(child.tokens, ctx));
    else if (child.type === 'list') fail(ctx, 'a list inside a list is not supported in a notice: use one level of bullets');
    else fail(ctx, `${child.type === 'html' ? 'raw HTML' : `a ${child.type}`} inside a list item is not supported in a notice`);
  }
  return parts.flatMap((part, i) => (i === 0 ? part : [{ kind: 'text' as const, text: ' ' }, ...part]));
}

function inlines(tokens: readonly Token[], ctx: Ctx): Inline[] {
  return tokens.flatMap((token): Inline[] => {
    switch (token.type) {
      case 'text':
      case 'escape':
        // A line break inside a paragraph is only where IT's editor wrapped: it reads as a space.
        return 'tokens' in token && token.tokens?.length ? inlines(token.tokens, ctx) : [{ kind: 'text', text: token.text.replace(/[ \t]*\n[ \t]*/g, ' ') }];
      case 'strong':
      case 'em':
        return [{ kind: token.type, children: inlines(token.tokens ?? [], ctx) }];
      case 'codespan':
        return [{ kind: 'code', text: token.text }];
      case 'br':
        return [{ kind: 'text', text: '\n' }];
      case 'link': {
        const href = safeUrl.safeParse(token.href);
        if (!href.success) {
          fail(ctx, `the link "${token.href}" must be an https:, mailto: or tel: link`);
          return inlines(token.tokens ?? [], ctx);
        }
        return [{ kind: 'link', href: href.data, children: inlines(token.tokens ?? [], ctx) }];
      }
      case 'html':
        fail(ctx, 'raw HTML is not allowed in a notice: write plain Markdown');
        return [];
      default:
        fail(ctx, `${token.type === 'image' ? 'an image' : `"${token.type}"`} is not supported in a notice`);
        return [];
    }
  });
}

function fail(ctx: Ctx, message: string): undefined {
  ctx.errors.push({ line: ctx.line, column: 1, field: 'body', message });
  return undefined;
}

export function plain(content: readonly Inline[]): string {
  return content.map((part) => ('children' in part ? plain(part.children) : part.text)).join('');
}

function slug(heading: string): string {
  const base = heading.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return base || 'section';
}

function uniqueId(base: string, sections: readonly NoticeSection[]): string {
  let id = base;
  for (let n = 2; sections.some((s) => s.id === id); n += 1) id = `${base}-${n}`;
  return id;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n += 1;
  return n;
}
