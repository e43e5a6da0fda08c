import type { Block, Inline } from './notice-model.js';
import type { DocumentBlock, NoticeDocument } from './notice-document.js';

/** Markdown for chat tools and wikis that take it; every character of content is escaped so it reads as written. */
export function renderMarkdown(doc: NoticeDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, '', `_${escapeMarkdown(doc.meta)}_`, ''];
  for (const section of doc.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) out.push(...blockLines(block), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function blockLines(block: DocumentBlock, prefix = ''): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [prefix + inline(block.content)];
    case 'subheading':
      return [`${prefix}### ${inline(block.content)}`];
    case 'list':
      return block.items.map((item, i) => `${prefix}${block.ordered ? `${i + 1}.` : '-'} ${inline(item)}`);
    case 'quote':
      return block.blocks.flatMap((b: Block, i) => [...(i > 0 ? [`${prefix}>`] : []), ...blockLines(b, `${prefix}> `)]);
    case 'facts':
      return block.rows.flatMap((row) => [`${prefix}- **${escapeMarkdown(row.label)}**`, ...row.lines.map((l) => `${prefix}  - ${inline(l)}`)]);
  }
}

function inline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return escapeMarkdown(part.text);
        case 'code':
          return `\`${part.text.replace(/`/g, "'")}\``;
        case 'strong':
          return `**${inline(part.children)}**`;
        case 'em':
          return `_${inline(part.children)}_`;
        case 'link':
          return `[${inline(part.children)}](<${part.href.replace(/[<>]/g, encodeURIComponent)}>)`;
      }
    })
    .join('');
}

export function escapeMarkdown(text: string): string {
  // Escapes what could start markup anywhere in a line, plus what starts a block at the start of one.
  return text
    .replace(/([\\`*_{}[\]<>()#|~!&])/g, '\\$1')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\.(?=\s|$)/gm, '$1$2\\.')
    .replace(/\n/g, '  \n');
}
