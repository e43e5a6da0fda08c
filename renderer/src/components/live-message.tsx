/** A polite live region: screen readers announce each new message without moving focus. */
export function LiveMessage({ text, tone = 'info' }: { text: string | undefined; tone?: 'info' | 'problem' }) {
  return (
    <p role="status" aria-live="polite" className={`message ${tone}`}>
      {text ?? ''}
    </p>
  );
}
