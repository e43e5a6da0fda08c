import { Fragment } from 'react';

/**
 * A file path that wraps only after a folder separator, never inside a folder's name (a name longer than the line
 * still wraps, as a last resort, through the CSS).
 */
export function Path({ path, className = 'path' }: { path: string; className?: string }) {
  const parts = path.split(/(?<=[\\/])/);
  return (
    <code className={className} translate="no">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </code>
  );
}
