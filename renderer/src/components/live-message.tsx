import { HelpLink } from './help-link.js';

/** A polite live region: screen readers announce each new message without moving focus. A problem offers IT's help. */
export function LiveMessage({ text, tone = 'info' }: { text: string | undefined; tone?: 'info' | 'problem' }) {
  return (
    <>
      <p role="status" aria-live="polite" className={`message ${tone}`}>
        {text ?? ''}
      </p>
      {tone === 'problem' && text ? <HelpLink /> : null}
    </>
  );
}
