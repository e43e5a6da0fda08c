import type { BlockView, InlineView } from '../../../electron/core/contract/views.js';
import { api } from '../api.js';

/** Notice text drawn as elements from the core's model: never injected HTML. */
export function Inline({ items }: { items: readonly InlineView[] }) {
  return (
    <>
      {items.map((item, i) => {
        switch (item.kind) {
          case 'text':
            return (
              <span key={i} lang={item.lang}>
                {item.text}
              </span>
            );
          case 'strong':
            return (
              <strong key={i}>
                <Inline items={item.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={i}>
                <Inline items={item.children} />
              </em>
            );
          case 'code':
            return <code key={i}>{item.text}</code>;
          case 'link':
            return (
              <ExternalLink key={i} href={item.href}>
                <Inline items={item.children} />
              </ExternalLink>
            );
        }
      })}
    </>
  );
}

export function Blocks({ blocks, level }: { blocks: readonly BlockView[]; level: 3 | 4 }) {
  const Sub = level === 3 ? 'h3' : 'h4';
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'paragraph':
            return (
              <p key={i}>
                <Inline items={block.content} />
              </p>
            );
          case 'subheading':
            return (
              <Sub key={i}>
                <Inline items={block.content} />
              </Sub>
            );
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <Inline items={item} />
                  </li>
                ))}
              </List>
            );
          }
          case 'quote':
            return (
              <blockquote key={i}>
                <Blocks blocks={block.blocks} level={level} />
              </blockquote>
            );
          case 'facts':
            return (
              <dl key={i} className="facts">
                {block.rows.map((row, j) => (
                  <div key={j}>
                    <dt lang={row.lang}>{row.label}</dt>
                    {row.lines.map((line, k) => (
                      <dd key={k} lang={row.lineLangs?.[k] ?? undefined}>
                        <Inline items={line} />
                      </dd>
                    ))}
                  </div>
                ))}
              </dl>
            );
        }
      })}
    </>
  );
}

/** A real link for screen readers and keyboards; the app opens it only after the core has checked it. */
export function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        event.preventDefault();
        void api().link.open({ url: href });
      }}
    >
      {children}
    </a>
  );
}
