import type { BlockView, InlineView } from './views.js';

/**
 * Every link written in a notice's text. The core lets a person open these (they see them); the screens use the same
 * list so the notice's end does not repeat links its own sections already give. Types only: no zod in the renderer.
 */
export function linksIn(blocks: readonly BlockView[]): string[] {
  const inline = (items: readonly InlineView[]): string[] =>
    items.flatMap((i) => (i.kind === 'link' ? [i.href, ...inline(i.children)] : i.kind === 'strong' || i.kind === 'em' ? inline(i.children) : []));
  return blocks.flatMap((b) => {
    switch (b.kind) {
      case 'paragraph':
      case 'subheading':
        return inline(b.content);
      case 'list':
        return b.items.flatMap(inline);
      case 'quote':
        return linksIn(b.blocks);
      case 'facts':
        return b.rows.flatMap((r) => r.lines.flatMap(inline));
    }
  });
}
