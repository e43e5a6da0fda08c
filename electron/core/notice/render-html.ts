import type { Block, Inline } from './notice-model.js';
import type { DocumentBlock, NoticeDocument } from './notice-document.js';

/**
 * An HTML fragment that is safe to insert into a page under a strict Content-Security-Policy: every text is escaped,
 * links are only https:/mailto:/tel: (checked when parsed), and there are no style or event attributes, no scripts and
 * no inline styles. Headings, sections and a definition list give screen readers the structure.
 */
export function renderHtml(doc: NoticeDocument, idPrefix = 'mg-notice'): string {
  const out: string[] = [`<article class="mg-notice" lang="${attr(doc.language)}" aria-labelledby="${attr(idPrefix)}-title">`];
  // Meeting Guard's own words in a language other than the notice's carry their own lang, for screen readers and
  // hyphenation; the notice's words inherit the article's.
  const metaLang = doc.labelsFellBack ? langAttr(doc.labelLanguage) : '';
  out.push(`<header><h1 id="${attr(idPrefix)}-title">${esc(doc.title)}</h1><p class="mg-notice-meta"${metaLang}>${esc(doc.meta)}</p></header>`);
  for (const section of doc.sections) {
    const id = `${idPrefix}-${section.id}`;
    out.push(`<section id="${attr(id)}" aria-labelledby="${attr(id)}-heading"><h2 id="${attr(id)}-heading"${langAttr(section.headingLang)}>${esc(section.heading)}</h2>`);
    for (const block of section.blocks) out.push(blockHtml(block));
    out.push('</section>');
  }
  out.push('</article>');
  return `${out.join('\n')}\n`;
}

function blockHtml(block: DocumentBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${inline(block.content)}</p>`;
    case 'subheading':
      return `<h3>${inline(block.content)}</h3>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${block.blocks.map((b: Block) => blockHtml(b)).join('')}</blockquote>`;
    case 'facts':
      return `<dl class="mg-notice-facts">${block.rows
        .map((row) => `<dt${langAttr(row.lang)}>${esc(row.label)}</dt>${row.lines.map((l, i) => `<dd${langAttr(row.lineLangs?.[i])}>${inline(l)}</dd>`).join('')}`)
        .join('')}</dl>`;
  }
}

function inline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      switch (part.kind) {
        case 'text': {
          const text = esc(part.text).replace(/\n/g, '<br />');
          return part.lang ? `<span lang="${attr(part.lang)}">${text}</span>` : text;
        }
        case 'code':
          return `<code>${esc(part.text)}</code>`;
        case 'strong':
          return `<strong>${inline(part.children)}</strong>`;
        case 'em':
          return `<em>${inline(part.children)}</em>`;
        case 'link':
          return `<a href="${attr(part.href)}" rel="noopener noreferrer">${inline(part.children)}</a>`;
      }
    })
    .join('');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function attr(text: string): string {
  return esc(text);
}

function langAttr(lang: string | undefined): string {
  return lang ? ` lang="${attr(lang)}"` : '';
}
