import type { Block, Inline } from './notice-model.js';
import type { DocumentBlock, NoticeDocument } from './notice-document.js';

/**
 * Plain text for chat, the clipboard and e-mail bodies: no markup, links written out after their label (a pasted
 * label alone would lose where it points), lines left unwrapped so the receiving app wraps them.
 */
export function renderText(doc: NoticeDocument): string {
  const out: string[] = [doc.title, '='.repeat(Math.min(doc.title.length, 72)), doc.meta, ''];
  for (const section of doc.sections) {
    out.push(section.heading, '-'.repeat(Math.min(section.heading.length, 72)));
    for (const block of section.blocks) out.push(...blockLines(block), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function blockLines(block: DocumentBlock, indent = ''): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [indent + inlineText(block.content)];
    case 'subheading':
      return [indent + inlineText(block.content).toUpperCase()];
    case 'list':
      return block.items.map((item, i) => `${indent}${block.ordered ? `${i + 1}.` : '•'} ${inlineText(item)}`);
    case 'quote':
      return block.blocks.flatMap((b: Block) => blockLines(b, `${indent}> `));
    case 'facts':
      return block.rows.flatMap((row) => [`${indent}${row.label}:`, ...row.lines.map((l) => `${indent}  ${inlineText(l)}`)]);
  }
}

export function inlineText(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (part.kind === 'text' || part.kind === 'code') return part.text;
      const label = inlineText(part.children);
      if (part.kind !== 'link') return label;
      const target = part.href.replace(/^(mailto|tel):/i, '');
      const digits = (s: string) => s.replace(/[^+0-9]/g, '');
      const shown = label.includes(target) || (/^tel:/i.test(part.href) && digits(label) === digits(target));
      return shown ? label : `${label} (${target})`;
    })
    .join('');
}
