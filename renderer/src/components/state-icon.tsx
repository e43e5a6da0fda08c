/**
 * The shape beside a verdict, so it does not rest on colour alone: a tick (ready), a cross in an octagon (stop), a
 * question mark (could not check), an exclamation mark in a triangle (needs IT). Decorative: the sentence says it.
 */
export function StateIcon({ state }: { state: 'ready' | 'stop' | 'check' | 'attention' }) {
  return (
    <svg className="state-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      {state === 'ready' ? (
        <>
          <circle cx="12" cy="12" r="10" fill="currentColor" />
          <path d="M7 12.5l3.2 3.2L17.2 8.7" fill="none" stroke="var(--bg)" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : null}
      {state === 'stop' ? (
        <>
          <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="currentColor" />
          <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" stroke="var(--bg)" strokeWidth="2.6" strokeLinecap="round" />
        </>
      ) : null}
      {state === 'check' ? (
        <>
          <circle cx="12" cy="12" r="10" fill="currentColor" />
          <path d="M9.2 9.3a2.9 2.9 0 1 1 4.2 2.6c-.9.5-1.4 1.1-1.4 2.1" fill="none" stroke="var(--bg)" strokeWidth="2.4" strokeLinecap="round" />
          <circle cx="12" cy="17.6" r="1.5" fill="var(--bg)" />
        </>
      ) : null}
      {state === 'attention' ? (
        <>
          <path d="M12 2.5L23 21.5H1z" fill="currentColor" strokeLinejoin="round" />
          <path d="M12 9v6" stroke="var(--bg)" strokeWidth="2.6" strokeLinecap="round" />
          <circle cx="12" cy="18.2" r="1.5" fill="var(--bg)" />
        </>
      ) : null}
    </svg>
  );
}
